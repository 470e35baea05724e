/**
 * Publishing as the README says: the GitHub Pages and GitLab Pages files build the site with its
 * address in PASSERELLE_SITE; a copy of the project built that way (`npm run build`, as the host
 * runs it) is served under its project path (`/fiches/`) and works in Chromium: styles, links,
 * search, PDF and open data all under that path.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { context, hasChromium, hostEnv, launch, serve } from './browser';

const root = join(import.meta.dirname, '..', '..');
const SITE = 'https://ccas-exemple.gitlab.io/fiches/';

describe('the deployment files', () => {
  it('GitLab Pages: builds with the pages address and publishes dist/', () => {
    const ci = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8'));
    expect(ci.pages.script).toEqual(['npm ci', 'PASSERELLE_SITE="${CI_PAGES_URL%/}/" npm run build']);
    expect(ci.pages.pages.publish).toBe('dist');
  });

  it('GitHub Pages: builds with the repository’s pages address and uploads dist/', () => {
    const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'pages.yml'), 'utf8'));
    const steps = workflow.jobs.build.steps as Array<{ run?: string; env?: Record<string, string>; uses?: string; with?: Record<string, string> }>;
    expect(steps.filter((s) => s.run).map((s) => s.run)).toEqual(['npm ci', 'npm run build']);
    expect(steps.find((s) => s.run === 'npm run build')!.env!.PASSERELLE_SITE).toBe('https://${{ github.repository_owner }}.github.io/${{ github.event.repository.name }}/');
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with!.path).toBe('dist');
  });
});

describe.skipIf(!hasChromium)('a site built for a project page, served under /fiches/', () => {
  let copy: string;
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };

  beforeAll(() => {
    // A copy of the project as a host checks it out (no build output, no test output).
    copy = mkdtempSync(join(tmpdir(), 'passerelle-deploy-'));
    for (const name of readdirSync(root)) {
      if (['node_modules', 'dist', '.git', '.astro', 'test-output', 'bench-output', '.tools', '.scratch'].includes(name)) continue;
      cpSync(join(root, name), join(copy, name), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    // The host's environment: none of Vitest's variables (its BASE_URL, MODE… would override the
    // site's base path), none of this run's PASSERELLE_* settings.
    execFileSync('npm', ['run', 'build'], { cwd: copy, env: { ...hostEnv(), PASSERELLE_SITE: SITE }, stdio: 'ignore' });
  }, 300_000);

  beforeAll(async () => {
    site = await serve(join(copy, 'dist'), '/fiches');
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('writes every page, asset and link under the project path', () => {
    expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(true);
    const home = readFileSync(join(copy, 'dist', 'index.html'), 'utf8');
    const paths = [...home.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((p) => !p.startsWith('/fiches/'))).toEqual([]);
    const data = JSON.parse(readFileSync(join(copy, 'dist', 'experiences', 'castelnau-donne-des-elles.json'), 'utf8'));
    expect(data.url).toBe(`${SITE}experiences/castelnau-donne-des-elles/`);
  });

  it('works in Chromium: styles, a sheet, its PDF, and the search', async () => {
    const page = await (await context(browser)).newPage();
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${site.url}/fiches/`);
    // The stylesheet is found: the header has its background colour, not the browser's default.
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('main a', { hasText: 'Parcourir les fiches d’expérience' }).click();
    await expect.poll(() => page.url()).toBe(`${site.url}/fiches/experiences/`);
    await page.getByRole('searchbox', { name: 'Rechercher dans le texte des fiches' }).fill('menuiserie');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.locator('[data-status]').innerText(), { timeout: 10_000 }).toMatch(/^1 fiche sur \d+/);
    await page.locator('[data-card]:visible a').first().click();
    await expect.poll(() => page.url()).toMatch(/\/fiches\/experiences\/[a-z0-9-]+\/$/);
    const pdf = await page.request.get(new URL(await page.locator('a', { hasText: 'Télécharger en PDF' }).first().getAttribute('href') ?? '', page.url()).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(missing).toEqual([]);
  });
});
