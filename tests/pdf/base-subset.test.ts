/**
 * The base subsets (src/pdf/embed.ts): a document that draws only characters of the base
 * repertoire embeds each face's base, the same font file in every such document; a face that
 * draws something else gets the document's own subset, and its text reads back and renders as
 * with the full font.
 */
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/model';
import { BASE_REPERTOIRE } from '../../src/pdf/embed';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { renderPdf } from '../../src/pdf/render';
import { hasPoppler, pdftotext, rasterise } from './read';
import { unicodePages } from './unicode-text';

function doc(title: string, italic: string): Document {
  return {
    meta: { title, author: 'Passerelle', subject: 'Test', keywords: [], date: '2022-08-05', language: 'fr-FR' },
    header: title,
    cover: { title, facts: [] },
    sections: [
      {
        type: 'section',
        id: 'a',
        title: 'Élan, œuvre, « guillemets », 38 400 €',
        blocks: [{ type: 'paragraph', runs: [{ text: 'Garde d’enfants : 7 sur 12.', bold: true }, { text: ` ${italic}`, italic: true }] }],
      },
    ],
  };
}

/** The embedded font files of a PDF, by font name, as their (deflated) bytes in hex. */
async function fontFiles(bytes: Uint8Array): Promise<Record<string, string>> {
  const pdf = await PDFDocument.load(bytes);
  const out: Record<string, string> = {};
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const file = object.lookup(PDFName.of('FontFile2'));
    expect(file).toBeInstanceOf(PDFRawStream);
    out[String(object.get(PDFName.of('FontName')))] = Buffer.from((file as PDFRawStream).contents).toString('hex');
  }
  return out;
}

describe('base font subsets', () => {
  it('cover ASCII and the characters of French text', () => {
    for (const c of 'àâçéèêëîïôùûüÿœæÀÇÉÈŒ«»’…–—€\u00A0\u202F') expect(BASE_REPERTOIRE).toContain(c.codePointAt(0));
    expect(BASE_REPERTOIRE).not.toContain('Ł'.codePointAt(0));
  });

  it('are shared, byte for byte, by documents that draw only their characters', async () => {
    const fonts = loadFonts(readFontBytes());
    const a = await fontFiles((await renderPdf(doc('Premier', 'Ça marche.'), fonts)).bytes);
    const b = await fontFiles((await renderPdf(doc('Second', 'Autre texte, en italique !'), fonts)).bytes);
    expect(Object.keys(a)).toHaveLength(4);
    expect(a).toEqual(b);
  });

  it('give way, for a face that draws another character, to the document’s own subset of that face', async () => {
    const fonts = loadFonts(readFontBytes());
    const plain = await fontFiles((await renderPdf(doc('Premier', 'Ça marche.'), fonts)).bytes);
    const rendered = await renderPdf(doc('Ailleurs', 'Łódź, Straße, señor.'), fonts);
    const files = await fontFiles(rendered.bytes);
    expect(files['/Passerelle-DejaVuSans-Oblique']).not.toBe(plain['/Passerelle-DejaVuSans-Oblique']);
    expect(files['/Passerelle-DejaVuSans-Bold']).toBe(plain['/Passerelle-DejaVuSans-Bold']);
    expect(files['/Passerelle-DejaVuSans']).toBe(plain['/Passerelle-DejaVuSans']);
    expect((await unicodePages(rendered.bytes)).join('\n')).toContain('Łódź, Straße, señor.');
    // The same bytes with a fresh font set (rendered alone).
    const alone = await renderPdf(doc('Ailleurs', 'Łódź, Straße, señor.'), loadFonts(readFontBytes()));
    expect(Buffer.from(alone.bytes).equals(Buffer.from(rendered.bytes))).toBe(true);
  });

  it.skipIf(!hasPoppler)('draw the same pixels as the full font, base and own subsets alike', async () => {
    const fonts = loadFonts(readFontBytes());
    const spec = doc('Ailleurs', 'Łódź, Straße, señor.');
    const subset = (await renderPdf(spec, fonts)).bytes;
    expect(pdftotext(subset)).toContain('Łódź, Straße, señor.');
    const a = rasterise(subset, 2);
    const full = rasterise((await renderPdf(spec, fonts, { subset: false })).bytes, 2);
    expect(a.pixels.filter((v) => v < 128).length).toBeGreaterThan(500);
    let different = 0;
    for (let i = 0; i < a.pixels.length; i++) if (Math.abs(a.pixels[i] - full.pixels[i]) > 32) different++;
    expect(different / a.pixels.length).toBeLessThan(0.001);
  });
});
