/**
 * /appels/<slug>.pdf: a call as a PDF, from the same document as its page, published by the build
 * like the sheets' PDFs (see src/pages/experiences/[slug].pdf.ts).
 */
import type { APIRoute } from 'astro';
import type { Tender } from '../../../schemas/index';
import { callDocument } from '../../document/call/index';
import type { Entry } from '../../domain/corpus';
import { pdfBytes, publishPdfs } from '../../build/pdfs';
import { pdfEnabled } from '../../pdf/build-fs';
import { routes } from '../../routes';
import { getCorpus } from '../../site/corpus';
import { asDraftIfSo } from '../../workspace/drafts';

const documentOf = (entry: Entry<Tender>, others: readonly Entry<Tender>[]) => asDraftIfSo(callDocument(entry, others), 'tenders', entry.id, entry.data.draft);

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const corpus = await getCorpus();
  if (import.meta.env.PROD) {
    publishPdfs(corpus.tenders.map((entry) => ({ document: documentOf(entry, corpus.tenders), route: routes.callPdf(entry.id) })));
    return [];
  }
  return corpus.tenders.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: Entry<Tender> }> = async ({ props }) => {
  const bytes = await pdfBytes(documentOf(props.entry, (await getCorpus()).tenders));
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
