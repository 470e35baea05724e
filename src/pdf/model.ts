/**
 * The plain data a PDF is made from, and the data each step of the pipeline hands to the next:
 *
 *   DocumentSpec (blocks, built from mdast and data)
 *     → layout:   LaidItem[]   (measured lines, rows and drawings, with their heights)
 *     → paginate: Page[]       (items placed on A4 pages, bookmarks, table of contents)
 *     → draw:     Uint8Array   (the only step that touches pdf-lib)
 *
 * Every type here is plain data so that each step is tested on its own.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A run of text in one style. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** An http(s) or mailto address; the run becomes a link. */
  href?: string;
  /** Monospace look (drawn in the regular face, shaded). */
  code?: boolean;
}

export type Align = 'left' | 'right' | 'center';

export interface TableColumn {
  header: string;
  /** Relative width (the widths are normalised to the content width). */
  width?: number;
  align?: Align;
}

export type Tone = 'info' | 'ok' | 'warning' | 'error';

export interface GanttChart {
  kind: 'gantt';
  /** Number of weeks on the axis (1 … weeks). */
  weeks: number;
  /** Label of the axis unit ("S" for semaine). */
  unitLabel: string;
  rows: Array<{ label: string; lane?: string; from: number; to: number; milestone?: boolean }>;
}

export interface BarChart {
  kind: 'bars';
  /** Horizontal bars: value out of total, with a label and the value's text. */
  bars: Array<{ label: string; value: number; total: number; text: string }>;
}

export interface StackedBarChart {
  kind: 'stacked';
  /** Horizontal stacked bars (weighted scores by criterion). */
  max: number;
  series: Array<{ label: string }>;
  bars: Array<{ label: string; values: number[]; text: string }>;
}

export interface TimelineChart {
  kind: 'timeline';
  /** Number of months on the axis. */
  months: number;
  /** Graduations, in months from the start, with a label and the year when it changes. */
  ticks: Array<{ at: number; label: string; year?: string }>;
  /** One lane per phase: from and to in months (to exclusive), and its dated steps. */
  lanes: Array<{ label: string; from: number; to: number; events: Array<{ at: number }> }>;
  legend?: string;
}

export type Chart = GanttChart | BarChart | StackedBarChart | TimelineChart;

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; text: string; bookmark?: boolean }
  | { type: 'paragraph'; inlines: Inline[]; style?: 'normal' | 'small' | 'lead' }
  | { type: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { type: 'table'; columns: TableColumn[]; rows: Inline[][][]; caption?: string; small?: boolean }
  | { type: 'facts'; rows: Array<[string, Inline[]]> }
  | { type: 'chart'; chart: Chart; alt: string }
  | { type: 'callout'; tone: Tone; inlines: Inline[] }
  | { type: 'rule' }
  | { type: 'spacer'; height: number }
  | { type: 'pageBreak' };

export interface SectionSpec {
  id: string;
  /** Title of the section: a level-1 heading, a bookmark and a table-of-contents entry. */
  title: string;
  blocks: Block[];
  /** Start the section on a new page. */
  newPage?: boolean;
}

export interface CoverSpec {
  kicker?: string;
  title: string;
  subtitle?: string;
  facts: Array<[string, string]>;
  note?: string;
}

export interface Attachment {
  name: string;
  mimeType: string;
  description: string;
  bytes: Uint8Array;
}

export interface DocumentSpec {
  meta: {
    title: string;
    author: string;
    subject: string;
    keywords: string[];
    /** ISO date of the document (creation and modification dates: no clock in the output); none when the content gives none. */
    date?: string;
    language: string;
  };
  /** Running header text, left of each page after the cover. */
  header: string;
  cover?: CoverSpec;
  /** Print a table of contents after the cover. */
  toc?: { title: string };
  sections: SectionSpec[];
  attachments?: Attachment[];
}

// ---------------------------------------------------------------------------------------------
// Step 2 output: measured items.

export interface Color {
  r: number;
  g: number;
  b: number;
}

/** Drawing operations, with y measured downwards from the top of their item, in points. */
export type DrawOp =
  | { op: 'text'; x: number; y: number; text: string; font: FontStyle; size: number; color: Color }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill?: Color; stroke?: Color; lineWidth?: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; color: Color; width: number }
  | { op: 'link'; x: number; y: number; w: number; h: number; url: string }
  /** A page number resolved at draw time (table of contents). */
  | { op: 'pageRef'; x: number; y: number; section: string; font: FontStyle; size: number; color: Color; align: 'right' }
  /** A link to a section's page (table of contents). */
  | { op: 'goto'; x: number; y: number; w: number; h: number; section: string };

export interface LaidItem {
  height: number;
  /** Space above the item, dropped at the top of a page. */
  spaceBefore: number;
  ops: DrawOp[];
  /** Keep on the same page as the next item (headings, first line of a paragraph). */
  keepWithNext?: boolean;
  /** Start a new page before this item. */
  breakBefore?: boolean;
  /** A bookmark (outline entry) at this item. */
  bookmark?: { section: string; title: string; level: number };
  /** The table header to repeat when this table row starts a new page. */
  repeat?: LaidItem;
}

// ---------------------------------------------------------------------------------------------
// Step 3 output: pages.

export interface PlacedItem {
  item: LaidItem;
  /** Top of the item, from the top of the page, in points. */
  top: number;
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
}
