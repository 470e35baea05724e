/** An evaluation's analysis report as a PDF, each response's page limits judged on its own layout. */
import { byId, type Corpus } from '../../domain/corpus';
import { markDraft } from '../../document/draft';
import { evaluationDocument, type EvaluationDocument } from '../../document/evaluation/index';
import type { FontSet } from '../fonts';
import { renderPdf, type RenderedPdf } from '../render';
import { measureResponsePages } from './response';

export async function renderEvaluation(corpus: Corpus, id: string, fonts: FontSet): Promise<RenderedPdf & EvaluationDocument> {
  const built = evaluationDocument(corpus, id, (responseId) => measureResponsePages(corpus, responseId, fonts));
  // A draft evaluation says so on every page.
  const document = byId(corpus.evaluations, id)?.data.draft ? markDraft(built.document) : built.document;
  return { ...(await renderPdf(document, fonts)), ...built, document };
}
