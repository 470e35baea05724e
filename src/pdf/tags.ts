/**
 * The tagged PDF (ISO 32000-1, 14.7 and 14.8), for the draw step: content is drawn inside marked
 * content sequences (`/P <</MCID 3>> BDC … EMC`), decoration and running headers as artifacts,
 * and the structure tree laid out with the document (headings, paragraphs, lists, tables with
 * their header cells, figures with their alternative text) points at that content in reading
 * order, through a parent tree. Screen readers then read the PDF as the page reads.
 */
import { copyStringIntoBuffer, PDFHexString, PDFName, PDFObject, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { StructNode } from './model';

/** What the draw step marks, page by page: content by structure element, or an artifact. */
export interface Marker {
  /** Opens the sequence for `tag` (an artifact when undefined), closing the previous one. */
  mark(parts: string[], tag: number | undefined): void;
  /** Closes the open sequence, if any. */
  close(parts: string[]): void;
  /** Starts a new page (marked content ids start again at 0). */
  page(index: number): void;
}

interface Marks extends Marker {
  /** Structure element id → its marked content, as (page, MCID), in drawing order. */
  content: Map<number, Array<{ page: number; mcid: number }>>;
  /** Page → MCID → structure element id. */
  parents: number[][];
}

export function marker(structure: StructNode): Marks {
  const roles = new Map<number, string>();
  const walk = (node: StructNode) => {
    roles.set(node.id, node.role);
    node.children.forEach(walk);
  };
  walk(structure);
  const content = new Map<number, Array<{ page: number; mcid: number }>>();
  const parents: number[][] = [];
  let page = 0;
  let open: number | 'artifact' | undefined;
  const close = (parts: string[]) => {
    if (open !== undefined) parts.push('EMC');
    open = undefined;
  };
  return {
    content,
    parents,
    page(index) {
      page = index;
      parents[index] = [];
      open = undefined;
    },
    close,
    mark(parts, tag) {
      const wanted = tag === undefined || !roles.has(tag) ? 'artifact' : tag;
      if (wanted === open) return;
      close(parts);
      open = wanted;
      if (wanted === 'artifact') {
        parts.push('/Artifact BMC');
        return;
      }
      const mcid = parents[page].length;
      parents[page].push(wanted);
      parts.push(`/${roles.get(wanted)} <</MCID ${mcid}>> BDC`);
      const list = content.get(wanted) ?? [];
      list.push({ page, mcid });
      content.set(wanted, list);
    },
  };
}

/** Whether an element is kept in the tree: it has content, or kept children, or is a table cell. */
function kept(node: StructNode, content: Marks['content']): boolean {
  if (content.has(node.id) || node.role === 'TH' || node.role === 'TD' || node.role === 'TR') return true;
  return node.children.some((child) => kept(child, content));
}

/**
 * An object given as its PDF text (ASCII). A sheet's PDF holds some 600 structure elements: built
 * as pdf-lib dictionaries of names, numbers and references, then measured and written by its
 * writer, they took about a fifth of the PDF's time (profiled); their text is short and regular.
 */
class PdfText extends PDFObject {
  constructor(private readonly text: string) {
    super();
  }
  clone(): PdfText {
    return this;
  }
  toString(): string {
    return this.text;
  }
  sizeInBytes(): number {
    return this.text.length;
  }
  copyBytesInto(buffer: Uint8Array, offset: number): number {
    return copyStringIntoBuffer(this.text, buffer, offset);
  }
}

/** A text string (UTF-16, as PDF text strings are written for any language). */
const textString = (value: string) => PDFHexString.fromText(value).toString();

/** Writes the structure tree, its parent tree, and marks the document as tagged, in `language`. */
export function writeStructure(doc: PDFDocument, structure: StructNode, marks: Marks, pageRefs: PDFRef[], language: string) {
  const context = doc.context;
  const refs = new Map<number, PDFRef>();
  const assignRefs = (node: StructNode) => {
    if (!kept(node, marks.content)) return;
    refs.set(node.id, context.nextRef());
    node.children.forEach(assignRefs);
  };
  assignRefs(structure);
  const rootRef = context.nextRef();
  const pages = pageRefs.map((ref) => ref.toString());

  const write = (node: StructNode, parent: PDFRef) => {
    const ref = refs.get(node.id);
    if (!ref) return;
    // The element's page is that of its first content: its content there is named by its number
    // alone, elsewhere by a reference that names the page.
    const content = marks.content.get(node.id) ?? [];
    const page = content[0]?.page;
    const children = node.children.filter((c) => refs.has(c.id));
    let dict = `<< /Type /StructElem /S ${PDFName.of(node.role).toString()} /P ${parent.toString()}`;
    if (page !== undefined) dict += ` /Pg ${pages[page]}`;
    if (content.length || children.length) {
      const kids = content.map(({ page: on, mcid }) => (on === page ? String(mcid) : `<< /Type /MCR /Pg ${pages[on]} /MCID ${mcid} >>`));
      for (const child of children) kids.push(refs.get(child.id)!.toString());
      dict += ` /K [${kids.join(' ')}]`;
    }
    if (node.alt !== undefined) dict += ` /Alt ${textString(node.alt)}`;
    if (node.scope) dict += ` /A << /O /Table /Scope /${node.scope}${node.colSpan ? ` /ColSpan ${node.colSpan}` : ''} >>`;
    if (node.role === 'Document') dict += ` /Lang ${textString(language)}`;
    context.assign(ref, new PdfText(`${dict} >>`));
    children.forEach((child) => write(child, ref));
  };
  write(structure, rootRef);

  const nums = marks.parents.map((ids, page) => `${page} [${ids.map((id) => refs.get(id)!.toString()).join(' ')}]`);
  const parentTree = context.register(new PdfText(`<< /Nums [${nums.join(' ')}] >>`));
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: refs.get(structure.id)!, ParentTree: parentTree, ParentTreeNextKey: marks.parents.length }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}
