/**
 * The published programmes as experience sheets, for the pages and endpoints: each entry with its
 * metrics, its document and its card, computed once per build.
 */
import type { Programme } from '../../schemas/index';
import { publishedProgrammes, type Entry } from '../domain/corpus';
import { programmeMetrics, type ProgrammeMetrics } from '../domain/metrics';
import { sheetDocument, type SheetDocument } from '../document/sheet/index';
import { asDraftIfSo } from '../workspace/drafts';
import { getCorpus } from './corpus';
import { sheetCard, sortCards, type SheetCard } from './sheet-card';

export interface Sheet {
  entry: Entry<Programme>;
  metrics: ProgrammeMetrics;
  document: SheetDocument;
  card: SheetCard;
}

let cached: Promise<Sheet[]> | undefined;

/** Every published sheet, in the index's order (most recent first). */
export function getSheets(): Promise<Sheet[]> {
  if (!import.meta.env.PROD) cached = undefined;
  cached ??= (async () => {
    const corpus = await getCorpus();
    const sheets = publishedProgrammes(corpus).map((entry) => {
      const metrics = programmeMetrics(entry.data);
      // In the workspace a draft is shown too, marked as such (the public corpus has none).
      const document = asDraftIfSo(sheetDocument(entry, metrics), 'programmes', entry.id, entry.data.draft);
      return { entry, metrics, document, card: sheetCard(document, entry.data) };
    });
    const rank = new Map(sortCards(sheets.map((s) => s.card)).map((card, i) => [card.id, i]));
    return sheets.sort((a, b) => rank.get(a.entry.id)! - rank.get(b.entry.id)!);
  })();
  return cached;
}
