/**
 * Fonts, parsed once per build and shared by every document.
 *
 * Measuring: the width of a text is the sum of its characters' advance widths (cached per code
 * point), with no kerning and no ligatures, which is also exactly how the draw step writes the
 * text: what is measured is what is drawn.
 *
 * Drawing: pdf-lib's own `encodeText` runs OpenType shaping for every call and re-parses the font
 * for every document (STACK-NOTES: that made a 24-page document take 3.9 s). `embedSubset()` gives
 * pdf-lib the already-parsed font and replaces its encoder by a per-code-point one that feeds the
 * same subset, so a subset costs one encoding and nothing per line. Most documents do not even pay
 * that: they use the base subsets of embed.ts, encoded once per build.
 *
 * The parsed fonts are shared by every document of a build, but what a subset embeds is its
 * own: the glyphs it draws, in the order it draws them, each mapped back (ToUnicode) to the code
 * point the document drew it for. fontkit caches its glyph objects with the code points of their
 * first request, and a glyph first met as a component of an accented one (the « E » of « É ») has
 * none: read through it, the next document's « Entretiens » extracted as « �ntretiens » and its
 * bytes depended on the documents rendered before it. So pdf-lib gets glyph records made here.
 */
import { PDFHexString, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';
import { fr } from '../i18n/fr';
import { parseFont, type KitFont, type KitGlyph } from './fontkit';
import type { FontStyle } from './model';

export type FontBytes = Record<FontStyle, Uint8Array>;


export interface Face {
  style: FontStyle;
  font: KitFont;
  bytes: Uint8Array;
  glyph(codePoint: number): KitGlyph;
  /** Width of a text at a size, in points. */
  widthOf(text: string, size: number): number;
}

export type FontSet = Record<FontStyle, Face>;

function face(style: FontStyle, bytes: Uint8Array): Face {
  const font = parseFont(bytes);
  const glyphs = new Map<number, KitGlyph>();
  const widths = new Map<number, number>();
  const glyph = (cp: number) => {
    let g = glyphs.get(cp);
    if (!g) {
      g = font.glyphForCodePoint(cp);
      glyphs.set(cp, g);
    }
    return g;
  };
  const unitWidth = (cp: number) => {
    let w = widths.get(cp);
    if (w === undefined) {
      w = glyph(cp).advanceWidth / font.unitsPerEm;
      widths.set(cp, w);
    }
    return w;
  };
  return {
    style,
    font,
    bytes,
    glyph,
    widthOf(text, size) {
      let total = 0;
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
        total += unitWidth(cp);
      }
      return total * size;
    },
  };
}

let cached: { bytes: FontBytes; set: FontSet } | undefined;

/** Parses the four faces; the same bytes give back the same parsed set. */
export function loadFonts(bytes: FontBytes): FontSet {
  if (cached?.bytes === bytes) return cached.set;
  const set = {
    regular: face('regular', bytes.regular),
    bold: face('bold', bytes.bold),
    italic: face('italic', bytes.italic),
    boldItalic: face('boldItalic', bytes.boldItalic),
  };
  cached = { bytes, set };
  return set;
}

export function styleOf(bold?: boolean, italic?: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/** What pdf-lib reads of a glyph it embeds: its id, width (the /W array) and text (ToUnicode). */
type EmbeddedGlyph = Pick<KitGlyph, 'id' | 'advanceWidth' | 'codePoints'>;

/** Internals of pdf-lib's subset embedder that the fast encoder feeds. */
interface SubsetEmbedder {
  subset: { includeGlyph(glyph: number): number; encode(stream: EncodeStream): void; encodeStream(): EncodeStream };
  serializeFont(): Promise<Uint8Array>;
  glyphs: EmbeddedGlyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
  encodeText(text: string): PDFHexString;
}

/** fontkit's (restructure's) output stream: a Readable whose chunks it pushes as it writes. */
interface EncodeStream {
  push(chunk: Uint8Array | null): boolean;
  flush(): void;
}
type EncodeStreamClass = new () => EncodeStream;

let encodeStreamClass: EncodeStreamClass | undefined;

/**
 * A face's font file, encoded at once. fontkit's own `encodeStream()` starts on the next tick and
 * hands its chunks over through a stream whose ticks are timers (its bundled `process.nextTick`):
 * the four subsets of a sheet waited about 6 ms on them (profiled). The same encoder writes here
 * into a stream whose chunks are collected as they are pushed.
 */
function encodeNow(subset: SubsetEmbedder['subset'], font: KitFont): Uint8Array {
  // The class is fontkit's own; an empty subset's stream shows it (its late encoding is of nothing).
  encodeStreamClass ??= font.createSubset().encodeStream().constructor as EncodeStreamClass;
  const stream = new encodeStreamClass();
  const chunks: Uint8Array[] = [];
  stream.push = (chunk) => {
    if (chunk) chunks.push(chunk);
    return true;
  };
  subset.encode(stream);
  stream.flush();
  return Buffer.concat(chunks);
}

/** pdf-lib's subset embedder behind a font it embedded (a private field of PDFFont). */
function subsetEmbedderOf(font: PDFFont): SubsetEmbedder {
  const embedder: unknown = Reflect.get(font, 'embedder');
  const fields = (embedder ?? {}) as Partial<Record<keyof SubsetEmbedder, unknown>>;
  if (typeof fields.encodeText !== 'function' || !Array.isArray(fields.glyphs) || !(fields.glyphIdMap instanceof Map)) {
    throw new Error(fr.pdf.errors.embedderChanged);
  }
  return embedder as SubsetEmbedder;
}

/** What the draw step needs of an embedded face: its resource name, its font dictionary, its encoder. */
export interface EmbeddedFace {
  name: string;
  ref: PDFRef;
  encodeText(text: string): PDFHexString;
}

/**
 * Embeds one face as a subset of the glyphs the document draws (with a fixed name, so that output
 * bytes do not depend on chance) and gives it an encoder that works per code point.
 */
export async function embedSubset(doc: PDFDocument, f: Face): Promise<PDFFont> {
  const pdfFont = await doc.embedFont(f.bytes, { subset: true, customName: `Passerelle-${f.font.postscriptName}` });
  const embedder = subsetEmbedderOf(pdfFont);
  const hexOf = new Map<number, string>();
  embedder.serializeFont = async () => encodeNow(embedder.subset, f.font);
  embedder.encodeText = (text: string) => {
    let hex = '';
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let code = hexOf.get(cp);
      if (code === undefined) {
        const glyph = f.glyph(cp);
        const id = embedder.subset.includeGlyph(glyph.id);
        // Two code points drawn with one glyph read back as the first one.
        embedder.glyphs[id - 1] ??= { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [cp] };
        embedder.glyphIdMap.set(glyph.id, id);
        embedder.glyphCache.invalidate();
        code = id.toString(16).padStart(4, '0');
        hexOf.set(cp, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  };
  return pdfFont;
}

/** pdf-lib hands fontkit.create(bytes) the font parsed once instead of parsing it again. */
export function registerParsedFonts(doc: PDFDocument, fonts: FontSet): void {
  doc.registerFontkit({
    create: (bytes: Uint8Array) => (Object.values(fonts).find((f) => f.bytes === bytes)?.font ?? parseFont(bytes)) as never,
  });
}
