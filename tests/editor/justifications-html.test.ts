/**
 * The marks grid shows each justification as the evaluation's page reads it: its Markdown
 * rendered (emphasis, lists, links), never its asterisks and dashes, and safely: what an
 * evaluator wrote is escaped, raw HTML shows as text, a link keeps only a safe address.
 */
import { describe, expect, it } from 'vitest';
import { justificationsHtml } from '../../src/editor/marks';

const one = (justification: unknown, criterion: unknown = 'valeur-technique') => justificationsHtml({ offers: [{ response: 'r', marks: [{ criterion, mark: 7, justification }] }] });

describe('justificationsHtml', () => {
  it.each([
    ['emphasis', 'Un déroulé **solide**, *précis*.', '<p>Un déroulé <strong>solide</strong>, <em>précis</em>.</p>'],
    ['a list', '- pair-aidance\n- suivi individuel', '<ul><li><p>pair-aidance</p></li><li><p>suivi individuel</p></li></ul>'],
    ['a link', 'Voir [la réponse](https://exemple.fr/reponse).', '<p>Voir <a href="https://exemple.fr/reponse">la réponse</a>.</p>'],
    ['raw HTML, as text', 'Bien <script>alert(1)</script> noté', '<p>Bien &lt;script&gt;alert(1)&lt;/script&gt; noté</p>'],
    ['an unsafe link, its text only', '[cliquez](javascript:alert(1))', '<p>cliquez</p>'],
    ['an attribute that would break out', '[x](https://exemple.fr/"onmouseover="alert(1))', '<p><a href="https://exemple.fr/&quot;onmouseover=&quot;alert(1)">x</a></p>'],
  ])('%s', (_, justification, html) => {
    expect(one(justification)).toEqual({ '0:valeur-technique': html });
  });

  it.each([
    ['an empty justification', ''],
    ['a blank one', '  \n'],
    ['one that is not a text', 8],
    ['a mark without its criterion', 'Bien', null],
  ])('leaves out %s', (_, justification, criterion: unknown = 'valeur-technique') => {
    expect(one(justification, criterion)).toEqual({});
  });

  it('keys each by its offer’s place in the file and its criterion', () => {
    const data = { offers: [{ response: 'a', marks: [{ criterion: 'prix', justification: 'A' }] }, 'pas une offre', { response: 'b', marks: [{ criterion: 'prix', justification: 'B' }, { criterion: 'delais', justification: 'C' }] }] };
    expect(justificationsHtml(data)).toEqual({ '0:prix': '<p>A</p>', '2:prix': '<p>B</p>', '2:delais': '<p>C</p>' });
  });

  it('reads a file without offers', () => expect(justificationsHtml({ title: 'Analyse' })).toEqual({}));
});
