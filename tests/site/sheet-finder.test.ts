/** The pure parts of the index's script: filter logic and URL matching. */
import { describe, expect, it } from 'vitest';
import { normaliseUrl, passes, queryToState, stateToQuery, underBase } from '../../src/site/sheet-finder';

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
