/**
 * Text made safe for markup: escaping, and the link targets content may use. Content is rendered
 * as text, never as raw HTML, and links keep only http(s), mailto and tel addresses or an anchor
 * on the page (src/document/markdown.ts applies this to Markdown links; both renderers rely on it).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The link target, when it is safe to put in an href (`javascript:`, `data:` … are not). */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed;
  if (/^#[\w-]+$/.test(trimmed)) return trimmed;
  return undefined;
}
