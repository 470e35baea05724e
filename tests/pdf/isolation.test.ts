/**
 * Issue 12, item 7: a document's bytes and text depend on that document alone. Every PDF of the
 * sample content is rendered alone (its own freshly parsed fonts), then after all the others with
 * one shared set of fonts (as a build shares them), then in the reverse order: the bytes must be
 * identical, and the text read back through the PDF's ToUnicode maps must be exactly the text the
 * layout drew (before the fix, Castelnau's sheet rendered after the others read « �ntretiens »).
 * The built site's PDFs are compared with the lone renderings in tests/e2e/pdf-isolation.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import type { RenderedPdf } from '../../src/pdf/render';
import { drawnLines, sampleDocuments } from './sample-documents';
import { unicodePages } from './unicode-text';

const documents = sampleDocuments(loadCorpus());
const freshFonts = () => loadFonts(readFontBytes());
const forwardOrder = documents.map((_, i) => i);
const backwardOrder = [...forwardOrder].reverse();

async function inOrder(order: number[]): Promise<Map<number, RenderedPdf>> {
  const fonts = freshFonts();
  const out = new Map<number, RenderedPdf>();
  for (const i of order) out.set(i, await documents[i].render(fonts));
  return out;
}

describe('a PDF depends on its document alone', () => {
  it('renders the 11 documents of the sample content', () => {
    expect(documents.map((d) => d.route.split('/')[1])).toEqual([...Array(6).fill('experiences'), 'appels', ...Array(3).fill('reponses'), 'evaluations']);
  });

  it('gives the same bytes alone, after every other document and before them', async () => {
    const alone = await Promise.all(documents.map((d) => d.render(freshFonts())));
    const forward = await inOrder(forwardOrder);
    const backward = await inOrder(backwardOrder);
    documents.forEach((d, i) => {
      expect(Buffer.from(forward.get(i)!.bytes).equals(Buffer.from(alone[i].bytes)), `${d.route} rendered after the others`).toBe(true);
      expect(Buffer.from(backward.get(i)!.bytes).equals(Buffer.from(alone[i].bytes)), `${d.route} rendered before the others`).toBe(true);
    });
  });

  it.each([
    ['first to last', forwardOrder],
    ['last to first', backwardOrder],
  ])('reads back, through its ToUnicode maps, exactly the text it drew, rendered %s', async (_, order) => {
    const rendered = await inOrder(order);
    let lines = 0;
    for (const [i, pdf] of rendered) {
      const pages = await unicodePages(pdf.bytes);
      expect(pages).toHaveLength(pdf.pages);
      pages.forEach((text, page) => {
        const drawn = drawnLines(pdf, page);
        expect(text.split('\n').slice(0, drawn.length), `${documents[i].route}, page ${page + 1}`).toEqual(drawn);
        lines += drawn.length;
      });
      expect(pages.join('\n')).not.toContain('\uFFFD');
    }
    expect(lines).toBeGreaterThan(2000);
  });

  it('keeps the letters the issue saw lost', async () => {
    const rendered = await inOrder(backwardOrder);
    const text = async (route: string) => (await unicodePages([...rendered].find(([i]) => documents[i].route === route)![1].bytes)).join('\n');
    expect(await text('/experiences/castelnau-donne-des-elles.pdf')).toContain('\nEntretiens individuels de suivi\n');
    expect(await text('/reponses/tremplin-dijon-2022.pdf')).toMatch(/\nBudget/);
  });
});
