/**
 * Markdown → mdast, once, for every narrative field (context, description, lessons, answers).
 * The HTML page and the PDF both render this tree, so they show the same text.
 *
 * GitHub-flavoured Markdown is on (tables, strikethrough, autolinks). Positions are dropped: the
 * tree travels through Astro's data store and into PDFs, and nothing reads them.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { frenchTypography } from '../i18n/typography';
import { plainMarkdown } from './plain';

const processor = unified().use(remarkParse).use(remarkGfm);

export interface Markdown {
  /** The Markdown as written. */
  source: string;
  /** The parsed tree, without positions. */
  mdast: Root;
}

export function parseMarkdown(source: string): Markdown {
  // Plain prose (most texts) needs no parser: see plain.ts.
  const tree = plainMarkdown(source) ?? (processor.parse(source) as Root);
  return { source, mdast: clean(tree) };
}

/** Drops positions and applies French typography to text (not to code, HTML or addresses). */
function clean<T extends Root | RootContent>(node: T): T {
  const { position: _position, ...rest } = node as T & { position?: unknown };
  if (node.type === 'text') return { ...rest, value: frenchTypography((node as { value: string }).value) } as T;
  const children = (node as { children?: RootContent[] }).children;
  return (children ? { ...rest, children: children.map(clean) } : rest) as T;
}

/** The plain text of a tree (for search indexes, summaries and PDF metadata). */
export function plainText(node: Root | RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) {
    const sep = node.type === 'root' || node.type === 'list' || node.type === 'table' || node.type === 'tableRow' ? ' ' : '';
    return (node.children as RootContent[]).map(plainText).join(sep).replace(/\s+/g, ' ').trim();
  }
  return '';
}
