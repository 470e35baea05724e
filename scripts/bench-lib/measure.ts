/**
 * Running a build as a user does and measuring it: wall time and peak memory (the largest
 * resident set of the process and of the processes it waited for, read by GNU time where the
 * machine has it, as on the benchmark machine; otherwise left out).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..', '..');
const GNU_TIME = '/usr/bin/time';

export interface Measured {
  ms: number;
  /** Peak resident memory in bytes, when GNU time is there to read it. */
  rss?: number;
  stdout: string;
}

/** Runs `node args…` in `cwd`, fails with its output when it fails. */
export function measure(args: string[], env: Record<string, string> = {}, cwd = root): Measured {
  const gnu = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'passerelle-mesure-'));
  const rssFile = join(scratch, 'rss');
  const [command, argv] = gnu ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
  const start = performance.now();
  const result = spawnSync(command, argv, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  try {
    if (result.status !== 0) throw new Error(`${args.join(' ')} a échoué :\n${(result.stderr ?? '').slice(-4000)}\n${(result.stdout ?? '').slice(-2000)}`);
    const kb = gnu ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
    return { ms, ...(Number.isFinite(kb) && { rss: kb * 1024 }), stdout: result.stdout };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `npm run build` (Astro, then Pagefind, published at once) of `content` into `out`. */
export function buildSite(content: string, out: string, env: Record<string, string> = {}): Measured {
  rmSync(out, { recursive: true, force: true });
  return measure(['--import', 'tsx', join(root, 'scripts', 'build.ts')], { PASSERELLE_CONTENT: content, PASSERELLE_OUT: out, ...env });
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The spread of a few measurements, as a share of their median (noise of the shared machine). */
export const spread = (values: number[]) => (Math.max(...values) - Math.min(...values)) / median(values);
