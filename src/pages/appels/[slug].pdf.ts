/**
 * /appels/<slug>.pdf: a call as a PDF, from the same document as its page.
 */
import type { APIRoute } from 'astro';
import type { Tender } from '../../../schemas/index';
import { callDocument } from '../../document/call/index';
import type { Entry } from '../../domain/corpus';
import { buildFonts, pdfEnabled } from '../../pdf/build-fs';
import { renderPdf } from '../../pdf/render';
import { getCorpus } from '../../site/corpus';
import { asDraftIfSo } from '../../workspace/drafts';

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const corpus = await getCorpus();
  return corpus.tenders.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: Entry<Tender> }> = async ({ props }) => {
  const out = await renderPdf(asDraftIfSo(callDocument(props.entry), 'tenders', props.entry.id, props.entry.data.draft), buildFonts());
  return new Response(out.bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
