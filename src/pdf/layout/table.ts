/**
 * Tables: a caption, a header (with a row of column groups when the table has them), body rows
 * and footer rows, each row an item that is never cut (a row taller than a page is cut into
 * chunks of whole lines). The header repeats on every page the rows continue on; the last two
 * rows and the totals stay together, so that no page holds only a table's last row and its totals,
 * and a short table is not split at all.
 *
 * Column widths: proportional to the columns' `width`, or to their natural width; never narrower
 * than the widest thing no line break may cut (an amount, a word), up to a cap past which words are
 * hyphenated.
 */
import type { Column, Runs, TableBlock } from '../../document/model';
import type { DrawOp, LaidItem, StructNode } from '../model';
import { breakLines, widestUnbreakable } from '../text';
import { contentHeight, theme } from '../theme';
import { lineHeight, lineOps, textItems, type Align, type Frame } from './lines';

const ALIGN: Record<NonNullable<Column['align']>, Align> = { start: 'left', end: 'right', center: 'center' };
/** The widest a column's minimum may be: past it, long words are hyphenated. */
const MIN_CAP = 110;
/** A table at most this share of a page tall is kept on one page. */
const SHORT = 0.4;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function minimumWidths(block: TableBlock, frame: Frame, size: number): number[] {
  const pad = theme.space.cell * 2 + 1;
  const cells = [...block.rows, ...(block.footer ?? [])];
  const minimum = block.columns.map((column, j) =>
    Math.min(MIN_CAP, Math.max(widestUnbreakable([{ text: column.label, bold: true }], frame.fonts, size), ...cells.map((row) => widestUnbreakable(row[j] ?? [], frame.fonts, size))) + pad),
  );
  const total = sum(minimum);
  return total > frame.width ? minimum.map((m) => (m / total) * frame.width) : minimum;
}

/** Widths proportional to `weights`, raised so that no column is below its minimum. */
function proportional(weights: number[], minimum: number[], width: number): number[] {
  const widths = weights.map((w) => (w / sum(weights)) * width);
  for (let pass = 0; pass < 6; pass++) {
    const short = widths.map((w, j) => Math.max(0, minimum[j] - w));
    const need = sum(short);
    if (need < 0.01) break;
    const room = widths.map((w, j) => (short[j] > 0 ? 0 : Math.max(0, w - minimum[j])));
    const roomTotal = sum(room) || 1;
    widths.forEach((w, j) => {
      widths[j] = short[j] > 0 ? minimum[j] : w - (room[j] / roomTotal) * Math.min(need, roomTotal);
    });
  }
  return widths;
}

function columnWidths(block: TableBlock, frame: Frame, size: number): number[] {
  const minimum = minimumWidths(block, frame, size);
  if (block.columns.every((c) => c.width)) return proportional(block.columns.map((c) => c.width!), minimum, frame.width);
  // Natural widths: the widest cell on one line; the columns share what is left.
  const pad = theme.space.cell * 2;
  const natural = block.columns.map((column, j) => {
    const texts = [frame.fonts.bold.widthOf(column.label, size), ...block.rows.map((row) => frame.fonts.regular.widthOf((row[j] ?? []).map((r) => r.text).join(''), size))];
    return Math.max(...texts) + pad;
  });
  const total = sum(natural);
  if (total <= frame.width) return natural.map((w) => w + (frame.width - total) / block.columns.length);
  // Too wide: weights by natural width (square root, so that one long column does not take all).
  return proportional(natural.map((w) => Math.sqrt(w)), minimum, frame.width);
}

type CellKind = 'header' | 'body' | 'footer';

interface Cell {
  runs: Runs;
  /** Columns it spans (a group header). */
  span: number;
  node: StructNode;
}

export function tableItems(block: TableBlock, frame: Frame): LaidItem[] {
  const { tags } = frame;
  const size = theme.size.table;
  const widths = columnWidths(block, frame, size);
  const xs = widths.map((_, j) => frame.x + sum(widths.slice(0, j)));
  const pad = theme.space.cell;
  const h = lineHeight(size);
  const perChunk = Math.max(1, Math.floor((contentHeight * 0.8 - pad * 2) / h));
  const table = tags.add(frame.parent, 'Table');
  const out: LaidItem[] = [];
  if (block.caption) {
    const caption = tags.add(table, 'Caption');
    out.push(...textItems([{ text: block.caption, italic: true }], frame, theme.size.small, theme.color.muted, theme.space.block, caption.id).map((i) => ({ ...i, keepWithNext: true })));
  }

  /** One row (or its chunks, if it is taller than a page): its cells' lines, side by side. */
  const rowItems = (cells: Cell[], kind: CellKind): LaidItem[] => {
    let column = 0;
    const placed = cells.map((cell) => {
      const start = column;
      column += cell.span;
      const x = xs[start];
      const w = sum(widths.slice(start, start + cell.span));
      const runs = kind === 'header' || kind === 'footer' ? cell.runs.map((r) => ({ ...r, bold: true })) : cell.runs;
      const align: Align = cell.span > 1 ? 'center' : ALIGN[block.columns[start]?.align ?? 'start'];
      return { x, w, align, lines: breakLines(runs, frame.fonts, size, w - pad * 2), tag: cell.node.id };
    });
    const count = Math.max(1, ...placed.map((p) => p.lines.length));
    const items: LaidItem[] = [];
    for (let first = 0; first < count; first += perChunk) {
      const lines = Math.min(perChunk, count - first);
      const height = lines * h + pad * 2;
      const ops: DrawOp[] = [];
      if (kind !== 'body') ops.push({ op: 'rect', x: frame.x, y: 0, w: frame.width, h: height, fill: theme.color.surface });
      for (const p of placed) {
        p.lines.slice(first, first + lines).forEach((line, k) => ops.push(...lineOps(line, p.x + pad, pad + k * h, size, theme.color.text, p.tag, p.align, p.w - pad * 2)));
      }
      const strong = kind === 'header' || kind === 'footer';
      ops.push({ op: 'line', x1: frame.x, y1: height, x2: frame.x + frame.width, y2: height, color: strong ? theme.color.text : theme.color.line, width: strong ? 0.8 : 0.5 });
      items.push({ height, spaceBefore: 0, ops });
    }
    return items;
  };

  // The header: a row of column groups when there are some, then the columns' labels.
  const head = tags.add(table, 'THead');
  const headerItems: LaidItem[] = [];
  if (block.columns.some((c) => c.group)) {
    const tr = tags.add(head, 'TR');
    const cells: Cell[] = [];
    block.columns.forEach((c, j) => {
      const previous = cells[cells.length - 1];
      if (c.group && j > 0 && block.columns[j - 1].group === c.group) previous.span++;
      else cells.push({ runs: [{ text: c.group ?? '' }], span: 1, node: tags.add(tr, 'TH', { scope: 'Column' }) });
    });
    for (const cell of cells) if (cell.span > 1) cell.node.colSpan = cell.span;
    headerItems.push(...rowItems(cells, 'header'));
  }
  const tr = tags.add(head, 'TR');
  headerItems.push(...rowItems(block.columns.map((c) => ({ runs: [{ text: c.label }], span: 1, node: tags.add(tr, 'TH', { scope: 'Column' }) })), 'header'));
  // The repeated header is one item (its rows stacked), drawn as decoration on later pages.
  const header: LaidItem = {
    height: sum(headerItems.map((i) => i.height)),
    spaceBefore: block.caption ? 2 : theme.space.block,
    keepWithNext: true,
    ops: headerItems.flatMap((item, k) => {
      const dy = sum(headerItems.slice(0, k).map((i) => i.height));
      return item.ops.map((op) => shift(op, dy));
    }),
  };
  out.push(header);

  const body = tags.add(table, 'TBody');
  const rows = block.rows.map((row) => {
    const tr = tags.add(body, 'TR');
    return rowItems(row.map((runs, j) => ({ runs, span: 1, node: tags.add(tr, block.columns[j]?.rowHeader ? 'TH' : 'TD', block.columns[j]?.rowHeader ? { scope: 'Row' } : {}) })), 'body');
  });
  const foot = block.footer?.length ? tags.add(table, 'TFoot') : undefined;
  const footers = (block.footer ?? []).map((row) => {
    const tr = tags.add(foot!, 'TR');
    return rowItems(row.map((runs) => ({ runs, span: 1, node: tags.add(tr, 'TD') })), 'footer');
  });
  const tail = [...rows, ...footers];
  // The last two rows and the footer stay together; a short table (a price grid) stays whole.
  const height = header.height + tail.flat().reduce((sum, item) => sum + item.height, 0);
  const keepFrom = height <= SHORT * contentHeight ? 0 : Math.max(0, rows.length - 2);
  tail.forEach((items, r) => {
    for (const item of items) out.push({ ...item, repeat: header, ...(r >= keepFrom && r < tail.length - 1 && { keepWithNext: true }) });
  });
  return out;
}

function shift(op: DrawOp, dy: number): DrawOp {
  switch (op.op) {
    case 'line':
      return { ...op, y1: op.y1 + dy, y2: op.y2 + dy };
    default:
      return { ...op, y: op.y + dy };
  }
}
