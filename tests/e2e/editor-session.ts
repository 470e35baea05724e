/**
 * The editor as its browser tests use it: `passerelle edit` started on a copy of the sample
 * content (never the project's own), axe-core on a screen, and the small steps every flow takes.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startEditorProcess } from '../../scripts/editor-process';
import { launch, root } from './browser';

export interface EditorSession {
  /** The editor's origin (`http://127.0.0.1:<port>`). */
  url: string;
  /** The copy of content/ it edits. */
  content: string;
  stop: () => void;
}

export interface EditorOptions {
  /** The copy is a git repository with one recorded version (as a CCAS team's content folder would be). */
  git?: boolean;
  /** Changes the copy of content/ before the editor starts (a file with errors, an offer not received yet). */
  prepare?: (content: string) => void | Promise<void>;
}

/** Starts `passerelle edit` on a fresh copy of content/, on a free port. */
export async function startEditor(options: EditorOptions = {}): Promise<EditorSession> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-editeur-'));
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  await options.prepare?.(content);
  if (options.git) {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=CCAS de Villeneuve', '-c', 'user.email=ccas@passerelle.invalid', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'Contenu de départ');
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const { url, stop } = await startEditorProcess(content);
    return { url, content, stop: () => (stop(), remove()) };
  } catch (error) {
    remove();
    throw error;
  }
}

/** axe-core's violations on the screen (the preview frame holds a page of the site, checked by its own tests). */
export async function violations(page: Page): Promise<string[]> {
  const analyze = () => new AxeBuilder({ page }).exclude('iframe').analyze();
  // The dev server reloads a page once when it has just prepared a new dependency: check it again then.
  const results = await analyze().catch(async (error: unknown) => {
    if (!String(error).includes('Execution context was destroyed')) throw error;
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    return analyze();
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function noViolations(page: Page): Promise<void> {
  expect(await violations(page)).toEqual([]);
}

/** Waits for the editor's form (a client island) to be there. */
export const hydrated = (page: Page) => page.waitForSelector('.editor form', { timeout: 60_000 });

/** Opens every section of the form, as an author clicking their headings. */
export async function openSections(page: Page): Promise<void> {
  for (const section of await page.locator('details.editor-section').all()) {
    if (!(await section.evaluate((e) => (e as HTMLDetailsElement).open))) await section.locator('summary').click();
  }
}

/** A text with its spaces made plain (the no-break spaces of French typography too). */
export const plain = (text: string | null): string => (text ?? '').replace(/[\s\u00A0\u202F]+/g, ' ');

/** The text of the page's main content, spaces made plain. */
export async function mainText(page: Page): Promise<string> {
  return plain(await page.locator('main').innerText());
}

/** The editor and Chromium, started before the tests of the block that calls it and stopped after. */
export function withEditor(options: EditorOptions = {}): { editor: EditorSession; browser: Browser } {
  const session = {} as { editor: EditorSession; browser: Browser };
  beforeAll(async () => {
    session.editor = await startEditor(options);
    session.browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    session.editor?.stop();
  });
  return session;
}
