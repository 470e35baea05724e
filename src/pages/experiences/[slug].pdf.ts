/**
 * /experiences/<slug>.pdf: the experience sheet as a PDF, from the same document as its page.
 *
 * A production build hands the documents over when Astro asks for the paths, before any page is
 * rendered, and gives Astro no path: worker threads render the PDFs while Astro renders the HTML
 * pages, and the build puts them in the output folder at the end (src/build/pdfs.ts). The
 * workspace's dev server renders a sheet's PDF when it is asked for.
 */
import type { APIRoute } from 'astro';
import { pdfBytes, publishPdfs } from '../../build/pdfs';
import { pdfEnabled } from '../../pdf/build-fs';
import { routes } from '../../routes';
import { getSheets, type Sheet } from '../../site/sheets';

export async function getStaticPaths() {
  if (!pdfEnabled()) return [];
  const sheets = await getSheets();
  if (import.meta.env.PROD) {
    publishPdfs(sheets.map((sheet) => ({ document: sheet.document, route: routes.sheetPdf(sheet.entry.id) })));
    return [];
  }
  return sheets.map((sheet) => ({ params: { slug: sheet.entry.id }, props: { sheet } }));
}

export const GET: APIRoute<{ sheet: Sheet }> = async ({ props }) => {
  const bytes = await pdfBytes(props.sheet.document);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
