/**
 * The tagged PDF, read back: pdfinfo says it is tagged, and pdfjs finds the structure tree a
 * screen reader follows (headings, paragraphs, lists, tables with header cells, figures with their
 * alternative text) in reading order, with the document's language; running headers are not in it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/model';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { renderPdf } from '../../src/pdf/render';
import { hasPoppler } from './read';

const fonts = loadFonts(readFontBytes());

const doc: Document = {
  meta: { title: 'Document balisé', author: 'Test', subject: 'Test', keywords: [], language: 'fr-FR' },
  header: 'En-tête courant',
  cover: { title: 'Document balisé', facts: [{ label: 'Appel', values: [[{ text: 'Remobilisation' }]] }] },
  sections: [
    {
      type: 'section',
      id: 'a',
      title: 'Première partie',
      blocks: [
        { type: 'paragraph', runs: [{ text: 'Un paragraphe.' }] },
        { type: 'list', items: [[{ type: 'paragraph', runs: [{ text: 'Un point' }] }]] },
        { type: 'table', caption: 'Les prix', columns: [{ label: 'Poste', rowHeader: true }, { label: 'Montant', align: 'end' }], rows: [[[{ text: 'Coaching' }], [{ text: '95 €' }]]] },
        { type: 'chart', chart: { kind: 'bars', id: 'r', title: 'Résultats chiffrés', description: 'Emploi : 7 sur 12.', bars: [{ label: 'Emploi', value: 7, max: 12, valueText: '7 sur 12', counts: true }] } },
        { type: 'section', title: 'Une sous-partie', blocks: [{ type: 'paragraph', runs: [{ text: 'Dedans.' }] }] },
      ],
    },
  ],
};

interface Node {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  children?: Node[];
}

/** The roles of a structure tree, depth first, with a figure's alternative text. */
function roles(node: Node, out: string[] = []): string[] {
  if (node.role) out.push(node.alt ? `${node.role}[${node.alt}]` : node.role);
  for (const child of node.children ?? []) roles(child, out);
  return out;
}

describe('the tagged PDF', async () => {
  const { bytes } = await renderPdf(doc, fonts);
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  const trees = [await (await pdf.getPage(1)).getStructTree(), await (await pdf.getPage(2)).getStructTree()] as Node[];

  it('reads the cover then the section in order, with their elements', () => {
    expect(roles(trees[0])).toEqual(['Root', 'Document', 'H1', 'L', 'LI', 'Lbl', 'LBody']);
    expect(roles(trees[1])).toEqual([
      'Root', 'Document', 'Sect', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'P',
      'Table', 'Caption', 'THead', 'TR', 'TH', 'TH', 'TBody', 'TR', 'TH', 'TD',
      'Figure[Résultats chiffrés]', 'P', 'Sect', 'H3', 'P',
    ]);
  });

  it('says the document is French and marked', async () => {
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    expect(info.Language).toBe('fr-FR');
    const markInfo = (await pdf.getMarkInfo()) as Map<string, boolean> | null;
    expect(markInfo?.get('Marked')).toBe(true);
  });

  it('keeps the running header and footer out of the structure, as artifacts', async () => {
    const content = await (await pdf.getPage(2)).getTextContent({ includeMarkedContent: true });
    const items = content.items as Array<{ type?: string; tag?: string; str?: string }>;
    const artifact: string[] = [];
    const tagged: string[] = [];
    let open: string | undefined;
    for (const item of items) {
      if (item.type?.startsWith('beginMarkedContent')) open = item.tag;
      else if (item.type === 'endMarkedContent') open = undefined;
      else if (item.str?.trim()) (open === 'Artifact' ? artifact : tagged).push(item.str);
    }
    expect(artifact).toEqual(expect.arrayContaining(['En-tête courant', '2 / 2']));
    expect(tagged).toEqual(['Première partie', 'Un paragraphe.', '•', 'Un point', 'Les prix', 'Poste', 'Montant', 'Coaching', '95 €', 'Emploi', '7 sur 12', 'Emploi : 7 sur 12.', 'Une sous-partie', 'Dedans.']);
  });

  it.skipIf(!hasPoppler)('is tagged for pdfinfo', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdfinfo-'));
    try {
      writeFileSync(join(dir, 'a.pdf'), bytes);
      expect(execFileSync('pdfinfo', [join(dir, 'a.pdf')], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a paragraph that runs onto the next page one element, found from both pages', async () => {
    const long = 'Une phrase assez longue pour remplir la page, répétée encore et encore. '.repeat(140);
    const spanning: Document = { ...doc, sections: [{ type: 'section', id: 'b', title: 'Longue partie', blocks: [{ type: 'paragraph', runs: [{ text: long }] }] }] };
    const rendered = await renderPdf(spanning, fonts);
    expect(rendered.pages).toBeGreaterThanOrEqual(3);
    const read = await getDocument({ data: new Uint8Array(rendered.bytes), disableFontFace: true, verbosity: 0 }).promise;
    /** The content pieces under the paragraphs of a page's structure tree. */
    const pieces = (node: Node, inP = false): number => (node.type === 'content' && inP ? 1 : 0) + (node.children ?? []).reduce((n, child) => n + pieces(child, inP || node.role === 'P'), 0);
    const second = (await (await read.getPage(2)).getStructTree()) as Node;
    const third = (await (await read.getPage(3)).getStructTree()) as Node;
    expect(roles(second)).toEqual(['Root', 'Document', 'Sect', 'H2', 'P']);
    expect(roles(third)).toEqual(['Root', 'Document', 'Sect', 'P']);
    expect(pieces(second)).toBeGreaterThan(0);
    expect(pieces(third)).toBeGreaterThan(0);
  });
});

