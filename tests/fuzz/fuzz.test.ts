/**
 * The fuzz test of issue 12: hostile variants of the sample content, by class, with a fixed seed
 * and few runs so that the suite stays quick (`npm run fuzz` runs a longer campaign). For every
 * variant: an error on the file (line and field where they exist) or, when the variant is valid,
 * the sample's data; French only, no stack trace, no raw control character, no file written.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { brokenVariants, checkBroken } from './broken';
import { checkVariant, classes, readSample, variants, type Sample } from './hostile';
import { checkFsVariant, checkPdfImport, checkPdfVariant, fsVariants, pdfVariants } from './hostile-fs';
import { buyerWorkspace, elanPdf, projectRoot } from '../cli/buyer-workspace';
import { readOffer } from '../../src/import/offer-pdf';

const SEED = 12_2026;
let sample: Sample;
beforeAll(() => {
  sample = readSample(join(projectRoot, 'content'), projectRoot);
});

describe('fuzz: hostile variants of the sample content', () => {
  it.each(classes)('%s', (cls) => {
    fc.assert(fc.property(variants(sample)[cls], (v) => void checkVariant(sample, v)), { seed: SEED, numRuns: 4 });
  });

  it('schéma', () => {
    // Broken values: every error with its « trouvé », « attendu » and « correction » lines.
    const outcomes = brokenVariants(sample.files, 6, SEED).map((b) => checkBroken(sample.files, [], b).outcome);
    if (!outcomes.includes('refused')) throw new Error('aucune variante refusée');
  });

  it('files', async () => {
    await fc.assert(fc.asyncProperty(fsVariants, (v) => checkFsVariant(join(projectRoot, 'content'), v)), { seed: SEED, numRuns: 3 });
  });

  it('pdf', async () => {
    const pdf = await elanPdf();
    const read = readOffer(pdf);
    if (!read.ok) throw new Error(read.reason);
    const original = JSON.stringify(read.json);
    fc.assert(fc.property(pdfVariants(pdf), (v) => void checkPdfVariant(original, v)), { seed: SEED, numRuns: 20 });
    // A damaged PDF through the whole command: French only, nothing written on a refusal.
    const samples = fc.sample(pdfVariants(pdf), { seed: SEED, numRuns: 1 });
    for (const v of samples) {
      const w = await buyerWorkspace();
      try {
        await checkPdfImport(w.cwd, v);
      } finally {
        w.remove();
      }
    }
  });
});
