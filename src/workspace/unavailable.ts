/**
 * A workspace document (a response, an evaluation) that cannot be made while a file it cites has
 * errors: the editor still opens (it serves the files that validate), and the document's page and
 * PDF say so in French, with the builder's own message, instead of failing.
 */
import { collectionNames } from '../../schemas/index';
import { contentRoot } from '../content/content-fs';
import { DocumentError } from '../document/errors';
import { listFiles } from '../editor/catalog-fs';
import { editorRoutes } from '../editor/routes';
import { fr } from '../i18n/fr';
import { frenchTypography } from '../i18n/typography';

/** A published file left out of the workspace's content for its errors, and its form. */
export interface BrokenFile {
  title: string;
  href: string;
  errors: number;
}

/**
 * The published files that have errors now. While there is one, a document's builder sees the
 * content without it, so its own reason would say « n'existe pas » of a file that exists: the
 * pages name these files instead.
 */
export function brokenFiles(): BrokenFile[] {
  const listed = listFiles(contentRoot());
  return collectionNames.flatMap((c) => listed[c].filter((item) => item.errors > 0 && !item.draft).map((item) => ({ title: frenchTypography(item.title), href: editorRoutes.edit(c, item.id), errors: item.errors })));
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string };

/** The document, or the French reason it cannot be made now. */
export function attempt<T>(make: () => T): Attempt<T> {
  try {
    return { ok: true, value: make() };
  } catch (error) {
    if (error instanceof DocumentError) return { ok: false, message: error.message };
    throw error;
  }
}

/** A PDF route's answer: the PDF, or the French reason as text (422). */
export async function pdfOrReason(render: () => Promise<{ bytes: Uint8Array }>): Promise<Response> {
  try {
    const out = await render();
    return new Response(out.bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    const broken = brokenFiles();
    const reason = broken.length > 0 ? fr.editor.unavailable.pdf(broken.map((f) => fr.editor.unavailable.file(f.title, fr.editor.list.errors(f.errors, 0)))) : error.message;
    return new Response(reason, { status: 422, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
