/**
 * Experience sheets: build time of the sample site and of a site with 1,000 generated
 * programmes (Astro, then Pagefind, timed apart), and the weight of one sheet page.
 *
 * The 1,000 programmes are copies of the published sample programmes with their own id, title,
 * commune, département and years, written as YAML into a temporary content folder; the builds
 * write into temporary folders (PASSERELLE_CONTENT, PASSERELLE_OUT), never into dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { departements } from '../../schemas/territories-data';
import type { BenchRow } from '../bench';
import { round } from '../bench-util';

const root = join(import.meta.dirname, '..', '..');
const ASTRO = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const GENERATED = Number(process.env.PASSERELLE_BENCH_PROGRAMMES ?? 1000);

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

/** Shifts every date of a programme by `years` (ISO strings and bare years under date keys). */
function shiftDates(value: unknown, years: number, key = ''): unknown {
  if (typeof value === 'string' && /^(19|20)\d{2}(-\d{2}){0,2}$/.test(value)) return `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
  if (typeof value === 'number' && ['start', 'end', 'date', 'asOf'].includes(key) && value > 1900 && value < 2100) return value + years;
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, years, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, years, k)]));
  return value;
}

/** Writes `count` programmes made from the published sample ones into `dir/programmes`. */
export function generateProgrammes(dir: string, count: number): void {
  const source = join(root, 'content', 'programmes');
  const templates = readdirSync(source)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(source, f), 'utf8')) as Record<string, any> }))
    .filter((t) => t.data.status !== 'proposed');
  const target = join(dir, 'programmes');
  mkdirSync(target, { recursive: true });
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    const [code, name] = departements[(i * 7) % departements.length];
    const data = shiftDates(structuredClone(template.data), (i % 9) - 4) as Record<string, any>;
    data.title = `${data.title} (${name}, n° ${i + 1})`;
    data.territory = { ...data.territory, departement: code, communes: [`Commune ${i + 1} (${name})`] };
    delete data.territory.region;
    delete data.territory.perimeter;
    writeFileSync(join(target, `${template.id}-${i + 1}.yaml`), stringify(data));
  }
}

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
    const sheets = readdirSync(join(sampleOut, 'experiences')).filter((f) => f.endsWith('.json')).length;

    // 2. 1,000 generated programmes: three timed builds.
    const content = join(work, 'contenu');
    generateProgrammes(content, GENERATED);
    const bigOut = join(work, 'mille');
    const bigRuns = [0, 1, 2].map(() => buildSite(content, bigOut));
    const big = { astro: median(bigRuns.map((b) => b.astro)), pagefind: median(bigRuns.map((b) => b.pagefind)) };
    const bigSheets = readdirSync(join(bigOut, 'experiences')).filter((f) => f.endsWith('.json')).length;
    // The same without the PDFs (one sheet PDF per programme), to show what they cost at this size.
    const bigWithoutPdf = median([0, 1].map(() => buildSite(content, bigOut, { PASSERELLE_PDF: '0' }).astro));

    // 3. The weight of a sheet (Castelnau, the richest sample) and of the index.
    const sheet = pageWeight(sampleOut, 'experiences/castelnau-donne-des-elles/index.html');
    const index = pageWeight(sampleOut, 'experiences/index.html');
    const kb = (bytes: number) => round(bytes / 1024, 1);

    return [
      { label: `Construction du site d'exemple (${samplePages} pages HTML, dont ${sheets} fiches) : Astro`, value: seconds(median(sample.map((s) => s.astro))), unit: 's', note: 'médiane de 3 constructions après une construction à blanc, astro build' },
      { label: "Index de recherche du site d'exemple : Pagefind", value: seconds(median(sample.map((s) => s.pagefind))), unit: 's', note: 'médiane de 3, pagefind --site' },
      { label: `Construction avec ${bigSheets} programmes générés : Astro`, value: seconds(big.astro), unit: 's', note: `médiane de 3 constructions ; ${GENERATED} copies variées des programmes publiés, validées comme le contenu` },
      { label: `Construction avec ${bigSheets} programmes générés, sans leurs PDF : Astro`, value: seconds(bigWithoutPdf), unit: 's', note: 'médiane de 2, PASSERELLE_PDF=0' },
      { label: `Rapport avec / sans PDF, ${bigSheets} programmes`, value: round(big.astro / bigWithoutPdf, 2), unit: '×', note: 'une fiche PDF par programme' },
      { label: `Index de recherche des ${bigSheets} fiches : Pagefind`, value: seconds(big.pagefind), unit: 's', note: 'médiane de 3, pagefind --site' },
      { label: "Poids d'une fiche (Castelnau) : HTML + CSS", value: kb(sheet.html + sheet.css), unit: 'Kio', note: `HTML ${kb(sheet.html)} Kio (styles de base en ligne compris) + CSS liée ${kb(sheet.css)} Kio` },
      { label: "Poids d'une fiche (Castelnau) : HTML + CSS compressés", value: kb(sheet.gzip), unit: 'Kio', note: 'gzip, niveau par défaut, fichier par fichier' },
      { label: "JavaScript d'une fiche", value: kb(sheet.js), unit: 'Kio', note: `${sheet.scripts} balise script` },
      { label: "Poids de l'index des fiches : HTML + CSS + script", value: kb(index.html + index.css + index.js), unit: 'Kio', note: `gzip : ${kb(index.gzip)} Kio ; Pagefind n'est chargé qu'à la première recherche` },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
