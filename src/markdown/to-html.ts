/**
 * mdast → HTML for the pages. Content is rendered as text, never as raw HTML: HTML written in
 * Markdown is shown escaped, links keep only http(s) and mailto addresses, images become links.
 * Headings are shifted so that a narrative's `#` fits under the page's own section heading.
 */
import type { Root, RootContent, TableCell } from 'mdast';

export interface HtmlOptions {
  /** The level a Markdown `#` becomes (default 3: under the page's h1 and section h2). */
  headingBase?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Whether a link target is safe to put in an href. */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^#[\w-]+$/.test(trimmed)) return trimmed;
  return undefined;
}

export function mdastToHtml(tree: Root, options: HtmlOptions = {}): string {
  // The shallowest heading becomes `headingBase` (as in the PDF): no skipped heading level.
  const depths = tree.children.filter((n) => n.type === 'heading').map((n) => (n.type === 'heading' ? n.depth : 6));
  const base = (options.headingBase ?? 3) - (depths.length ? Math.min(...depths) - 1 : 0);
  const render = (node: Root | RootContent): string => {
    const children = () =>
      'children' in node ? (node.children as RootContent[]).map(render).join('') : '';
    switch (node.type) {
      case 'root':
        return children();
      case 'paragraph':
        return `<p>${children()}</p>`;
      case 'heading': {
        const level = Math.min(6, base + node.depth - 1);
        return `<h${level}>${children()}</h${level}>`;
      }
      case 'text':
        return escapeHtml(node.value);
      case 'emphasis':
        return `<em>${children()}</em>`;
      case 'strong':
        return `<strong>${children()}</strong>`;
      case 'delete':
        return `<del>${children()}</del>`;
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`;
      case 'code':
        return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
      case 'break':
        return '<br>';
      case 'thematicBreak':
        return '<hr>';
      case 'blockquote':
        return `<blockquote>${children()}</blockquote>`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && node.start && node.start !== 1 ? ` start="${node.start}"` : '';
        return `<${tag}${start}>${children()}</${tag}>`;
      }
      case 'listItem': {
        // Tight list items hold one paragraph: drop the <p> so bullets stay compact.
        const inner = node.spread ? children() : node.children.map((c) => (c.type === 'paragraph' ? c.children.map((x) => render(x)).join('') : render(c))).join('');
        return `<li>${inner}</li>`;
      }
      case 'link': {
        const href = safeUrl(node.url);
        return href ? `<a href="${escapeHtml(href)}">${children()}</a>` : children();
      }
      case 'image': {
        const href = safeUrl(node.url);
        const text = escapeHtml(node.alt || node.url);
        return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      }
      case 'table': {
        const [head, ...rows] = node.children;
        const cells = (row: RootContent, tag: 'th' | 'td') =>
          (row as { children: TableCell[] }).children
            .map((cell, i) => {
              const a = node.align?.[i];
              const scope = tag === 'th' ? ' scope="col"' : '';
              return `<${tag}${scope}${a ? ` class="align-${a}"` : ''}>${cell.children.map((c) => render(c)).join('')}</${tag}>`;
            })
            .join('');
        const body = rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('');
        return `<div class="table-scroll"><table><thead><tr>${head ? cells(head, 'th') : ''}</tr></thead><tbody>${body}</tbody></table></div>`;
      }
      case 'html':
        return escapeHtml(node.value);
      default:
        return 'children' in node ? children() : 'value' in node && typeof node.value === 'string' ? escapeHtml(node.value) : '';
    }
  };
  return render(tree);
}
