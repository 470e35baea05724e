/**
 * Every PDF the sample content makes (sheets, calls, responses, evaluations; drafts left out), each
 * with its site address and a function that renders it with a given set of fonts: the isolation tests render
 * them alone, one after the other, and compare them with the built site's.
 */
import type { Corpus } from '../../src/domain/corpus';
import { isDraft, publishedProgrammes } from '../../src/domain/corpus';
import { programmeMetrics } from '../../src/domain/metrics';
import { callDocument } from '../../src/document/call/index';
import { sheetDocument } from '../../src/document/sheet/index';
import { renderEvaluation } from '../../src/pdf/documents/evaluation';
import { renderResponse } from '../../src/pdf/documents/response';
import type { FontSet } from '../../src/pdf/fonts';
import { renderPdf, type RenderedPdf } from '../../src/pdf/render';
import { routes } from '../../src/routes';

export interface SampleDocument {
  /** The address of its PDF on the site. */
  route: string;
  render(fonts: FontSet): Promise<RenderedPdf>;
}

export function sampleDocuments(corpus: Corpus): SampleDocument[] {
  return [
    ...publishedProgrammes(corpus).filter((entry) => !isDraft(entry)).map((entry) => ({ route: routes.sheetPdf(entry.id), render: (fonts: FontSet) => renderPdf(sheetDocument(entry, programmeMetrics(entry.data)), fonts) })),
    ...corpus.tenders.map((entry) => ({ route: routes.callPdf(entry.id), render: (fonts: FontSet) => renderPdf(callDocument(entry), fonts) })),
    ...corpus.responses.map((entry) => ({ route: routes.responsePdf(entry.id), render: (fonts: FontSet) => renderResponse(corpus, entry.id, fonts) })),
    ...corpus.evaluations.map((entry) => ({ route: routes.evaluationPdf(entry.id), render: (fonts: FontSet) => renderEvaluation(corpus, entry.id, fonts) })),
  ];
}

/**
 * The lines a page draws, in drawing order, as the draw step writes them (one text operation a
 * line): the laid-out texts, table-of-contents page numbers included. The running header and the
 * footer follow them on the page.
 */
export function drawnLines(rendered: RenderedPdf, page: number): string[] {
  const { paginated } = rendered;
  return paginated.pages[page].items.flatMap(({ item }) =>
    item.ops.flatMap((op) => (op.op === 'text' ? [op.text] : op.op === 'pageRef' ? [String(paginated.sectionPages[op.section] ?? '')] : [])),
  );
}
