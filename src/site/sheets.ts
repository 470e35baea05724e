/**
 * The published programmes as experience sheets, for the pages and endpoints: each entry with its
 * metrics and view model, computed once per build.
 */
import type { Programme } from '../../schemas/index';
import { publishedProgrammes, type Entry } from '../domain/corpus';
import { programmeMetrics, type ProgrammeMetrics } from '../domain/metrics';
import { getCorpus } from './corpus';
import { sheetView, sortCards, type SheetView } from './sheet-view';

export interface Sheet {
  entry: Entry<Programme>;
  metrics: ProgrammeMetrics;
  view: SheetView;
}

let cached: Promise<Sheet[]> | undefined;

/** Every published sheet, in the index's order (most recent first). */
export function getSheets(): Promise<Sheet[]> {
  if (!import.meta.env.PROD) cached = undefined;
  cached ??= (async () => {
    const corpus = await getCorpus();
    const sheets = publishedProgrammes(corpus).map((entry) => {
      const metrics = programmeMetrics(entry.data);
      return { entry, metrics, view: sheetView(entry, metrics) };
    });
    const rank = new Map(sortCards(sheets.map((s) => s.view.card)).map((card, i) => [card.id, i]));
    return sheets.sort((a, b) => rank.get(a.entry.id)! - rank.get(b.entry.id)!);
  })();
  return cached;
}
