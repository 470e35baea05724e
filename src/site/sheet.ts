/**
 * One published programme as an experience sheet: its metrics, its document, its card and the
 * hash of what its page is made from, computed once per entry and per build.
 *
 * In a production build the sheets are shared through globalThis by the module instances of the
 * process: the content integration computes them right after the validation, to hand the PDFs
 * to the worker threads before Astro starts (src/build/pdfs.ts), and the pages find them done.
 * Both read the same entries (the validation's, src/site/corpus.ts). No astro:content here, so
 * that the integration can import it.
 */
import type { Programme } from '../../schemas/index';
import { hashOfData, hashOfFrozen } from '../build/hash';
import { counted } from '../build/work-log-fs';
import type { Entry } from '../domain/corpus';
import { programmeMetrics, type ProgrammeMetrics } from '../domain/metrics';
import { sheetDocument, type SheetDocument } from '../document/sheet/index';
import { routes } from '../routes';
import { asDraftIfSo } from '../workspace/drafts';
import { sheetCard, type SheetCard } from './sheet-card';

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

/**
 * The sheets already computed in this process, per entry, and per base path of the site: the
 * module instance that read another base (the integration's, outside Vite) has its own.
 */
const shared = globalThis as { __passerelleSheets?: Map<string, WeakMap<Entry<Programme>, Sheet>> };

function computed(entry: Entry<Programme>): Sheet {
  counted('metrics');
  const metrics = programmeMetrics(entry.data);
  // In the workspace a draft is shown too, marked as such (the public corpus has none).
  counted('sheetDocument');
  const document = asDraftIfSo(sheetDocument(entry, metrics), 'programmes', entry.id, entry.data.draft);
  counted('sheetCard');
  return { entry, metrics, document, card: sheetCard(document, entry.data), key: hashOfData([entry.id, entry.data, hashOfFrozen(document)]) };
}

/** The sheet of an entry; with `reuse` (a production build), computed once per process. */
export function sheetOf(entry: Entry<Programme>, reuse: boolean): Sheet {
  if (!reuse) return computed(entry);
  const bases = (shared.__passerelleSheets ??= new Map());
  let sheets = bases.get(routes.home);
  if (!sheets) bases.set(routes.home, (sheets = new WeakMap()));
  let sheet = sheets.get(entry);
  if (!sheet) sheets.set(entry, (sheet = computed(entry)));
  return sheet;
}
