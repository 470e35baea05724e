/**
 * Markdown as document blocks: the one conversion both renderers rely on. Headings become nested
 * sections (the shallowest first, no level skipped), raw HTML stays text, links keep only safe
 * addresses, images become links.
 */
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/document/markdown';
import type { Block } from '../../src/document/model';
import { parseMarkdown, plainText } from '../../src/markdown/parse';
import { escapeHtml, safeUrl } from '../../src/markdown/to-html';

const blocks = (source: string) => markdownBlocks(parseMarkdown(source).mdast);
const paragraph = (...runs: Array<{ text: string; bold?: boolean; italic?: boolean; href?: string; code?: boolean }>): Block => ({ type: 'paragraph', runs });

describe('markdownBlocks', () => {
  it.each<[string, Block[]]>([
    ['Un **gras** et *italique*.', [paragraph({ text: 'Un ' }, { text: 'gras', bold: true }, { text: ' et ' }, { text: 'italique', italic: true }, { text: '.' })]],
    ['- un\n- deux', [{ type: 'list', items: [[paragraph({ text: 'un' })], [paragraph({ text: 'deux' })]] }]],
    ['3. trois\n4. quatre', [{ type: 'list', ordered: true, start: 3, items: [[paragraph({ text: 'trois' })], [paragraph({ text: 'quatre' })]] }]],
    ['# Titre\n\nTexte.', [{ type: 'section', title: 'Titre', blocks: [paragraph({ text: 'Texte.' })] }]],
    ['[site](https://exemple.fr)', [paragraph({ text: 'site', href: 'https://exemple.fr' })]],
    ['[mail](mailto:a@b.fr)', [paragraph({ text: 'mail', href: 'mailto:a@b.fr' })]],
    ['Un `code` et ~~barré~~', [paragraph({ text: 'Un ' }, { text: 'code', code: true }, { text: ' et ' }, { text: 'barré' })]],
  ])('%j', (source, expected) => expect(blocks(source)).toEqual(expected));

  it('nests headings as sections, the shallowest first, never skipping a level', () => {
    const titles = (list: Block[]): unknown[] => list.flatMap((b) => (b.type === 'section' ? [[b.title, titles(b.blocks)]] : []));
    expect(titles(blocks('### Un\n\n#### Deux\n\n### Trois'))).toEqual([['Un', [['Deux', []]]], ['Trois', []]]);
    expect(titles(blocks('# Un\n\n###### Très bas'))).toEqual([['Un', [['Très bas', []]]]]);
    expect(blocks('Avant.\n\n## Partie\n\nDedans.')).toEqual([paragraph({ text: 'Avant.' }), { type: 'section', title: 'Partie', blocks: [paragraph({ text: 'Dedans.' })] }]);
  });

  it('keeps GFM tables with their header and alignment', () => {
    expect(blocks('| Compétence | Niveau |\n|:--|--:|\n| Mobilité | 3 |')).toEqual([
      { type: 'table', columns: [{ label: 'Compétence', align: 'start' }, { label: 'Niveau', align: 'end' }], rows: [[[{ text: 'Mobilité' }], [{ text: '3' }]]] },
    ]);
  });

  describe('security: content is text, never HTML', () => {
    it.each<[string, Block[]]>([
      ['<script>alert(1)</script>', [paragraph({ text: '<script>alert(1)</script>' })]],
      ['Un <b>gras</b>', [paragraph({ text: 'Un ' }, { text: '<b>' }, { text: 'gras' }, { text: '</b>' })]],
      ['[clic](javascript:alert(1))', [paragraph({ text: 'clic' })]],
      ['[clic](data:text/html;base64,xx)', [paragraph({ text: 'clic' })]],
      ['![image](https://exemple.fr/a.png)', [paragraph({ text: 'image', href: 'https://exemple.fr/a.png' })]],
    ])('%j', (source, expected) => expect(blocks(source)).toEqual(expected));

    it('escapes text for markup, and keeps only safe link targets', () => {
      expect(escapeHtml('Un "guillemet" & <b>gras</b>')).toBe('Un &quot;guillemet&quot; &amp; &lt;b&gt;gras&lt;/b&gt;');
      expect([' https://a.fr ', 'mailto:a@b.fr', 'tel:0380000000', '#resultats', 'javascript:x', 'data:x', '/reponses/x/'].map(safeUrl)).toEqual([
        'https://a.fr',
        'mailto:a@b.fr',
        'tel:0380000000',
        '#resultats',
        undefined,
        undefined,
        undefined,
      ]);
    });
  });
});

describe('plainText', () => {
  it('flattens a tree to text', () => {
    expect(plainText(parseMarkdown('# Titre\n\nUn **gras** texte.\n\n- a\n- b').mdast)).toBe('Titre Un gras texte. a b');
  });
});
