/** An evaluation's analysis report as a PDF, each response's page limits judged on its own layout. */
import type { Corpus } from '../../domain/corpus';
import { evaluationDocument, type EvaluationDocument } from '../../document/evaluation/index';
import type { FontSet } from '../fonts';
import { renderPdf, type RenderedPdf } from '../render';
import { measureResponsePages } from './response';

export async function renderEvaluation(corpus: Corpus, id: string, fonts: FontSet): Promise<RenderedPdf & EvaluationDocument> {
  const built = evaluationDocument(corpus, id, (responseId) => measureResponsePages(corpus, responseId, fonts));
  return { ...(await renderPdf(built.document, fonts)), ...built };
}
