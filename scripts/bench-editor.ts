/**
 * The editor's speed, as its author feels it (`npm run bench:editor`, and a part of `npm run
 * bench`): on the largest sample file, in Chromium, the time from a keystroke in a form field to
 * the validator's message beside it (and to its going away when the keystroke is undone), and
 * from « Enregistrer » to the preview showing the saved change. Median and worst of several runs,
 * printed in French. Targets: 300 ms and 1 s. Nothing here is checked by a test.
 *
 * The editor runs on a copy of content/ (`passerelle edit`, as an author starts it). A keystroke is
 * timed inside the page (`performance.now()`), from its keydown to the moment the message is in
 * the page (or gone); a save from the click to the moment the preview frame shows the new title
 * (Playwright watching the frame, a few milliseconds of its own included).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import type { BenchRow } from './bench';
import { num, round } from './bench-util';
import { startEditorProcess } from './editor-process';
import { CHROMIUM } from './test-tools.mjs';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.PASSERELLE_BENCH_RUNS ?? 9);
const FIELD = 'champ-duration';

/** The largest file of content/ (the form with the most fields to render and check). */
function largestFile(): { collection: string; id: string; bytes: number } {
  const files = ['programmes', 'tenders', 'providers', 'responses', 'evaluations'].flatMap((collection) =>
    readdirSync(join(root, 'content', collection))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => ({ collection, id: f.replace(/\.ya?ml$/, ''), bytes: statSync(join(root, 'content', collection, f)).size })),
  );
  return files.sort((a, b) => b.bytes - a.bytes)[0];
}

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: round(sorted[Math.floor(sorted.length / 2)], 0), max: round(sorted[sorted.length - 1], 0) };
};

/** Milliseconds from the next keydown in the field to its messages appearing (or going away). */
function armKeystroke(page: Page, appear: boolean): Promise<void> {
  return page.evaluate(
    ({ id, appear }) => {
      const w = window as unknown as { benchResult?: Promise<number> };
      w.benchResult = new Promise((resolve) => {
        let start = 0;
        document.getElementById(id)!.addEventListener('keydown', () => (start = performance.now()), { once: true });
        const done = () => Boolean(document.getElementById(`${id}-messages`)) === appear;
        const observer = new MutationObserver(() => {
          if (start && done()) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
      });
    },
    { id: FIELD, appear },
  );
}

const result = (page: Page) => page.evaluate(() => (window as unknown as { benchResult: Promise<number> }).benchResult);

export default async function benchEditor(): Promise<BenchRow[]> {
  const file = largestFile();
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-editeur-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const editor = await startEditorProcess(join(dir, 'content'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await (await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } })).newPage();
    // tsx names the functions given to the page with a helper the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    const slug = { programmes: 'programmes', tenders: 'appels', providers: 'prestataires', responses: 'reponses', evaluations: 'evaluations' }[file.collection];
    await page.goto(`${editor.url}/espace/contenu/${slug}/${file.id}/`);
    await page.waitForSelector(`#${FIELD}`, { timeout: 60_000 });
    await page.locator(`#${FIELD}`).focus();
    await page.keyboard.press('End');
    const appear: number[] = [];
    const vanish: number[] = [];
    // One run first, not counted (the first check warms the validator's caches).
    for (let run = -1; run < RUNS; run++) {
      await armKeystroke(page, true);
      await page.keyboard.type('x');
      const shown = await result(page);
      await armKeystroke(page, false);
      await page.keyboard.press('Backspace');
      const gone = await result(page);
      if (run >= 0) appear.push(shown), vanish.push(gone);
    }
    const saves: number[] = [];
    const title = await page.locator('#champ-title').inputValue();
    for (let run = -1; run < RUNS; run++) {
      const next = `${title} (${run + 2})`;
      await page.locator('#champ-title').fill(next);
      await page.waitForTimeout(400);
      const start = performance.now();
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      // The page writes the title with French typography (’).
      await page.frameLocator('iframe').locator('h1', { hasText: next.replace(/'/g, '’') }).waitFor({ timeout: 30_000 });
      const ms = performance.now() - start;
      if (run >= 0) saves.push(ms);
    }
    const where = `${file.collection}/${file.id}.yaml, ${Math.round(file.bytes / 1024)} Ko`;
    const a = stats(appear);
    const v = stats(vanish);
    const s = stats(saves);
    return [
      { label: 'Éditeur : frappe → message du validateur affiché', value: a.median, unit: 'ms', note: `médiane de ${RUNS}, pire ${num(a.max)} ms ; ${where} ; objectif 300 ms` },
      { label: 'Éditeur : frappe annulée → message retiré', value: v.median, unit: 'ms', note: `médiane de ${RUNS}, pire ${num(v.max)} ms` },
      { label: 'Éditeur : « Enregistrer » → aperçu à jour', value: s.median, unit: 'ms', note: `médiane de ${RUNS}, pire ${num(s.max)} ms ; objectif 1 s` },
    ];
  } finally {
    await browser.close();
    editor.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchEditor();
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const r of rows) console.log(`${r.label.padEnd(width)}  ${num(r.value).padStart(6)} ${r.unit}  (${r.note})`);
}
