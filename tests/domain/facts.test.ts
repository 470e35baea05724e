/**
 * The pure side of the shared primitives: the days a qualified date may be and how dates are
 * ordered, when two counts (or a count and a budget) may be combined, and their French words.
 */
import { describe, expect, it } from 'vitest';
import { combine, combineWithBudget, inclusiveBounds, isExact, sameBasis, writtenBound, type Count } from '../../src/domain/counts';
import { compareBounds, envelope, qualifiedBounds, sortKey, type QualifiedDate } from '../../src/domain/dates';
import {
  formatCount,
  formatDisputedDate,
  formatGivenPercent,
  formatKnown,
  formatPeriod,
  formatQualifiedDate,
  formatSources,
  periodYears,
} from '../../src/domain/format';
import { knownValue, knownWord } from '../../src/domain/known';

const S = '\u00A0';
const N = '\u202F';
const q = (date: string, qualifier?: QualifiedDate['qualifier']): QualifiedDate => (qualifier ? { date, qualifier } : { date });

describe('qualifiedBounds', () => {
  it.each<[QualifiedDate, { first?: string; last?: string }]>([
    [q('2003'), { first: '2003-01-01', last: '2003-12-31' }],
    [q('2003', 'late'), { first: '2003-09-01', last: '2003-12-31' }],
    [q('2009', 'early'), { first: '2009-01-01', last: '2009-04-30' }],
    [q('2015', 'mid'), { first: '2015-05-01', last: '2015-08-31' }],
    [q('2010-05', 'early'), { first: '2010-05-01', last: '2010-05-10' }],
    [q('2010-01', 'late'), { first: '2010-01-21', last: '2010-01-31' }],
    [q('2024-02', 'late'), { first: '2024-02-21', last: '2024-02-29' }],
    [q('2021', 'spring'), { first: '2021-03-20', last: '2021-06-20' }],
    [q('2021', 'winter'), { first: '2020-12-21', last: '2021-03-19' }],
    [q('2009', 'around'), { first: '2008-01-01', last: '2010-12-31' }],
    [q('2010-01', 'around'), { first: '2009-12-01', last: '2010-02-28' }],
    [q('2009', 'before'), { last: '2008-12-31' }],
    [q('2009-03', 'after'), { first: '2009-04-01' }],
    [q('2023-03-01', 'not-before'), { first: '2023-03-01' }],
    [q('2024-06', 'not-after'), { last: '2024-06-30' }],
  ])('%j → %j', (date, expected) => expect(qualifiedBounds(date)).toEqual(expected));

  it('orders dates by their bounds, and says when either may come first', () => {
    const b = (d: QualifiedDate) => qualifiedBounds(d);
    expect(compareBounds(b(q('2003', 'late')), b(q('2004', 'early')))).toBe('before');
    expect(compareBounds(b(q('2009')), b(q('2009', 'late')))).toBe('overlap');
    expect(compareBounds(b(q('2010')), b(q('2009', 'around')))).toBe('overlap');
    expect(compareBounds(b(q('2012', 'after')), b(q('2010', 'before')))).toBe('after');
    expect([q('2005'), q('2003', 'late'), q('2004', 'before')].map(b).map(sortKey)).toEqual(['2005-01-01', '2003-09-01', '2003-12-31']);
  });

  it('covers every reading of a disputed date', () =>
    expect(envelope([qualifiedBounds(q('2009-11')), qualifiedBounds(q('2009-12-01'))])).toEqual({ first: '2009-11-01', last: '2009-12-01' }));
});

describe('French dates and periods', () => {
  it.each<[QualifiedDate, string]>([
    [q('2003', 'late'), 'fin 2003'],
    [q('2010-05', 'early'), `début mai${S}2010`],
    [q('2015', 'mid'), 'mi-2015'],
    [q('2021', 'spring'), 'printemps 2021'],
    [q('2009', 'around'), 'vers 2009'],
    [q('2010-05-03', 'before'), `avant le 3${S}mai${S}2010`],
    [q('2023-03-01', 'not-before'), `au plus tôt le 1er${S}mars${S}2023`],
    [q('2024-06', 'not-after'), `au plus tard en juin${S}2024`],
    [q('2018-03'), `mars${S}2018`],
  ])('%j → %s', (date, expected) => expect(formatQualifiedDate(date)).toBe(expected));

  it('names each reading’s source when sources disagree', () => {
    const label = (ids: string[]) => ids.map((id) => ({ unccas: 'Unccas', presse: 'Sud Ouest' })[id]).join(', ');
    expect(formatDisputedDate({ date: '2009-11', source: ['unccas'], alternatives: [{ date: '2009-12-01', source: ['presse'] }] }, label)).toBe(
      `novembre${S}2009 (Unccas) ou 1er${S}décembre${S}2009 (Sud Ouest)`,
    );
  });

  it.each([
    [{ start: q('1991'), ongoing: true as const }, 'depuis 1991'],
    [{ start: q('2003', 'late'), ongoing: true as const }, 'depuis fin 2003'],
    [{ start: q('2005-02-01'), ongoing: true as const }, `depuis le 1er${S}février${S}2005`],
    [{ start: q('2009') }, 'à partir de 2009, fin non renseignée'],
    [{ end: q('2010') }, 'jusqu’en 2010'],
    [{ end: q('2010-05-31') }, `jusqu’au 31${S}mai${S}2010`],
    [{ end: q('2010', 'late') }, 'jusqu’à fin 2010'],
    [{ ongoing: true as const }, 'en cours, début non renseigné'],
    [{ start: q('2008', 'early'), end: q('2010-05', 'early') }, `de début 2008 à début mai${S}2010`],
  ])('%j → %s', (period, expected) => expect(formatPeriod(period)).toBe(expected));

  it.each([
    // An ongoing period runs at least to the latest year the content attests, never further.
    [{ start: q('1991'), ongoing: true as const }, 1994, [1991, 1992, 1993, 1994]],
    [{ start: q('1991'), ongoing: true as const }, undefined, [1991]],
    [{ start: q('2003', 'late'), end: q('2005') }, undefined, [2003, 2004, 2005]],
    [{ start: q('2009', 'before'), end: q('2012') }, undefined, []],
    [{ end: q('2012') }, undefined, []],
  ])('periodYears(%j, %j) → %j', (period, attested, expected) => expect(periodYears(period, attested)).toEqual(expected));
});

const count = (c: Partial<Count>): Count => ({ precision: 'exact', unit: 'people', ...c });

describe('counts', () => {
  it.each<[Partial<Count>, string]>([
    [{ min: 12, max: 12, unit: 'posts' }, `12${S}postes en insertion`],
    [{ min: 1, max: 1 }, `1${S}personne`],
    [{ min: 10, max: 12, period: 'cohort' }, `10 à 12${S}personnes par groupe`],
    [{ min: 60, max: 60, precision: 'approx', approx: 'about', period: 'year' }, `environ 60${S}personnes par an`],
    [{ min: 60, max: 60, precision: 'approx', approx: 'round', period: 'year' }, 'une soixantaine de personnes par an'],
    [{ min: 40, max: 40, precision: 'approx', approx: 'round', unit: 'companies' }, 'une quarantaine d’entreprises'],
    [{ min: 600, max: 600, precision: 'approx', approx: 'nearly', period: 'year', date: q('2010') }, `près de 600${S}personnes en 2010`],
    [{ min: 10, max: 10, precision: 'average', period: 'session' }, `en moyenne 10${S}personnes par séance`],
    [{ min: 251, bound: 'more-than', kind: 'achieved', period: 'at-date', date: q('2021-03-31') }, `plus de 250${S}personnes au 31${S}mars${S}2021`],
    [{ min: 3000, max: 3000, kind: 'target', date: q('2020') }, `3${N}000${S}personnes d’ici 2020`],
    [{ max: 25, bound: 'less-than' }, `moins de 26${S}personnes`],
    [{ min: 12, bound: 'at-least', unit: 'fte' }, `au moins 12${S}ETP`],
    [{ min: 197, max: 197, unit: 'items' }, '197'],
    // Days without a year: said so, or of the year the count gives.
    [{ min: 250, max: 250, unit: 'households', within: { from: '01-01', to: '08-31' } }, `250${S}ménages du 1er${S}janvier au 31${S}août, année non précisée`],
    [{ min: 250, max: 250, unit: 'households', date: q('2023'), within: { from: '01-01', to: '08-31' } }, `250${S}ménages du 1er${S}janvier au 31${S}août${S}2023`],
    [{ min: 30, max: 30, within: { from: '09-01', to: '06-30' } }, `30${S}personnes du 1er${S}septembre au 30${S}juin, année non précisée`],
  ])('%j → %s', (c, expected) => expect(formatCount(count(c))).toBe(expected));

  it('puts the caller’s words after the unit, and leaves the period out when asked', () => {
    const c = count({ min: 251, bound: 'more-than', kind: 'achieved', period: 'at-date', date: q('2021-03-31') });
    expect(formatCount(c, { label: 'accompagnées' })).toBe(`plus de 250${S}personnes accompagnées au 31${S}mars${S}2021`);
    expect(formatCount(c, { bare: true })).toBe(`plus de 250${S}personnes`);
  });

  it.each([
    [{ min: 250, bound: 'more-than' as const }, 'people' as const, { min: 251 }],
    [{ max: 26, bound: 'less-than' as const }, 'people' as const, { max: 25 }],
    [{ max: 26, bound: 'less-than' as const }, 'fte' as const, { max: 26 }],
    [{ min: 12, bound: 'at-least' as const }, 'people' as const, { min: 12 }],
  ])('inclusiveBounds(%j, %s) → %j', (text, unit, expected) => expect(inclusiveBounds(text, unit)).toEqual(expected));

  it('writes a bound back as the source wrote it', () => {
    expect(writtenBound({ min: 251, bound: 'more-than', unit: 'people' })).toBe(250);
    expect(writtenBound({ max: 25, bound: 'less-than', unit: 'people' })).toBe(26);
  });

  it.each<[Partial<Count>, boolean]>([
    [{ min: 12, max: 12 }, true],
    [{ min: 10, max: 12 }, true],
    [{ min: 60, max: 60, precision: 'approx', approx: 'about' }, false],
    [{ min: 10, max: 10, precision: 'average' }, false],
    [{ min: 251, bound: 'more-than' }, false],
  ])('isExact(%j) → %s', (c, expected) => expect(isExact(count(c))).toBe(expected));
});

describe('what may be combined', () => {
  const twelve = count({ min: 12, max: 12, kind: 'achieved', period: 'whole' });
  it.each<[string, Count, Count, ReturnType<typeof combine>]>([
    ['two exact counts of people over the whole action', twelve, count({ min: 7, max: 7, kind: 'achieved', period: 'whole' }), { ok: true }],
    ['people and posts', twelve, count({ min: 12, max: 12, unit: 'posts', kind: 'achieved', period: 'whole' }), { ok: false, reason: 'unit' }],
    ['a target and an achievement', twelve, count({ min: 500, max: 500, kind: 'target', period: 'whole' }), { ok: false, reason: 'kind' }],
    ['per year and per cohort', count({ min: 24, max: 24, period: 'year' }), count({ min: 12, max: 12, period: 'cohort' }), { ok: false, reason: 'period' }],
    ['an approximate count', twelve, count({ min: 60, max: 60, precision: 'approx', kind: 'achieved', period: 'whole' }), { ok: false, reason: 'inexact' }],
    ['a count of unknown period', count({ min: 12, max: 12 }), count({ min: 12, max: 12 }), { ok: false, reason: 'period' }],
  ])('%s', (_name, a, b, expected) => expect(combine(a, b)).toEqual(expected));

  it.each<[string, Parameters<typeof combineWithBudget>[0], Count, ReturnType<typeof combine>]>([
    ['a whole-action budget and its headcount', { exact: true, period: 'whole' }, twelve, { ok: true }],
    ['a 2016 budget and a count of 2016', { exact: true, period: 'year', date: q('2016') }, count({ min: 60, max: 60, period: 'year', date: q('2016') }), { ok: true }],
    // The case: a 2016 budget, an action since 1991, « une soixantaine par an ».
    ['a 2016 budget and « une soixantaine par an »', { exact: true, period: 'year', date: q('2016') }, count({ min: 60, max: 60, precision: 'approx', approx: 'round', period: 'year' }), { ok: false, reason: 'inexact' }],
    ['a 2016 budget and an exact yearly count of no stated year', { exact: true, period: 'year', date: q('2016') }, count({ min: 60, max: 60, period: 'year' }), { ok: false, reason: 'period' }],
    ['a yearly budget and a whole-action count', { exact: true, period: 'year' }, twelve, { ok: false, reason: 'period' }],
    ['an approximate budget', { exact: false, period: 'whole' }, twelve, { ok: false, reason: 'inexact' }],
    ['a budget and salaried posts', { exact: true, period: 'year' }, count({ min: 18, max: 18, unit: 'posts', kind: 'capacity', period: 'year' }), { ok: false, reason: 'capacity' }],
  ])('%s', (_name, budget, people, expected) => expect(combineWithBudget(budget, people)).toEqual(expected));

  it('compares periods with their dates, except over the whole action', () => {
    expect(sameBasis({ period: 'whole', date: q('2019') }, { period: 'whole' })).toBe(true);
    expect(sameBasis({ period: 'year', date: q('2016') }, { period: 'year', date: q('2017') })).toBe(false);
    expect(sameBasis({ period: 'year' }, { period: 'year' })).toBe(true);
  });
});

describe('known facts, percentages and sources', () => {
  it('keeps none and unknown apart', () => {
    const words = { none: 'aucun minimum', unknown: 'minimum non précisé' };
    expect(formatKnown({ state: 'none' }, String, words)).toBe('aucun minimum');
    expect(formatKnown({ state: 'unknown' }, String, words)).toBe('minimum non précisé');
    expect(formatKnown({ state: 'value', value: 12 }, (n) => `${n} heures`, words)).toBe('12 heures');
    expect([knownWord('Néant'), knownWord('non précisée'), knownWord('12')]).toEqual(['none', 'unknown', undefined]);
    expect(knownValue({ state: 'value', value: 3 })).toBe(3);
    expect(knownValue({ state: 'none' })).toBeUndefined();
  });

  it.each([
    [55.78, `55,78${N}%`],
    [40, `40${N}%`],
    [8.125, `8,125${N}%`],
  ])('a given percentage keeps its decimals: %d → %s', (value, expected) => expect(formatGivenPercent(value)).toBe(expected));

  it('names sources by publisher and date, with the title when a publisher has several', () => {
    const all = [
      { id: 'fiche', title: 'Jardinons ensemble', publisher: 'Unccas', date: '2019-11-28' },
      { id: 'palmares', title: 'Palmarès 2010', publisher: 'Unccas' },
      { id: 'presse', title: 'Un jardin', publisher: 'Sud Ouest', date: '2009-12' },
    ];
    expect(formatSources(['presse'], all)).toBe(`source${S}: Sud Ouest, décembre${S}2009`);
    expect(formatSources(['fiche', 'presse', 'inconnue'], all)).toBe(
      `sources${S}: Unccas, «${S}Jardinons ensemble${S}», 28${S}novembre${S}2019${N}; Sud Ouest, décembre${S}2009`,
    );
    expect(formatSources(['inconnue'], all)).toBeUndefined();
  });
});
