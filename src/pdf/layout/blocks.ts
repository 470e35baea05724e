/**
 * Step 2 of the pipeline: blocks → measured items. Each item is a slice of the page that is never
 * cut (one line of a paragraph, one table row, a chart), with its height and its drawing
 * operations relative to its own top-left corner, tagged with the structure element they belong
 * to. Pagination (step 3) only stacks items.
 */
import type { Block, FactRow, Runs, SectionBlock } from '../../document/model';
import type { DrawOp, LaidItem, StructNode } from '../model';
import { breakLines } from '../text';
import { contentHeight, theme } from '../theme';
import { chartParts } from './charts';
import { baseline, headingItem, lineHeight, lineOps, textItems, type Frame } from './lines';
import { tableItems } from './table';

const within = (frame: Frame, parent: StructNode, extra: Partial<Frame> = {}): Frame => ({ ...frame, parent, ...extra });

function paragraphItems(block: Extract<Block, { type: 'paragraph' }>, frame: Frame): LaidItem[] {
  const size = block.style === 'note' ? theme.size.small : block.style === 'lead' ? theme.size.lead : theme.size.body;
  const color = block.style === 'note' ? theme.color.muted : theme.color.text;
  return textItems(block.runs, frame, size, color, theme.space.paragraph, frame.tags.add(frame.parent, 'P').id);
}

/** A list: a marker (its label) left of each item's blocks (its body). */
function listItems(block: Extract<Block, { type: 'list' }>, frame: Frame): LaidItem[] {
  const out: LaidItem[] = [];
  const indent = theme.indent.list;
  const list = frame.tags.add(frame.parent, 'L');
  block.items.forEach((item, i) => {
    const li = frame.tags.add(list, 'LI');
    const label = frame.tags.add(li, 'Lbl');
    const body = frame.tags.add(li, 'LBody');
    const inner = layoutBlocks(item, within(frame, body, { x: frame.x + indent, width: frame.width - indent }));
    if (inner.length === 0) return;
    const marker = block.ordered ? `${(block.start ?? 1) + i}.` : '•';
    const size = theme.size.body;
    const first = inner[0];
    const firstText = first.ops.find((op) => op.op === 'text');
    const y = firstText && firstText.op === 'text' ? firstText.y : baseline(size);
    const markerOp: DrawOp = { op: 'text', x: frame.x + indent - 5 - frame.fonts.regular.widthOf(marker, size), y, text: marker, font: 'regular', size, color: theme.color.text, tag: label.id };
    inner[0] = { ...first, spaceBefore: i === 0 ? theme.space.paragraph : theme.space.list, ops: [markerOp, ...first.ops] };
    out.push(...inner);
  });
  return out;
}

/**
 * The lines of a fact's values, as the page shows them: tags run on, joined by `, `; any other
 * values each start a line of their own (a value can be a whole sentence ending in a full stop).
 */
function factLines(row: FactRow, fonts: Frame['fonts'], size: number, width: number) {
  if (row.tags) return breakLines(row.values.flatMap((value, i) => (i === 0 ? value : [{ text: ', ' }, ...value])), fonts, size, width);
  return row.values.flatMap((value) => breakLines(value, fonts, size, width));
}

/** Facts: a label column and a value column, one item per row; a list of labels and bodies. */
export function factsItems(rows: readonly FactRow[], frame: Frame): LaidItem[] {
  const size = theme.size.body;
  const labelWidth = Math.min(170, frame.width * 0.36);
  const h = lineHeight(size);
  const list = frame.tags.add(frame.parent, 'L');
  return rows.map((row, i) => {
    const li = frame.tags.add(list, 'LI');
    const label = frame.tags.add(li, 'Lbl');
    const body = frame.tags.add(li, 'LBody');
    const labelLines = breakLines([{ text: row.label, bold: true }], frame.fonts, size, labelWidth - 8);
    const valueLines = factLines(row, frame.fonts, size, frame.width - labelWidth);
    const height = Math.max(labelLines.length, valueLines.length) * h + 4;
    const ops: DrawOp[] = [
      ...labelLines.flatMap((line, k) => lineOps(line, frame.x, 2 + k * h, size, theme.color.text, label.id)),
      ...valueLines.flatMap((line, k) => lineOps(line, frame.x + labelWidth, 2 + k * h, size, theme.color.text, body.id)),
      { op: 'line', x1: frame.x, y1: height, x2: frame.x + frame.width, y2: height, color: theme.color.line, width: 0.4 },
    ];
    return { height, spaceBefore: i === 0 ? theme.space.block : 0, ops };
  });
}

/** Key figures: boxes of three side by side, the figure large, what it counts, how. */
function figuresItems(block: Extract<Block, { type: 'figures' }>, frame: Frame): LaidItem[] {
  const columns = Math.min(3, block.items.length);
  const gap = 8;
  const w = (frame.width - gap * (columns - 1)) / columns;
  const pad = 6;
  const list = frame.tags.add(frame.parent, 'L');
  const items: LaidItem[] = [];
  for (let start = 0; start < block.items.length; start += columns) {
    const boxes = block.items.slice(start, start + columns).map((figure, k) => {
      const li = frame.tags.add(list, 'LI');
      const body = frame.tags.add(li, 'LBody');
      const x = frame.x + k * (w + gap);
      const parts: Array<[Runs, number, typeof theme.color.text]> = [
        [[{ text: figure.value, bold: true }], theme.size.figure, theme.color.primary],
        [[{ text: figure.label }], theme.size.body, theme.color.text],
        ...(figure.detail ? [[[{ text: figure.detail }], theme.size.small, theme.color.muted] as [Runs, number, typeof theme.color.text]] : []),
      ];
      const ops: DrawOp[] = [];
      let y = pad;
      for (const [runs, size, color] of parts) {
        for (const line of breakLines(runs, frame.fonts, size, w - pad * 2)) {
          ops.push(...lineOps(line, x + pad, y, size, color, body.id));
          y += lineHeight(size);
        }
      }
      return { x, ops, height: y + pad };
    });
    const height = Math.max(...boxes.map((b) => b.height));
    items.push({
      height,
      spaceBefore: start === 0 ? theme.space.block : gap,
      ops: boxes.flatMap((b) => [{ op: 'rect' as const, x: b.x, y: 0, w, h: height, stroke: theme.color.line, lineWidth: 0.6 }, ...b.ops]),
    });
  }
  return items;
}

function calloutItems(block: Extract<Block, { type: 'callout' }>, frame: Frame): LaidItem[] {
  const size = theme.size.body;
  const [ink, background] = {
    info: [theme.color.info, theme.color.infoBg],
    ok: [theme.color.ok, theme.color.okBg],
    warning: [theme.color.warning, theme.color.warningBg],
    error: [theme.color.error, theme.color.errorBg],
  }[block.tone];
  const tag = frame.tags.add(frame.parent, 'P').id;
  const lines = breakLines(block.runs, frame.fonts, size, frame.width - 16);
  const h = lineHeight(size);
  return lines.map((line, i) => {
    const top = i === 0 ? 5 : 0;
    const height = h + top + (i === lines.length - 1 ? 5 : 0);
    return {
      height,
      spaceBefore: i === 0 ? theme.space.block : 0,
      keepWithNext: lines.length > 1 && (i === 0 || i >= lines.length - 3) && i < lines.length - 1,
      ops: [
        { op: 'rect', x: frame.x, y: 0, w: frame.width, h: height, fill: background },
        { op: 'rect', x: frame.x, y: 0, w: 3, h: height, fill: ink },
        ...lineOps(line, frame.x + 10, top, size, theme.color.text, tag),
      ],
    };
  });
}

/** A quotation: its blocks indented, with a bar on their left. */
function quoteItems(block: Extract<Block, { type: 'quote' }>, frame: Frame): LaidItem[] {
  const quote = frame.tags.add(frame.parent, 'BlockQuote');
  return layoutBlocks(block.blocks, within(frame, quote, { x: frame.x + 12, width: frame.width - 12 })).map((item) => ({
    ...item,
    ops: [{ op: 'rect', x: frame.x + 2, y: -item.spaceBefore, w: 2, h: item.height + item.spaceBefore, fill: theme.color.line }, ...item.ops],
  }));
}

/** Preformatted text in a shaded frame, under its label. */
function codeItems(block: Extract<Block, { type: 'code' }>, frame: Frame): LaidItem[] {
  const size = theme.size.small;
  const items: LaidItem[] = block.label ? textItems([{ text: block.label, bold: true }], frame, size, theme.color.text, theme.space.block, frame.tags.add(frame.parent, 'P').id) : [];
  const code = frame.tags.add(frame.parent, 'Code');
  const lines = block.text.split('\n').flatMap((text) => breakLines([{ text, code: true }], frame.fonts, size, frame.width - 12));
  const h = lineHeight(size);
  lines.forEach((line, i) => {
    const top = i === 0 ? 4 : 0;
    const height = h + top + (i === lines.length - 1 ? 4 : 0);
    items.push({
      height,
      spaceBefore: i === 0 ? (block.label ? 2 : theme.space.block) : 0,
      keepWithNext: i < lines.length - 1,
      ops: [{ op: 'rect', x: frame.x, y: 0, w: frame.width, h: height, fill: theme.color.code }, ...lineOps({ ...line, pieces: line.pieces.map((p) => ({ ...p, code: false })) }, frame.x + 6, top, size, theme.color.text, code.id)],
    });
  });
  if (items.length) items[0].keepWithNext = true;
  return items;
}

/** Room left below a chart's last part for the first lines of its description. */
const CHART_DESCRIPTION_ROOM = 36;

/**
 * A chart (a figure whose alternative text is its title), then its description in small type. A
 * chart taller than a page comes in parts cut between its rows, each a page at most.
 */
function chartItems(block: Extract<Block, { type: 'chart' }>, frame: Frame): LaidItem[] {
  const figure = frame.tags.add(frame.parent, 'Figure', { alt: block.chart.title });
  const parts = chartParts(block.chart, frame.x, frame.width, frame.fonts, figure.id, contentHeight - CHART_DESCRIPTION_ROOM);
  const description = frame.tags.add(frame.parent, 'P');
  return [
    ...parts.map(({ ops, height }, i) => ({ height, spaceBefore: i === 0 ? theme.space.block : 0, ops, keepWithNext: i === parts.length - 1 })),
    ...textItems([{ text: block.chart.description, italic: true }], frame, theme.size.small, theme.color.muted, 4, description.id),
  ];
}

/** A section: its heading (a bookmark for a document's sections and their parts), then its blocks. */
export function sectionItems(section: SectionBlock, frame: Frame): LaidItem[] {
  const sect = frame.tags.add(frame.parent, 'Sect');
  const inner = within(frame, sect, { depth: frame.depth + 1 });
  // A document's sections are bookmarks, and their parts are bookmarks under them.
  const bookmark =
    inner.depth === 1 && section.id ? { section: section.id, title: section.title, level: 0 } : inner.depth === 2 ? { section: section.id ?? '', title: section.title, level: 1 } : undefined;
  const heading = headingItem(section.title, inner.depth, inner, bookmark);
  if (section.newPage) heading.breakBefore = true;
  const items = [heading, ...layoutBlocks(section.blocks, inner)];
  // A short section stays on one page; a longer one keeps its heading with the first two items of
  // its content (a one-line note and a chart, say).
  const height = items.reduce((sum, item) => sum + item.spaceBefore + item.height, 0);
  if (height <= contentHeight / 4) return items.map((item, i) => (i < items.length - 1 ? { ...item, keepWithNext: true } : item));
  if (items.length > 2 && !items[1].bookmark) items[1] = { ...items[1], keepWithNext: true };
  return items;
}

export function layoutBlocks(blocks: readonly Block[], frame: Frame): LaidItem[] {
  const out: LaidItem[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(...paragraphItems(block, frame));
        break;
      case 'list':
        out.push(...listItems(block, frame));
        break;
      case 'table':
        out.push(...tableItems(block, frame));
        break;
      case 'facts':
        out.push(...factsItems(block.rows, frame));
        break;
      case 'figures':
        out.push(...figuresItems(block, frame));
        break;
      case 'callout':
        out.push(...calloutItems(block, frame));
        break;
      case 'quote':
        out.push(...quoteItems(block, frame));
        break;
      case 'code':
        out.push(...codeItems(block, frame));
        break;
      case 'rule':
        out.push({ height: 6, spaceBefore: theme.space.block, ops: [{ op: 'line', x1: frame.x, y1: 3, x2: frame.x + frame.width, y2: 3, color: theme.color.line, width: 0.6 }] });
        break;
      case 'chart':
        out.push(...chartItems(block, frame));
        break;
      case 'section':
        out.push(...sectionItems(block, frame));
        break;
    }
  }
  return out;
}
