import { describe, expect, it } from 'vitest';
import { parseMarkdown, plainText } from '../../src/markdown/parse';
import { mdastToHtml } from '../../src/markdown/to-html';

const html = (source: string, headingBase?: number) => mdastToHtml(parseMarkdown(source).mdast, { headingBase });

describe('mdastToHtml', () => {
  it.each([
    ['Un **gras** et *italique*.', '<p>Un <strong>gras</strong> et <em>italique</em>.</p>'],
    ['- un\n- deux', '<ul><li>un</li><li>deux</li></ul>'],
    ['3. trois\n4. quatre', '<ol start="3"><li>trois</li><li>quatre</li></ol>'],
    ['# Titre', '<h3>Titre</h3>'],
    ['[site](https://exemple.fr)', '<p><a href="https://exemple.fr">site</a></p>'],
    ['[mail](mailto:a@b.fr)', '<p><a href="mailto:a@b.fr">mail</a></p>'],
    ['~~barré~~', '<p><del>barré</del></p>'],
  ])('%j', (source, expected) => expect(html(source)).toBe(expected));

  it('shifts headings under the page sections, the shallowest at the base level', () => {
    expect(html('## Sous-titre', 2)).toBe('<h2>Sous-titre</h2>');
    expect(html('### Un\n\n#### Deux', 3)).toBe('<h3>Un</h3><h4>Deux</h4>');
    expect(html('# Un\n\n###### Très bas', 3)).toBe('<h3>Un</h3><h6>Très bas</h6>');
  });

  it('renders GFM tables with header cells and alignment', () => {
    const out = html('| Compétence | Niveau |\n|:--|--:|\n| Mobilité | 3 |');
    expect(out).toContain('<th scope="col" class="align-left">Compétence</th>');
    expect(out).toContain('<td class="align-right">3</td>');
  });

  describe('security: content is text, never HTML', () => {
    it.each([
      ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
      ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
      ['[clic](javascript:alert(1))', '<p>clic</p>'],
      ['[clic](data:text/html;base64,xx)', '<p>clic</p>'],
      ['![image](https://exemple.fr/a.png)', '<p><a href="https://exemple.fr/a.png">image</a></p>'],
      ['Un "guillemet" & <b>gras</b>', '<p>Un &quot;guillemet&quot; &amp; &lt;b&gt;gras&lt;/b&gt;</p>'],
    ])('%j', (source, expected) => expect(html(source)).toContain(expected));
  });
});

describe('plainText', () => {
  it('flattens a tree to text', () => {
    expect(plainText(parseMarkdown('# Titre\n\nUn **gras** texte.\n\n- a\n- b').mdast)).toBe('Titre Un gras texte. a b');
  });
});
