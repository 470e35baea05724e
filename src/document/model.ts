/**
 * The one document model: what every Passerelle document (an experience sheet, a response, an
 * evaluation report, a call) is built as, and what both renderers read: the HTML renderer
 * (src/components/document/) and the PDF renderer (src/pdf/).
 *
 * Plain data only: no class, no function, nothing that knows HTML or PDF. A document is a cover
 * and a list of sections; a section holds blocks, and sub-sections are blocks too, so heading
 * levels come from nesting and never skip. Text is a list of runs; a run the source does not give
 * is marked `missing` and both renderers show it as such (« non renseigné », in italics).
 *
 * @example
 * const doc: Document = {
 *   meta: { title: 'Fiche', author: 'CCAS', subject: 'Fiche', keywords: [], language: 'fr-FR' },
 *   header: 'Fiche',
 *   cover: { title: 'Fiche', facts: [] },
 *   sections: [{ type: 'section', id: 'public', title: 'Public visé', blocks: [
 *     { type: 'paragraph', runs: [{ text: 'Douze femmes.' }] },
 *   ] }],
 * };
 */

/** A piece of text in one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Monospace (an identifier, a command). Never typeset. */
  code?: boolean;
  /** An http(s), mailto or tel address, or a `#anchor`: the run is a link. */
  href?: string;
  /** A value the source does not give (`text` says so: « non renseigné », « non calculé … »). */
  missing?: boolean;
}

/** A table cell, a fact's value, a list item's text: runs side by side. */
export type Runs = Run[];

export type Align = 'start' | 'end' | 'center';

export interface Column {
  label: string;
  /** `end` for figures. */
  align?: Align;
  /** Relative width for paged media (the widths are normalised to the page). */
  width?: number;
  /** The cells of this column head their row (`<th scope="row">`, a TH in the tagged PDF). */
  rowHeader?: boolean;
  /** Consecutive columns with the same group share a header above their own (`colgroup`). */
  group?: string;
}

export interface TableBlock {
  type: 'table';
  /** What the table shows, in one sentence (caption; read by screen readers). */
  caption?: string;
  columns: Column[];
  rows: Runs[][];
  /** Totals, under the rows (kept on the page of the last row). */
  footer?: Runs[][];
  /** An anchor and a hook for tests and styles (`classement-publie`). */
  id?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: Runs;
  /** `lead`: an opening sentence in larger type; `note`: a precision in smaller type. */
  style?: 'lead' | 'note';
}

export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  start?: number;
  /** Each item is blocks; an item of one plain paragraph is a tight item. */
  items: Block[][];
}

export interface FactRow {
  label: string;
  /** One value, or several shown as a list. */
  values: Runs[];
  /** Several short values shown side by side (themes) rather than one per line. */
  tags?: boolean;
}

export interface FactsBlock {
  type: 'facts';
  rows: FactRow[];
}

export interface KeyFigure {
  /** The figure, formatted (`7 sur 12`, `658,33 €`, `31 h`). */
  value: string;
  /** What it counts (`personnes accompagnées`). */
  label: string;
  /** How it was obtained or what it leaves out. */
  detail?: string;
}

export interface FiguresBlock {
  type: 'figures';
  items: KeyFigure[];
}

export type Tone = 'info' | 'ok' | 'warning' | 'error';

export interface CalloutBlock {
  type: 'callout';
  tone: Tone;
  runs: Runs;
}

/** A quotation (a Markdown blockquote). */
export interface QuoteBlock {
  type: 'quote';
  blocks: Block[];
}

/** Preformatted text: a command, a code sample. */
export interface CodeBlock {
  type: 'code';
  text: string;
  /** What the code is (`Commande à lancer`). */
  label?: string;
}

export interface RuleBlock {
  type: 'rule';
}

export interface ChartBlock {
  type: 'chart';
  chart: Chart;
}

/** A part with its own heading; nested sections are one heading level deeper. */
export interface SectionBlock {
  type: 'section';
  title: string;
  blocks: Block[];
  /** The anchor in the page's URL and the PDF's bookmark key (`resultats`). */
  id?: string;
  /** Start on a new page (paged media). */
  newPage?: boolean;
}

export type Block =
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | FactsBlock
  | FiguresBlock
  | CalloutBlock
  | QuoteBlock
  | CodeBlock
  | RuleBlock
  | ChartBlock
  | SectionBlock;

// ─── Charts ─────────────────────────────────────────────────────────────────────────────────────

interface ChartBase {
  /** Stable and unique in its document: ids of the SVG's title and description. */
  id: string;
  title: string;
  /** The text alternative: every figure the chart shows, in a sentence. */
  description: string;
}

/** One bar: `value` out of `max` (a count and its denominator, or a percentage out of 100). */
export interface Bar {
  label: string;
  value: number;
  max: number;
  /** The value as a person reads it: `7 sur 12 (58 %)`. */
  valueText: string;
  /** Whether value and max count people (a renderer may draw one mark per person). */
  counts: boolean;
}

export interface BarChart extends ChartBase {
  kind: 'bars';
  bars: Bar[];
}

/** Horizontal stacked bars: one bar per item, one segment per series (weighted points). */
export interface StackedChart extends ChartBase {
  kind: 'stacked';
  /** The axis' end (the most points an offer can get). */
  max: number;
  series: Array<{ label: string }>;
  bars: Array<{
    label: string;
    values: number[];
    /** Each segment's value as text. */
    valueTexts: string[];
    totalText: string;
    /** Shown for information only (an excluded offer): outlined, dashed. */
    aside?: boolean;
  }>;
  /** Graduations of the axis, with their text. */
  ticks: Array<{ at: number; label: string }>;
}

/** A retro-planning: steps on an axis of numbered units (weeks), grouped by lane. */
export interface GanttChart extends ChartBase {
  kind: 'gantt';
  /** Number of units on the axis (1 … units). */
  units: number;
  /** The unit's short label (`S` for semaine). */
  unitLabel: string;
  /** Lanes in order (a legend when there are several). */
  lanes: string[];
  rows: Array<{ label: string; lane?: string; from: number; to: number; milestone?: boolean }>;
}

export type PhaseKind = 'setup' | 'running' | 'closing' | 'evaluation' | 'extension';

export interface TimelineLane {
  label: string;
  kind: PhaseKind;
  /** First month, counted from the timeline's first month (0). */
  from: number;
  /** Month after the last one (exclusive). */
  to: number;
  periodText: string;
  /** Dated steps, positioned at the middle of their month (or year). */
  events: Array<{ at: number; label: string; dateText: string }>;
}

/** A calendar of phases on a month axis. */
export interface TimelineChart extends ChartBase {
  kind: 'timeline';
  /** First month shown (`2018-03`) and the number of months shown. */
  start: string;
  months: number;
  /** Graduations: position in months from the start, a label, and the year when it changes. */
  ticks: Array<{ at: number; label: string; year?: string }>;
  lanes: TimelineLane[];
  /** What the marks mean (the dots of dated steps). */
  legend?: string;
}

export type Chart = BarChart | StackedChart | GanttChart | TimelineChart;

// ─── The document ───────────────────────────────────────────────────────────────────────────────

export interface Attachment {
  name: string;
  mimeType: string;
  description: string;
  bytes: Uint8Array;
}

export interface Cover {
  kicker?: string;
  title: string;
  subtitle?: string;
  facts: FactRow[];
  /** The PDF cover's note (how the document was made, and the notice below). */
  note?: string;
  /** What a reader must know before reading (a working title, a template): on the page too. */
  notice?: string;
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** ISO date of the document (no clock in the output); none when the content gives none. */
  date?: string;
  /** BCP 47 language of the text (`fr-FR`). */
  language: string;
}

export interface Document {
  meta: DocumentMeta;
  /** Running header of paged media. */
  header: string;
  cover: Cover;
  /** Paged media print a table of contents after the cover, with this title. */
  toc?: string;
  sections: Array<SectionBlock & { id: string }>;
  attachments?: Attachment[];
  /** A draft (`draft: true`): a page shows `banner` above the document, a PDF `watermark` across every page. */
  draft?: DraftMark;
}

export interface DraftMark {
  /** One word, printed across each page of the PDF (« BROUILLON »). */
  watermark: string;
  /** What the page says above the document: a draft, what it lacks, that it is never published. */
  banner: string;
}
