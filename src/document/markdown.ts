/**
 * A Markdown tree (mdast, parsed once by src/markdown/parse.ts) as document blocks: the one
 * conversion both renderers rely on, so that a page and its PDF show the same text.
 *
 * Content is text, never markup: raw HTML is kept as text, links keep only safe addresses, images
 * become links. Headings become nested sections, the shallowest one first, so that a text that
 * starts at `###` reads like one that starts at `#` and no heading level is ever skipped.
 */
import type { PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import { safeUrl } from '../markdown/to-html';
import type { Align, Block, Run, SectionBlock } from './model';

type Style = Pick<Run, 'bold' | 'italic' | 'href'>;

function runs(nodes: readonly PhrasingContent[], style: Style = {}): Run[] {
  const out: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ text: node.value, ...style });
        break;
      case 'strong':
        out.push(...runs(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(node.children, { ...style, italic: true }));
        break;
      case 'inlineCode':
        out.push({ text: node.value, ...style, code: true });
        break;
      case 'break':
        out.push({ text: ' ', ...style });
        break;
      case 'link': {
        const href = safeUrl(node.url);
        out.push(...runs(node.children, href ? { ...style, href } : style));
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
        if ('children' in node) out.push(...runs(node.children as PhrasingContent[], style));
        else if ('value' in node && typeof node.value === 'string') out.push({ text: node.value, ...style });
    }
  }
  return out;
}

const plain = (nodes: readonly PhrasingContent[]) => runs(nodes).map((r) => r.text).join('');

const ALIGN: Record<string, Align> = { left: 'start', right: 'end', center: 'center' };

/** One node that is not a heading. */
function block(node: RootContent): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', runs: runs(node.children) }];
    case 'list':
      return [
        {
          type: 'list',
          ...(node.ordered && { ordered: true }),
          ...(node.ordered && node.start != null && node.start !== 1 && { start: node.start }),
          items: node.children.map((item) => blocks(item.children)),
        },
      ];
    case 'table': {
      const [head, ...rows] = node.children;
      const cells = (row: { children: TableCell[] }) => row.children.map((cell) => runs(cell.children));
      return [
        {
          type: 'table',
          columns: (head?.children ?? []).map((cell, i) => {
            const align = node.align?.[i];
            return { label: plain(cell.children), ...(align && { align: ALIGN[align] }) };
          }),
          rows: rows.map(cells),
        },
      ];
    }
    case 'blockquote':
      return [{ type: 'quote', blocks: blocks(node.children) }];
    case 'code':
      return [{ type: 'code', text: node.value }];
    case 'thematicBreak':
      return [{ type: 'rule' }];
    case 'html':
      return [{ type: 'paragraph', runs: [{ text: node.value }] }];
    default:
      return [];
  }
}

/** Blocks of a list of nodes, headings opening nested sections. */
function blocks(nodes: readonly RootContent[]): Block[] {
  const out: Block[] = [];
  const open: Array<{ depth: number; section: SectionBlock }> = [];
  for (const node of nodes) {
    if (node.type === 'heading') {
      while (open.length && open[open.length - 1].depth >= node.depth) open.pop();
      const section: SectionBlock = { type: 'section', title: plain(node.children), blocks: [] };
      (open.length ? open[open.length - 1].section.blocks : out).push(section);
      open.push({ depth: node.depth, section });
      continue;
    }
    (open.length ? open[open.length - 1].section.blocks : out).push(...block(node));
  }
  return out;
}

/** The blocks of a Markdown tree. */
export function markdownBlocks(tree: Root): Block[] {
  return blocks(tree.children);
}
