/**
 * How the search index is cut into parts (src/build/search-parts.ts): how many parts for a bank,
 * and which pages go to which part, so that one changed, added or removed sheet changes one part.
 */
import { describe, expect, it } from 'vitest';
import { PART_SIZE, partCount, spacedForIndex, splitIntoParts } from '../../src/build/search-parts';

const sheets = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `experiences/fiche-${from + i}/index.html`);

describe('partCount', () => {
  it.each([
    ['no page', 0, PART_SIZE, 1],
    ['the sample site', 7, PART_SIZE, 1],
    ['below two small parts', 499, PART_SIZE, 1],
    ['two small parts', 500, PART_SIZE, 2],
    ['1,000 sheets: four parts of 250', 1000, PART_SIZE, 4],
    ['never more than four small parts', 9000, PART_SIZE, 4],
    ['10,000 sheets: four parts of 2,500', 10_000, PART_SIZE, 4],
    ['past four full parts, one more per 2,500', 10_001, PART_SIZE, 5],
    ['the bank test’s parts of 100', 230, 100, 3],
    ['parts of one page', 6, 1, 6],
  ])('%s: %i pages, parts of %i → %i', (_case, pages, size, expected) => expect(partCount(pages, size)).toBe(expected));
});

describe('splitIntoParts', () => {
  it('puts every page in exactly one part, each part in the order of the paths', () => {
    const pages = sheets(1000);
    const parts = splitIntoParts(pages, 4);
    expect(parts).toHaveLength(4);
    expect(parts.flat().sort()).toEqual([...pages].sort());
    for (const part of parts) expect(part).toEqual([...part].sort());
  });

  it('cuts 1,000 and 10,000 sheets into parts of nearly the same size', () => {
    for (const n of [1000, 10_000]) {
      const sizes = splitIntoParts(sheets(n), 4).map((part) => part.length);
      for (const size of sizes) expect(Math.abs(size - n / 4)).toBeLessThan(n / 4 / 10);
    }
  });

  it('changes one part only when a sheet is added or removed', () => {
    const pages = sheets(1000);
    const before = splitIntoParts(pages, 4);
    const added = splitIntoParts([...pages, 'experiences/nouvelle-fiche/index.html'], 4);
    expect(added.filter((part, i) => part.join() !== before[i].join())).toHaveLength(1);
    const removed = splitIntoParts(pages.filter((p) => p !== 'experiences/fiche-500/index.html'), 4);
    expect(removed.filter((part, i) => part.join() !== before[i].join())).toHaveLength(1);
  });

  it('gives the same parts whatever the order of the pages given', () => {
    const pages = sheets(300);
    expect(splitIntoParts([...pages].reverse(), 3)).toEqual(splitIntoParts(pages, 3));
  });

  it('leaves out the parts that would be empty, and keeps one part for no page', () => {
    const parts = splitIntoParts(['experiences/a/index.html', 'experiences/b/index.html'], 6);
    expect(parts.length).toBeGreaterThanOrEqual(1);
    expect(parts.length).toBeLessThanOrEqual(2);
    for (const part of parts) expect(part.length).toBeGreaterThan(0);
    expect(splitIntoParts([], 1)).toEqual([[]]);
  });
});

describe('spacedForIndex: words Pagefind reads apart where two elements meet', () => {
  it.each([
    ['a fact, label and value', '<dt>Département</dt><dd>Manche</dd>', '<dt>Département</dt> <dd>Manche</dd>'],
    ['the cells and rows of a table', '<tr><th>Atelier</th><th>Rythme</th></tr><tr><td>Menuiserie</td></tr>', '<tr><th>Atelier</th> <th>Rythme</th> </tr> <tr><td>Menuiserie</td> </tr>'],
    ['two badges', '<span class="badge">Terminé</span><span class="badge">Exemple fictif</span>', '<span class="badge">Terminé</span> <span class="badge">Exemple fictif</span>'],
    ['a line break', 'Coordinatrice<br>Tremplin<br/>Côte-d’Or', 'Coordinatrice<br> Tremplin<br/> Côte-d’Or'],
    ['text after a closing tag stays glued, as written', '<strong>1</strong>er août, <em>CCAS</em>.', '<strong>1</strong>er août, <em>CCAS</em>.'],
    ['an opening tag inside another is left alone, closing ones get a space', '<dd><span class="missing">non renseigné</span></dd>', '<dd><span class="missing">non renseigné</span> </dd>'],
    ['a « > » in an attribute is no closing tag', '<li data-x="a>b"><a href="/x/">X</a></li>', '<li data-x="a>b"><a href="/x/">X</a> </li>'],
  ])('%s', (_case, html, expected) => expect(spacedForIndex(html)).toBe(expected));
});
