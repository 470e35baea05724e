/**
 * Characters the fonts cannot draw. A character missing from its face would print as an empty box
 * (or nothing), and the PDF would say something other than the content: the document is refused
 * instead, with the page, the text around the character and its code, so that the author can find
 * it. The check runs on what is drawn (each laid-out run, in the face it is drawn in), so it knows
 * neither more nor less than the draw step. Right-to-left scripts and direction controls are
 * refused too (src/glyphs/drawable.ts): the draw step would print them in the wrong order.
 *
 * Validation refuses all of these first, from the fonts' coverage table; this is the last guard,
 * for text a document makes itself.
 */
import { rightToLeftScript, whyUnprintable, type RightToLeftScript } from '../glyphs/drawable';
import type { FontSet } from './fonts';
import type { FontStyle, Paginated } from './model';

export interface MissingGlyph {
  reason: 'glyph' | 'right-to-left' | 'direction-control';
  /** The script, for a right-to-left character. */
  script?: RightToLeftScript;
  /** 1-based page number; 0 for the running header. */
  page: number;
  character: string;
  codePoint: number;
  style: FontStyle;
  /** The laid-out run the character is in. */
  text: string;
}

/**
 * The characters already found printable, per parsed font: asking fontkit for every character of
 * every run cost a third of a sheet's layout (profiled). What is printable depends on the
 * character and the font alone, so the answer is shared by the documents of a build.
 */
const printable = new WeakMap<object, Set<number>>();

function firstMissing(text: string, style: FontStyle, fonts: FontSet): Omit<MissingGlyph, 'page'> | undefined {
  const font = fonts[style].font;
  let known = printable.get(font);
  if (!known) printable.set(font, (known = new Set()));
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (known.has(codePoint)) continue;
    const why = whyUnprintable(character);
    if (why === 'right-to-left') return { reason: why, script: rightToLeftScript(character), character, codePoint, style, text };
    if (why === 'direction-control') return { reason: why, character, codePoint, style, text };
    if (!font.hasGlyphForCodePoint(codePoint)) return { reason: 'glyph', character, codePoint, style, text };
    known.add(codePoint);
  }
  return undefined;
}

/** The first character of a laid-out document (or of its running header) that its face lacks. */
export function missingGlyph(paginated: Paginated, header: string, fonts: FontSet): MissingGlyph | undefined {
  const inHeader = firstMissing(header, 'regular', fonts);
  if (inHeader) return { page: 0, ...inHeader };
  for (const [index, page] of paginated.pages.entries()) {
    for (const { item } of page.items) {
      for (const op of item.ops) {
        if (op.op !== 'text') continue;
        const found = firstMissing(op.text, op.font, fonts);
        if (found) return { page: index + 1, ...found };
      }
    }
  }
  return undefined;
}
