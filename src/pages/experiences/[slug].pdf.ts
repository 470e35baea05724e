/**
 * /experiences/<slug>.pdf: the experience sheet as a PDF, from the same document as its page.
 * The PDFs are announced when Astro asks for the paths, before any page is rendered, so that the
 * worker threads render them while Astro renders the HTML pages (src/build/pdfs.ts).
 */
import type { APIRoute } from 'astro';
import { pdfBytes, queuePdfs } from '../../build/pdfs';
import { pdfEnabled } from '../../pdf/build-fs';
import { getSheets, type Sheet } from '../../site/sheets';

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const sheets = await getSheets();
  queuePdfs(sheets.map((sheet) => sheet.document));
  return sheets.map((sheet) => ({ params: { slug: sheet.entry.id }, props: { sheet } }));
}

export const GET: APIRoute<{ sheet: Sheet }> = async ({ props }) => {
  const bytes = await pdfBytes(props.sheet.document);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
