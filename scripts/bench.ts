/**
 * The benchmark: `npm run bench`. Each numbered file of scripts/bench/ measures one part of Passerelle and
 * returns rows; this script runs them in order, prints a table and writes
 * bench-output/results.json. Figures go into the README's benchmark section by hand, with the
 * date and the machine.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { num } from './bench-util';

export interface BenchRow {
  /** What was measured, in French (it is printed and copied to the README). */
  label: string;
  value: number;
  unit: string;
  /** How it was measured: runs, median or best, content size… */
  note?: string;
}

export type BenchModule = { default: () => Promise<BenchRow[]> };

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const file of readdirSync(dir).filter((f) => /^\d\d-.*\.ts$/.test(f)).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const mod = (await import(join(dir, file))) as BenchModule;
  console.error(`— ${file}`);
  rows.push(...(await mod.default()));
}
const width = Math.max(...rows.map((r) => r.label.length), 10);
for (const r of rows) console.log(`${r.label.padEnd(width)}  ${num(r.value).padStart(10)} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
mkdirSync('bench-output', { recursive: true });
writeFileSync(
  join('bench-output', 'results.json'),
  `${JSON.stringify({ node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, rows }, null, 2)}\n`,
);
