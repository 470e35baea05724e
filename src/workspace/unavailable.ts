/**
 * A workspace document (a response, an evaluation) that cannot be made while a file it cites has
 * errors: the editor still opens (it serves the files that validate), and the document's page and
 * PDF say so in French, with the builder's own message, instead of failing.
 */
import { DocumentError } from '../document/errors';

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
    if (error instanceof DocumentError) return new Response(error.message, { status: 422, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    throw error;
  }
}
