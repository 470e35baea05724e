import { describe, expect, it } from 'vitest';
import {
  dateBounds,
  ambiguousParts,
  parseAmount,
  parseDuration,
  parseDurationRange,
  parseFrequency,
  parseNumberRange,
  parsePartialDate,
  parseShare,
} from '../../src/domain/shorthand';

describe('parseAmount', () => {
  it.each([
    ['7900', { cents: 790000 }],
    ['7 900 €', { cents: 790000 }],
    ['7\u202F900\u00A0€', { cents: 790000 }],
    ['38 400,50 € TTC', { cents: 3840050, basis: 'TTC' }],
    ['26000 EUR HT', { cents: 2600000, basis: 'HT' }],
    ['100 000 euros', { cents: 10000000 }],
    ['0,5', { cents: 50 }],
  ])('%j → %j', (input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: expected });
  });
  it.each(['quarante euros', '12,345 €', '-5 €', '', '1.2.3', '7.900', '7,900 €', '40.000 € TTC'])('refuses %j', (input) => {
    expect(parseAmount(input).ok).toBe(false);
  });
  // One separator and exactly three digits: 7 900 € or 7,90 €? Either reading would print a wrong figure.
  it.each([
    ['7.900', true],
    ['7,900 €', true],
    ['40.000 € TTC', true],
    ['100.000 euros', true],
    ['7.90', false],
    ['7,5', false],
    ['7 900', false],
    ['1.200,50 €', false],
    ['12.345.678 €', false],
  ])('%j is ambiguous: %s', (input, ambiguous) => {
    expect(ambiguousParts(input) !== undefined).toBe(ambiguous);
  });
  it.each([
    ['7.900', ['7', '900']],
    ['40.000 € TTC', ['40', '000']],
    ['1,200', ['1', '200']],
  ])('%j reads as %j either side of its separator', (input, parts) => {
    expect(ambiguousParts(input)).toEqual(parts);
  });
});

describe('parseNumberRange', () => {
  it.each([
    ['10 à 12', { min: 10, max: 12 }],
    ['10-12', { min: 10, max: 12 }],
    ['de 3 à 4', { min: 3, max: 4 }],
    ['12', { min: 12, max: 12 }],
    ['plus de 30', { min: 30 }],
    ['30+', { min: 30 }],
    ["jusqu'à 25", { max: 25 }],
    ['2,5 à 3', { min: 2.5, max: 3 }],
    ['18-55 ans', { min: 18, max: 55 }],
    ['plus de 30 ans', { min: 30 }],
    ['10 à 12 femmes', { min: 10, max: 12 }],
  ])('%j → %j', (input, expected) => {
    expect(parseNumberRange(input)).toEqual({ ok: true, value: expected });
  });
  it.each(['dix à douze', '10 à', 'à 12', ''])('refuses %j', (input) => {
    expect(parseNumberRange(input).ok).toBe(false);
  });
});

describe('parseDuration', () => {
  it.each([
    ['2h30', { value: 150, unit: 'minutes' }],
    ['2 h 30', { value: 150, unit: 'minutes' }],
    ['2h', { value: 120, unit: 'minutes' }],
    ['2 heures', { value: 120, unit: 'minutes' }],
    ['1h15 min', { value: 75, unit: 'minutes' }],
    ['30 mn', { value: 30, unit: 'minutes' }],
    ['45 minutes', { value: 45, unit: 'minutes' }],
    ['1,5 h', { value: 90, unit: 'minutes' }],
    ['3 jours', { value: 3, unit: 'days' }],
    ['10 semaines', { value: 10, unit: 'weeks' }],
    ['5 mois', { value: 5, unit: 'months' }],
    ['1 an', { value: 12, unit: 'months' }],
  ])('%j → %j', (input, expected) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: expected });
  });
  it.each(['2 heures et demie', '2h75', '12', 'semaine', '1,3 semaine'])('refuses %j', (input) => {
    expect(parseDuration(input).ok).toBe(false);
  });
});

describe('parseDurationRange', () => {
  it.each([
    ['2 h', { min: 120, max: 120, unit: 'minutes' }],
    ['2h30 à 3h', { min: 150, max: 180, unit: 'minutes' }],
    ['30 mn à 1h', { min: 30, max: 60, unit: 'minutes' }],
    ['10 à 12 semaines', { min: 10, max: 12, unit: 'weeks' }],
    ['10-12 semaines', { min: 10, max: 12, unit: 'weeks' }],
    ['3 à 4 mois', { min: 3, max: 4, unit: 'months' }],
  ])('%j → %j', (input, expected) => {
    expect(parseDurationRange(input)).toEqual({ ok: true, value: expected });
  });
  it.each(['2 semaines à 3 mois', '2h à', 'longtemps'])('refuses %j', (input) => {
    expect(parseDurationRange(input).ok).toBe(false);
  });
});

describe('parsePartialDate', () => {
  it.each([
    [2018, '2018'],
    ['2018', '2018'],
    ['2018-03', '2018-03'],
    ['2022-08-05', '2022-08-05'],
    ['05/08/2022', '2022-08-05'],
    ['5 août 2022', '2022-08-05'],
    ['1er août 2022', '2022-08-01'],
    ['mars 2018', '2018-03'],
    ['Février 2020', '2020-02'],
  ])('%j → %j', (input, expected) => {
    expect(parsePartialDate(input)).toEqual({ ok: true, value: expected });
  });
  it.each(['2022-02-30', '31/04/2022', '2018-13', 'printemps 2019', '18'])('refuses %j', (input) => {
    expect(parsePartialDate(input).ok).toBe(false);
  });
  it.each([
    ['2018', { first: '2018-01-01', last: '2018-12-31' }],
    ['2020-02', { first: '2020-02-01', last: '2020-02-29' }],
    ['2022-08-05', { first: '2022-08-05', last: '2022-08-05' }],
  ])('bounds of %j', (input, expected) => {
    expect(dateBounds(input)).toEqual(expected);
  });
});

describe('parseShare', () => {
  it.each([
    ['1/4', { numerator: 1, denominator: 4 }],
    ['25 %', { numerator: 25, denominator: 100 }],
    [25, { numerator: 25, denominator: 100 }],
  ])('%j → %j', (input, expected) => {
    expect(parseShare(input)).toEqual({ ok: true, value: expected });
  });
  it.each(['5/4', '120 %', 'un quart', '1/0'])('refuses %j', (input) => {
    expect(parseShare(input).ok).toBe(false);
  });
});

describe('parseFrequency', () => {
  it.each([
    ['hebdomadaire', { kind: 'every', n: 1, unit: 'weeks' }],
    ['Toutes les 6 semaines', { kind: 'every', n: 6, unit: 'weeks' }],
    ['2 fois par semaine', { kind: 'times', n: 2, unit: 'weeks' }],
    ['mensuel', { kind: 'every', n: 1, unit: 'months' }],
    ['une fois', { kind: 'once' }],
  ])('%j → %j', (input, expected) => {
    expect(parseFrequency(input)).toEqual(expected);
  });
  it('refuses free text', () => expect(parseFrequency('de temps en temps')).toBeUndefined());
});
