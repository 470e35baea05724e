/**
 * fontkit, typed: the one place that reads a font file with @pdf-lib/fontkit and says which of its
 * fields Passerelle uses. fontkit's own types describe a font collection as well as a font; a file
 * that is not one font (a collection, something else) is refused here, in French, rather than
 * cast.
 */
import fontkit from '@pdf-lib/fontkit';
import { fr } from '../i18n/fr';

/** The part of a fontkit glyph Passerelle uses. */
export interface KitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** The part of a fontkit font Passerelle uses. */
export interface KitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  postscriptName: string;
  familyName: string;
  version: string;
  characterSet: number[];
  glyphForCodePoint(codePoint: number): KitGlyph;
  hasGlyphForCodePoint(codePoint: number): boolean;
  /** A subset to fill with glyphs (pdf-lib fills it; Passerelle only needs its stream's class). */
  createSubset(): { encodeStream(): object };
}

function isKitFont(value: unknown): value is KitFont {
  if (typeof value !== 'object' || value === null) return false;
  const font = value as Partial<Record<keyof KitFont, unknown>>;
  return typeof font.unitsPerEm === 'number' && typeof font.glyphForCodePoint === 'function' && typeof font.hasGlyphForCodePoint === 'function' && Array.isArray(font.characterSet);
}

/** Parses one font file (TTF/OTF). */
export function parseFont(bytes: Uint8Array): KitFont {
  const font: unknown = fontkit.create(bytes);
  if (!isKitFont(font)) throw new Error(fr.pdf.errors.fontNotSingle);
  return font;
}
