/**
 * mdast → PDF blocks: the same tree the HTML page renders, so both show the same text. Raw HTML is
 * kept as text; links keep only safe addresses (as on the pages).
 */
import type { PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import { safeUrl } from '../markdown/to-html';
import type { Align, Block, Inline } from './model';

interface Options {
  /** The level a Markdown `#` becomes (2 by default: under the section's title). */
  headingBase?: number;
}

function inlines(nodes: readonly PhrasingContent[], style: { bold?: boolean; italic?: boolean; href?: string } = {}): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ text: node.value, ...style });
        break;
      case 'strong':
        out.push(...inlines(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...inlines(node.children, { ...style, italic: true }));
        break;
      case 'delete':
        out.push(...inlines(node.children, style));
        break;
      case 'inlineCode':
        out.push({ text: node.value, ...style, code: true });
        break;
      case 'break':
        out.push({ text: ' ', ...style });
        break;
      case 'link': {
        const href = safeUrl(node.url);
        out.push(...inlines(node.children, href ? { ...style, href } : style));
        break;
      }
      case 'image': {
        const href = safeUrl(node.url);
        out.push({ text: node.alt || node.url, ...style, ...(href && { href }) });
        break;
      }
      case 'html':
        out.push({ text: node.value, ...style });
        break;
      default:
        if ('children' in node) out.push(...inlines(node.children as PhrasingContent[], style));
        else if ('value' in node && typeof node.value === 'string') out.push({ text: node.value, ...style });
    }
  }
  return out;
}

function text(nodes: readonly PhrasingContent[]): string {
  return inlines(nodes).map((i) => i.text).join('');
}

function blocks(nodes: readonly RootContent[], options: Required<Options>): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out.push({ type: 'paragraph', inlines: inlines(node.children) });
        break;
      case 'heading':
        out.push({ type: 'heading', level: Math.min(4, options.headingBase + node.depth - 1) as 2 | 3 | 4, text: text(node.children) });
        break;
      case 'list':
        out.push({
          type: 'list',
          ordered: Boolean(node.ordered),
          ...(node.ordered && node.start != null && { start: node.start }),
          items: node.children.map((item) => blocks(item.children, options)),
        });
        break;
      case 'table': {
        const [head, ...rows] = node.children;
        const cells = (row: { children: TableCell[] }) => row.children.map((cell) => inlines(cell.children));
        out.push({
          type: 'table',
          columns: (head?.children ?? []).map((cell, i) => ({
            header: text(cell.children),
            ...(node.align?.[i] && { align: node.align[i] as Align }),
          })),
          rows: rows.map(cells),
        });
        break;
      }
      case 'blockquote': {
        const inner = blocks(node.children, options);
        const first = inner.find((b) => b.type === 'paragraph');
        out.push({ type: 'callout', tone: 'info', inlines: first && first.type === 'paragraph' ? first.inlines : [] });
        out.push(...inner.filter((b) => b !== first));
        break;
      }
      case 'code':
        out.push({ type: 'paragraph', inlines: [{ text: node.value, code: true }], style: 'small' });
        break;
      case 'thematicBreak':
        out.push({ type: 'rule' });
        break;
      case 'html':
        out.push({ type: 'paragraph', inlines: [{ text: node.value }] });
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * The shallowest heading of a text becomes `headingBase`, the others follow without gaps: an
 * answer that starts at `###` reads as well as one that starts at `#`, and headings never skip a
 * level (which screen readers and axe-core check).
 */
export function blocksFromMdast(tree: Root, options: Options = {}): Block[] {
  const depths = tree.children.filter((n) => n.type === 'heading').map((n) => (n.type === 'heading' ? n.depth : 6));
  const shift = depths.length ? Math.min(...depths) - 1 : 0;
  return blocks(tree.children, { headingBase: (options.headingBase ?? 2) - shift });
}
