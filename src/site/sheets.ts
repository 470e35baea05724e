/**
 * The published programmes as experience sheets, for the pages and endpoints: each entry with its
 * metrics, its document and its card, computed once per build and shared by the sheet's page, its
 * JSON, its PDF and the index; the index's filters and pages, computed once too (never per sheet).
 */
import { publishedProgrammes } from '../domain/corpus';
import { counted } from '../build/work-log-fs';
import { getCorpus } from './corpus';
import { sheetOf, type Sheet } from './sheet';
import { paginate, sheetFacets, sortCards, type Facet, type SheetCard } from './sheet-card';

export type { Sheet } from './sheet';

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
    const sheets = publishedProgrammes(corpus).map((entry) => sheetOf(entry, import.meta.env.PROD));
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
