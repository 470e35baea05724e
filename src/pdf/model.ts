/**
 * The data each step of the PDF pipeline hands to the next. The input is a document of the one
 * document model (src/document/model.ts):
 *
 *   Document (blocks)
 *     → layout:   LaidDocument  (measured lines, rows and drawings, and the structure tree)
 *     → paginate: Paginated     (items placed on A4 pages, bookmarks, table of contents)
 *     → draw:     Uint8Array    (the only step that touches pdf-lib)
 *
 * Every type here is plain data so that each step is tested on its own.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface Color {
  r: number;
  g: number;
  b: number;
}

/** A fill pattern that keeps chart series apart without colour (as the web charts do). */
export type Hatch = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'vertical' | 'cross';

/**
 * Drawing operations, with y measured downwards from the top of their item, in points. `tag` is
 * the structure element (see StructNode) the operation's content belongs to; an operation
 * without a tag is decoration (an artifact: rules, backgrounds, leaders).
 */
export type DrawOp = (
  | { op: 'text'; x: number; y: number; text: string; font: FontStyle; size: number; color: Color }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill?: Color; stroke?: Color; lineWidth?: number; hatch?: Hatch; dash?: boolean }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; color: Color; width: number }
  | { op: 'link'; x: number; y: number; w: number; h: number; url: string }
  /** A page number resolved at draw time (table of contents). */
  | { op: 'pageRef'; x: number; y: number; section: string; font: FontStyle; size: number; color: Color; align: 'right' }
  /** A link to a section's page (table of contents). */
  | { op: 'goto'; x: number; y: number; w: number; h: number; section: string }
) & { tag?: number };

export interface LaidItem {
  height: number;
  /** Space above the item, dropped at the top of a page. */
  spaceBefore: number;
  ops: DrawOp[];
  /** Keep on the same page as the next item (headings, first lines, a table's last rows). */
  keepWithNext?: boolean;
  /** Start a new page before this item. */
  breakBefore?: boolean;
  /** A bookmark (outline entry) at this item. */
  bookmark?: { section: string; title: string; level: number };
  /** The table header to repeat (as decoration) when this table row starts a new page. */
  repeat?: LaidItem;
}

/** Roles of the tagged PDF's structure elements (ISO 32000-1, 14.8.4). */
export type StructRole =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TFoot'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Caption'
  | 'Figure'
  | 'BlockQuote'
  | 'Code'
  | 'TOC'
  | 'TOCI';

/** An element of the structure tree, in reading order. */
export interface StructNode {
  id: number;
  role: StructRole;
  children: StructNode[];
  /** A figure's alternative text. */
  alt?: string;
  /** A header cell's scope. */
  scope?: 'Row' | 'Column';
  /** A header cell over several columns. */
  colSpan?: number;
}

export interface LaidDocument {
  cover: LaidItem[];
  toc: LaidItem[];
  body: LaidItem[];
  structure: StructNode;
}

export interface PlacedItem {
  item: LaidItem;
  /** Top of the item, from the top of the page, in points. */
  top: number;
  /** A repeated table header: drawn as decoration, not read again. */
  artifact?: boolean;
}

export interface Page {
  items: PlacedItem[];
  /** Cover pages have no header or footer. */
  bare: boolean;
}

export interface Bookmark {
  section: string;
  title: string;
  level: number;
  page: number;
  top: number;
}

export interface Paginated {
  pages: Page[];
  bookmarks: Bookmark[];
  /** Section id → page number (1-based). */
  sectionPages: Record<string, number>;
  structure: StructNode;
}
