/**
 * `npm run fuzz [-- <runs per class>] [--seed <n>]`: a longer campaign of the fuzz test's hostile
 * variants (tests/fuzz/), printing per class how many variants ran, were refused with an error on
 * their file, were valid and read as the sample, and failed a check (with the first failure). The
 * class « schéma » breaks values (tests/fuzz/broken.ts): a variant fails when one of its errors
 * lacks its « trouvé », « attendu » or « correction » line.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { readOffer } from '../src/import/offer-pdf';
import { buyerWorkspace, elanPdf, projectRoot } from '../tests/cli/buyer-workspace';
import { brokenVariants, checkBroken } from '../tests/fuzz/broken';
import { checkVariant, classes, readSample, variants } from '../tests/fuzz/hostile';
import { checkFsVariant, checkPdfImport, checkPdfVariant, fsVariants, pdfVariants } from '../tests/fuzz/hostile-fs';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt === -1 ? Date.now() % 1_000_000 : Number(args[seedAt + 1]);
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--seed') ?? 200);

interface Count { runs: number; refused: number; valid: number; failed: number; first?: string; ms: number }
const counts: Record<string, Count> = {};
const count = (cls: string) => (counts[cls] ??= { runs: 0, refused: 0, valid: 0, failed: 0, ms: 0 });
const record = (cls: string, outcome: 'refused' | 'valid' | Error) => {
  const c = count(cls);
  c.runs++;
  if (outcome instanceof Error) {
    c.failed++;
    c.first ??= outcome.message.split('\n')[0];
  } else c[outcome]++;
};

console.log(`Campagne de fuzz : ${runs} variantes par classe, graine ${seed}\n`);
const sample = readSample(join(projectRoot, 'content'), projectRoot);
const arbitraries = variants(sample);
for (const cls of classes) {
  const start = performance.now();
  for (const v of fc.sample(arbitraries[cls], { seed, numRuns: runs })) {
    try {
      checkVariant(sample, v);
      record(cls, v.valid ? 'valid' : 'refused');
    } catch (error) {
      record(cls, error as Error);
    }
  }
  count(cls).ms = performance.now() - start;
}

// Broken values (a field left out, a typo in a key, a wrong type, an unknown reference…): every
// error must say what it found, what it expected and how to fix it.
{
  const start = performance.now();
  for (const b of brokenVariants(sample.files, runs, seed)) {
    try {
      record('schéma', checkBroken(sample.files, [], b).outcome);
    } catch (error) {
      record('schéma', error as Error);
    }
  }
  count('schéma').ms = performance.now() - start;
}

{
  const start = performance.now();
  for (const v of fc.sample(fsVariants, { seed, numRuns: Math.max(1, Math.round(runs / 4)) })) {
    try {
      await checkFsVariant(join(projectRoot, 'content'), v);
      record('files', v.valid ? 'valid' : 'refused');
    } catch (error) {
      record('files', error as Error);
    }
  }
  count('files').ms = performance.now() - start;
}

{
  const start = performance.now();
  const pdf = await elanPdf();
  const read = readOffer(pdf);
  if (!read.ok) throw new Error(read.reason);
  const original = JSON.stringify(read.json);
  for (const v of fc.sample(pdfVariants(pdf), { seed, numRuns: runs * 5 })) {
    try {
      record('pdf', checkPdfVariant(original, v) === 'read' ? 'valid' : 'refused');
    } catch (error) {
      record('pdf', error as Error);
    }
  }
  count('pdf').ms = performance.now() - start;
  const imports = performance.now();
  for (const v of fc.sample(pdfVariants(pdf), { seed: seed + 1, numRuns: Math.max(1, Math.round(runs / 20)) })) {
    const w = await buyerWorkspace();
    try {
      record('pdf (import-offer)', (await checkPdfImport(w.cwd, v)) === 0 ? 'valid' : 'refused');
    } catch (error) {
      record('pdf (import-offer)', error as Error);
    } finally {
      w.remove();
    }
  }
  count('pdf (import-offer)').ms = performance.now() - imports;
}

const rows = Object.entries(counts).map(([cls, c]) => [cls, c.runs, c.refused, c.valid, c.failed, `${(c.ms / 1000).toFixed(1)} s`]);
const header = ['classe', 'variantes', 'refusées', 'valides (lues)', 'échecs', 'temps'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells: Array<string | number>) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
const failures = Object.entries(counts).filter(([, c]) => c.failed > 0);
for (const [cls, c] of failures) console.log(`\n${cls} : ${c.first}`);
process.exit(failures.length > 0 ? 1 : 0);
