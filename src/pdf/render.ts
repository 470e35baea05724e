/**
 * The PDF renderer of the document model, in execution order: document → measured items and
 * structure tree (layout) → pages (paginate) → bytes (draw). Renderers return bytes; only the CLI
 * and Astro endpoints write files.
 *
 * @example
 * const fonts = loadFonts(readFontBytes());            // once per build
 * const { bytes } = await renderPdf(sheetDocument(entry, metrics), fonts);
 */
import { DocumentError } from '../document/errors';
import type { Document } from '../document/model';
import { fr } from '../i18n/fr';
import { escapeUnsafe } from '../i18n/excerpt';
import { missingGlyph } from './coverage';
import { draw } from './draw';
import type { FontSet } from './fonts';
import { layoutDocument } from './layout/index';
import type { Paginated } from './model';
import { paginate } from './paginate';

/** The error a document that cannot be built or laid out raises (its message is French). */
export const PdfError = DocumentError;
export type PdfError = DocumentError;

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Section id → number of pages it spans (for page limits). */
  sectionPageCounts: Record<string, number>;
  paginated: Paginated;
}

/** Steps 2 and 3: the document laid out on pages. */
export function paginateDocument(doc: Document, fonts: FontSet): Paginated {
  return paginate(layoutDocument(doc, fonts));
}

/**
 * The number of pages each section touches: from its first page to the page where the next
 * section starts (or the one before, when the next section opens its page).
 */
export function sectionPageCounts(paginated: Paginated, sectionIds: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  sectionIds.forEach((id, i) => {
    const start = paginated.sectionPages[id];
    if (start === undefined) {
      counts[id] = 0;
      return;
    }
    const nextId = sectionIds[i + 1];
    const nextStart = nextId === undefined ? undefined : paginated.sectionPages[nextId];
    let end = paginated.pages.length;
    if (nextStart !== undefined) {
      const opensPage = paginated.pages[nextStart - 1].items[0]?.item.bookmark?.section === nextId;
      end = opensPage ? nextStart - 1 : nextStart;
    }
    counts[id] = end - start + 1;
  });
  return counts;
}

export async function renderPdf(doc: Document, fonts: FontSet, options: { subset?: boolean } = {}): Promise<RenderedPdf> {
  if (doc.sections.length === 0) throw new DocumentError(fr.pdf.errors.empty(doc.meta.title));
  const paginated = paginateDocument(doc, fonts);
  const missing = missingGlyph(paginated, doc.header, fonts);
  if (missing) {
    const code = `U+${missing.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    const e = fr.pdf.errors;
    const where = [doc.meta.title, missing.page, escapeUnsafe(missing.text.trim())] as const;
    if (missing.reason === 'right-to-left') throw new DocumentError(e.rightToLeft(...where, missing.character, code, fr.input.print.scripts[missing.script!]));
    if (missing.reason === 'direction-control') throw new DocumentError(e.directionControl(...where, code));
    throw new DocumentError(e.missingGlyph(doc.meta.title, missing.page, missing.character, code, missing.text.trim(), e.fontStyles[missing.style]));
  }
  const bytes = await draw(doc, paginated, fonts, () => fr.pdf.footer(doc.meta.title), options);
  return {
    bytes,
    pages: paginated.pages.length,
    sectionPageCounts: sectionPageCounts(paginated, doc.sections.map((s) => s.id)),
    paginated,
  };
}
