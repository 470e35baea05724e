/**
 * A national bank of sheets (issue 14): `npm run bench -- scale`.
 *
 * In one run, on the same machine state:
 * - the bare-Astro reference: a temporary project with Astro and MDX only, one plain MDX page per
 *   generated programme with the same text (scripts/bench-lib/generate.ts), `astro build`;
 * - Passerelle's `npm run build` of 1,000 generated programmes, everything (pages, JSON, PDFs,
 *   Pagefind), with an empty PDF cache each time (a first build);
 * - the rebuild after changing one programme among the 1,000 (the cache holds the other PDFs);
 * - the same build of 10,000 programmes, with its peak memory.
 * Runs alternate between the reference and Passerelle so that the load of the shared machine
 * weighs on both alike. Each build writes into temporary folders, never into dist/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { BenchRow } from '../bench';
import { num, round } from '../bench-util';
import { bareAstroProject, generateProgrammes } from '../bench-lib/generate';
import { buildSite, measure, median, spread } from '../bench-lib/measure';

const root = join(import.meta.dirname, '..', '..');
const ASTRO = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const SIZES = (process.env.PASSERELLE_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env.PASSERELLE_BENCH_RUNS ?? 3);

const s = (ms: number) => round(ms / 1000, 1);
const gb = (bytes: number | undefined) => (bytes === undefined ? NaN : round(bytes / 1024 ** 3, 2));
const noise = (values: number[]) => `écart entre passes ${Math.round(spread(values) * 100)} %`;
const list = (values: number[]) => values.map((v) => num(s(v))).join(' / ');

/** Changes the summary of one programme file, as an author would. */
function touch(file: string, n: number): void {
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  data.summary = `${String(data.summary)} Mise à jour n° ${n}.`;
  writeFileSync(file, stringify(data));
}

export default async function (): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'passerelle-echelle-'));
  const rows: BenchRow[] = [];
  try {
    const [base, ...larger] = SIZES;
    const content = join(work, `contenu-${base}`);
    const ids = generateProgrammes(content, base);
    const bare = join(work, 'astro-nu');
    bareAstroProject(bare, content);
    const out = join(work, 'site');
    const cache = join(work, 'cache');
    const env = { PASSERELLE_CACHE: cache };

    // Warm-ups (Vite and tsx caches of both projects), not counted.
    measure([ASTRO, 'build'], {}, bare);
    const bareRuns: number[] = [];
    const fullRuns: number[] = [];
    const fullRss: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bareRuns.push(measure([ASTRO, 'build'], {}, bare).ms);
      rmSync(cache, { recursive: true, force: true });
      const full = buildSite(content, out, env);
      fullRuns.push(full.ms);
      if (full.rss) fullRss.push(full.rss);
    }
    const bareMs = median(bareRuns);
    const fullMs = median(fullRuns);
    rows.push({ label: `Astro nu : ${num(base)} pages MDX du même texte`, value: s(bareMs), unit: 's', note: `médiane de ${RUNS} (${list(bareRuns)} s), ${noise(bareRuns)} ; astro build d'un projet Astro + MDX temporaire` });
    rows.push({ label: `Passerelle : ${num(base)} programmes, tout (pages, JSON, PDF, Pagefind), cache des PDF vide`, value: s(fullMs), unit: 's', note: `médiane de ${RUNS} (${list(fullRuns)} s), ${noise(fullRuns)} ; npm run build` });
    rows.push({ label: `Rapport Passerelle / Astro nu, ${num(base)} programmes`, value: round(fullMs / bareMs, 2), unit: '×', note: 'objectif : 1,0 au plus' });
    if (fullRss.length) rows.push({ label: `Mémoire maximale, ${num(base)} programmes`, value: gb(median(fullRss)), unit: 'Gio', note: 'RSS du plus gros processus (Astro et ses fils de calcul, puis Pagefind)' });

    // The rebuild after one change: the cache holds the PDFs of the last build.
    buildSite(content, out, env);
    const warm = buildSite(content, out, env).ms;
    rows.push({ label: `Passerelle : ${num(base)} programmes, reconstruction sans changement`, value: s(warm), unit: 's', note: 'cache des PDF plein, une passe' });
    const rebuildRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      touch(join(content, 'programmes', `${ids[(i * 37) % ids.length]}.yaml`), i + 1);
      rebuildRuns.push(buildSite(content, out, env).ms);
    }
    const rebuildMs = median(rebuildRuns);
    rows.push({ label: `Reconstruction après le changement d'un programme sur ${num(base)}`, value: s(rebuildMs), unit: 's', note: `médiane de ${RUNS} (${list(rebuildRuns)} s), un programme différent chaque fois` });
    rows.push({ label: 'Rapport reconstruction / construction complète', value: round(rebuildMs / fullMs, 2), unit: '×', note: 'objectif : 0,5 au plus' });

    for (const size of larger) {
      const big = join(work, `contenu-${size}`);
      generateProgrammes(big, size);
      rmSync(cache, { recursive: true, force: true });
      const run = buildSite(big, out, env);
      rmSync(big, { recursive: true, force: true });
      rows.push({ label: `Passerelle : ${num(size)} programmes, tout, cache des PDF vide`, value: s(run.ms), unit: 's', note: 'une passe ; npm run build' });
      rows.push({ label: `Rapport ${num(size)} / ${num(base)} programmes`, value: round(run.ms / fullMs, 2), unit: '×', note: `objectif : ${num(round(size / base * 1.05, 1))} au plus` });
      if (run.rss) rows.push({ label: `Mémoire maximale, ${num(size)} programmes`, value: gb(run.rss), unit: 'Gio', note: 'objectif : moins de 4 Go' });
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
