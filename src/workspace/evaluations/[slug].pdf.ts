/**
 * /evaluations/<slug>.pdf: the analysis report, from the same document as the evaluation page.
 */
import type { APIRoute } from 'astro';
import { buildFonts, pdfEnabled } from '../../pdf/build-fs';
import { renderEvaluation } from '../../pdf/documents/evaluation';
import { getCorpus } from '../../site/corpus';
import { pdfOrReason } from '../unavailable';

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const corpus = await getCorpus();
  return corpus.evaluations.map((entry) => ({ params: { slug: entry.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  return pdfOrReason(() => renderEvaluation(corpus, params.slug!, buildFonts()));
};
