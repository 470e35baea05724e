/**
 * The structured offer a response PDF carries (`offre.json`, in its EmbeddedFiles name tree),
 * read without trusting the PDF: the tree is walked once per node, at most `pdfLimits.treeNodes`
 * nodes and `pdfLimits.treeDepth` deep; the offer is inflated to at most `pdfLimits.offerBytes`;
 * two different `offre.json` are refused rather than one picked; the JSON must be strict UTF-8,
 * at most `limits.yamlDepth` deep and free of control characters.
 *
 * Pure: bytes in, the offer's JSON value or the reason it cannot be read out.
 */
import { OFFER_FILE_NAME } from '../../schemas/offer';
import { decodeUtf8, hexByte } from '../content/content-files';
import { formatPath, type FieldPath } from '../content/diagnostics';
import { limits } from '../content/limits';
import { codeOf } from '../i18n/excerpt';
import { decodeStream, pdfLimits, pdfText, PdfLimitError, readObjects, type PdfDict, type PdfStream, type PdfValue } from './pdf-objects';

export type OfferRead =
  | { ok: true; json: unknown }
  | { ok: false; reason: 'notPdf' | 'tooComplex' | 'tooLarge' | 'encrypted' | 'noOffer' | 'badJson' | 'offerTooLarge' | 'offerDamaged' }
  | { ok: false; reason: 'offerEncoding'; filter: string }
  | { ok: false; reason: 'manyOffers'; count: number }
  | { ok: false; reason: 'notUtf8'; byte: string; line: number }
  | { ok: false; reason: 'control'; code: string; path: string };

const asDict = (v: PdfValue | undefined): PdfDict | undefined => (v && typeof v === 'object' && !Array.isArray(v) && v.kind === 'dict' ? v : undefined);
const asArray = (v: PdfValue | undefined): PdfValue[] | undefined => (Array.isArray(v) ? v : undefined);

/** The embedded-file streams named `offre.json`, each counted once. */
function offerStreams(bytes: Uint8Array): PdfStream[] {
  const pdf = readObjects(bytes);
  if (pdf.trailer.entries.has('Encrypt')) throw new PdfLimitError('notPdf', 'encrypted');
  const catalog = asDict(pdf.get(pdf.trailer.entries.get('Root')));
  const names = asDict(pdf.get(catalog?.entries.get('Names')));
  const root = asDict(pdf.get(names?.entries.get('EmbeddedFiles')));
  const found = new Set<PdfStream>();
  const visited = new Set<PdfDict>();
  const stack: Array<[PdfDict, number]> = root ? [[root, 0]] : [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (visited.has(node)) continue;
    visited.add(node);
    if (visited.size > pdfLimits.treeNodes || depth > pdfLimits.treeDepth) throw new PdfLimitError('tooComplex');
    const pairs = asArray(pdf.get(node.entries.get('Names'))) ?? [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const spec = asDict(pdf.get(pairs[i + 1]));
      const ef = asDict(pdf.get(spec?.entries.get('EF')));
      const labels = [pdfText(pdf.get(pairs[i])), pdfText(pdf.get(spec?.entries.get('UF'))), pdfText(pdf.get(spec?.entries.get('F')))];
      if (!labels.includes(OFFER_FILE_NAME)) continue;
      for (const key of ['F', 'UF']) {
        const stream = pdf.get(ef?.entries.get(key));
        if (stream && typeof stream === 'object' && !Array.isArray(stream) && stream.kind === 'stream') found.add(stream);
      }
    }
    for (const kid of asArray(pdf.get(node.entries.get('Kids'))) ?? []) {
      const dict = asDict(pdf.get(kid));
      if (dict) stack.push([dict, depth + 1]);
    }
  }
  return [...found];
}

/** The first string or key holding a control character, with its path (an iterative walk). */
function controlIn(json: unknown): { code: string; path: FieldPath } | undefined {
  const stack: Array<[unknown, Array<string | number>]> = [[json, []]];
  const bad = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF]/u;
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const match = bad.exec(value);
      if (match) return { code: codeOf(String.fromCodePoint(value.codePointAt(match.index)!)), path };
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)) {
        const match = typeof key === 'string' ? bad.exec(key) : null;
        if (match) return { code: codeOf(String.fromCodePoint((key as string).codePointAt(match.index)!)), path: [...path, key] };
        stack.push([child, [...path, key]]);
      }
    }
  }
  return undefined;
}

/** How deep a JSON value nests (an iterative walk). */
function depthOf(json: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[json, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (value && typeof value === 'object') for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Reads the offer a PDF carries. Never throws, never prints. */
export function readOffer(bytes: Uint8Array): OfferRead {
  let streams: PdfStream[];
  try {
    streams = offerStreams(bytes);
  } catch (error) {
    if (!(error instanceof PdfLimitError)) return { ok: false, reason: 'notPdf' };
    if (error.detail === 'encrypted') return { ok: false, reason: 'encrypted' };
    if (error.reason === 'encoding' || error.reason === 'damaged') return { ok: false, reason: 'notPdf' };
    return { ok: false, reason: error.reason };
  }
  if (streams.length === 0) return { ok: false, reason: 'noOffer' };
  if (streams.length > 1) return { ok: false, reason: 'manyOffers', count: streams.length };
  let raw: Uint8Array;
  try {
    raw = decodeStream(streams[0], pdfLimits.offerBytes);
  } catch (error) {
    const reason = error instanceof PdfLimitError ? error.reason : 'damaged';
    if (reason === 'encoding') return { ok: false, reason: 'offerEncoding', filter: (error as PdfLimitError).detail };
    return { ok: false, reason: reason === 'tooLarge' ? 'offerTooLarge' : 'offerDamaged' };
  }
  const decoded = decodeUtf8(raw);
  if (!decoded.ok) return { ok: false, reason: 'notUtf8', byte: hexByte(decoded.byte ?? 0), line: decoded.prefix.split('\n').length };
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch {
    return { ok: false, reason: 'badJson' };
  }
  if (depthOf(json) > limits.yamlDepth) return { ok: false, reason: 'tooComplex' };
  const control = controlIn(json);
  if (control) return { ok: false, reason: 'control', code: control.code, path: formatPath(control.path) };
  return { ok: true, json };
}

/** Why an offer could not be read. */
export type OfferFailure = Exclude<OfferRead, { ok: true }>;
