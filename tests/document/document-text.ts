/**
 * A document as the plain text a reader sees, one line per paragraph, list item, fact or table
 * row, with the no-break spaces kept: what tests search for a fact in.
 */
import type { Block, Document, Runs } from '../../src/document/model';

const runs = (r: Runs) => r.map((x) => x.text).join('');

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'section':
      return [block.title, ...block.blocks.flatMap(blockLines)];
    case 'paragraph':
      return [runs(block.runs)];
    case 'list':
      return block.items.flatMap((item) => item.flatMap(blockLines));
    case 'facts':
      return block.rows.map((row) => `${row.label} : ${row.values.map(runs).join(' | ')}`);
    case 'table':
      return [...(block.caption ? [block.caption] : []), block.columns.map((c) => c.label).join(' | '), ...[...block.rows, ...(block.footer ?? [])].map((row) => row.map(runs).join(' | '))];
    case 'figures':
      return block.items.map((f) => `${f.value} ${f.label}${f.detail ? ` (${f.detail})` : ''}`);
    case 'callout':
      return [runs(block.runs)];
    case 'quote':
      return block.blocks.flatMap(blockLines);
    case 'code':
      return [block.text];
    default:
      return [];
  }
}

export function documentText(doc: Document): string {
  const cover = [doc.cover.kicker, doc.cover.title, doc.cover.subtitle, ...doc.cover.facts.map((row) => `${row.label} : ${row.values.map(runs).join(' | ')}`), doc.cover.note];
  return [...cover.filter(Boolean), ...doc.sections.flatMap(blockLines)].join('\n');
}
