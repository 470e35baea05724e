/** The index of sheets in pages (issue 14): how cards are split, and what the script is given of each. */
import { describe, expect, it } from 'vitest';
import { cardData, paginate, type SheetCard } from '../../src/site/sheet-card';

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
