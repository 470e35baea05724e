/**
 * The fonts of a build: read and parsed once per process, shared by every PDF the build writes,
 * and the page counts of responses, measured once per corpus for every page that judges them.
 */
import type { Corpus } from '../domain/corpus';
import { measureResponsePages, type ResponsePages } from './documents/response';
import { loadFonts, type FontSet } from './fonts';
import { readFontBytes } from './fonts-fs';

let fonts: FontSet | undefined;

export function buildFonts(): FontSet {
  fonts ??= loadFonts(readFontBytes());
  return fonts;
}

/** PDFs can be left out of a build (PASSERELLE_PDF=0), to measure what they cost. */
export const pdfEnabled = () => process.env.PASSERELLE_PDF !== '0';

const measured = new WeakMap<Corpus, Map<string, ResponsePages | undefined>>();

/**
 * A response's page counts as its PDF lays them out (undefined when its call sets no page limit),
 * so that the preview page, the evaluation and the PDF judge page limits alike.
 */
export function responsePagesOf(corpus: Corpus): (responseId: string) => ResponsePages | undefined {
  let cache = measured.get(corpus);
  if (!cache) measured.set(corpus, (cache = new Map()));
  const known = cache;
  return (responseId) => {
    if (!known.has(responseId)) known.set(responseId, measureResponsePages(corpus, responseId, buildFonts()));
    return known.get(responseId);
  };
}
