/**
 * Small constructors every document builder shares, so that a section reads as what it says:
 * `facts([fact('Durée', text('12 semaines'))])`, `table(caption, columns, rows)`.
 */
import { fr } from '../i18n/fr';
import type { Markdown } from '../markdown/parse';
import { markdownBlocks } from './markdown';
import type {
  Block,
  CalloutBlock,
  Column,
  FactRow,
  FactsBlock,
  ListBlock,
  ParagraphBlock,
  Run,
  Runs,
  SectionBlock,
  TableBlock,
  Tone,
} from './model';

/** Plain text as one run. */
export const text = (value: string): Runs => [{ text: value }];

export const bold = (value: string): Run => ({ text: value, bold: true });

/** « non renseigné », or why a value is not given. */
export const missing = (reason: string = fr.common.notProvided): Runs => [{ text: reason, missing: true }];

/** The value, or « non renseigné » when the source does not give it. */
export const orMissing = (value: string | undefined): Runs => (value === undefined || value === '' ? missing() : text(value));

/** A link whose text is its address (an e-mail address shows without `mailto:`). */
export const link = (label: string, href: string): Runs => [{ text: label, href }];

export const paragraph = (runs: Runs | string, style?: ParagraphBlock['style']): ParagraphBlock => ({
  type: 'paragraph',
  runs: typeof runs === 'string' ? text(runs) : runs,
  ...(style && { style }),
});

export const note = (value: string): ParagraphBlock => paragraph(value, 'note');

export const missingParagraph = (): ParagraphBlock => paragraph(missing());

/** A list of one paragraph per item. */
export const list = (items: ReadonlyArray<Runs | string>, ordered = false): ListBlock => ({
  type: 'list',
  ...(ordered && { ordered: true }),
  items: items.map((item) => [paragraph(item)]),
});

export const fact = (label: string, ...values: Runs[]): FactRow => ({ label, values });

export const facts = (rows: FactRow[]): FactsBlock => ({ type: 'facts', rows });

export const table = (caption: string | undefined, columns: Column[], rows: Runs[][], footer?: Runs[][]): TableBlock => ({
  type: 'table',
  ...(caption && { caption }),
  columns,
  rows,
  ...(footer?.length && { footer }),
});

export const callout = (tone: Tone, runs: Runs | string): CalloutBlock => ({ type: 'callout', tone, runs: typeof runs === 'string' ? text(runs) : runs });

export const section = (title: string, blocks: Block[], id?: string): SectionBlock => ({ type: 'section', title, blocks, ...(id && { id }) });

/** A Markdown field as blocks (none when the field is absent). */
export const markdown = (value: Markdown | undefined): Block[] => (value ? markdownBlocks(value.mdast) : []);

export const nonEmpty = <T>(items: readonly T[] | undefined): items is readonly T[] => !!items && items.length > 0;
