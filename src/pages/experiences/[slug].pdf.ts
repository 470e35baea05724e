/**
 * /experiences/<slug>.pdf: the experience sheet as a PDF, from the same view model as its page.
 */
import type { APIRoute } from 'astro';
import { buildFonts, pdfEnabled } from '../../pdf/build-fs';
import { renderSheet } from '../../pdf/documents/sheet';
import { getSheets, type Sheet } from '../../site/sheets';

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const sheets = await getSheets();
  return sheets.map((sheet) => ({ params: { slug: sheet.entry.id }, props: { sheet } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { sheet } = props as { sheet: Sheet };
  const out = await renderSheet(sheet.entry, sheet.view, buildFonts());
  return new Response(out.bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
