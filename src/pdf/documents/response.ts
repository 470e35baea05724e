/**
 * A response as a PDF: its document (src/document/response/) laid out twice when its call sets
 * page limits, once to count the pages the compliance check judges, once to print.
 */
import { requirementsFor } from '../../domain/cross-checks';
import { byId, type Corpus } from '../../domain/corpus';
import { COMPLIANCE_SECTION, callSectionId, responseDocument, type ResponseDocument, type ResponsePages } from '../../document/response/index';
import { markDraft } from '../../document/draft';
import type { FontSet } from '../fonts';
import { paginateDocument, renderPdf, sectionPageCounts, type RenderedPdf } from '../render';

export type { ResponsePages } from '../../document/response/index';

/**
 * The pages of a response, when its call limits pages (undefined otherwise): a first layout of the
 * PDF, counted without the compliance annex (it comes last, so it does not move the sections).
 * The preview page, the evaluation and the PDF all judge page limits on these counts.
 */
export function measureResponsePages(corpus: Corpus, responseId: string, fonts: FontSet): ResponsePages | undefined {
  const response = byId(corpus.responses, responseId);
  const tender = response && byId(corpus.tenders, response.data.tender);
  if (!response || !tender || !requirementsFor(tender.data, response.data.lot).some((q) => q.measure === 'page-limit')) return undefined;
  const { document } = responseDocument(corpus, responseId);
  const paginated = paginateDocument(document, fonts);
  const counts = sectionPageCounts(paginated, document.sections.map((s) => s.id));
  return {
    total: paginated.pages.length - counts[COMPLIANCE_SECTION],
    sections: Object.fromEntries((tender.data.responseSections ?? []).map((s) => [s.id, counts[callSectionId(s.id)] ?? 0])),
  };
}

/** Renders a response, judging its page limits on a first layout; a draft says so on every page. */
export async function renderResponse(corpus: Corpus, responseId: string, fonts: FontSet): Promise<RenderedPdf & ResponseDocument> {
  const built = responseDocument(corpus, responseId, measureResponsePages(corpus, responseId, fonts));
  const document = byId(corpus.responses, responseId)?.data.draft ? markDraft(built.document) : built.document;
  return { ...(await renderPdf(document, fonts)), ...built, document };
}
