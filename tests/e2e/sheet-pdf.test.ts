/**
 * The PDF of each experience sheet, read back: every section of its page, in the same order, with
 * its figures and charts, inside the margins, and linked from the sheet page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { publicCorpus, publishedProgrammes } from '../../src/domain/corpus';
import { programmeMetrics } from '../../src/domain/metrics';
import { sheetDocument } from '../../src/document/sheet/index';
import { theme } from '../../src/pdf/theme';
import { readPdf } from '../pdf/read';
import { dist } from './browser';

// The public build's sheets: drafts are not published.
const corpus = publicCorpus(loadCorpus());
const plainSpaces = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('experience sheet PDFs', () => {
  it.each(publishedProgrammes(corpus).map((p) => p.id))('%s has every section of its page, in order', async (id) => {
    const file = join(dist, 'experiences', `${id}.pdf`);
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(join(dist, 'experiences', id, 'index.html'), 'utf8');
    expect(html).toContain(`href="/experiences/${id}.pdf"`);
    const pdf = await readPdf(new Uint8Array(readFileSync(file)));
    const entry = publishedProgrammes(corpus).find((p) => p.id === id)!;
    const doc = sheetDocument(entry, programmeMetrics(entry.data));
    expect(pdf.outline.map((o) => plainSpaces(o.title))).toEqual(doc.sections.map((s) => plainSpaces(s.title)));
    expect(pdf.outline.at(-1)!.title).toBe('Adapter cette expérience');
    expect(pdf.info.Language).toBe('fr-FR');
    for (const items of pdf.items) {
      for (const item of items) {
        expect(item.x).toBeGreaterThanOrEqual(theme.margin.left - 0.5);
        expect(item.x + item.width).toBeLessThanOrEqual(pdf.size.width - theme.margin.right + 0.5);
      }
    }
  });

  it('shows Castelnau’s figures: 12 women, 7 of 12 into a job or training, 7 900 €', async () => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(dist, 'experiences', 'castelnau-donne-des-elles.pdf'))));
    const all = plainSpaces(pdf.text.join(' '));
    expect(all).toContain('7 sur 12 (58 %)');
    expect(all).toContain('7 900 €');
    expect(all).toContain('12 personnes');
    expect(all).toContain('npx passerelle new response');
  });
});
