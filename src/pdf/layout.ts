/**
 * Step 2 of the pipeline: blocks → measured items. Each item is a slice of the page that is never
 * cut (one line of a paragraph, one table row, a chart), with its height and its drawing
 * operations relative to its own top-left corner. Pagination (step 3) only stacks items.
 */
import { chartHeight, chartOps } from './charts';
import type { FontSet } from './fonts';
import type { Align, Block, Color, DrawOp, FontStyle, Inline, LaidItem, SectionSpec, TableColumn } from './model';
import { breakLines, type Line } from './text';
import { contentHeight, contentWidth, theme } from './theme';

const lineHeight = (size: number) => size * theme.leading;
/** Baseline of a line of `size`, from the top of its line box. */
const baseline = (size: number) => (lineHeight(size) - size) / 2 + size * 0.8;

interface Frame {
  fonts: FontSet;
  x: number;
  width: number;
}

/** The drawing operations of one line at (x, top). */
function lineOps(line: Line, x: number, top: number, size: number, color: Color, align: Align = 'left', width = 0): DrawOp[] {
  const ops: DrawOp[] = [];
  const shift = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
  const y = top + baseline(size);
  for (const piece of line.pieces) {
    const px = x + shift + piece.x;
    if (piece.code) ops.push({ op: 'rect', x: px - 1, y: top + 1, w: piece.width + 2, h: lineHeight(size) - 2, fill: theme.color.code });
    ops.push({ op: 'text', x: px, y, text: piece.text, font: piece.font, size, color: piece.href ? theme.color.primary : color });
    if (piece.href) {
      ops.push({ op: 'line', x1: px, y1: y + 1.5, x2: px + piece.width, y2: y + 1.5, color: theme.color.primary, width: 0.5 });
      ops.push({ op: 'link', x: px, y: top, w: piece.width, h: lineHeight(size), url: piece.href });
    }
  }
  return ops;
}

/** One item per line, so that a paragraph can run over a page break (no orphan, no widow). */
function paragraphItems(inlines: Inline[], frame: Frame, size: number, color: Color, spaceBefore: number): LaidItem[] {
  const lines = breakLines(inlines, frame.fonts, size, frame.width);
  const h = lineHeight(size);
  return lines.map((line, i) => ({
    height: h,
    spaceBefore: i === 0 ? spaceBefore : 0,
    ops: lineOps(line, frame.x, 0, size, color),
    // Keep the first two lines together and the last two together.
    keepWithNext: lines.length > 1 && (i === 0 || i === lines.length - 2),
  }));
}

function headingItem(text: string, level: number, frame: Frame, bookmark?: { section: string; title: string; level: number }): LaidItem {
  const size = level === 1 ? theme.size.h1 : level === 2 ? theme.size.h2 : level === 3 ? theme.size.h3 : theme.size.h4;
  const font: FontStyle = level === 4 ? 'boldItalic' : 'bold';
  const color = level <= 2 ? theme.color.primary : theme.color.text;
  const lines = breakLines([{ text, bold: true, italic: level === 4 }], frame.fonts, size, frame.width);
  const h = lineHeight(size);
  const ops = lines.flatMap((line, i) => lineOps({ ...line, pieces: line.pieces.map((p) => ({ ...p, font })) }, frame.x, i * h, size, color));
  if (level === 1) ops.push({ op: 'line', x1: frame.x, y1: lines.length * h + 3, x2: frame.x + frame.width, y2: lines.length * h + 3, color: theme.color.primary, width: 1 });
  return {
    height: lines.length * h + (level === 1 ? 8 : 2),
    spaceBefore: level === 1 ? 0 : theme.space.heading,
    ops,
    keepWithNext: true,
    ...(bookmark && { bookmark }),
  };
}

function listItems(block: Extract<Block, { type: 'list' }>, frame: Frame): LaidItem[] {
  const out: LaidItem[] = [];
  const indent = theme.indent.list;
  block.items.forEach((item, i) => {
    const inner = layoutBlocks(item, { ...frame, x: frame.x + indent, width: frame.width - indent });
    if (inner.length === 0) return;
    const marker = block.ordered ? `${(block.start ?? 1) + i}.` : '•';
    const size = theme.size.body;
    const first = inner[0];
    const firstText = first.ops.find((op) => op.op === 'text');
    const y = firstText && firstText.op === 'text' ? firstText.y : baseline(size);
    const markerWidth = frame.fonts.regular.widthOf(marker, size);
    inner[0] = {
      ...first,
      spaceBefore: i === 0 ? theme.space.paragraph : theme.space.list,
      ops: [{ op: 'text', x: frame.x + indent - 5 - markerWidth, y, text: marker, font: 'regular', size, color: theme.color.text }, ...first.ops],
    };
    out.push(...inner);
  });
  return out;
}

/**
 * The narrowest a column may be: its longest word (header or cell) fits on a line, so that words
 * are only cut when a column could not hold them anyway (capped, so one long address does not
 * starve the other columns).
 */
function minimumWidths(columns: TableColumn[], rows: Inline[][][], frame: Frame, size: number): number[] {
  const pad = theme.space.cell * 2 + 1;
  const longest = (text: string, font: 'regular' | 'bold') =>
    Math.max(0, ...text.split(/\s+/).map((word) => frame.fonts[font].widthOf(word, size)));
  const minimum = columns.map((column, j) =>
    Math.min(
      110,
      Math.max(longest(column.header, 'bold'), ...rows.map((row) => Math.max(0, ...(row[j] ?? []).map((run) => longest(run.text, run.bold ? 'bold' : 'regular'))))) + pad,
    ),
  );
  const total = minimum.reduce((a, b) => a + b, 0);
  return total > frame.width ? minimum.map((m) => (m / total) * frame.width) : minimum;
}

/** Widths proportional to `weights`, raised so that no column is below its minimum. */
function proportional(weights: number[], minimum: number[], width: number): number[] {
  const widths = weights.map((w) => (w / weights.reduce((a, b) => a + b, 0)) * width);
  for (let pass = 0; pass < 6; pass++) {
    const short = widths.map((w, j) => Math.max(0, minimum[j] - w));
    const need = short.reduce((a, b) => a + b, 0);
    if (need < 0.01) break;
    const room = widths.map((w, j) => (short[j] > 0 ? 0 : Math.max(0, w - minimum[j])));
    const roomTotal = room.reduce((a, b) => a + b, 0) || 1;
    widths.forEach((w, j) => {
      widths[j] = short[j] > 0 ? minimum[j] : w - (room[j] / roomTotal) * Math.min(need, roomTotal);
    });
  }
  return widths;
}

function columnWidths(columns: TableColumn[], rows: Inline[][][], frame: Frame, size: number): number[] {
  const minimum = minimumWidths(columns, rows, frame, size);
  if (columns.every((c) => c.width)) return proportional(columns.map((c) => c.width!), minimum, frame.width);
  // Natural widths: the widest cell text on one line; columns share the width in proportion.
  const pad = theme.space.cell * 2;
  const natural = columns.map((column, j) => {
    const widths = [column.header, ...rows.map((row) => (row[j] ?? []).map((r) => r.text).join(''))].map((text, k) =>
      frame.fonts[k === 0 ? 'bold' : 'regular'].widthOf(text, size),
    );
    return Math.max(...widths) + pad;
  });
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= frame.width) return natural.map((w) => w + (frame.width - total) / columns.length);
  // Too wide: weights by natural width (square root, so that one long column does not take all),
  // and no column under its minimum.
  return proportional(natural.map((w) => Math.sqrt(w)), minimum, frame.width);
}

function tableItems(block: Extract<Block, { type: 'table' }>, frame: Frame): LaidItem[] {
  const size = block.small || block.columns.length > 4 ? theme.size.table : theme.size.body;
  const widths = columnWidths(block.columns, block.rows, frame, size);
  const pad = theme.space.cell;
  const h = lineHeight(size);
  const xs = widths.map((_, j) => frame.x + widths.slice(0, j).reduce((a, b) => a + b, 0));
  const maxRowHeight = contentHeight * 0.8;

  const rowItems = (cells: Inline[][], header: boolean): LaidItem[] => {
    const cellLines = cells.map((cell, j) => breakLines(header ? cell.map((r) => ({ ...r, bold: true })) : cell, frame.fonts, size, widths[j] - pad * 2));
    const maxLines = Math.max(1, ...cellLines.map((l) => l.length));
    // A row taller than a page is cut into chunks of whole lines.
    const perChunk = Math.max(1, Math.floor((maxRowHeight - pad * 2) / h));
    const items: LaidItem[] = [];
    for (let start = 0; start < maxLines; start += perChunk) {
      const count = Math.min(perChunk, maxLines - start);
      const height = count * h + pad * 2;
      const ops: DrawOp[] = [];
      if (header) ops.push({ op: 'rect', x: frame.x, y: 0, w: frame.width, h: height, fill: theme.color.surface });
      cellLines.forEach((lines, j) => {
        const align = block.columns[j]?.align ?? 'left';
        lines.slice(start, start + count).forEach((line, k) => {
          ops.push(...lineOps(line, xs[j] + pad, pad + k * h, size, theme.color.text, align, widths[j] - pad * 2));
        });
      });
      ops.push({ op: 'line', x1: frame.x, y1: height, x2: frame.x + frame.width, y2: height, color: header ? theme.color.text : theme.color.line, width: header ? 0.8 : 0.5 });
      items.push({ height, spaceBefore: 0, ops });
    }
    return items;
  };

  const [headerItem] = rowItems(block.columns.map((c) => [{ text: c.header }]), true);
  headerItem.spaceBefore = theme.space.block;
  headerItem.keepWithNext = true;
  const out: LaidItem[] = [];
  if (block.caption) {
    out.push(...paragraphItems([{ text: block.caption, italic: true }], frame, theme.size.small, theme.color.muted, theme.space.block).map((i) => ({ ...i, keepWithNext: true })));
    headerItem.spaceBefore = 2;
  }
  out.push(headerItem);
  for (const row of block.rows) for (const item of rowItems(row, false)) out.push({ ...item, repeat: headerItem });
  return out;
}

function factsItems(block: Extract<Block, { type: 'facts' }>, frame: Frame): LaidItem[] {
  const size = theme.size.body;
  const labelWidth = Math.min(170, frame.width * 0.36);
  const h = lineHeight(size);
  return block.rows.map(([label, value], i) => {
    const labelLines = breakLines([{ text: label, bold: true }], frame.fonts, size, labelWidth - 8);
    const valueLines = breakLines(value, frame.fonts, size, frame.width - labelWidth);
    const ops: DrawOp[] = [
      ...labelLines.flatMap((line, k) => lineOps(line, frame.x, 2 + k * h, size, theme.color.text)),
      ...valueLines.flatMap((line, k) => lineOps(line, frame.x + labelWidth, 2 + k * h, size, theme.color.text)),
    ];
    const height = Math.max(labelLines.length, valueLines.length) * h + 4;
    ops.push({ op: 'line', x1: frame.x, y1: height, x2: frame.x + frame.width, y2: height, color: theme.color.line, width: 0.4 });
    return { height, spaceBefore: i === 0 ? theme.space.block : 0, ops };
  });
}

function calloutItems(block: Extract<Block, { type: 'callout' }>, frame: Frame): LaidItem[] {
  const size = theme.size.body;
  const colors = {
    info: [theme.color.info, theme.color.infoBg],
    ok: [theme.color.ok, theme.color.okBg],
    warning: [theme.color.warning, theme.color.warningBg],
    error: [theme.color.error, theme.color.errorBg],
  }[block.tone];
  const inner = { ...frame, x: frame.x + 10, width: frame.width - 16 };
  const lines = breakLines(block.inlines, frame.fonts, size, inner.width);
  const h = lineHeight(size);
  return lines.map((line, i) => {
    const top = i === 0 ? 5 : 0;
    const height = h + top + (i === lines.length - 1 ? 5 : 0);
    return {
      height,
      spaceBefore: i === 0 ? theme.space.block : 0,
      keepWithNext: lines.length > 1 && (i === 0 || i === lines.length - 2),
      ops: [
        { op: 'rect', x: frame.x, y: 0, w: frame.width, h: height, fill: colors[1] },
        { op: 'rect', x: frame.x, y: 0, w: 3, h: height, fill: colors[0] },
        ...lineOps(line, inner.x, top, size, theme.color.text),
      ],
    };
  });
}

export function layoutBlocks(blocks: readonly Block[], frame: Frame): LaidItem[] {
  const out: LaidItem[] = [];
  let breakNext = false;
  for (const block of blocks) {
    let items: LaidItem[] = [];
    switch (block.type) {
      case 'heading':
        items = [headingItem(block.text, block.level, frame)];
        break;
      case 'paragraph': {
        const size = block.style === 'small' ? theme.size.small : block.style === 'lead' ? theme.size.lead : theme.size.body;
        const color = block.style === 'small' ? theme.color.muted : theme.color.text;
        items = paragraphItems(block.inlines, frame, size, color, theme.space.paragraph);
        break;
      }
      case 'list':
        items = listItems(block, frame);
        break;
      case 'table':
        items = tableItems(block, frame);
        break;
      case 'facts':
        items = factsItems(block, frame);
        break;
      case 'callout':
        items = calloutItems(block, frame);
        break;
      case 'chart': {
        // The chart, then its text alternative in small type (cut labels are given in full there).
        const height = chartHeight(block.chart, frame.width);
        const caption = paragraphItems([{ text: block.alt, italic: true }], frame, theme.size.small, theme.color.muted, 4);
        items = [{ height, spaceBefore: theme.space.block, ops: chartOps(block.chart, frame.x, frame.width, frame.fonts), keepWithNext: true }, ...caption];
        break;
      }
      case 'rule':
        items = [{ height: 6, spaceBefore: theme.space.block, ops: [{ op: 'line', x1: frame.x, y1: 3, x2: frame.x + frame.width, y2: 3, color: theme.color.line, width: 0.6 }] }];
        break;
      case 'spacer':
        items = [{ height: block.height, spaceBefore: 0, ops: [] }];
        break;
      case 'pageBreak':
        breakNext = true;
        continue;
    }
    if (breakNext && items.length) {
      items[0] = { ...items[0], breakBefore: true };
      breakNext = false;
    }
    out.push(...items);
  }
  return out;
}

/** A section: its title (a level-1 heading and a bookmark), then its blocks. */
export function layoutSection(section: SectionSpec, fonts: FontSet): LaidItem[] {
  const frame = { fonts, x: 0, width: contentWidth };
  const title = headingItem(section.title, 1, frame, { section: section.id, title: section.title, level: 0 });
  title.spaceBefore = theme.space.heading * 1.5;
  if (section.newPage) title.breakBefore = true;
  return [title, ...layoutBlocks(section.blocks, frame)];
}

/** The table of contents: one entry per section, its page number resolved when drawing. */
export function layoutToc(title: string, sections: readonly SectionSpec[], fonts: FontSet): LaidItem[] {
  const frame = { fonts, x: 0, width: contentWidth };
  const size = theme.size.body;
  const h = lineHeight(size) + 3;
  const numberWidth = 36;
  const items: LaidItem[] = [{ ...headingItem(title, 1, frame), spaceBefore: 0 }];
  sections.forEach((section, i) => {
    const lines = breakLines([{ text: `${i + 1}. ${section.title}` }], fonts, size, frame.width - numberWidth - 12);
    const ops: DrawOp[] = lines.flatMap((line, k) => lineOps(line, 0, k * h, size, theme.color.text));
    const last = lines[lines.length - 1];
    const lastTop = (lines.length - 1) * h;
    // Dotted leader from the end of the title to the page number.
    const leaderStart = last.width + 6;
    const leaderEnd = frame.width - numberWidth;
    for (let x = leaderStart; x < leaderEnd; x += 4) ops.push({ op: 'rect', x, y: lastTop + baseline(size) - 0.8, w: 0.8, h: 0.8, fill: theme.color.muted });
    ops.push({ op: 'pageRef', x: frame.width, y: lastTop + baseline(size), section: section.id, font: 'regular', size, color: theme.color.text, align: 'right' });
    ops.push({ op: 'goto', x: 0, y: 0, w: frame.width, h: lines.length * h, section: section.id });
    items.push({ height: lines.length * h, spaceBefore: i === 0 ? theme.space.block : 0, ops });
  });
  return items;
}

/** The cover page's items (drawn on a page without header or footer). */
export function layoutCover(cover: NonNullable<import('./model').CoverSpec>, fonts: FontSet): LaidItem[] {
  const frame = { fonts, x: 0, width: contentWidth };
  const items: LaidItem[] = [{ height: 90, spaceBefore: 0, ops: [] }];
  if (cover.kicker) items.push(...paragraphItems([{ text: cover.kicker, bold: true }], frame, theme.size.body, theme.color.primary, 0));
  const titleLines = breakLines([{ text: cover.title, bold: true }], fonts, theme.size.cover, frame.width);
  const th = lineHeight(theme.size.cover);
  items.push({
    height: titleLines.length * th,
    spaceBefore: 10,
    ops: titleLines.flatMap((line, k) => lineOps(line, 0, k * th, theme.size.cover, theme.color.text)),
  });
  if (cover.subtitle) items.push(...paragraphItems([{ text: cover.subtitle }], frame, theme.size.coverSub, theme.color.muted, 10));
  items.push({ height: 4, spaceBefore: 18, ops: [{ op: 'rect', x: 0, y: 0, w: 80, h: 4, fill: theme.color.primary }] });
  items.push(...factsItems({ type: 'facts', rows: cover.facts.map(([k, v]) => [k, [{ text: v }]]) }, frame));
  if (cover.note) items.push(...paragraphItems([{ text: cover.note, italic: true }], frame, theme.size.small, theme.color.muted, 24));
  return items;
}
