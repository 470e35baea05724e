/**
 * The faces a document embeds. Encoding a font subset for each document (fontkit) and deflating
 * it made half the time of a sheet's PDF (profiled: 13 of 27 ms, a good part of it waiting on
 * fontkit's stream). So each face has a **base subset**: every glyph of a fixed French repertoire
 * (`BASE_REPERTOIRE`), encoded and deflated once per font set (once per thread of a build), whose
 * objects (font file, widths, ToUnicode map, descriptor) are copied ready into each document. A
 * document that draws, in some face, a character outside the repertoire gets today's subset of
 * exactly what it draws for that face (`embedSubset`), the other faces keeping their base.
 *
 * What a document embeds depends on that document alone: the base is the same for every document,
 * and the choice between base and own subset is made from what the document draws. Same input,
 * same bytes, rendered alone or among others.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFObjectCopier, type PDFContext, type PDFRef } from 'pdf-lib';
import { embedSubset, registerParsedFonts, type EmbeddedFace, type Face, type FontSet } from './fonts';
import type { FontStyle } from './model';

export const STYLES = ['regular', 'bold', 'italic', 'boldItalic'] as const;

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/**
 * The characters of the base subset: ASCII, the letters of French with their accents and
 * ligatures (à â ä ç é è ê ë î ï ô ö ù û ü ÿ æ œ, capitals too), « », the no-break spaces (U+00A0,
 * U+202F) and the thin space, the typographic punctuation of French text (’ ‘ “ ” … – — • ‰), and
 * ° § © ® ² ³ × ± µ · ¼ ½ ¾ €, and what Passerelle's own texts print (→ ← in timelines, ✓ ✗ in a
 * response's compliance annex, − ÷ ≤ ≥ ≈ in figures): without them every response would be drawn
 * twice. Anything else (Ł, ñ, ß…) comes from a document's own subset, for the faces that draw it.
 */
export const BASE_REPERTOIRE: readonly number[] = [
  ...range(0x20, 0x7e),
  ...[...'àâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸæœÆŒ«»°§©®²³×±µ·½¼¾€’‘“”…–—•‰→←✓✗−÷≤≥≈'].map((c) => c.codePointAt(0)!),
  0xa0,
  0x202f,
  0x2009,
];

/** A face's base subset: its objects in a document of their own, and the code of each character. */
interface BaseFace {
  context: PDFContext;
  ref: PDFRef;
  name: string;
  codes: Map<number, string>;
}

/** Raised by a base face's encoder for a character outside the repertoire: the draw starts again. */
export class OutsideBase extends Error {
  constructor(readonly style: FontStyle) {
    super(`outside the base subset (${style})`);
  }
}

/** Streams deflated by native zlib; the base's once per build, at the highest level. */
export function nativeFlate(doc: PDFDocument, level?: number): void {
  doc.context.flateStream = (contents, dict = {}) =>
    doc.context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents, { level }), { ...dict, Filter: 'FlateDecode' });
}

async function baseFace(face: Face, fonts: FontSet): Promise<BaseFace> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  nativeFlate(doc, 9);
  registerParsedFonts(doc, fonts);
  const font = await embedSubset(doc, face);
  const codes = new Map<number, string>();
  for (const cp of BASE_REPERTOIRE) if (face.font.hasGlyphForCodePoint(cp)) codes.set(cp, font.encodeText(String.fromCodePoint(cp)).asString());
  await doc.flush();
  return { context: doc.context, ref: font.ref, name: font.name, codes };
}

const bases = new WeakMap<FontSet, Promise<Record<FontStyle, BaseFace>>>();

/** The base subsets of a font set, built on first use and shared by its documents. */
function baseFaces(fonts: FontSet): Promise<Record<FontStyle, BaseFace>> {
  let found = bases.get(fonts);
  if (!found) {
    found = (async () => {
      const out = {} as Record<FontStyle, BaseFace>;
      for (const style of STYLES) out[style] = await baseFace(fonts[style], fonts);
      return out;
    })();
    bases.set(fonts, found);
  }
  return found;
}

/** A base face copied into a document, with an encoder that refuses what the base lacks. */
function copyBase(doc: PDFDocument, base: BaseFace, style: FontStyle): EmbeddedFace {
  const ref = PDFObjectCopier.for(base.context, doc.context).copy(base.ref);
  return {
    name: base.name,
    ref,
    encodeText(text) {
      let hex = '';
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
        const code = base.codes.get(cp);
        if (code === undefined) throw new OutsideBase(style);
        hex += code;
      }
      return PDFHexString.of(hex);
    },
  };
}

/**
 * Embeds the four faces into a document: the base subset of each face except those in `own`,
 * which get the document's own subset (all four without subsetting when `subset` is false, for a
 * test that compares both renderings).
 */
export async function embedFaces(doc: PDFDocument, fonts: FontSet, own: ReadonlySet<FontStyle>, options: { subset?: boolean } = {}): Promise<Record<FontStyle, EmbeddedFace>> {
  registerParsedFonts(doc, fonts);
  const subset = options.subset ?? true;
  const base = subset ? await baseFaces(fonts) : undefined;
  const out = {} as Record<FontStyle, EmbeddedFace>;
  for (const style of STYLES) {
    const f = fonts[style];
    if (!subset) out[style] = await doc.embedFont(f.bytes, { subset: false, customName: `Passerelle-${f.font.postscriptName}` });
    else if (own.has(style)) out[style] = await embedSubset(doc, f);
    else out[style] = copyBase(doc, base![style], style);
  }
  return out;
}
