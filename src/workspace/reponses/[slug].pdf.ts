/**
 * /reponses/<slug>.pdf: the response PDF, rendered at build time by the same pipeline as the CLI.
 */
import type { APIRoute } from 'astro';
import { buildFonts, pdfEnabled } from '../../pdf/build-fs';
import { renderResponse } from '../../pdf/documents/response';
import { getCorpus } from '../../site/corpus';
import { pdfOrReason } from '../unavailable';

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const corpus = await getCorpus();
  return corpus.responses.map((entry) => ({ params: { slug: entry.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const corpus = await getCorpus();
  return pdfOrReason(() => renderResponse(corpus, params.slug!, buildFonts()));
};
