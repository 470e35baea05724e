/** The pure parts of the index's script: filter logic and URL matching. */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { countText, facetCounts, normaliseUrl, passes, queryToState, sayCounts, stateToQuery, underBase } from '../../src/site/sheet-finder';

describe('passes: filters combine', () => {
  const card = { theme: ['digital', 'women-employment'], region: ['Occitanie'], year: ['2018', '2019'] };
  const sel = (s: Record<string, string[]>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, new Set(v)]));
  it.each([
    ['nothing checked', {}, undefined, true],
    ['one value of the card', { theme: ['digital'] }, undefined, true],
    ['values in one group add up (or)', { theme: ['youth', 'digital'] }, undefined, true],
    ['a value the card lacks', { theme: ['youth'] }, undefined, false],
    ['groups narrow each other (and)', { theme: ['digital'], region: ['Bretagne'] }, undefined, false],
    ['a group left aside to count its own values', { theme: ['digital'], region: ['Bretagne'] }, 'region', true],
    ['a group the card has no value in', { departement: ['34'] }, undefined, false],
  ])('%s', (_, selected, except, expected) => {
    expect(passes(card, sel(selected), except)).toBe(expected);
  });
});

describe('normaliseUrl', () => {
  it.each([
    ['/experiences/brest/', '/experiences/brest/'],
    ['/experiences/brest/index.html', '/experiences/brest/'],
    ['/experiences/brest', '/experiences/brest/'],
    ['http://127.0.0.1:4321/experiences/brest/', '/experiences/brest/'],
  ])('%s → %s', (url, expected) => {
    expect(normaliseUrl(url)).toBe(expected);
  });
});

describe('underBase: an address of the lists as Pagefind gives it', () => {
  it.each([
    ['/experiences/brest/', '/', '/experiences/brest/'],
    ['/experiences/brest/', '/fiches/', '/fiches/experiences/brest/'],
    ['/experiences/brest/', '/fiches', '/fiches/experiences/brest/'],
    ['experiences/brest/', '/fiches/', '/fiches/experiences/brest/'],
    ['https://exemple.fr/experiences/brest/', '/fiches/', 'https://exemple.fr/experiences/brest/'],
  ])('%s under %s → %s', (raw, base, expected) => expect(underBase(raw, base)).toBe(expected));
});

describe('the finder state in the address', () => {
  const set = (s: Record<string, string[]>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, new Set(v)]));
  it.each([
    ['nothing', '', {}, ''],
    ['a search alone, trimmed', '  jardin ', {}, 'q=jardin'],
    ['checked values, sorted within a group', '', { theme: ['youth', 'digital'], year: [] }, 'theme=digital&theme=youth'],
    ['both, text first', 'cuisine de rue', { region: ['Nouvelle-Aquitaine'] }, 'q=cuisine+de+rue&region=Nouvelle-Aquitaine'],
  ])('%s', (_, text, selected, expected) => {
    expect(stateToQuery(text, set(selected))).toBe(expected);
  });

  const offered = { theme: ['digital', 'youth'], year: ['2018', '2019'] };
  it.each([
    ['an empty address', '', '', { theme: [], year: [] }],
    ['a shared address', '?q=jardin&theme=youth&year=2019', 'jardin', { theme: ['youth'], year: ['2019'] }],
    ['values the page no longer offers are ignored', '?theme=seniors&year=1991', '', { theme: [], year: [] }],
    ['unknown keys are ignored', '?__proto__=x&constructor=y', '', { theme: [], year: [] }],
  ])('reads %s', (_, search, text, selected) => {
    const state = queryToState(search, offered);
    expect(state.text).toBe(text);
    expect(Object.fromEntries(Object.entries(state.selected).map(([k, v]) => [k, [...v]]))).toEqual(selected);
  });

  it('cuts a search text longer than 200 characters', () => {
    expect(queryToState(`?q=${'a'.repeat(500)}`, offered).text).toHaveLength(200);
  });

  it('reads back what it writes', () => {
    const selected = set({ theme: ['digital', 'youth'], year: ['2018'] });
    const state = queryToState(`?${stateToQuery('mobilité', selected)}`, offered);
    expect(state.text).toBe('mobilité');
    expect(state.selected).toEqual(selected);
  });
});

describe('facetCounts: what each filter value would show, the other groups kept', () => {
  type Facets = Record<string, string[]>;
  const sel = (s: Record<string, string[]>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, new Set(v)]));
  /** The count as the filters define it, value by value. */
  const naive = (cards: Facets[], selected: Record<string, Set<string>>, group: string, value: string) =>
    cards.filter((c) => passes(c, selected, group) && (c[group] ?? []).includes(value)).length;

  const cards: Facets[] = [
    { theme: ['digital', 'youth'], region: ['Occitanie'] },
    { theme: ['digital'], region: ['Bretagne'] },
    { theme: ['youth'], region: ['Bretagne'], year: ['2019'] },
    { theme: [], region: ['Occitanie'] },
    { theme: ['youth', 'youth'], region: ['Occitanie', 'Bretagne'] },
  ];
  it.each([
    ['nothing checked: every card counts for its values', {}, [['theme', 'youth', 3], ['theme', 'digital', 2], ['region', 'Bretagne', 3]]],
    ['a theme checked leaves its own group counted as if unchecked', { theme: ['digital'] }, [['theme', 'youth', 3], ['region', 'Occitanie', 1], ['region', 'Bretagne', 1]]],
    ['two groups checked narrow each other', { theme: ['youth'], region: ['Bretagne'] }, [['theme', 'digital', 1], ['theme', 'youth', 2], ['region', 'Occitanie', 2], ['region', 'Bretagne', 2]]],
    ['a value no card has', { theme: ['sport'] }, [['region', 'Occitanie', 0], ['theme', 'youth', 3]]],
  ])('%s', (_case, checked, expected) => {
    const selected = sel({ theme: [], region: [], year: [], ...checked });
    const counts = facetCounts(cards, selected);
    for (const [group, value, n] of expected as Array<[string, string, number]>) {
      expect(counts.get(group)?.get(value) ?? 0).toBe(n);
      expect(naive(cards, selected, group, value)).toBe(n);
    }
  });

  it('gives the count of the definition on 2,000 random banks and choices', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const pick = (values: string[]) => values.filter(() => random() < 0.35);
    const groups = { theme: ['a', 'b', 'c', 'd'], region: ['r1', 'r2', 'r3'], year: ['2018', '2019', '2020'], public: ['w', 'y'] };
    for (let run = 0; run < 2000; run++) {
      const bank: Facets[] = Array.from({ length: 1 + Math.floor(random() * 12) }, () => Object.fromEntries(Object.entries(groups).map(([g, vs]) => [g, pick(vs)])));
      const selected = sel(Object.fromEntries(Object.entries(groups).map(([g, vs]) => [g, random() < 0.5 ? pick(vs) : []])));
      const counts = facetCounts(bank, selected);
      for (const [group, values] of Object.entries(groups)) for (const value of values) expect(counts.get(group)?.get(value) ?? 0).toBe(naive(bank, selected, group, value));
    }
  });
});

describe('the counts the script writes, as the page writes its own', () => {
  const t = fr.sheet.index.script;
  const S = '\u202F';
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, `1${S}000`],
    [10000, `10${S}000`],
    [1234567, `1${S}234${S}567`],
  ])('%i → %s', (n, expected) => {
    expect(countText(n)).toBe(expected);
  });
  it.each([
    ['a search over a bank of 1,000', t.shownMany, 1000, 1000, `1${S}000 fiches sur 1${S}000 correspondent à votre recherche.`],
    ['one sheet of 10,000', t.shownOne, 1, 10000, `1 fiche sur 10${S}000 correspond à votre recherche.`],
    ['the whole bank, no filter', t.all, 2500, 2500, `2${S}500 fiches.`],
    ['the first ones shown', t.firstShown, 1000, 1000, 'Les 100 premières sont affichées\u00A0: précisez la recherche ou ajoutez un filtre pour voir les autres.'],
  ])('%s', (_, template, n, total, expected) => {
    expect(sayCounts(template, n, total)).toBe(expected);
  });
});
