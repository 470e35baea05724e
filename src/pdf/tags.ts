/**
 * The tagged PDF (ISO 32000-1, 14.7 and 14.8), for the draw step: content is drawn inside marked
 * content sequences (`/P <</MCID 3>> BDC … EMC`), decoration and running headers as artifacts,
 * and the structure tree laid out with the document (headings, paragraphs, lists, tables with
 * their header cells, figures with their alternative text) points at that content in reading
 * order, through a parent tree. Screen readers then read the PDF as the page reads.
 */
import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';
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

  const write = (node: StructNode, parent: PDFRef) => {
    const ref = refs.get(node.id);
    if (!ref) return;
    // The element's page is that of its first content: its content there is named by its number
    // alone, elsewhere by a reference that names the page (fewer objects for pdf-lib to write).
    const content = marks.content.get(node.id) ?? [];
    const page = content[0]?.page;
    const mcrs = content.map(({ page: on, mcid }) => (on === page ? PDFNumber.of(mcid) : context.obj({ Type: 'MCR', Pg: pageRefs[on], MCID: mcid })));
    const children = node.children.filter((c) => refs.has(c.id));
    const dict: Record<string, unknown> = { Type: 'StructElem', S: PDFName.of(node.role), P: parent };
    if (page !== undefined) dict.Pg = pageRefs[page];
    const kids = [...mcrs, ...children.map((c) => refs.get(c.id)!)];
    if (kids.length) dict.K = context.obj(kids);
    if (node.alt !== undefined) dict.Alt = PDFHexString.fromText(node.alt);
    if (node.scope) dict.A = context.obj({ O: 'Table', Scope: node.scope, ...(node.colSpan && { ColSpan: node.colSpan }) });
    if (node.role === 'Document') dict.Lang = PDFHexString.fromText(language);
    context.assign(ref, context.obj(dict as never));
    children.forEach((child) => write(child, ref));
  };
  write(structure, rootRef);

  const nums: unknown[] = [];
  marks.parents.forEach((ids, page) => {
    nums.push(PDFNumber.of(page), context.obj(ids.map((id) => refs.get(id)!)));
  });
  const parentTree = context.register(context.obj({ Nums: context.obj(nums as never) }));
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: refs.get(structure.id)!, ParentTree: parentTree, ParentTreeNextKey: marks.parents.length }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}
