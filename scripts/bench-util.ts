/** Timing helpers for the benchmark modules. */
import { performance } from 'node:perf_hooks';
import { formatNumber } from '../src/domain/format';

/** Runs `fn` `runs` times after `warmup` runs; returns the median and the best time in ms. */
export async function time(fn: () => unknown | Promise<unknown>, runs = 5, warmup = 1): Promise<{ median: number; best: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: round(times[Math.floor(times.length / 2)]), best: round(times[0]) };
}

export const round = (ms: number, digits = 1) => Math.round(ms * 10 ** digits) / 10 ** digits;

/** A measured figure as a French reader reads it: `1000` → `1 000`, `2.77` → `2,77`. */
export const num = (value: number, decimals = 3) => formatNumber(value, decimals);
