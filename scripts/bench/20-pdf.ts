/**
 * PDFs: our in-process render of the sample response against Chromium printing the same response's
 * HTML page (page.pdf(), browser already running), and a full build with PDFs against one without.
 * The response's page is private: it is served by the workspace (`passerelle workspace`), started
 * here as a user starts it; a page that is not there stops the bench instead of being printed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
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
import { CHROMIUM, context, launch } from '../../tests/e2e/browser';

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

/** Starts `passerelle workspace` on a free port and resolves with its address once it is up. */
function startWorkspace(): Promise<{ child: ChildProcess; url: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
  const child = spawn(process.execPath, [join(root, 'bin', 'passerelle.js'), 'workspace', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, PASSERELLE_CONTENT: '' } });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`passerelle workspace n'a pas démarré en 90 s :\n${out}`)), 90_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}` });
      }
    });
    child.on('exit', (code) => reject(new Error(`passerelle workspace s'est arrêté (${code}) :\n${out}`)));
  });
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
      const workspace = await startWorkspace();
      const browser = await launch();
      try {
        const page = await (await context(browser)).newPage();
        const response = await page.goto(`${workspace.url}/reponses/${RESPONSE}/`, { waitUntil: 'load' });
        if (response?.status() !== 200) throw new Error(`La page de la réponse ${RESPONSE} n'a pas été servie (${response?.status()}).`);
        let printed: Uint8Array = new Uint8Array();
        const chromium = await time(async () => {
          printed = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
        }, 15, 3);
        rows.push({ label: 'PDF de la même réponse imprimée par Chromium (page.pdf())', value: chromium.median, unit: 'ms', note: 'médiane de 15, navigateur déjà lancé et page chargée' });
        rows.push({ label: 'Taille du PDF de Chromium', value: Math.round(printed.length / 1024), unit: 'Ko' });
        rows.push({ label: 'Rapport Chromium / Passerelle (temps)', value: round(chromium.median / ours.median, 1), unit: '×', note: 'objectif : 5 au moins' });
      } finally {
        await browser.close();
        workspace.child.kill();
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}
