/**
 * A small, bounded reader of a PDF's objects: enough to find the files attached to a response PDF,
 * and nothing a hostile file can make run long, grow large or loop.
 *
 * It scans the file for `n g obj` definitions (the last definition of a number wins, as with
 * incremental updates), reads values at most `pdfLimits.nesting` deep, decodes object streams
 * with zlib under a budget, and never prints anything. Compressed data is inflated only with a
 * maximum output (`maxOutputLength`): a stream that would inflate past it is refused, not read.
 *
 * Pure: bytes in, objects out.
 */
import { constants, inflateSync } from 'node:zlib';

export const pdfLimits = {
  /** Size of a PDF given to import-offer. */
  fileBytes: 64 * 1024 * 1024,
  /** Object definitions in a file (objects in object streams included). */
  objects: 200_000,
  /** Nesting of arrays and dictionaries. */
  nesting: 64,
  /** Bytes inflated for all object streams together. */
  inflatedBytes: 64 * 1024 * 1024,
  /** Size of the attached offer, once inflated. */
  offerBytes: 8 * 1024 * 1024,
  /** Nodes of the attachments' name tree visited. */
  treeNodes: 10_000,
  /** Depth of the attachments' name tree. */
  treeDepth: 32,
} as const;

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfStream | PdfValue[];
export interface PdfName { kind: 'name'; name: string }
export interface PdfString { kind: 'string'; bytes: Uint8Array }
export interface PdfRef { kind: 'ref'; num: number; gen: number }
export interface PdfDict { kind: 'dict'; entries: Map<string, PdfValue> }
export interface PdfStream { kind: 'stream'; dict: PdfDict; data: Uint8Array; num: number }

/** Why a PDF cannot be read: not a PDF, or past a limit. */
export class PdfLimitError extends Error {
  constructor(readonly reason: 'notPdf' | 'tooComplex' | 'tooLarge' | 'encoding' | 'damaged', readonly detail = '') {
    super(reason);
  }
}

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIMITER = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (b: number) => !WHITE.has(b) && !DELIMITER.has(b);

/** Reads values from bytes, at a position. */
class Lexer {
  pos: number;
  constructor(readonly bytes: Uint8Array, start = 0) {
    this.pos = start;
  }

  private skip(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      if (WHITE.has(b[this.pos])) this.pos++;
      else if (b[this.pos] === 0x25) while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      else break;
    }
  }

  private word(): string {
    const start = this.pos;
    while (this.pos < this.bytes.length && isRegular(this.bytes[this.pos])) this.pos++;
    return String.fromCharCode(...this.bytes.subarray(start, Math.min(this.pos, start + 64)));
  }

  /** The next value; `ref` objects are recognised from `n g R`. */
  value(depth = 0): PdfValue {
    if (depth > pdfLimits.nesting) throw new PdfLimitError('tooComplex');
    this.skip();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) throw new PdfLimitError('notPdf');
    if (c === 0x2f) {
      this.pos++;
      return { kind: 'name', name: decodeName(this.word()) };
    }
    if (c === 0x28) return { kind: 'string', bytes: this.literal() };
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { kind: 'dict', entries };
        }
        const key = this.value(depth + 1);
        if (!key || typeof key !== 'object' || Array.isArray(key) || key.kind !== 'name') throw new PdfLimitError('notPdf');
        entries.set(key.name, this.value(depth + 1));
      }
    }
    if (c === 0x3c) return { kind: 'string', bytes: this.hex() };
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return items;
        }
        if (this.pos >= b.length) throw new PdfLimitError('notPdf');
        items.push(this.value(depth + 1));
      }
    }
    const word = this.word();
    if (word === '') {
      this.pos++;
      throw new PdfLimitError('notPdf');
    }
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    const number = Number(word);
    if (!Number.isFinite(number)) throw new PdfLimitError('notPdf');
    // `n g R`: a reference.
    if (Number.isInteger(number) && number >= 0) {
      const save = this.pos;
      this.skip();
      const gen = this.word();
      this.skip();
      if (/^\d{1,5}$/.test(gen) && this.bytes[this.pos] === 0x52 && !isRegular(this.bytes[this.pos + 1] ?? 32)) {
        this.pos++;
        return { kind: 'ref', num: number, gen: Number(gen) };
      }
      this.pos = save;
    }
    return number;
  }

  private literal(): Uint8Array {
    const b = this.bytes;
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    while (this.pos < b.length) {
      const c = b[this.pos++];
      if (c === 0x5c) {
        const e = b[this.pos++];
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
        if (e in simple) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let code = e - 0x30;
          for (let k = 0; k < 2 && b[this.pos] >= 0x30 && b[this.pos] <= 0x37; k++) code = code * 8 + (b[this.pos++] - 0x30);
          out.push(code & 0xff);
        } else if (e === 13) {
          if (b[this.pos] === 10) this.pos++;
        } else if (e !== 10 && e !== undefined) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (depth-- === 0) return Uint8Array.from(out);
        out.push(c);
      } else out.push(c);
    }
    throw new PdfLimitError('notPdf');
  }

  private hex(): Uint8Array {
    const b = this.bytes;
    const digits: number[] = [];
    this.pos++;
    while (this.pos < b.length && b[this.pos] !== 0x3e) {
      const d = parseInt(String.fromCharCode(b[this.pos++]), 16);
      if (!Number.isNaN(d)) digits.push(d);
    }
    this.pos++;
    if (digits.length % 2) digits.push(0);
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = digits[2 * i] * 16 + digits[2 * i + 1];
    return out;
  }
}

/** `#20` escapes of a name. */
function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Inflates FlateDecode data to at most `max` bytes; refuses every other filter. */
export function decodeStream(stream: PdfStream, max: number): Uint8Array {
  const filter = stream.dict.entries.get('Filter');
  const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  const names = filters.map((f) => (f && typeof f === 'object' && !Array.isArray(f) && f.kind === 'name' ? f.name : '?'));
  const params = stream.dict.entries.get('DecodeParms');
  const predictor = params && typeof params === 'object' && !Array.isArray(params) && params.kind === 'dict' ? params.entries.get('Predictor') : undefined;
  if (names.length === 0) {
    if (stream.data.length > max) throw new PdfLimitError('tooLarge');
    return stream.data;
  }
  if (names.length > 1 || names[0] !== 'FlateDecode' || (predictor !== undefined && predictor !== 1)) throw new PdfLimitError('encoding', names.join(', '));
  try {
    return new Uint8Array(inflateSync(stream.data, { maxOutputLength: Math.max(1, max), finishFlush: constants.Z_SYNC_FLUSH }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new PdfLimitError('tooLarge');
    throw new PdfLimitError('damaged');
  }
}

export interface PdfObjects {
  get(value: PdfValue | undefined): PdfValue | undefined;
  /** The trailer (or cross-reference stream) dictionary that names the catalog. */
  trailer: PdfDict;
}

const isDict = (v: PdfValue | undefined): v is PdfDict => !!v && typeof v === 'object' && !Array.isArray(v) && v.kind === 'dict';

/** Every object of a PDF, found by scanning its bytes. Throws a {@link PdfLimitError}. */
export function readObjects(bytes: Uint8Array): PdfObjects {
  if (bytes.length > pdfLimits.fileBytes) throw new PdfLimitError('tooLarge');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.slice(0, 1024).includes('%PDF-')) throw new PdfLimitError('notPdf');
  const objects = new Map<number, PdfValue>();
  let trailer: PdfDict | undefined;
  let count = 0;
  const header = /(\d{1,10})[ \t\r\n\f\0]+(\d{1,5})[ \t\r\n\f\0]+obj(?![^ \t\r\n\f\0()<>[\]{}/%])/g;
  const objStreams: PdfStream[] = [];
  let noEndstreamAfter = Infinity;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    if (++count > pdfLimits.objects) throw new PdfLimitError('tooComplex');
    const num = Number(match[1]);
    const lexer = new Lexer(bytes, match.index + match[0].length);
    let value: PdfValue;
    try {
      value = lexer.value();
    } catch (error) {
      if (error instanceof PdfLimitError && error.reason === 'tooComplex') throw error;
      continue;
    }
    header.lastIndex = Math.max(header.lastIndex, lexer.pos);
    if (isDict(value)) {
      const after = /^[ \t\r\n\f\0]*stream(\r\n|\n|\r)/.exec(text.slice(lexer.pos, lexer.pos + 64));
      if (after) {
        const start = lexer.pos + after[0].length;
        const length = value.entries.get('Length');
        let end = typeof length === 'number' && length >= 0 && start + length <= bytes.length && /^[\r\n]*endstream/.test(text.slice(start + length, start + length + 12)) ? start + length : -1;
        // Without a usable length, the stream ends at the next `endstream` (searched once past each point).
        if (end === -1 && start < noEndstreamAfter) end = text.indexOf('endstream', start);
        if (end === -1) {
          noEndstreamAfter = Math.min(noEndstreamAfter, start);
          continue;
        }
        const stream: PdfStream = { kind: 'stream', dict: value, data: bytes.subarray(start, end), num };
        value = stream;
        header.lastIndex = end;
        const type = value.dict.entries.get('Type');
        if (type && typeof type === 'object' && !Array.isArray(type) && type.kind === 'name') {
          if (type.name === 'ObjStm') objStreams.push(stream);
          if (type.name === 'XRef' && value.dict.entries.has('Root')) trailer = value.dict;
        }
      }
    }
    objects.set(num, value);
  }
  // Classic trailers: the last one wins, as the last update of the file.
  const trailerAt = text.lastIndexOf('trailer');
  if (trailerAt !== -1) {
    try {
      const value = new Lexer(bytes, trailerAt + 7).value();
      if (isDict(value) && value.entries.has('Root')) trailer = value;
    } catch {
      // A damaged trailer: a cross-reference stream may still name the catalog.
    }
  }
  // Objects packed in object streams, under one inflate budget.
  let budget: number = pdfLimits.inflatedBytes;
  for (const stream of objStreams) {
    let data: Uint8Array;
    try {
      data = decodeStream(stream, budget);
    } catch (error) {
      // Past the budget, the file is refused; a stream we cannot decode is left unread.
      if (error instanceof PdfLimitError && error.reason === 'tooLarge') throw new PdfLimitError('tooComplex');
      continue;
    }
    budget -= data.length;
    const n = stream.dict.entries.get('N');
    const first = stream.dict.entries.get('First');
    if (typeof n !== 'number' || typeof first !== 'number') continue;
    count += n;
    if (count > pdfLimits.objects) throw new PdfLimitError('tooComplex');
    const index = new Lexer(data);
    for (let i = 0; i < n; i++) {
      let num: PdfValue;
      let offset: PdfValue;
      try {
        num = index.value();
        offset = index.value();
      } catch {
        break;
      }
      if (typeof num !== 'number' || typeof offset !== 'number') break;
      try {
        const value = new Lexer(data, first + offset).value();
        if (!objects.has(num) || objects.get(num) === undefined) objects.set(num, value);
      } catch (error) {
        if (error instanceof PdfLimitError && error.reason === 'tooComplex') throw error;
      }
    }
  }
  if (!trailer) throw new PdfLimitError('notPdf');
  const found = trailer;
  return {
    trailer: found,
    get: (value) => (value && typeof value === 'object' && !Array.isArray(value) && value.kind === 'ref' ? objects.get(value.num) : value),
  };
}

/** A PDF text string: UTF-16BE with its mark, UTF-8 with its mark, or PDFDocEncoding (read as Latin-1). */
export function pdfText(value: PdfValue | undefined): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value) || value.kind !== 'string') return undefined;
  const b = value.bytes;
  if (b[0] === 0xfe && b[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < b.length; i += 2) out += String.fromCharCode((b[i] << 8) | b[i + 1]);
    return out;
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder().decode(b.subarray(3));
  return Buffer.from(b).toString('latin1');
}
