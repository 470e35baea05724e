/** The pure parts of the index's script: filter logic and URL matching. */
import { describe, expect, it } from 'vitest';
import { normaliseUrl, passes } from '../../src/site/sheet-finder';

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
