/**
 * The typography of a printed document, checked on laid-out lines and pages: no break at a
 * no-break space, addresses broken only after `/` or `.`, French hyphenation in narrow columns and
 * chart labels, no page holding only a table's last row and its totals or a text's last two lines,
 * charts whose series differ without colour, periods and decimals as French writes them.
 */
import { PDFDocument, type PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../src/domain/format';
import type { Block, Document } from '../../src/document/model';
import { hyphenationPoints } from '../../src/pdf/hyphenate';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { layoutBlocks } from '../../src/pdf/layout/blocks';
import { chartLayout } from '../../src/pdf/layout/charts';
import type { Frame } from '../../src/pdf/layout/lines';
import { structure } from '../../src/pdf/layout/structure';
import { paginateDocument, renderPdf } from '../../src/pdf/render';
import { breakLines, segments } from '../../src/pdf/text';
import { contentWidth } from '../../src/pdf/theme';
import { unicodePages } from './unicode-text';

const fonts = loadFonts(readFontBytes());
const N = '\u202F';
const S = '\u00A0';
const lines = (text: string, width: number, size = 10) => breakLines([{ text }], fonts, size, width).map((l) => l.pieces.map((p) => p.text).join(''));
const frame = (): Frame => {
  const tags = structure();
  return { fonts, tags, parent: tags.root, x: 0, width: contentWidth, depth: 1 };
};
const doc = (blocks: Block[]): Document => ({
  meta: { title: 'Test', author: 'Test', subject: 'Test', keywords: [], language: 'fr-FR' },
  header: 'Test',
  cover: { title: 'Test', facts: [] },
  sections: [{ type: 'section', id: 's', title: 'Section', blocks }],
});
/** The texts drawn on each page after the cover. */
const pageTexts = (d: Document) =>
  paginateDocument(d, fonts).pages.slice(1).map((p) => p.items.flatMap((i) => i.item.ops.flatMap((op) => (op.op === 'text' ? [op.text] : []))));

describe('no break at a no-break space', () => {
  it('keeps « 35 000 » and « 40 000 € » whole at every width, even in a narrow table cell', () => {
    const text = `35${N}000 et 40${N}000${S}€`;
    // From the width of « 40 000 € » up (narrower, nothing could avoid a cut).
    for (const width of [45, 60, 80, 120]) {
      const out = lines(text, width);
      expect(out.join(' ')).toBe(text);
      for (const line of out) expect([`35${N}000`, 'et', `40${N}000${S}€`, `35${N}000 et`, `et 40${N}000${S}€`, text]).toContain(line);
    }
    const items = layoutBlocks([{ type: 'table', columns: [{ label: 'Exigence', width: 6 }, { label: 'Attendu', width: 0.5 }], rows: [[[{ text: 'Budget' }], [{ text }]]] }], frame());
    const cell = items[1].ops.flatMap((op) => (op.op === 'text' && op.text !== 'Budget' ? [op.text] : []));
    // The column is as narrow as « 40 000 € », the widest thing no break may cut.
    expect(cell).toEqual([`35${N}000`, 'et', `40${N}000${S}€`]);
  });
});

describe('addresses', () => {
  it.each([
    ['direction@tremplin-cotedor.example.org', ['direction@tremplin-cotedor.', 'example.', 'org'], [150, 180, 220]],
    ['https://www.exemple-de-site.fr/un-chemin/vers-la-page', ['https://', 'www.', 'exemple-de-site.', 'fr/', 'un-chemin/', 'vers-la-page'], [90, 120, 160, 200]],
  ])('break %s only after a slash or a dot, never at its hyphen', (address, pieces, widths) => {
    for (const width of widths) {
      const out = lines(address, width);
      expect(out.join('')).toBe(address);
      for (const line of out.slice(0, -1)) expect(line).toMatch(/[./]$/);
      // Each line is whole pieces: the address never breaks inside one.
      for (const line of out) expect(pieces.some((_, i) => pieces.slice(i).some((__, j) => pieces.slice(i, i + j + 1).join('') === line))).toBe(true);
    }
  });
});

describe('French hyphenation', () => {
  it('knows where French words may be cut, two letters before and three after at least', () => {
    expect(hyphenationPoints('remobilisation')).toEqual([2, 4, 6, 8, 10]);
    expect(hyphenationPoints('accompagnement')).toEqual([2, 5, 7, 10]);
    expect(hyphenationPoints('Côte')).toEqual([]);
    expect(hyphenationPoints('38400')).toEqual([]);
  });

  it('hyphenates a word wider than its column instead of cutting it anywhere', () => {
    expect(lines('accompagnement', 45)).toEqual(['accom-', 'pagne-', 'ment']);
    expect(lines('Coaching individuel et remobilisation', 70)).toEqual(['Coaching', 'individuel et', 'remobilisa-', 'tion']);
  });

  it('leaves a well-filled line alone rather than hyphenate its next word', () => {
    expect(lines('Coaching individuel', 60)).toEqual(['Coaching', 'individuel']);
  });

  it('wraps a Gantt label over lines, hyphenated where needed, never cut with an ellipsis', () => {
    const label = 'Repérage sur listes, réunions d’information et entretiens d’entrée';
    const { ops } = chartLayout(
      { kind: 'gantt', id: 'g', title: 'G', description: 'G', units: 14, unitLabel: 'S', lanes: [], rows: [{ label, from: 1, to: 2 }] },
      0,
      230,
      fonts,
      1,
    );
    const texts = ops.flatMap((op) => (op.op === 'text' && !/^S\d+$/.test(op.text) ? [op.text] : []));
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.join(' ').replace(/- /g, '')).toBe(label);
    expect(texts.join('')).not.toContain('…');
  });
});

describe('pages', () => {
  const row = (i: number) => [[{ text: `Ligne ${i}` }], [{ text: String(i) }]];
  const table = (rows: number): Block => ({ type: 'table', columns: [{ label: 'Poste' }, { label: 'N°', align: 'end' }], rows: Array.from({ length: rows }, (_, i) => row(i)), footer: [[[{ text: 'Total' }], [{ text: '∑' }]]] });
  const filler = (words: number): Block => ({ type: 'paragraph', runs: [{ text: Array.from({ length: words }, (_, i) => `mot${i}`).join(' ') }] });

  it('never leaves a table’s last row alone with its totals on a page', () => {
    let split = 0;
    for (let words = 0; words <= 600; words += 12) {
      const pages = pageTexts(doc([filler(words), table(30)]));
      const last = pages.findIndex((texts) => texts.includes('Total'));
      const rowsThere = pages[last].filter((t) => t.startsWith('Ligne')).length;
      if (rowsThere < 30) split++;
      expect(rowsThere).toBeGreaterThanOrEqual(2);
    }
    // The table did break across pages in many of these layouts.
    expect(split).toBeGreaterThan(10);
  });

  it('never ends a text on a page of its last two lines', () => {
    let spilled = 0;
    for (let words = 300; words <= 900; words += 7) {
      const pages = pageTexts(doc([filler(words)]));
      if (pages.length > 1) spilled++;
      // Past the first page, a page holds at least three lines of the text (and the running texts are not items).
      for (const texts of pages.slice(1)) expect(texts.length).toBeGreaterThanOrEqual(3);
    }
    expect(spilled).toBeGreaterThan(10);
  });
});

describe('charts without colour', () => {
  it('fill each series of a stacked chart with its own pattern, drawn clipped in the PDF', async () => {
    const chart = {
      kind: 'stacked' as const,
      id: 'c',
      title: 'Points',
      description: 'Points par critère.',
      max: 100,
      series: [{ label: 'Valeur technique' }, { label: 'Prix' }],
      bars: [{ label: 'A', values: [54, 32.5], valueTexts: ['54', '32,5'], totalText: '86,5' }],
      ticks: [{ at: 0, label: '0' }, { at: 100, label: '100' }],
    };
    const { ops } = chartLayout(chart, 0, 400, fonts, 1);
    expect(ops.flatMap((op) => (op.op === 'rect' && op.hatch ? [op.hatch] : []))).toEqual(['solid', 'diagonal', 'solid', 'diagonal']);
    const out = await renderPdf(doc([{ type: 'chart', chart }]), fonts);
    const pdf = await PDFDocument.load(out.bytes);
    const page = pdf.getPages()[1];
    const stream = pdf.context.lookup(page.node.Contents()!) as PDFRawStream;
    const content = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    // A clipping path (re W n), then strokes in the tint of the series' colour.
    expect(content).toMatch(/re W n [\d. ]+RG 1\.2 w [\d. ]+ m [\d. ]+ l/);
    expect((await unicodePages(out.bytes))[1]).toContain('Valeur technique');
  });
});

describe('French dates and periods', () => {
  it.each([
    [{ start: { date: '2024-02-01' }, end: { date: '2024-07-31' } }, `du 1er${S}février${S}2024 au 31${S}juillet${S}2024`],
    [{ start: { date: '2024-02-01' }, ongoing: true as const }, `depuis le 1er${S}février${S}2024`],
    [{ start: { date: '2018-03' }, end: { date: '2019-04' } }, `de mars${S}2018 à avril${S}2019`],
    [{ start: { date: '2020-10' }, end: { date: '2021-04-15' } }, `d’octobre${S}2020 au 15${S}avril${S}2021`],
  ])('%j → %s', (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });
});

describe('segments', () => {
  it.each<[string, boolean, string[]]>([
    ['accompagnement', false, ['accompagnement']],
    ['co-développement', false, ['co-', 'développement']],
    ['remobilisation/coaching', false, ['remobilisation/', 'coaching']],
    ['-tiret', false, ['-tiret']],
    ['2021-2023', false, ['2021-', '2023']],
    ['a.b', false, ['a.b']],
    ['exemple.fr/appels/2024', true, ['exemple.', 'fr/', 'appels/', '2024']],
    ['contact-emploi@ville.fr', true, ['contact-emploi@ville.', 'fr']],
    ['sans', true, ['sans']],
    ['', false, []],
  ])('%j (address: %s) → %j', (word, address, expected) => expect(segments(word, address)).toEqual(expected));
});


describe('facts laid out as the page shows them', () => {
  /** The value column's texts of one facts row, grouped by line (its y), left to right. */
  const valueLines = (values: string[], tags: boolean) => {
    const [item] = layoutBlocks([{ type: 'facts', rows: [{ label: 'Critères d’entrée', values: values.map((text) => [{ text }]), ...(tags && { tags }) }] }], frame());
    const byLine = new Map<number, string[]>();
    for (const op of item.ops) if (op.op === 'text' && op.x > 100) byLine.set(op.y, [...(byLine.get(op.y) ?? []), op.text]);
    return [...byLine.entries()].sort(([a], [b]) => a - b).map(([, texts]) => texts.join(' '));
  };

  it.each([
    ['two sentences, each on its own line, nothing joining them', ['Être sans emploi.', 'Habiter la commune.'], false, ['Être sans emploi.', 'Habiter la commune.']],
    ['one value alone', ['Être sans emploi.'], false, ['Être sans emploi.']],
    ['tags run on one line, joined by a comma', ['Emploi', 'Mobilité', 'Santé'], true, ['Emploi, Mobilité, Santé']],
  ])('%s', (_name, values, tags, expected) => {
    expect(valueLines(values, tags).map((line) => line.replace(/\s+/g, ' ').replace(/ ,/g, ','))).toEqual(expected);
  });
});
