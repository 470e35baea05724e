/**
 * PDFs: our in-process render of the sample response against Chromium printing the same response's
 * HTML page (page.pdf(), browser already running), and a full build with PDFs against one without.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchRow } from '../bench';
import { round, time } from '../bench-util';
import { loadCorpus } from '../../src/content/content-fs';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { renderResponse } from '../../src/pdf/documents/response';
import { CHROMIUM, context, launch, serve } from '../../tests/e2e/browser';

const RESPONSE = 'tremplin-dijon-2022';
const root = join(import.meta.dirname, '..', '..');

function build(out: string, pdf: boolean): number {
  const start = performance.now();
  execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, PASSERELLE_OUT: out, PASSERELLE_PDF: pdf ? '1' : '0', PASSERELLE_CONTENT: '' },
  });
  return performance.now() - start;
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const corpus = loadCorpus();

  const parseStart = performance.now();
  const fonts = loadFonts(readFontBytes());
  rows.push({ label: 'Lecture et analyse des 4 polices (une fois par construction)', value: round(performance.now() - parseStart), unit: 'ms' });

  let bytes: Uint8Array = new Uint8Array();
  let pages = 0;
  const ours = await time(async () => {
    const out = await renderResponse(corpus, RESPONSE, fonts);
    bytes = out.bytes;
    pages = out.pages;
  }, 15, 3);
  rows.push({ label: `PDF de la réponse par Passerelle (${pages} pages)`, value: ours.median, unit: 'ms', note: 'médiane de 15 rendus en mémoire, polices déjà analysées' });
  rows.push({ label: 'Taille du PDF de Passerelle', value: Math.round(bytes.length / 1024), unit: 'Ko' });

  // Two full builds, with and without the PDFs (best of two each).
  const tmp = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  try {
    const withPdf = Math.min(build(join(tmp, 'avec'), true), build(join(tmp, 'avec'), true));
    const withoutPdf = Math.min(build(join(tmp, 'sans'), false), build(join(tmp, 'sans'), false));
    rows.push({ label: 'Construction complète du site d’exemple, avec les PDF', value: round(withPdf / 1000, 2), unit: 's', note: 'meilleure de 2' });
    rows.push({ label: 'Construction complète du site d’exemple, sans les PDF', value: round(withoutPdf / 1000, 2), unit: 's', note: 'meilleure de 2, PASSERELLE_PDF=0' });
    rows.push({ label: 'Rapport construction avec PDF / sans PDF', value: round(withPdf / withoutPdf, 2), unit: '×', note: 'objectif : 1,3 au plus' });

    if (existsSync(CHROMIUM)) {
      const { url, close } = await serve(join(tmp, 'avec'));
      const browser = await launch();
      try {
        const page = await (await context(browser)).newPage();
        await page.goto(`${url}/reponses/${RESPONSE}/`, { waitUntil: 'load' });
        let printed: Uint8Array = new Uint8Array();
        const chromium = await time(async () => {
          printed = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
        }, 15, 3);
        rows.push({ label: 'PDF de la même réponse imprimée par Chromium (page.pdf())', value: chromium.median, unit: 'ms', note: 'médiane de 15, navigateur déjà lancé et page chargée' });
        rows.push({ label: 'Taille du PDF de Chromium', value: Math.round(printed.length / 1024), unit: 'Ko' });
        rows.push({ label: 'Rapport Chromium / Passerelle (temps)', value: round(chromium.median / ours.median, 1), unit: '×', note: 'objectif : 3 au moins' });
      } finally {
        await browser.close();
        await close();
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}
