/**
 * The PDF's blocks as HTML (the response preview page): escaped text, safe links, lists whose items
 * hold one paragraph or several, tables and charts.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/pdf/model';
import { blocksHtml, inlinesHtml } from '../../src/site/blocks-html';

const para = (text: string): Block => ({ type: 'paragraph', inlines: [{ text }] });
const html = (blocks: Block[]) => blocksHtml(blocks, { idPrefix: 's' });

describe('blocksHtml', () => {
  it.each<[string, Block[], string]>([
    ['a heading one level below the section', [{ type: 'heading', level: 2, text: 'Titre' }], '<h3>Titre</h3>'],
    ['a tight list', [{ type: 'list', ordered: false, items: [[para('un')], [para('deux')]] }], '<ul><li>un</li><li>deux</li></ul>'],
    [
      'a list item of two paragraphs, each kept whole',
      [{ type: 'list', ordered: false, items: [[para('premier'), para('second')]] }],
      '<ul><li><p>premier</p><p>second</p></li></ul>',
    ],
    [
      'a list item with a nested list',
      [{ type: 'list', ordered: true, start: 3, items: [[para('trois'), { type: 'list', ordered: false, items: [[para('a')]] }]] }],
      '<ol start="3"><li><p>trois</p><ul><li>a</li></ul></li></ol>',
    ],
    ['a small paragraph in a list keeps its class', [{ type: 'list', ordered: false, items: [[{ type: 'paragraph', style: 'small', inlines: [{ text: 'note' }] }]] }], '<ul><li><p class="small muted">note</p></li></ul>'],
    ['escaped text', [para('<script>alert(1)</script> & co')], '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>'],
    ['a callout', [{ type: 'callout', tone: 'warning', inlines: [{ text: 'Attention', bold: true }] }], '<div class="callout callout-warning" role="note"><strong>Attention</strong></div>'],
    ['facts', [{ type: 'facts', rows: [['Durée', [{ text: '12 semaines' }]]] }], '<dl class="facts"><dt>Durée</dt><dd>12 semaines</dd></dl>'],
    ['nothing for layout-only blocks', [{ type: 'spacer', height: 10 }, { type: 'pageBreak' }], ''],
  ])('writes %s', (_, blocks, expected) => {
    expect(html(blocks)).toBe(expected);
  });

  it('keeps only http(s) and mailto links', () => {
    expect(inlinesHtml([{ text: 'site', href: 'https://exemple.fr/a?b=1&c=2' }])).toBe('<a href="https://exemple.fr/a?b=1&amp;c=2">site</a>');
    expect(inlinesHtml([{ text: 'piège', href: 'javascript:alert(1)' }])).toBe('piège');
  });
});
