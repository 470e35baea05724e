/**
 * The PDF's blocks (src/pdf/model.ts) as HTML, so that a response's preview page shows exactly
 * what its PDF holds. Text is escaped; links keep only safe addresses.
 */
import { escapeHtml, safeUrl } from '../markdown/to-html';
import type { Block, Inline } from '../pdf/model';
import { chartSvg } from './chart-svg';

export function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.code) html = `<code>${html}</code>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      const href = run.href && safeUrl(run.href);
      return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
    })
    .join('');
}

/** `level` is the HTML heading level of a block heading of level 2 (the section title is one above). */
export function blocksHtml(blocks: readonly Block[], options: { idPrefix: string; headingOffset?: number }): string {
  const offset = options.headingOffset ?? 1;
  let chartIndex = 0;
  const render = (list: readonly Block[]): string =>
    list
      .map((block) => {
        switch (block.type) {
          case 'heading': {
            const level = Math.min(6, block.level + offset);
            return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
          }
          case 'paragraph':
            return `<p${block.style === 'small' ? ' class="small muted"' : block.style === 'lead' ? ' class="lead"' : ''}>${inlinesHtml(block.inlines)}</p>`;
          case 'list': {
            const tag = block.ordered ? 'ol' : 'ul';
            const start = block.ordered && block.start && block.start !== 1 ? ` start="${block.start}"` : '';
            // A one-paragraph item is written inline (a tight list); any other keeps its blocks.
            const item = (blocks: Block[]) => {
              const [only] = blocks;
              return blocks.length === 1 && only.type === 'paragraph' && !only.style ? inlinesHtml(only.inlines) : render(blocks);
            };
            return `<${tag}${start}>${block.items.map((blocks) => `<li>${item(blocks)}</li>`).join('')}</${tag}>`;
          }
          case 'table': {
            const align = (j: number) => (block.columns[j]?.align && block.columns[j].align !== 'left' ? ` class="align-${block.columns[j].align}"` : '');
            const head = block.columns.map((c, j) => `<th scope="col"${align(j)}>${escapeHtml(c.header)}</th>`).join('');
            const rows = block.rows.map((row) => `<tr>${row.map((cell, j) => `<td${align(j)}>${inlinesHtml(cell)}</td>`).join('')}</tr>`).join('');
            const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : '';
            return `<div class="table-scroll"><table>${caption}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
          }
          case 'facts':
            return `<dl class="facts">${block.rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${inlinesHtml(v)}</dd>`).join('')}</dl>`;
          case 'callout':
            return `<div class="callout callout-${block.tone}" role="note">${inlinesHtml(block.inlines)}</div>`;
          case 'chart': {
            const id = `${options.idPrefix}-graphique-${++chartIndex}`;
            return `<figure class="chart-figure">${chartSvg(block.chart, block.alt, id)}<figcaption class="small muted">${escapeHtml(block.alt)}</figcaption></figure>`;
          }
          case 'rule':
            return '<hr>';
          case 'spacer':
          case 'pageBreak':
            return '';
        }
      })
      .join('');
  return render(blocks);
}
