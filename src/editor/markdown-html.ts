/**
 * The rendered preview of a Markdown field beside its textarea: the same parser as the pages and
 * PDFs (`src/markdown/parse.ts`), written as escaped HTML; links keep only safe addresses, raw
 * HTML is shown as text, images become links.
 *
 * Pure.
 */
import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from '../markdown/parse';
import { escapeHtml, safeUrl } from '../markdown/to-html';

function children(node: { children?: RootContent[] }): string {
  return (node.children ?? []).map(render).join('');
}

function render(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${children(node)}</p>`;
    case 'heading':
      return `<p class="md-heading md-h${node.depth}"><strong>${children(node)}</strong></p>`;
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${children(node)}</em>`;
    case 'strong':
      return `<strong>${children(node)}</strong>`;
    case 'delete':
      return `<del>${children(node)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>';
    case 'blockquote':
      return `<blockquote>${children(node)}</blockquote>`;
    case 'list':
      return node.ordered ? `<ol>${children(node)}</ol>` : `<ul>${children(node)}</ul>`;
    case 'listItem':
      return `<li>${children(node)}</li>`;
    case 'link': {
      const href = safeUrl(node.url);
      return href ? `<a href="${escapeHtml(href)}">${children(node)}</a>` : children(node);
    }
    case 'image':
      return escapeHtml(node.alt ?? node.url);
    case 'html':
      return escapeHtml(node.value);
    case 'table': {
      const [head, ...rows] = node.children;
      const cells = (row: (typeof node.children)[number], tag: string) => `<tr>${row.children.map((c) => `<${tag}>${children(c)}</${tag}>`).join('')}</tr>`;
      return `<table><thead>${head ? cells(head, 'th') : ''}</thead><tbody>${rows.map((r) => cells(r, 'td')).join('')}</tbody></table>`;
    }
    default:
      return 'children' in node ? children(node as { children: RootContent[] }) : 'value' in node ? escapeHtml(String(node.value)) : '';
  }
}

/** Markdown text → safe HTML. */
export function markdownHtml(source: string): string {
  const tree: Root = parseMarkdown(source).mdast;
  return tree.children.map(render).join('\n');
}
