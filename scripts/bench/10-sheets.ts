/**
 * Experience sheets: build time of the sample site (Astro, then Pagefind, timed apart) and the
 * weight of one sheet page. Builds write into temporary folders (PASSERELLE_OUT), never into
 * dist/. Banks of 1,000 and 10,000 generated programmes are measured by 15-scale.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from '../bench';
import { num, round } from '../bench-util';

const root = join(import.meta.dirname, '..', '..');
const ASTRO = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

function run(args: string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} a échoué :\n${result.stderr.slice(-4000)}`);
  return ms;
}

function buildSite(content: string, out: string, env: Record<string, string> = {}): { astro: number; pagefind: number } {
  rmSync(out, { recursive: true, force: true });
  const astro = run([ASTRO, 'build'], { PASSERELLE_CONTENT: content, PASSERELLE_OUT: out, ...env });
  const pagefind = run([PAGEFIND, '--site', out]);
  return { astro, pagefind };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => round(ms / 1000, 2);

/** The bytes of a page: its HTML and the stylesheets and scripts it links, raw and gzipped. */
export function pageWeight(site: string, path: string): { html: number; css: number; js: number; gzip: number; scripts: number } {
  const html = readFileSync(join(site, path));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(site, m[1])));
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(site, m[1])));
  const scripts = (text.match(/<script\b(?![^>]*type="application\/json")/g) ?? []).length;
  const sum = (files: Buffer[]) => files.reduce((n, f) => n + f.length, 0);
  const gzip = [html, ...css, ...js].reduce((n, f) => n + gzipSync(f).length, 0);
  return { html: html.length, css: sum(css), js: sum(js), gzip, scripts };
}

function countPages(dir: string, suffix: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) n += countPages(full, suffix);
    else if (name.endsWith(suffix)) n++;
  }
  return n;
}

export default async function (): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  try {
    // 1. The sample site: one warm-up build, then three timed builds.
    const sampleOut = join(work, 'exemple');
    buildSite('', sampleOut);
    const sample = [0, 1, 2].map(() => buildSite('', sampleOut));
    const samplePages = countPages(sampleOut, '.html');
    // One JSON per sheet, beside the index's cards (cartes.json).
    const sheets = readdirSync(join(sampleOut, 'experiences')).filter((f) => f.endsWith('.json') && f !== 'cartes.json').length;

    // 2. The weight of a sheet (Castelnau, the richest sample) and of the index.
    const sheet = pageWeight(sampleOut, 'experiences/castelnau-donne-des-elles/index.html');
    const index = pageWeight(sampleOut, 'experiences/index.html');
    const kb = (bytes: number) => round(bytes / 1024, 1);

    return [
      { label: `Construction du site d'exemple (${samplePages} pages HTML, dont ${sheets} fiches) : Astro`, value: seconds(median(sample.map((s) => s.astro))), unit: 's', note: 'médiane de 3 constructions après une construction à blanc, astro build' },
      { label: "Index de recherche du site d'exemple : Pagefind", value: seconds(median(sample.map((s) => s.pagefind))), unit: 's', note: 'médiane de 3, pagefind --site' },
      { label: "Poids d'une fiche (Castelnau) : HTML + CSS", value: kb(sheet.html + sheet.css), unit: 'Kio', note: `HTML ${num(kb(sheet.html))} Kio (styles de base en ligne compris) + CSS liée ${num(kb(sheet.css))} Kio` },
      { label: "Poids d'une fiche (Castelnau) : HTML + CSS compressés", value: kb(sheet.gzip), unit: 'Kio', note: 'gzip, niveau par défaut, fichier par fichier' },
      { label: "JavaScript d'une fiche", value: kb(sheet.js), unit: 'Kio', note: `${sheet.scripts} balise script` },
      { label: "Poids de l'index des fiches : HTML + CSS + script", value: kb(index.html + index.css + index.js), unit: 'Kio', note: `gzip : ${num(kb(index.gzip))} Kio ; Pagefind n'est chargé qu'à la première recherche` },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
