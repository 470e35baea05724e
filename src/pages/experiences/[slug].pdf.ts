/**
 * /experiences/<slug>.pdf: the experience sheet as a PDF, from the same document as its page.
 */
import type { APIRoute } from 'astro';
import { buildFonts, pdfEnabled } from '../../pdf/build-fs';
import { renderPdf } from '../../pdf/render';
import { getSheets, type Sheet } from '../../site/sheets';

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const sheets = await getSheets();
  return sheets.map((sheet) => ({ params: { slug: sheet.entry.id }, props: { sheet } }));
}

export const GET: APIRoute<{ sheet: Sheet }> = async ({ props }) => {
  const out = await renderPdf(props.sheet.document, buildFonts());
  return new Response(out.bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
