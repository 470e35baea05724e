/**
 * French typography of a whole document, in one pass: every text a person reads (data fields,
 * Markdown text, labels, chart labels, metadata) gets the typographic apostrophe and the no-break
 * spaces before `: ; ! ? %` and inside « » (see src/i18n/typography.ts). Each document builder
 * ends with this pass, so a value typed with a straight apostrophe (« Côte-d'Or ») never prints
 * next to the same value typeset elsewhere.
 *
 * Code, identifiers and addresses are left as written: a code run, a link whose text is its
 * address, anchors and ids. The pass is idempotent.
 */
import { frenchTypography } from '../i18n/typography';

/**
 * The dictionary's typography, and one more rule for content: an apostrophe that ends a word
 * (« Creativ' ») is typographic too. (Content never uses straight quotes as quotation marks.)
 */
const typeset = (value: string) => {
  const text = frenchTypography(value);
  return text.includes("'") ? text.replace(/(\p{L})'(?=[\s,.;:!?)»\u00A0\u202F]|$)/gu, '$1’') : text;
};
import type { Block, Chart, Cover, Document, FactRow, Run, Runs } from './model';

function run(r: Run): Run {
  if (r.code) return r;
  if (r.href && (r.href === r.text || r.href.endsWith(`:${r.text}`))) return r;
  return { ...r, text: typeset(r.text) };
}

/** Runs with French typography (code and addresses as written). */
export const typesetRuns = (list: Runs): Runs => list.map(run);
const runs = typesetRuns;
/** A text a person reads, with French typography. */
export const typesetText = (value: string): string => typeset(value);
const opt = (value: string | undefined) => (value === undefined ? undefined : typeset(value));

function factRow(row: FactRow): FactRow {
  return { ...row, label: typeset(row.label), values: row.values.map(runs) };
}

function chart(c: Chart): Chart {
  const base = { id: c.id, title: typeset(c.title), description: typeset(c.description) };
  switch (c.kind) {
    case 'bars':
      return { ...c, ...base, bars: c.bars.map((b) => ({ ...b, label: typeset(b.label), valueText: typeset(b.valueText) })) };
    case 'stacked':
      return {
        ...c,
        ...base,
        series: c.series.map((s) => ({ label: typeset(s.label) })),
        bars: c.bars.map((b) => ({ ...b, label: typeset(b.label), valueTexts: b.valueTexts.map(typeset), totalText: typeset(b.totalText) })),
        ticks: c.ticks.map((t) => ({ ...t, label: typeset(t.label) })),
      };
    case 'gantt':
      return {
        ...c,
        ...base,
        lanes: c.lanes.map(typeset),
        rows: c.rows.map((r) => ({ ...r, label: typeset(r.label), ...(r.lane !== undefined && { lane: typeset(r.lane) }) })),
      };
    case 'timeline':
      return {
        ...c,
        ...base,
        ...(c.legend && { legend: typeset(c.legend) }),
        ticks: c.ticks.map((t) => ({ ...t, label: typeset(t.label) })),
        lanes: c.lanes.map((l) => ({
          ...l,
          label: typeset(l.label),
          periodText: typeset(l.periodText),
          events: l.events.map((e) => ({ ...e, label: typeset(e.label), dateText: typeset(e.dateText) })),
        })),
      };
  }
}

export function typesetBlock(block: Block): Block {
  switch (block.type) {
    case 'paragraph':
      return { ...block, runs: runs(block.runs) };
    case 'list':
      return { ...block, items: block.items.map((item) => item.map(typesetBlock)) };
    case 'table':
      return {
        ...block,
        ...(block.caption !== undefined && { caption: typeset(block.caption) }),
        columns: block.columns.map((c) => ({ ...c, label: typeset(c.label), ...(c.group !== undefined && { group: typeset(c.group) }) })),
        rows: block.rows.map((row) => row.map(runs)),
        ...(block.footer && { footer: block.footer.map((row) => row.map(runs)) }),
      };
    case 'facts':
      return { ...block, rows: block.rows.map(factRow) };
    case 'figures':
      return { ...block, items: block.items.map((f) => ({ value: typeset(f.value), label: typeset(f.label), ...(f.detail !== undefined && { detail: typeset(f.detail) }) })) };
    case 'callout':
      return { ...block, runs: runs(block.runs) };
    case 'quote':
      return { ...block, blocks: block.blocks.map(typesetBlock) };
    case 'code':
      return block.label === undefined ? block : { ...block, label: typeset(block.label) };
    case 'rule':
      return block;
    case 'chart':
      return { ...block, chart: chart(block.chart) };
    case 'section':
      return { ...block, title: typeset(block.title), blocks: block.blocks.map(typesetBlock) };
  }
}

function cover(c: Cover): Cover {
  return {
    ...(c.kicker !== undefined && { kicker: typeset(c.kicker) }),
    title: typeset(c.title),
    ...(c.subtitle !== undefined && { subtitle: typeset(c.subtitle) }),
    facts: c.facts.map(factRow),
    ...(c.note !== undefined && { note: typeset(c.note) }),
    ...(c.notice !== undefined && { notice: typeset(c.notice) }),
  };
}

/** The document with French typography applied to every text it shows. */
export function typesetDocument<D extends Document>(doc: D): D {
  return {
    ...doc,
    meta: { ...doc.meta, title: typeset(doc.meta.title), author: typeset(doc.meta.author), subject: typeset(doc.meta.subject), keywords: doc.meta.keywords.map(typeset) },
    header: typeset(doc.header),
    cover: cover(doc.cover),
    ...(doc.toc !== undefined && { toc: opt(doc.toc) }),
    sections: doc.sections.map((s) => typesetBlock(s) as D['sections'][number]),
  };
}
