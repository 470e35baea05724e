/**
 * Step 4 of the pipeline, the only one that touches pdf-lib: pages → PDF bytes. Draws the items
 * (their content marked for the structure tree, decoration as artifacts), the running header and
 * the footer with "n / N", resolves the table of contents' page numbers, and writes the bookmarks
 * (outline), link annotations, the structure tree, French metadata and attachments.
 *
 * No clock: the dates come from the document. Same input, same bytes.
 */
import { deflateSync } from 'node:zlib';
import {
  AFRelationship,
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFString,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { dateBounds } from '../domain/shorthand';
import { embedFaces, nativeFlate, OutsideBase, STYLES } from './embed';
import type { FontSet } from './fonts';
import type { Document } from '../document/model';
import type { Color, FontStyle, Hatch, Paginated } from './model';
import { marker, writeStructure } from './tags';
import { theme } from './theme';

/**
 * The compression of each document's own streams (page contents, maps): zlib's fastest level. On
 * 100 sheets, level 1 against the default 6: 6.7 to 7 ms per PDF against 7.9 to 8.5, for 2 % more
 * bytes (160.2 against 156.6 KiB). The fonts' base subsets are compressed once, at the highest.
 */
const DOCUMENT_FLATE_LEVEL = 1;

const H = theme.page.height;
const X0 = theme.margin.left;

/** A number as a PDF operand: two decimals at most, no trailing zeros. */
const n = (value: number) => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};
const rgb = (c: Color) => `${n(c.r)} ${n(c.g)} ${n(c.b)}`;

/**
 * The page's content stream, written as text. pdf-lib's operator objects and its JavaScript
 * deflate made up most of the drawing time (profiled); this writes the same operators directly.
 */
interface Pen {
  parts: string[];
  keys: Record<FontStyle, string>;
  hex: (font: FontStyle, text: string) => string;
}

function text(pen: Pen, x: number, y: number, value: string, font: FontStyle, size: number, color: Color) {
  pen.parts.push(`BT ${rgb(color)} rg ${pen.keys[font]} ${n(size)} Tf 1 0 0 1 ${n(x)} ${n(y)} Tm <${pen.hex(font, value)}> Tj ET`);
}

/** A colour halfway to white: the lines of a pattern drawn over its own colour. */
const tint = (c: Color): Color => ({ r: c.r + (1 - c.r) * 0.55, g: c.g + (1 - c.g) * 0.55, b: c.b + (1 - c.b) * 0.55 });

/** The strokes of a fill pattern over a box (clipped to it by the caller). */
function hatchPath(hatch: Hatch, x: number, y: number, w: number, h: number): string {
  const step = 4;
  const out: string[] = [];
  if (hatch === 'diagonal' || hatch === 'cross') for (let d = -h; d < w; d += step) out.push(`${n(x + d)} ${n(y)} m ${n(x + d + h)} ${n(y + h)} l`);
  if (hatch === 'cross') for (let d = 0; d < w + h; d += step) out.push(`${n(x + d)} ${n(y)} m ${n(x + d - h)} ${n(y + h)} l`);
  if (hatch === 'horizontal') for (let d = step / 2; d < h; d += step) out.push(`${n(x)} ${n(y + d)} m ${n(x + w)} ${n(y + d)} l`);
  if (hatch === 'vertical') for (let d = step / 2; d < w; d += step) out.push(`${n(x + d)} ${n(y)} m ${n(x + d)} ${n(y + h)} l`);
  if (hatch === 'dots') for (let dx = step / 2; dx < w; dx += step) for (let dy = step / 2; dy < h; dy += step) out.push(`${n(x + dx - 0.6)} ${n(y + dy - 0.6)} 1.2 1.2 re`);
  return out.join(' ');
}

function rect(pen: Pen, x: number, y: number, w: number, h: number, op: { fill?: Color; stroke?: Color; lineWidth?: number; hatch?: Hatch; dash?: boolean }) {
  if (op.fill) pen.parts.push(`q ${rgb(op.fill)} rg ${n(x)} ${n(y)} ${n(w)} ${n(h)} re f Q`);
  if (op.fill && op.hatch && op.hatch !== 'solid') {
    const paint = op.hatch === 'dots' ? `${rgb(tint(op.fill))} rg ${hatchPath(op.hatch, x, y, w, h)} f` : `${rgb(tint(op.fill))} RG 1.2 w ${hatchPath(op.hatch, x, y, w, h)} S`;
    pen.parts.push(`q ${n(x)} ${n(y)} ${n(w)} ${n(h)} re W n ${paint} Q`);
  }
  if (op.stroke) pen.parts.push(`q ${rgb(op.stroke)} RG ${n(op.lineWidth ?? 0.5)} w ${op.dash ? '[3 2] 0 d ' : ''}${n(x)} ${n(y)} ${n(w)} ${n(h)} re S Q`);
}

function line(pen: Pen, x1: number, y1: number, x2: number, y2: number, color: Color, width: number) {
  pen.parts.push(`q ${rgb(color)} RG ${n(width)} w ${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l S Q`);
}

function annotation(doc: PDFDocument, page: PDFPage, box: [number, number, number, number], action: Record<string, unknown>) {
  const dict = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: box, Border: [0, 0, 0], ...action });
  page.node.addAnnot(doc.context.register(dict));
}

function destination(doc: PDFDocument, pageRef: PDFRef, top: number): PDFArray {
  return doc.context.obj([pageRef, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(H - top + 4)), PDFNull]) as PDFArray;
}

/** The outline (bookmarks): one entry per section, its sub-headings as children. */
function writeOutline(doc: PDFDocument, paginated: Paginated, pageRefs: PDFRef[]) {
  const entries = paginated.bookmarks;
  if (entries.length === 0) return;
  const context = doc.context;
  const rootRef = context.nextRef();
  const tops = entries.filter((b) => b.level === 0);
  const refs = entries.map(() => context.nextRef());
  const childrenOf = (index: number) => {
    const out: number[] = [];
    for (let j = index + 1; j < entries.length && entries[j].level > 0; j++) out.push(j);
    return out;
  };
  const write = (indices: number[], parent: PDFRef) => {
    indices.forEach((index, k) => {
      const entry = entries[index];
      const kids = entry.level === 0 ? childrenOf(index) : [];
      const dict: Record<string, unknown> = {
        Title: PDFHexString.fromText(entry.title),
        Parent: parent,
        Dest: destination(doc, pageRefs[entry.page - 1], entry.top),
      };
      if (k > 0) dict.Prev = refs[indices[k - 1]];
      if (k < indices.length - 1) dict.Next = refs[indices[k + 1]];
      if (kids.length) {
        dict.First = refs[kids[0]];
        dict.Last = refs[kids[kids.length - 1]];
        dict.Count = PDFNumber.of(-kids.length);
        write(kids, refs[index]);
      }
      context.assign(refs[index], context.obj(dict as never));
    });
  };
  const topIndices = tops.map((t) => entries.indexOf(t));
  write(topIndices, rootRef);
  context.assign(
    rootRef,
    context.obj({ Type: 'Outlines', First: refs[topIndices[0]], Last: refs[topIndices[topIndices.length - 1]], Count: PDFNumber.of(topIndices.length) }),
  );
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export async function draw(
  spec: Document,
  paginated: Paginated,
  fonts: FontSet,
  footer: (page: number, total: number) => string,
  options: { subset?: boolean } = {},
): Promise<Uint8Array> {
  // Each face starts with its base subset (embed.ts); a face that draws a character outside it
  // gets the document's own subset, and the document is drawn again.
  const own = new Set<FontStyle>();
  for (;;) {
    try {
      return await drawWith(own, spec, paginated, fonts, footer, options);
    } catch (error) {
      if (!(error instanceof OutsideBase) || own.has(error.style)) throw error;
      own.add(error.style);
    }
  }
}

async function drawWith(
  own: ReadonlySet<FontStyle>,
  spec: Document,
  paginated: Paginated,
  fonts: FontSet,
  footer: (page: number, total: number) => string,
  options: { subset?: boolean },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // A partial date (a month, a year) stands for its first day.
  const date = spec.meta.date ? new Date(`${dateBounds(spec.meta.date.slice(0, 10)).first}T00:00:00Z`) : undefined;
  doc.setTitle(spec.meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(spec.meta.author);
  doc.setSubject(spec.meta.subject);
  doc.setKeywords(spec.meta.keywords);
  doc.setCreator('Passerelle');
  doc.setProducer('Passerelle (pdf-lib)');
  doc.setLanguage(spec.meta.language);
  if (date) {
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  }

  // Streams pdf-lib compresses itself (font files, ToUnicode maps, attachments): native zlib.
  nativeFlate(doc, DOCUMENT_FLATE_LEVEL);
  const pdfFonts = await embedFaces(doc, fonts, own, options);
  const hex = (font: FontStyle, value: string) => pdfFonts[font].encodeText(value).asString();
  const total = paginated.pages.length;
  const pages = paginated.pages.map(() => doc.addPage([theme.page.width, H]));
  const pageRefs = pages.map((p) => p.ref);
  const marks = marker(paginated.structure);
  const right = theme.page.width - theme.margin.right;
  const header = fit(spec.header, fonts, theme.header.size, right - X0);

  paginated.pages.forEach((laid, index) => {
    const page = pages[index];
    const keys = {} as Record<FontStyle, string>;
    STYLES.forEach((style, i) => {
      page.node.setFontDictionary(PDFName.of(`F${i + 1}`), pdfFonts[style].ref);
      keys[style] = `/F${i + 1}`;
    });
    const pen: Pen = { parts: [], keys, hex };
    marks.page(index);
    // A draft's mark first, under the content.
    if (spec.draft) watermark(pen, spec.draft.watermark, fonts);

    for (const { item, top, artifact } of laid.items) {
      for (const op of item.ops) {
        if (op.op !== 'link' && op.op !== 'goto') marks.mark(pen.parts, artifact ? undefined : op.tag);
        switch (op.op) {
          case 'text':
            text(pen, X0 + op.x, H - top - op.y, op.text, op.font, op.size, op.color);
            break;
          case 'rect':
            rect(pen, X0 + op.x, H - top - op.y - op.h, op.w, op.h, op);
            break;
          case 'line':
            line(pen, X0 + op.x1, H - top - op.y1, X0 + op.x2, H - top - op.y2, op.color, op.width);
            break;
          case 'link':
            annotation(doc, page, [X0 + op.x, H - top - op.y - op.h, X0 + op.x + op.w, H - top - op.y], {
              A: { Type: 'Action', S: 'URI', URI: PDFString.of(op.url) },
            });
            break;
          case 'pageRef': {
            const number = String(paginated.sectionPages[op.section] ?? '');
            const width = fonts[op.font].widthOf(number, op.size);
            text(pen, X0 + op.x - width, H - top - op.y, number, op.font, op.size, op.color);
            break;
          }
          case 'goto': {
            const target = paginated.sectionPages[op.section];
            const mark = paginated.bookmarks.find((b) => b.section === op.section && b.level === 0);
            if (target && mark)
              annotation(doc, page, [X0 + op.x, H - top - op.y - op.h, X0 + op.x + op.w, H - top - op.y], {
                Dest: destination(doc, pageRefs[target - 1], mark.top),
              });
            break;
          }
        }
      }
    }
    marks.close(pen.parts);

    if (!laid.bare) {
      // Running header and footer: pagination artifacts, not read as content.
      const size = theme.header.size;
      pen.parts.push('/Artifact <</Type /Pagination>> BDC');
      text(pen, X0, H - theme.header.y, header, 'regular', size, theme.color.muted);
      line(pen, X0, H - theme.header.y - 5, right, H - theme.header.y - 5, theme.color.line, 0.4);
      const pageLabel = `${index + 1} / ${total}`;
      const labelWidth = fonts.regular.widthOf(pageLabel, size);
      line(pen, X0, theme.footer.y + 10, right, theme.footer.y + 10, theme.color.line, 0.4);
      // The footer's text never runs into the page number.
      text(pen, X0, theme.footer.y, fit(footer(index + 1, total), fonts, size, right - X0 - labelWidth - 12), 'regular', size, theme.color.muted);
      text(pen, right - labelWidth, theme.footer.y, pageLabel, 'regular', size, theme.color.muted);
      pen.parts.push('EMC');
    }
    const content = doc.context.stream(deflateSync(Buffer.from(pen.parts.join('\n'), 'latin1'), { level: DOCUMENT_FLATE_LEVEL }), { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), doc.context.register(content));
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  });

  writeOutline(doc, paginated, pageRefs);
  writeStructure(doc, paginated.structure, marks, pageRefs, spec.meta.language);

  for (const attachment of spec.attachments ?? []) {
    await doc.attach(attachment.bytes, attachment.name, {
      mimeType: attachment.mimeType,
      description: attachment.description,
      ...(date && { creationDate: date, modificationDate: date }),
      afRelationship: AFRelationship.Data,
    });
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Number.POSITIVE_INFINITY, updateFieldAppearances: false });
}

/**
 * A draft's mark across the page, at 45°, in a light tint under the content: an artifact, so that
 * a screen reader does not read it as content.
 */
function watermark(pen: Pen, word: string, fonts: FontSet) {
  const size = 96;
  const width = fonts.bold.widthOf(word, size);
  const c = Math.SQRT1_2;
  // Centre the word's baseline on the page's centre, along the diagonal.
  const x = theme.page.width / 2 - (width / 2) * c + (size * 0.35) * c;
  const y = H / 2 - (width / 2) * c - (size * 0.35) * c;
  pen.parts.push('/Artifact <</Type /Layout>> BDC');
  pen.parts.push(`BT ${rgb(theme.color.watermark)} rg ${pen.keys.bold} ${n(size)} Tf ${n(c)} ${n(c)} ${n(-c)} ${n(c)} ${n(x)} ${n(y)} Tm <${pen.hex('bold', word)}> Tj ET`);
  pen.parts.push('EMC');
}

/** A running header that fits its line, cut with an ellipsis when it is longer. */
function fit(value: string, fonts: FontSet, size: number, width: number): string {
  if (fonts.regular.widthOf(value, size) <= width) return value;
  let cut = value;
  while (cut.length > 1 && fonts.regular.widthOf(`${cut.trimEnd()}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
