/**
 * The PDF pipeline, in execution order: document spec → measured items (layout) → pages
 * (paginate) → bytes (draw). Renderers return bytes; only the CLI and Astro endpoints write files.
 *
 * @example
 * const fonts = loadFonts(readFontBytes());            // once per build
 * const { bytes } = await renderPdf(responseDocument(...), fonts);
 */
import { fr } from '../i18n/fr';
import { missingGlyph } from './coverage';
import { draw } from './draw';
import type { FontSet } from './fonts';
import { layoutCover, layoutSection, layoutToc } from './layout';
import type { DocumentSpec, Paginated } from './model';
import { paginate } from './paginate';

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Section id → number of pages it spans (for page limits). */
  sectionPageCounts: Record<string, number>;
  paginated: Paginated;
}

/** Raised when a document cannot be laid out; its message is French. */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}

export function layoutDocument(spec: DocumentSpec, fonts: FontSet): Paginated {
  return paginate({
    cover: spec.cover ? layoutCover(spec.cover, fonts) : undefined,
    toc: spec.toc ? layoutToc(spec.toc.title, spec.sections, fonts) : undefined,
    body: spec.sections.flatMap((section, i) => {
      const items = layoutSection(section, fonts);
      // Every section of a document with a table of contents starts on its page after the first.
      if (i === 0 && spec.toc) items[0] = { ...items[0], breakBefore: true };
      return items;
    }),
  });
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

export async function renderPdf(spec: DocumentSpec, fonts: FontSet, options: { subset?: boolean } = {}): Promise<RenderedPdf> {
  if (spec.sections.length === 0) throw new PdfError(fr.pdf.errors.empty(spec.meta.title));
  const paginated = layoutDocument(spec, fonts);
  const missing = missingGlyph(paginated, spec.header, fonts);
  if (missing) {
    const code = `U+${missing.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new PdfError(fr.pdf.errors.missingGlyph(spec.meta.title, missing.page, missing.character, code, missing.text.trim(), fr.pdf.errors.fontStyles[missing.style]));
  }
  const bytes = await draw(spec, paginated, fonts, () => fr.pdf.footer(spec.meta.title), options);
  return {
    bytes,
    pages: paginated.pages.length,
    sectionPageCounts: sectionPageCounts(paginated, spec.sections.map((s) => s.id)),
    paginated,
  };
}
