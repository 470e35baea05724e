/**
 * /evaluations/<slug>.pdf: the analysis report, from the same document as the evaluation page.
 */
import type { APIRoute } from 'astro';
import { buildFonts, pdfEnabled } from '../../pdf/build-fs';
import { renderEvaluation } from '../../pdf/documents/evaluation';
import { getCorpus } from '../../site/corpus';

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const corpus = await getCorpus();
  return corpus.evaluations.map((entry) => ({ params: { slug: entry.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const out = await renderEvaluation(await getCorpus(), params.slug!, buildFonts());
  return new Response(out.bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
