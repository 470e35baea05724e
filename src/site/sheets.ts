/**
 * The published programmes as experience sheets, for the pages and endpoints: each entry with its
 * metrics, its document and its card, computed once per build and shared by the sheet's page, its
 * JSON, its PDF and the index; the index's filters and pages, computed once too (never per sheet).
 */
import type { Programme } from '../../schemas/index';
import { publishedProgrammes, type Entry } from '../domain/corpus';
import { programmeMetrics, type ProgrammeMetrics } from '../domain/metrics';
import { sheetDocument, type SheetDocument } from '../document/sheet/index';
import { hashOfData } from '../build/hash';
import { counted } from '../build/work-log-fs';
import { asDraftIfSo } from '../workspace/drafts';
import { getCorpus } from './corpus';
import { paginate, sheetCard, sheetFacets, sortCards, type Facet, type SheetCard } from './sheet-card';

export interface Sheet {
  entry: Entry<Programme>;
  metrics: ProgrammeMetrics;
  document: SheetDocument;
  card: SheetCard;
  /**
   * The hash of what the sheet's page and JSON are made from (its data and its document): Astro's
   * incremental build reuses the page and the JSON of the last build while it is unchanged.
   */
  key: string;
}

/** The index of sheets: every card in order, the filters with their counts, and the pages. */
export interface SheetIndex {
  cards: SheetCard[];
  facets: Facet[];
  /** The cards of each page of the index, in order (one page, empty, when there is no sheet). */
  pages: SheetCard[][];
}

let cached: Promise<Sheet[]> | undefined;
let cachedIndex: Promise<SheetIndex> | undefined;

/** Every published sheet, in the index's order (most recent first). */
export function getSheets(): Promise<Sheet[]> {
  if (!import.meta.env.PROD) cached = undefined;
  cached ??= (async () => {
    counted('sheets');
    const corpus = await getCorpus();
    const sheets = publishedProgrammes(corpus).map((entry) => {
      counted('metrics');
      const metrics = programmeMetrics(entry.data);
      // In the workspace a draft is shown too, marked as such (the public corpus has none).
      counted('sheetDocument');
      const document = asDraftIfSo(sheetDocument(entry, metrics), 'programmes', entry.id, entry.data.draft);
      counted('sheetCard');
      return { entry, metrics, document, card: sheetCard(document, entry.data), key: hashOfData([entry.id, entry.data, document]) };
    });
    const rank = new Map(sortCards(sheets.map((s) => s.card)).map((card, i) => [card.id, i]));
    return sheets.sort((a, b) => rank.get(a.entry.id)! - rank.get(b.entry.id)!);
  })();
  return cached;
}

/** The index of sheets, from the sheets above: built once per build, shared by its pages. */
export function getSheetIndex(): Promise<SheetIndex> {
  if (!import.meta.env.PROD) cachedIndex = undefined;
  cachedIndex ??= (async () => {
    counted('sheetIndex');
    const sheets = await getSheets();
    const cards = sheets.map((s) => s.card);
    counted('facets');
    return { cards, facets: sheetFacets(cards, sheets.map((s) => s.entry.data)), pages: paginate(cards) };
  })();
  return cachedIndex;
}
