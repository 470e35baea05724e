/**
 * Lines of text as drawing operations: a line's pieces at their places (links underlined and
 * annotated, code shaded, missing values in muted italics), paragraphs as one item per line with
 * their orphans and widows kept, and headings.
 */
import type { Run } from '../../document/model';
import { safeUrl } from '../../markdown/to-html';
import type { FontSet } from '../fonts';
import type { Color, DrawOp, FontStyle, LaidItem, StructNode } from '../model';
import { breakLines, type Line } from '../text';
import { theme } from '../theme';
import type { Tags } from './structure';

export type Align = 'left' | 'right' | 'center';

/** Where blocks are laid out: the fonts, a column (x, width), the structure element they belong to. */
export interface Frame {
  fonts: FontSet;
  tags: Tags;
  parent: StructNode;
  x: number;
  width: number;
  /** The heading level of the section these blocks are in (1 for a document's section). */
  depth: number;
}

export const lineHeight = (size: number) => size * theme.leading;
/** Baseline of a line of `size`, from the top of its line box. */
export const baseline = (size: number) => (lineHeight(size) - size) / 2 + size * 0.8;

/** Only addresses a PDF reader can open become link annotations (not the site's own paths). */
const linkable = (href: string | undefined) => (href && !href.startsWith('#') ? safeUrl(href) : undefined);

/** The drawing operations of one line at (x, top), its text tagged `tag`. */
export function lineOps(line: Line, x: number, top: number, size: number, color: Color, tag: number | undefined, align: Align = 'left', width = 0): DrawOp[] {
  const ops: DrawOp[] = [];
  const shift = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
  const y = top + baseline(size);
  for (const piece of line.pieces) {
    const px = x + shift + piece.x;
    const link = linkable(piece.href);
    if (piece.code) ops.push({ op: 'rect', x: px - 1, y: top + 1, w: piece.width + 2, h: lineHeight(size) - 2, fill: theme.color.code });
    const ink = link ? theme.color.primary : piece.missing ? theme.color.muted : color;
    ops.push({ op: 'text', x: px, y, text: piece.text, font: piece.font, size, color: ink, ...(tag !== undefined && { tag }) });
    if (link) {
      ops.push({ op: 'line', x1: px, y1: y + 1.5, x2: px + piece.width, y2: y + 1.5, color: theme.color.primary, width: 0.5 });
      ops.push({ op: 'link', x: px, y: top, w: piece.width, h: lineHeight(size), url: link });
    }
  }
  return ops;
}

/**
 * One item per line, so that text can run over a page break: the first two lines stay together
 * (no orphan) and so do the last three (no widow, and never a page of just a text's last lines).
 */
export function textItems(runs: readonly Run[], frame: Frame, size: number, color: Color, spaceBefore: number, tag: number): LaidItem[] {
  const lines = breakLines(runs, frame.fonts, size, frame.width);
  const n = lines.length;
  return lines.map((line, i) => ({
    height: lineHeight(size),
    spaceBefore: i === 0 ? spaceBefore : 0,
    ops: lineOps(line, frame.x, 0, size, color, tag),
    keepWithNext: n > 1 && (i === 0 || (i >= n - 3 && i < n - 1)),
  }));
}

const HEADINGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'] as const;

/**
 * A heading of `depth` (1: a document's section, with a rule under it; 2, 3; 4 and deeper look
 * alike). Tagged one level below the cover's title (H1): sections are H2, their parts H3…
 */
export function headingItem(text: string, depth: number, frame: Frame, bookmark?: LaidItem['bookmark']): LaidItem {
  const level = Math.min(4, depth);
  const size = [theme.size.h1, theme.size.h2, theme.size.h3, theme.size.h4][level - 1];
  const font: FontStyle = level === 4 ? 'boldItalic' : 'bold';
  const color = level <= 2 ? theme.color.primary : theme.color.text;
  const tag = frame.tags.add(frame.parent, HEADINGS[Math.min(5, depth)]).id;
  const lines = breakLines([{ text, bold: true, italic: level === 4 }], frame.fonts, size, frame.width);
  const h = lineHeight(size);
  const ops = lines.flatMap((line, i) => lineOps({ ...line, pieces: line.pieces.map((p) => ({ ...p, font })) }, frame.x, i * h, size, color, tag));
  if (level === 1) ops.push({ op: 'line', x1: frame.x, y1: lines.length * h + 3, x2: frame.x + frame.width, y2: lines.length * h + 3, color: theme.color.primary, width: 1 });
  return {
    height: lines.length * h + (level === 1 ? 8 : 2),
    spaceBefore: level === 1 ? theme.space.heading * 1.5 : theme.space.heading,
    ops,
    keepWithNext: true,
    ...(bookmark && { bookmark }),
  };
}
