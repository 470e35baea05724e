/**
 * The PDF of an experience sheet: every section of its page, from the same view model
 * (src/site/sheet-view.ts), with its charts drawn in vectors. Pure: a view in, a document spec out.
 */
import type { Programme } from '../../../schemas/index';
import type { Entry } from '../../domain/corpus';
import { fr } from '../../i18n/fr';
import type { Block as SheetBlock, ChartSpec, Inline as SheetInline, SheetView } from '../../site/sheet-view';
import type { FontSet } from '../fonts';
import { blocksFromMdast } from '../from-mdast';
import type { Block, Chart, DocumentSpec, Inline } from '../model';
import { renderPdf, type RenderedPdf } from '../render';

const inline = (value: SheetInline): Inline => ({
  text: value.text,
  ...(value.href && /^(https?:|mailto:)/.test(value.href) && { href: value.href }),
  ...(value.missing && { italic: true }),
});

function chart(spec: ChartSpec): { chart: Chart; alt: string } {
  if (spec.kind === 'bars') {
    return { chart: { kind: 'bars', bars: spec.bars.map((b) => ({ label: b.label, value: b.value, total: b.max, text: b.valueText })) }, alt: spec.description };
  }
  return {
    chart: {
      kind: 'timeline',
      months: spec.months,
      ticks: spec.ticks,
      lanes: spec.lanes.map((l) => ({ label: l.label, from: l.from, to: l.to, events: l.events.map((e) => ({ at: e.at })) })),
      ...(spec.legend && { legend: spec.legend }),
    },
    alt: spec.description,
  };
}

/** The view model's blocks as PDF blocks; `level` is the heading level of a group (2, then 3). */
function convert(blocks: readonly SheetBlock[], level: 2 | 3 | 4 = 2): Block[] {
  return blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'paragraph':
        return [{ type: 'paragraph', inlines: [{ text: block.text, ...(block.tone === 'missing' && { italic: true }) }], ...(block.tone === 'note' && { style: 'small' as const }) }];
      case 'list':
        return [{ type: 'list', ordered: Boolean(block.ordered), items: block.items.map((item) => [{ type: 'paragraph', inlines: [{ text: item.text }, ...(item.detail ? [{ text: ` — ${item.detail}`, italic: true }] : [])] }]) }];
      case 'facts':
        return [
          {
            type: 'facts',
            rows: block.rows.map((row) => {
              const values = Array.isArray(row.value) ? row.value : [row.value];
              const joined = values.flatMap((v, i) => (i === 0 ? [inline(v)] : [{ text: row.tags ? ', ' : ' ; ' }, inline(v)]));
              return [row.label, joined] as [string, Inline[]];
            }),
          },
        ];
      case 'table':
        return [
          {
            type: 'table',
            caption: block.caption,
            small: block.columns.length > 3,
            columns: block.columns.map((c) => ({ header: c.label, ...(c.align === 'end' && { align: 'right' as const }) })),
            rows: [
              ...block.rows.map((row) => row.map((cell, i) => [{ ...inline(cell), ...(i === 0 && { bold: true }) }])),
              ...(block.footer ?? []).map((row) => row.map((cell) => [{ ...inline(cell), bold: true }])),
            ],
          },
        ];
      case 'figures':
        return [
          {
            type: 'list',
            ordered: false,
            items: block.items.map((f) => [
              { type: 'paragraph', inlines: [{ text: f.value, bold: true }, { text: ` ${f.label}` }, ...(f.detail ? [{ text: ` (${f.detail})`, italic: true }] : [])] },
            ]),
          },
        ];
      case 'markdown':
        return blocksFromMdast(block.mdast, { headingBase: Math.min(4, level + 1) });
      case 'definitions':
        return block.items.flatMap((item) => [
          { type: 'heading' as const, level: Math.min(4, level + 1) as 3 | 4, text: item.term },
          ...item.details.flatMap((root) => blocksFromMdast(root, { headingBase: 4 })),
        ]);
      case 'chart':
        return [{ type: 'chart', ...chart(block.chart) }];
      case 'group':
        return [{ type: 'heading', level, text: block.heading }, ...convert(block.blocks, Math.min(4, level + 1) as 3 | 4)];
    }
  });
}

export function sheetDocument(entry: Entry<Programme>, view: SheetView): DocumentSpec {
  const p = entry.data;
  const t = fr.sheetPdf;
  const card = view.card;
  const facts: Array<[string, string]> = [
    [t.facts.status, view.status.label],
    [t.facts.territory, card.territory.text],
    [t.facts.public, card.public.text],
    [t.facts.years, card.years.text],
  ];
  if (card.themes.length) facts.push([t.facts.themes, card.themes.join(', ')]);
  if (card.keyResult) facts.push([t.facts.keyResult, `${card.keyResult.value} — ${card.keyResult.label}`]);
  const date = p.source?.date ?? p.period?.end ?? p.period?.start;
  return {
    meta: {
      title: view.title,
      author: p.carriers.map((c) => c.name).join(', '),
      subject: t.subject(view.title),
      keywords: ['Passerelle', fr.site.keywords.sheet, ...card.themes],
      ...(date && { date }),
      language: 'fr-FR',
    },
    header: truncate(t.header(view.title), 110),
    cover: {
      kicker: t.kicker,
      title: view.title,
      subtitle: view.summary,
      facts,
      note: [t.note, view.fictional ? fr.sheet.page.fictionalNote : ''].filter(Boolean).join(' '),
    },
    toc: { title: fr.pdf.toc },
    sections: [
      ...view.sections.map((s) => ({ id: s.anchor, title: s.heading, blocks: convert(s.blocks) })),
      {
        id: 'adapter',
        title: view.adapt.heading,
        blocks: [
          { type: 'paragraph', inlines: [{ text: view.adapt.intro }] },
          { type: 'paragraph', inlines: [{ text: view.adapt.command, code: true }], style: 'small' },
          { type: 'paragraph', inlines: [{ text: view.adapt.placeholders }], style: 'small' },
        ],
      },
    ],
  };
}

export async function renderSheet(entry: Entry<Programme>, view: SheetView, fonts: FontSet): Promise<RenderedPdf> {
  return renderPdf(sheetDocument(entry, view), fonts);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
