/** The index of sheets in pages (issue 14): how cards are split, and what the script is given of each. */
import { describe, expect, it } from 'vitest';
import { ALL_PAGE_LINKS, cardData, pageLinks, paginate, type SheetCard } from '../../src/site/sheet-card';

describe('paginate: the cards of each page of the index', () => {
  const n = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  it.each([
    ['no card: one empty page', 0, 100, [0]],
    ['fewer than a page', 6, 100, [6]],
    ['exactly one page', 100, 100, [100]],
    ['one more than a page', 101, 100, [100, 1]],
    ['a bank of 230', 230, 100, [100, 100, 30]],
    ['a bank of 10 000', 10_000, 100, Array(100).fill(100)],
  ])('%s', (_, count, size, sizes) => {
    const pages = paginate(n(count), size);
    expect(pages.map((p) => p.length)).toEqual(sizes);
    expect(pages.flat()).toEqual(n(count));
  });

  it('shows a hundred cards a page by default', () => {
    expect(paginate(n(250)).map((p) => p.length)).toEqual([100, 100, 50]);
  });
});

describe('pageLinks: the pages the pagination links to', () => {
  const _ = null;
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  it.each([
    ['one page', 1, 1, [1]],
    ['three pages (a bank of 230)', 2, 3, [1, 2, 3]],
    ['ten pages (1 000 sheets): all', 10, 10, range(1, 10)],
    ['twelve pages: still all', 6, 12, range(1, 12)],
    ['thirteen pages, from the first', 1, 13, [1, 2, 3, _, 10, _, 13]],
    ['thirteen pages, from the middle', 7, 13, [1, _, 5, 6, 7, 8, 9, 10, _, 13]],
    ['one number in a gap is shown, not an ellipsis', 5, 13, [1, 2, 3, 4, 5, 6, 7, _, 10, _, 13]],
    ['100 pages (10 000 sheets), from the first', 1, 100, [1, 2, 3, _, 10, _, 20, _, 30, _, 40, _, 50, _, 60, _, 70, _, 80, _, 90, _, 100]],
    ['100 pages, from page 47', 47, 100, [1, _, 10, _, 20, _, 30, _, 40, _, 45, 46, 47, 48, 49, 50, _, 60, _, 70, _, 80, _, 90, _, 100]],
    ['100 pages, from the last', 100, 100, [1, _, 10, _, 20, _, 30, _, 40, _, 50, _, 60, _, 70, _, 80, _, 90, _, 98, 99, 100]],
    ['150 pages, from page 147: every tenth of its hundred, and the hundredth', 147, 150, [1, _, 100, _, 110, _, 120, _, 130, _, 140, _, 145, 146, 147, 148, 149, 150]],
    ['1 000 pages: every hundredth, and every tenth of the page’s hundred', 500, 1000, [1, _, 100, _, 200, _, 300, _, 400, _, 410, _, 420, _, 430, _, 440, _, 450, _, 460, _, 470, _, 480, _, 490, _, 498, 499, 500, 501, 502, _, 600, _, 700, _, 800, _, 900, _, 1000]],
  ])('%s', (_label, page, pages, expected) => {
    expect(pageLinks(page, pages)).toEqual(expected);
  });

  it('links every page to its neighbours, the first and the last, and keeps the numbers in order', () => {
    const wrong: string[] = [];
    for (let pages = 1; pages <= 250; pages++) {
      for (let page = 1; page <= pages; page++) {
        const links = pageLinks(page, pages);
        const numbers = links.filter((n): n is number => n !== null);
        const why = [
          numbers.some((n, i) => i > 0 && n <= numbers[i - 1]) && 'not in order, or twice',
          [1, pages, page - 1, page, page + 1].some((n) => n >= 1 && n <= pages && !numbers.includes(n)) && 'a neighbour, the first or the last missing',
          // An ellipsis stands for two numbers or more, never at an end, never twice in a row.
          links.some((n, i) => n === null && (i === 0 || i === links.length - 1 || (links[i + 1] as number) - (links[i - 1] as number) <= 2)) && 'an ellipsis out of place',
          pages <= ALL_PAGE_LINKS ? numbers.length !== pages && 'not every page' : numbers.length > 20 && 'more than 20 links',
        ].filter(Boolean);
        if (why.length) wrong.push(`page ${page} of ${pages}: ${why.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [13, 3],
    [100, 4],
    [250, 5],
    [1000, 5],
  ])('reaches any of %i pages from any other in %i clicks at most, without JavaScript', (pages, most) => {
    let worst = 0;
    for (let from = 1; from <= pages; from += pages > 300 ? 37 : 1) {
      const clicks = new Map([[from, 0]]);
      for (const queue = [from]; queue.length; ) {
        const at = queue.shift()!;
        for (const n of pageLinks(at, pages)) {
          if (n === null || clicks.has(n)) continue;
          clicks.set(n, clicks.get(at)! + 1);
          queue.push(n);
        }
      }
      expect(clicks.size).toBe(pages);
      worst = Math.max(worst, ...clicks.values());
    }
    expect(worst).toBeLessThanOrEqual(most);
  });
});

describe('cardData: a card as the index script reads it', () => {
  const card: SheetCard = {
    id: 'brest',
    href: '/experiences/brest/',
    title: 'Mises en situation',
    summary: 'Un résumé.',
    fictional: true,
    status: 'Terminé',
    territory: [{ text: 'Brest (29)' }],
    public: [{ text: 'non renseigné', missing: true }],
    themes: ['Emploi', 'Numérique'],
    years: [{ text: '2019, ' }, { text: '2020', bold: true }],
    keyResult: { value: '8 sur 12', label: 'personnes en emploi' },
    facets: { theme: ['digital'], region: ['Bretagne'], departement: ['29'], public: [], year: ['2019', '2020'] },
  };
  it('keeps the text, marks what the source does not give, and the filter values', () => {
    expect(cardData(card)).toEqual({
      href: '/experiences/brest/',
      title: 'Mises en situation',
      status: 'Terminé',
      fictional: true,
      territory: [['Brest (29)']],
      public: [['non renseigné', 1]],
      years: [['2019, '], ['2020']],
      themes: 'Emploi, Numérique',
      keyResult: ['8 sur 12', 'personnes en emploi'],
      facets: { theme: ['digital'], region: ['Bretagne'], departement: ['29'], public: [], year: ['2019', '2020'] },
    });
  });

  it('leaves out a key result the sheet does not have', () => {
    const { keyResult: _none, ...without } = card;
    expect('keyResult' in cardData(without)).toBe(false);
  });
});
