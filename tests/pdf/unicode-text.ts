/**
 * The exact Unicode text a Passerelle PDF draws, page by page: content streams decoded with
 * pdf-lib and each glyph code mapped through its font's ToUnicode CMap. Text extractors (pdfjs,
 * pdftotext) turn no-break spaces into plain spaces; this reader does not, so tests can check the
 * narrow no-break space of `38 400 €`. It reads the simple streams the draw step writes
 * (`/Fn size Tf` … `<hex> Tj`), not any PDF.
 */
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';

function cmap(stream: PDFRawStream): Map<string, string> {
  const text = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
  const map = new Map<string, string>();
  const hexToString = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1].toUpperCase(), hexToString(m[2]));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)/g)) {
      const [from, to] = [parseInt(m[1], 16), parseInt(m[2], 16)];
      const targets = m[3].startsWith('[') ? [...m[3].matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => x[1]) : undefined;
      for (let code = from; code <= to; code++) {
        const key = code.toString(16).toUpperCase().padStart(m[1].length, '0');
        if (targets) map.set(key, hexToString(targets[code - from]));
        else map.set(key, String.fromCodePoint(parseInt(m[3].slice(1, -1), 16) + (code - from)));
      }
    }
  }
  return map;
}

export async function unicodePages(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = doc.context;
  const lookup = <T>(value: unknown): T => (value instanceof PDFRef ? context.lookup(value) : value) as T;
  return doc.getPages().map((page) => {
    const fonts = lookup<PDFDict>(lookup<PDFDict>(page.node.get(PDFName.of('Resources'))).get(PDFName.of('Font')));
    const maps = new Map<string, Map<string, string>>();
    for (const [name, ref] of fonts.entries()) {
      const font = lookup<PDFDict>(ref);
      const toUnicode = lookup<PDFRawStream>(font.get(PDFName.of('ToUnicode')));
      maps.set(name.asString(), toUnicode ? cmap(toUnicode) : new Map());
    }
    const contents = lookup<PDFRawStream | { asArray(): unknown[] }>(page.node.get(PDFName.of('Contents')));
    const streams = 'asArray' in contents ? contents.asArray().map((s) => lookup<PDFRawStream>(s)) : [contents];
    let text = '';
    let current = new Map<string, string>();
    for (const stream of streams) {
      const ops = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
      for (const m of ops.matchAll(/(\/[\w-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|(ET)/g)) {
        if (m[1]) current = maps.get(m[1]) ?? new Map();
        else if (m[2] !== undefined) text += (m[2].match(/.{4}/g) ?? []).map((code) => current.get(code.toUpperCase()) ?? '\uFFFD').join('');
        else text += '\n';
      }
    }
    return text;
  });
}
