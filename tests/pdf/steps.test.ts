/**
 * Each step of the PDF pipeline on plain data: line breaking, layout into items, pagination,
 * section page counts, charts, the table of contents.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Document, Run } from '../../src/document/model';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { layoutBlocks, sectionItems } from '../../src/pdf/layout/blocks';
import { chartLayout, chartParts } from '../../src/pdf/layout/charts';
import { layoutDocument } from '../../src/pdf/layout/index';
import type { Frame } from '../../src/pdf/layout/lines';
import { structure } from '../../src/pdf/layout/structure';
import type { LaidItem } from '../../src/pdf/model';
import { paginate } from '../../src/pdf/paginate';
import { PdfError, renderPdf, sectionPageCounts } from '../../src/pdf/render';
import { breakLines } from '../../src/pdf/text';
import { contentHeight, contentWidth, theme } from '../../src/pdf/theme';
import { readPdf } from './read';
import { unicodePages } from './unicode-text';

const fonts = loadFonts(readFontBytes());
const N = '\u202F';
const S = '\u00A0';
const newFrame = (): Frame => {
  const tags = structure();
  return { fonts, tags, parent: tags.root, x: 0, width: contentWidth, depth: 1 };
};
const frame = newFrame();
const doc = (sections: Document['sections'], extra: Partial<Document> = {}): Document => ({
  meta: { title: 'Fiche test', author: 'Test', subject: 'Test', keywords: [], language: 'fr-FR' },
  header: 'En-tête',
  cover: { title: 'Fiche test', facts: [] },
  sections,
  ...extra,
});
const textOf = (line: { pieces: Array<{ text: string }> }) => line.pieces.map((p) => p.text).join('');

describe('breakLines', () => {
  it('keeps a short text on one line', () => {
    const lines = breakLines([{ text: 'Un parcours de dix semaines.' }], fonts, 10, 400);
    expect(lines.map(textOf)).toEqual(['Un parcours de dix semaines.']);
    expect(lines[0].width).toBeCloseTo(fonts.regular.widthOf('Un parcours de dix semaines.', 10), 5);
  });

  it('never breaks at a no-break space: amounts and « guillemets » stay whole', () => {
    const amount = `38${N}400${S}€`;
    const text = `Le prix est de ${amount} pour « le${S}parcours${S}» complet et encore quelques mots`;
    for (const width of [60, 80, 100, 140, 200]) {
      const lines = breakLines([{ text }], fonts, 10, width).map(textOf);
      expect(lines.some((l) => l.includes(amount))).toBe(true);
      for (const line of lines) expect(fonts.regular.widthOf(line, 10)).toBeLessThanOrEqual(Math.max(width, fonts.regular.widthOf(amount, 10)) + 0.01);
    }
  });

  it('draws no soft hyphen (pasted from Word), as the page does not', () => {
    expect(breakLines([{ text: 'Castelnau donne des\u00adElles' }], fonts, 10, 400).map(textOf)).toEqual(['Castelnau donne desElles']);
  });

  // A table of 55 columns made columns narrower than their padding: the split never ended.
  it.each([0, -4, 0.5])('a column of %s points gets a character per line, and ends', (width) => {
    const lines = breakLines([{ text: 'val ab' }], fonts, 10, width).map(textOf);
    expect(lines.join('')).toBe('valab');
    expect(lines.length).toBe(5);
  });

  it('fits every line in the width and loses no character', () => {
    const text = 'Construire une carte des compétences avec chaque participante, puis la réutiliser lors des simulations d’entretien.';
    const lines = breakLines([{ text }], fonts, 10, 150);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150.01);
    expect(lines.map(textOf).join(' ')).toBe(text);
  });

  it('cuts a word wider than the line between characters', () => {
    const word = 'https://www.exemple-de-tres-longue-adresse.fr/un/chemin/sans/espace/aucun';
    const lines = breakLines([{ text: word }], fonts, 10, 100);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100.01);
    expect(lines.map(textOf).join('')).toBe(word);
  });

  it('breaks after a hyphen or a slash inside a long word', () => {
    const lines = breakLines([{ text: 'remobilisation/coaching-collectif-et-individuel' }], fonts, 10, 120).map(textOf);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/[-/]$/);
  });

  it('keeps the styles of runs and merges neighbours of one style', () => {
    const [line] = breakLines([{ text: 'Un ' }, { text: 'gras', bold: true }, { text: ' et un ' }, { text: 'lien', href: 'https://a.fr' }], fonts, 10, 400);
    expect(line.pieces.map((p) => [p.text, p.font, p.href])).toEqual([
      ['Un ', 'regular', undefined],
      ['gras', 'bold', undefined],
      [' et un ', 'regular', undefined],
      ['lien', 'regular', 'https://a.fr'],
    ]);
    expect(line.pieces[1].x).toBeCloseTo(fonts.regular.widthOf('Un ', 10), 5);
  });

  it('gives one empty line for an empty text', () => {
    expect(breakLines([{ text: '' }], fonts, 10, 100)).toHaveLength(1);
  });
});

describe('layoutBlocks', () => {
  const paragraph = (words: number): Block => ({ type: 'paragraph', runs: [{ text: Array.from({ length: words }, (_, i) => `mot${i}`).join(' ') }] });

  it('makes one item per line, keeping the first two and the last three lines together', () => {
    const items = layoutBlocks([paragraph(120)], frame);
    expect(items.length).toBeGreaterThan(5);
    const n = items.length;
    expect(items.map((i) => Boolean(i.keepWithNext))).toEqual(items.map((_, i) => i === 0 || i === n - 3 || i === n - 2));
    expect(items[0].spaceBefore).toBeGreaterThan(0);
    expect(items.slice(1).every((i) => i.spaceBefore === 0)).toBe(true);
  });

  it('lays a table out as a header and rows that repeat it', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [[{ text: `Ligne ${i}` }], [{ text: `${i * 100}` }]]);
    const items = layoutBlocks([{ type: 'table', columns: [{ label: 'Poste', width: 3 }, { label: 'Montant', width: 1, align: 'end' }], rows }], frame);
    expect(items).toHaveLength(6);
    expect(items[0].keepWithNext).toBe(true);
    expect(items.slice(1).every((i) => i.repeat === items[0])).toBe(true);
    // Right-aligned cells end at the column's right edge (minus padding).
    const amount = items[1].ops.find((op) => op.op === 'text' && op.text === '0');
    expect(amount && amount.op === 'text' && amount.x + fonts.regular.widthOf('0', amount.size)).toBeCloseTo(contentWidth - theme.space.cell, 1);
  });

  it('keeps the last two rows of a long table with its totals', () => {
    const rows = Array.from({ length: 20 }, (_, i) => [[{ text: `Ligne ${i}` }], [{ text: `${i}` }]]);
    const items = layoutBlocks([{ type: 'table', columns: [{ label: 'Poste' }, { label: 'N°', align: 'end' }], rows, footer: [[[{ text: 'Total' }], [{ text: '190' }]]] }], frame);
    // Header, 20 rows, 1 footer row: rows 18 and 19 keep with what follows, down to the footer.
    expect(items).toHaveLength(22);
    expect(items.map((i) => Boolean(i.keepWithNext))).toEqual([true, ...Array.from({ length: 18 }, () => false), true, true, false]);
  });

  it('never makes a column narrower than its header’s longest word', () => {
    const items = layoutBlocks([{ type: 'table', columns: [{ label: 'Atelier', width: 8 }, { label: 'Séances', width: 0.2 }], rows: [[[{ text: 'a' }], [{ text: '1' }]]] }], frame);
    const header = items[0].ops.filter((op) => op.op === 'text').map((op) => (op.op === 'text' ? op.text : ''));
    expect(header).toEqual(['Atelier', 'Séances']);
  });

  it('cuts a row taller than a page into chunks', () => {
    const long = Array.from({ length: 1500 }, (_, i) => `mot${i}`).join(' ');
    const items = layoutBlocks([{ type: 'table', columns: [{ label: 'Texte' }], rows: [[[{ text: long }]]] }], frame);
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) expect(item.height).toBeLessThanOrEqual(contentHeight);
  });

  it('puts the list marker left of the item text', () => {
    const items = layoutBlocks([{ type: 'list', ordered: true, start: 3, items: [[{ type: 'paragraph', runs: [{ text: 'trois' }] }]] }], frame);
    const texts = items[0].ops.filter((op) => op.op === 'text');
    expect(texts.map((t) => (t.op === 'text' ? t.text : ''))).toEqual(['3.', 'trois']);
    expect(texts[0].op === 'text' && texts[1].op === 'text' && texts[0].x < texts[1].x).toBe(true);
  });

  it('starts a section that asks for it on a new page', () => {
    const items = layoutBlocks([paragraph(3), { type: 'section', title: 'Annexe', blocks: [paragraph(3)], newPage: true }], frame);
    expect(items.map((i) => Boolean(i.breakBefore))).toEqual([false, true, false]);
  });
});

describe('paginate', () => {
  const item = (height: number, extra: Partial<LaidItem> = {}): LaidItem => ({ height, spaceBefore: 10, ops: [], ...extra });
  const bottom = theme.page.height - theme.margin.bottom;

  it('stacks items from the top margin and drops the space above the first item of a page', () => {
    const { pages } = paginate({ body: [item(100), item(100)] });
    expect(pages).toHaveLength(1);
    expect(pages[0].items.map((p) => p.top)).toEqual([theme.margin.top, theme.margin.top + 110]);
  });

  it('starts a new page when an item does not fit, and never places anything below the bottom margin', () => {
    const { pages } = paginate({ body: Array.from({ length: 30 }, () => item(60)) });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) for (const p of page.items) expect(p.top + p.item.height).toBeLessThanOrEqual(bottom + 0.001);
  });

  it('moves a heading to the next page with the line that follows it', () => {
    const filler = item(contentHeight - 40);
    const heading = item(20, { keepWithNext: true });
    const { pages } = paginate({ body: [filler, heading, item(30)] });
    expect(pages).toHaveLength(2);
    expect(pages[1].items[0].item).toBe(heading);
  });

  it('repeats a table header on the page where its rows continue, as decoration', () => {
    const header = item(20, { keepWithNext: true });
    const rows = Array.from({ length: 40 }, () => item(30, { spaceBefore: 0, repeat: header }));
    const { pages } = paginate({ body: [header, ...rows] });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.items[0].item).toBe(header);
    expect(pages.map((p) => Boolean(p.items[0].artifact))).toEqual(pages.map((_, i) => i > 0));
  });

  it('records bookmarks and the first page of each section; cover pages are bare', () => {
    const section = (id: string, breakBefore = false) => item(30, { bookmark: { section: id, title: id, level: 0 }, keepWithNext: true, breakBefore });
    const result = paginate({ cover: [item(100)], toc: [item(50)], body: [section('a'), item(600), section('b'), item(40), section('c', true), item(10)] });
    expect(result.pages.map((p) => p.bare)).toEqual([true, false, false, false, false]);
    expect(result.sectionPages).toEqual({ a: 3, b: 4, c: 5 });
    expect(result.bookmarks.map((b) => [b.section, b.page])).toEqual([['a', 3], ['b', 4], ['c', 5]]);
    expect(sectionPageCounts(result, ['a', 'b', 'c'])).toEqual({ a: 1, b: 1, c: 1 });
  });

  it('counts the pages a section touches, sharing the page where the next one starts mid-page', () => {
    const section = (id: string) => item(30, { bookmark: { section: id, title: id, level: 0 }, keepWithNext: true });
    const result = paginate({ body: [section('a'), ...Array.from({ length: 20 }, () => item(40)), section('b'), item(40)] });
    const b = result.sectionPages.b;
    expect(result.pages[b - 1].items[0].item.bookmark).toBeUndefined();
    expect(sectionPageCounts(result, ['a', 'b'])).toEqual({ a: b, b: 1 });
  });
});

describe('sections and table of contents', () => {
  it('opens a section with a bookmarked title that keeps with its content, its parts bookmarked under it', () => {
    const items = sectionItems({ type: 'section', id: 'prix', title: 'Le prix', blocks: [{ type: 'section', title: 'Les lignes', blocks: [] }] }, { ...newFrame(), depth: 0 });
    expect(items[0].bookmark).toEqual({ section: 'prix', title: 'Le prix', level: 0 });
    expect(items[1].bookmark).toEqual({ section: '', title: 'Les lignes', level: 1 });
    expect(items[0].keepWithNext).toBe(true);
  });

  it('writes one entry per section with a page number resolved when drawing', () => {
    const laid = layoutDocument(doc([{ type: 'section', id: 'a', title: 'Première', blocks: [] }, { type: 'section', id: 'b', title: 'Seconde', blocks: [] }], { toc: 'Sommaire' }), fonts);
    const refs = laid.toc.flatMap((i) => i.ops).filter((op) => op.op === 'pageRef');
    expect(refs.map((r) => (r.op === 'pageRef' ? r.section : ''))).toEqual(['a', 'b']);
  });
});

describe('charts', () => {
  const gantt = {
    kind: 'gantt' as const,
    id: 'g',
    title: 'Planning',
    description: 'Planning.',
    units: 12,
    unitLabel: 'S',
    lanes: ['Groupe 1', 'Groupe 2'],
    rows: [{ label: 'Préparation', from: 1, to: 2 }, { label: 'Ateliers', lane: 'Groupe 1', from: 3, to: 12 }, { label: 'Bilan', lane: 'Groupe 2', from: 12, to: 12, milestone: true }],
  };

  it('draws a Gantt bar per step and a mark per milestone, inside its width, with its lanes’ patterns', () => {
    const { ops, height } = chartLayout(gantt, 0, 400, fonts, 7);
    const round = (n: number) => Math.round(n * 100) / 100;
    const rects = ops.flatMap((op) => (op.op === 'rect' ? [[...[op.x, op.y, op.w, op.h].map(round), ...(op.hatch ? [op.hatch] : [])]] : []));
    // Labels take 53,53 pt, then 12 weeks of 28,79 pt. x, y, width, height, pattern:
    expect(rects).toEqual([
      [0, 18, 400, 16], // the shaded band of the first row
      [55.53, 21, 55.58, 10, 'solid'], // Préparation: weeks 1 to 2
      [113.11, 37, 285.89, 10, 'solid'], // Ateliers (Groupe 1): weeks 3 to 12, ending 1 pt inside the width
      [0, 50, 400, 16], // the shaded band of the third row
      [381.61, 54, 8, 8, 'diagonal'], // Bilan (Groupe 2): a milestone mark in week 12
      [54.53, 74, 8, 8, 'solid'], // the legend: Groupe 1, its swatch and its outline
      [54.53, 74, 8, 8],
      [116.62, 74, 8, 8, 'diagonal'], // Groupe 2
      [116.62, 74, 8, 8],
    ]);
    const texts = ops.flatMap((op) => (op.op === 'text' ? [op.text] : []));
    expect(texts).toEqual([...Array.from({ length: 12 }, (_, i) => `S${i + 1}`), 'Préparation', 'Ateliers', 'Bilan', 'Groupe 1', 'Groupe 2']);
    expect(ops.filter((op) => op.op === 'text').every((op) => op.tag === 7)).toBe(true);
    // 18 pt of week labels, 3 rows of 16 pt, 8 pt below them and a legend row of 13 pt: 18 + 48 + 8 + 13.
    expect(round(height)).toBe(87);
  });

  // Issue 12, item 8: the text of a chart stays inside its width, and a chart inside its page.
  const texts = (ops: ReturnType<typeof chartLayout>['ops']) => ops.flatMap((op) => (op.op === 'text' ? [{ text: op.text, x: op.x, y: op.y, w: fonts.regular.widthOf(op.text, op.size) }] : []));
  const weeks = (units: number) => ({ ...gantt, units, rows: [{ label: 'Parcours', lane: 'Groupe 1', from: 1, to: units }, { label: 'Bilan', lane: 'Groupe 2', from: units, to: units, milestone: true }] });

  it.each([
    [12, 12, 1],
    [20, 20, 1],
    [26, 13, 2],
    [70, 14, 5],
    [104, 11, 10],
  ])('labels a %i-week axis %i times, every %i weeks, without two labels touching', (units, count, every) => {
    const axis = texts(chartLayout(weeks(units), 0, contentWidth, fonts, 1).ops).filter((t) => /^S\d+$/.test(t.text));
    expect(axis.map((t) => t.text)).toEqual(Array.from({ length: count }, (_, i) => `S${1 + i * every}`));
    axis.slice(1).forEach((t, i) => expect(t.x).toBeGreaterThanOrEqual(axis[i].x + axis[i].w + 4));
    for (const t of axis) expect(t.x + t.w).toBeLessThanOrEqual(contentWidth);
  });

  it('wraps a legend entry longer than its row inside the chart', () => {
    const lane = 'Coordinationterritorialedesacteursdelinsertionprofessionnelleetsocialedelametropoleetdesesquartiersprioritaires';
    const { ops } = chartLayout({ ...gantt, lanes: ['Groupe 1', lane], rows: [{ label: 'Ateliers', lane, from: 1, to: 12 }] }, 0, 400, fonts, 1);
    const legend = texts(ops).filter((t) => t.y > 40);
    expect(legend.length).toBeGreaterThan(2);
    expect(legend.map((t) => t.text).join('').replace(/-/g, '')).toBe(`Groupe 1${lane}`);
    for (const t of legend) expect(t.x + t.w).toBeLessThanOrEqual(400);
  });

  it('cuts a chart taller than a page between its rows, each part with its axis, the legend on the last', () => {
    const tall = { ...gantt, rows: Array.from({ length: 60 }, (_, i) => ({ label: `Étape ${i + 1}`, lane: i % 2 ? 'Groupe 2' : 'Groupe 1', from: 1 + (i % 12), to: 12 })) };
    const parts = chartParts(tall, 0, contentWidth, fonts, 1, contentHeight - 36);
    expect(parts.length).toBe(2);
    for (const part of parts) expect(part.height).toBeLessThanOrEqual(contentHeight - 36);
    const labels = parts.map((part) => texts(part.ops).map((t) => t.text));
    for (const part of labels) expect(part.slice(0, 12)).toEqual(Array.from({ length: 12 }, (_, i) => `S${i + 1}`));
    expect(labels.flatMap((part) => part.filter((t) => t.startsWith('Étape')))).toEqual(tall.rows.map((r) => r.label));
    expect(labels.map((part) => part.includes('Groupe 2'))).toEqual([false, true]);
    // Through the whole pipeline: no text below the page's bottom margin.
    const laid = paginate(layoutDocument(doc([{ type: 'section', id: 's', title: 'Planning', blocks: [{ type: 'chart', chart: tall }] }]), fonts));
    for (const page of laid.pages) for (const { item, top } of page.items) expect(top + item.height).toBeLessThanOrEqual(theme.page.height - theme.margin.bottom + 0.01);
  });

  it('fills a result bar in proportion to its rate', () => {
    const { ops } = chartLayout({ kind: 'bars', id: 'r', title: 'R', description: 'R', bars: [{ label: 'Emploi ou formation', value: 7, max: 12, valueText: '7 sur 12', counts: true }] }, 0, 400, fonts, 1);
    const [track, fillBar] = ops.filter((op) => op.op === 'rect');
    expect(track.op === 'rect' && fillBar.op === 'rect' && fillBar.w / track.w).toBeCloseTo(7 / 12, 5);
  });
});

describe('characters the fonts lack', () => {
  const spec = (runs: Run[], header = 'En-tête'): Document => doc([{ type: 'section', id: 's', title: 'Section', blocks: [{ type: 'paragraph', runs }] }], { header });

  it('draws French typography and the symbols Passerelle writes', async () => {
    const text = `L’œuvre « Élan » coûte 38${N}400${S}€ ; ✓ conforme, ✗ non, → suite…`;
    const out = await renderPdf(spec([{ text }, { text: ' en gras', bold: true }, { text: ' en italique', italic: true }]), fonts);
    // The cover, then the section.
    expect(out.pages).toBe(2);
    // Read back glyph by glyph through the fonts' ToUnicode maps: every character is drawn, the
    // no-break spaces included.
    // The cover's title; the section title, the text, then the running header and footer.
    expect(await unicodePages(out.bytes)).toEqual(['Fiche test\n', `Section\n${text}\n en gras\n en italique\nEn-tête\nFiche test\n2 / 2\n`]);
  });

  const refusal = (where: string, text: string, character: string, code: string, face: string) =>
    `Le document «${S}Fiche test${S}» ne peut pas être écrit${S}: ${where}, dans «${S}${text}${S}», le caractère «${S}${character}${S}» (${code}) n’existe pas dans la police ${face} et s’imprimerait comme un carré vide. Aucun PDF n’a été écrit. Remplacez ce caractère dans le contenu (par un mot, ou un caractère courant${S}: les émojis et certains symboles n’ont pas de dessin dans la police), puis relancez.`;

  it.each<[string, Run[], string]>([
    ['an emoji', [{ text: 'Objectif atteint 🎯 en juin' }], refusal('page 2', 'Objectif atteint 🎯 en juin', '🎯', 'U+1F3AF', 'DejaVu Sans normale')],
    ['a character the italic face lacks', [{ text: 'lettre ⵣ', italic: true }], refusal('page 2', 'lettre ⵣ', 'ⵣ', 'U+2D63', 'DejaVu Sans italique')],
  ])('refuses %s, naming the document, the page, the text and the code', async (_, runs, message) => {
    const rendering = renderPdf(spec(runs), fonts);
    await expect(rendering).rejects.toThrow(PdfError);
    await expect(rendering).rejects.toHaveProperty('message', message);
  });

  it('draws in the regular face a character only the italic face lacks', async () => {
    expect((await renderPdf(spec([{ text: 'lettre ⵣ' }]), fonts)).pages).toBe(2);
  });

  // Issue 12, item 9: every glyph exists, but the draw step would print them in the wrong order.
  const rightToLeft = (text: string, character: string, code: string, script: string) =>
    `Le document «${S}Fiche test${S}» ne peut pas être écrit${S}: page 2, dans «${S}${text}${S}», le caractère «${S}${character}${S}» (${code}) est en ${script}, une écriture de droite à gauche que les PDF de Passerelle ne mettent pas en page (ordre des lettres, lettres liées). Aucun PDF n’a été écrit. Écrivez ce texte en caractères latins (transcription ou traduction), ou retirez-le, puis relancez.`;
  it.each<[string, Run[], string]>([
    ['Hebrew, which every face draws', [{ text: 'Atelier שלום' }], rightToLeft('Atelier שלום', 'ש', 'U+05E9', 'hébreu')],
    ['Arabic, which the regular face draws', [{ text: 'مرحبا بكم' }], rightToLeft('مرحبا بكم', 'م', 'U+0645', 'arabe')],
    ['a direction override', [{ text: 'abc\u202Edef' }], `Le document «${S}Fiche test${S}» ne peut pas être écrit${S}: page 2, dans «${S}abc<U+202E>def${S}», le caractère invisible U+202E change le sens d’écriture. Aucun PDF n’a été écrit. Retirez-le du contenu, puis relancez.`],
  ])('refuses %s, naming the document, the page and the text', async (_, runs, message) => {
    const rendering = renderPdf(spec(runs), fonts);
    await expect(rendering).rejects.toThrow(PdfError);
    await expect(rendering).rejects.toHaveProperty('message', message);
  });

  it('checks the running header too', async () => {
    const rendering = renderPdf(spec([{ text: 'Texte' }], 'Appel 🎯'), fonts);
    await expect(rendering).rejects.toThrow(PdfError);
    await expect(rendering).rejects.toHaveProperty('message', refusal('dans l’en-tête des pages', 'Appel 🎯', '🎯', 'U+1F3AF', 'DejaVu Sans normale'));
  });
});

describe('the running header and footer of a long title', () => {
  it.each([
    ['an unbroken title of wide letters', 'M'.repeat(90)],
    ['a long title of words', 'Remobilisation professionnelle des femmes des quartiers prioritaires '.repeat(3).trim()],
  ])('keep %s inside the margins, the footer clear of the page number', async (_, title) => {
    const out = await renderPdf(doc([{ type: 'section', id: 's', title: 'Section', blocks: [{ type: 'paragraph', runs: [{ text: 'Texte.' }] }] }], { meta: { title, author: 'T', subject: 'T', keywords: [], language: 'fr-FR' }, header: title, cover: { title, facts: [] } }), fonts);
    const pdf = await readPdf(out.bytes);
    const page = pdf.items[1];
    for (const item of page) expect(item.x + item.width, item.str).toBeLessThanOrEqual(theme.page.width - theme.margin.right + 0.5);
    // pdfjs reads the gap between the two as a space of its own.
    const footer = page.filter((item) => Math.abs(item.y - theme.footer.y) < 1 && item.str.trim()).sort((a, b) => a.x - b.x);
    expect(footer.map((item) => item.str.endsWith('…'))).toEqual([true, false]);
    expect(footer[0].x + footer[0].width).toBeLessThan(footer[1].x - 6);
    expect(footer[1].str).toBe('2 / 2');
  });
});
