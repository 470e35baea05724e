/**
 * Issue 12, item 8: no text outside the page. A generated corpus of 60 documents (tests/pdf/
 * layout-corpus.ts: sheets, calls, responses and the evaluation, with long unbroken titles, long
 * addresses and e-mails, wide tables, retro-plannings with up to nine lanes, long lane names and
 * up to 104 weeks, results charts taller than a page) rendered to PDF and read back with pdfjs:
 * every piece of text lies inside the margins (between the header's and the footer's lines), and
 * no two pieces of text overlap (axis labels of a 70-week plan did). Before the fix, 20 of the
 * 60 documents had text outside the page or overlapping.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { theme } from '../../src/pdf/theme';
import { layoutCorpus, type Variant } from './layout-corpus';
import { readPdf, type TextItem } from './read';

const root = join(import.meta.dirname, '..', '..');
const fonts = loadFonts(readFontBytes());
let corpus: Variant[];
beforeAll(() => {
  corpus = layoutCorpus(join(root, 'content'), root, 60);
}, 120_000);

/** What is wrong with the text of one page. */
function problems(items: readonly TextItem[], size: { width: number; height: number }): string[] {
  const out: string[] = [];
  const left = theme.margin.left - 0.5;
  const right = size.width - theme.margin.right + 0.5;
  const bottom = theme.footer.y - 0.5;
  const top = size.height - theme.header.y + 0.5;
  const shown = (item: TextItem) => `« ${item.str.slice(0, 30)} » (x ${item.x.toFixed(1)} à ${(item.x + item.width).toFixed(1)}, y ${item.y.toFixed(1)})`;
  for (const item of items) {
    if (item.x < left || item.x + item.width > right || item.y < bottom || item.y > top) out.push(`hors des marges : ${shown(item)}`);
  }
  // Boxes from the baseline: 0,2 of the size below it, 0,8 above.
  const visible = items.filter((item) => item.str.trim() !== '').sort((a, b) => a.y - b.y);
  for (let i = 0; i < visible.length; i++) {
    const a = visible[i];
    for (let j = i + 1; j < visible.length && visible[j].y - a.y < a.height; j++) {
      const b = visible[j];
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + 0.8 * a.height, b.y + 0.8 * b.height) - Math.max(a.y - 0.2 * a.height, b.y - 0.2 * b.height);
      if (across > 0.5 && down > 0.5) out.push(`chevauchement : ${shown(a)} et ${shown(b)}`);
    }
  }
  return out;
}

describe('a generated corpus of documents', () => {
  it('has at least 50 varied documents of every kind', () => {
    expect(corpus.length).toBe(60);
    const kinds = new Set(corpus.map((v) => v.kind));
    expect([...kinds].sort()).toEqual(['call', 'evaluation', 'response', 'sheet']);
    const features = corpus.flatMap((v) => v.features);
    const most = (name: string) => Math.max(0, ...features.filter((f) => f.startsWith(`${name}:`)).map((f) => Number(f.split(':')[1])));
    for (const feature of ['titre:unbroken', 'titre:words', 'titre:mixed', 'e-mail', 'adresse web', 'tableau large']) expect(features, feature).toContain(feature);
    expect(features).toContain('semaines:70');
    expect(features.filter((f) => /^couloirs:([6-9])$/.test(f)).length).toBeGreaterThanOrEqual(3);
    expect(most('semaines')).toBe(104);
    expect(most('nom de couloir')).toBeGreaterThanOrEqual(60);
    expect(most('étapes')).toBeGreaterThanOrEqual(25);
    expect(most('résultats')).toBeGreaterThanOrEqual(40);
  });

  it('keeps every piece of text of every page inside the margins, with no two overlapping', async () => {
    let pages = 0;
    let pieces = 0;
    // One line per document with a problem: how many, and the first one.
    const found: string[] = [];
    for (const variant of corpus) {
      const pdf = await readPdf((await variant.render(fonts)).bytes);
      const own = pdf.items.flatMap((items, page) => {
        pages++;
        pieces += items.length;
        return problems(items, pdf.size).map((problem) => `page ${page + 1}, ${problem}`);
      });
      if (own.length > 0) found.push(`${variant.name} : ${own.length} problèmes, dont ${own[0]}`);
    }
    expect(found).toEqual([]);
    expect(pages).toBeGreaterThan(500);
    expect(pieces).toBeGreaterThan(20_000);
  }, 300_000);
});
