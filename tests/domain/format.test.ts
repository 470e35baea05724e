import { describe, expect, it } from 'vitest';
import {
  formatAgeRange,
  formatDate,
  formatInstant,
  formatDuration,
  formatDurationRange,
  formatFrequency,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatHumanTime,
  formatPeriod,
  formatRange,
  formatRate,
  formatShare,
  formatTerritoryFigure,
  periodYears,
} from '../../src/domain/format';

// Narrow no-break space (thousands, before % and ;), no-break space (before €, inside units).
const N = '\u202F';
const S = '\u00A0';
const d = (date: string) => ({ date });

describe('formatMoney', () => {
  it.each([
    [790000, {}, `7${N}900${S}€`],
    [3840000, {}, `38${N}400${S}€`],
    [3840050, {}, `38${N}400,50${S}€`],
    [10000000, {}, `100${N}000${S}€`],
    [5, {}, `0,05${S}€`],
    [3120000, { basis: 'TTC' as const }, `31${N}200${S}€${S}TTC`],
    [790000, { cents: true }, `7${N}900,00${S}€`],
  ])('%d cents %j → %j', (cents, options, expected) => {
    expect(formatMoney(cents, options)).toBe(expected);
  });
});

describe('numbers and percentages', () => {
  it.each([
    [5600, 2, `5${N}600`],
    [58.333, 2, '58,33'],
    [17.6, 1, '17,6'],
  ])('formatNumber(%d, %d) → %j', (n, d, expected) => expect(formatNumber(n, d)).toBe(expected));
  it.each([
    [58.333, 0, `58${N}%`],
    [58.333, 1, `58,3${N}%`],
    [100, 0, `100${N}%`],
  ])('formatPercent(%d, %d) → %j', (n, d, expected) => expect(formatPercent(n, d)).toBe(expected));
  it('formats a rate with its denominator', () => {
    expect(formatRate(7, 12)).toBe(`7 sur 12 (58${N}%)`);
    expect(formatRate(4, 8)).toBe(`4 sur 8 (50${N}%)`);
  });
});

describe('dates', () => {
  it.each([
    ['2022-08-05', `5${S}août${S}2022`],
    ['2022-08-01', `1er${S}août${S}2022`],
    ['2018-03', `mars${S}2018`],
    ['2018', '2018'],
    ['2022-08-05T12:00', `5${S}août${S}2022 à 12${S}h`],
    ['2022-08-05T09:30', `5${S}août${S}2022 à 9${S}h 30`],
  ])('formatDate(%j) → %j', (iso, expected) => expect(formatDate(iso)).toBe(expected));
  it.each([
    ['winter, UTC+1', '2026-12-01T20:37:00Z', `1er${S}décembre${S}2026 à 21${S}h 37`],
    ['summer, UTC+2', '2026-07-14T08:00:00Z', `14${S}juillet${S}2026 à 10${S}h`],
    ['the day after in Paris', '2026-03-31T22:05:00Z', `1er${S}avril${S}2026 à 0${S}h 05`],
    ['the last hour of winter time', '2026-03-29T00:59:00Z', `29${S}mars${S}2026 à 1${S}h 59`],
    ['the first of summer time', '2026-03-29T01:00:00Z', `29${S}mars${S}2026 à 3${S}h`],
  ])('formatInstant: %s', (_case, instant, expected) => {
    expect(formatInstant(instant)).toBe(expected);
    expect(formatInstant(new Date(instant))).toBe(expected);
  });
  it('shows what is not a moment as it came, without stopping', () => expect(formatInstant('hier soir')).toBe('hier soir'));
  it('formats periods', () => {
    expect(formatPeriod({ start: d('2018-03'), end: d('2019-04') })).toBe(`de mars${S}2018 à avril${S}2019`);
    expect(formatPeriod({ start: d('2020-10'), ongoing: true })).toBe(`depuis octobre${S}2020`);
    expect(formatPeriod({ start: d('2020-10') })).toBe(`à partir d’octobre${S}2020, fin non renseignée`);
    expect(formatPeriod({ start: d('2021'), end: d('2021') })).toBe('2021');
  });
  it('lists the years of a period', () => {
    expect(periodYears({ start: d('2021'), end: d('2022-06') })).toEqual([2021, 2022]);
    expect(periodYears({ start: d('2020-10') })).toEqual([2020]);
  });
});

describe('durations and ranges', () => {
  it.each([
    [150, `2${S}h${S}30`],
    [120, `2${S}h`],
    [45, `45${S}min`],
    [1860, `31${S}h`],
    [65, `1${S}h${S}05`],
  ])('formatMinutes(%d) → %j', (minutes, expected) => expect(formatMinutes(minutes)).toBe(expected));
  it.each([
    [{ value: 10, unit: 'weeks' as const }, `10${S}semaines`],
    [{ value: 1, unit: 'weeks' as const }, `1${S}semaine`],
    [{ value: 5, unit: 'months' as const }, `5${S}mois`],
    [{ value: 3, unit: 'days' as const }, `3${S}jours`],
  ])('formatDuration(%j) → %j', (d, expected) => expect(formatDuration(d)).toBe(expected));
  it.each([
    [{ min: 150, max: 180, unit: 'minutes' as const }, `2${S}h${S}30 à 3${S}h`],
    [{ min: 30, max: 60, unit: 'minutes' as const }, `30${S}min à 1${S}h`],
    [{ min: 10, max: 12, unit: 'weeks' as const }, `10 à 12${S}semaines`],
    [{ min: 120, max: 120, unit: 'minutes' as const }, `2${S}h`],
  ])('formatDurationRange(%j) → %j', (r, expected) => expect(formatDurationRange(r)).toBe(expected));
  it.each([
    [{ min: 10, max: 12 }, undefined, '10 à 12'],
    [{ min: 12, max: 12 }, undefined, '12'],
    [{ min: 10, max: 12 }, ['semaine', 'semaines'] as const, `10 à 12${S}semaines`],
    [{ min: 30 }, undefined, '30 et plus'],
    [{ max: 25 }, undefined, 'jusqu’à 25'],
  ])('formatRange(%j) → %j', (r, unit, expected) => expect(formatRange(r, unit)).toBe(expected));
  it.each([
    [{ min: 18, max: 55 }, 'de 18 à 55 ans'],
    [{ min: 30 }, 'plus de 30 ans'],
    [{ max: 25 }, 'moins de 25 ans'],
  ])('formatAgeRange(%j) → %j', (r, expected) => expect(formatAgeRange(r)).toBe(expected));
});

describe('frequencies and shares', () => {
  it.each([
    [{ kind: 'every' as const, n: 1, unit: 'weeks' as const }, 'chaque semaine'],
    [{ kind: 'every' as const, n: 6, unit: 'weeks' as const }, 'toutes les 6 semaines'],
    [{ kind: 'times' as const, n: 2, unit: 'weeks' as const }, '2 fois par semaine'],
    [{ kind: 'once' as const }, 'une fois'],
  ])('formatFrequency(%j) → %j', (f, expected) => expect(formatFrequency(f)).toBe(expected));
  it('keeps a fraction as written and a percentage as a percentage', () => {
    expect(formatShare({ numerator: 1, denominator: 4 })).toBe('1/4');
    expect(formatShare({ numerator: 25, denominator: 100 })).toBe(`25${N}%`);
  });
});

describe('formatPeriod', () => {
  it.each([
    [{ start: d('2020-10'), end: d('2021-10') }, `d’octobre${S}2020 à octobre${S}2021`],
    [{ start: d('2018-04'), end: d('2018-08') }, `d’avril${S}2018 à août${S}2018`],
    [{ start: d('2018-03'), end: d('2019-04') }, `de mars${S}2018 à avril${S}2019`],
    [{ start: d('2021'), end: d('2022') }, 'de 2021 à 2022'],
  ])('elides before a vowel: %j → %s', (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });
});

describe('formatHumanTime', () => {
  it.each<[Parameters<typeof formatHumanTime>[0], string | undefined]>([
    [{ hours: 120 }, `120${S}h`],
    [{ hours: 1.5 }, `1${S}h${S}30`],
    [{ weeklyHours: 35, over: { value: 6, unit: 'months' } }, `35${S}h par semaine, pendant 6${S}mois`],
    [{ share: { value: 50 } }, `50${N}% du temps de travail`],
    [{ share: { value: 10, approx: 'about' } }, `environ 10${N}% du temps de travail`],
    [{ share: { value: 12.5 } }, `12,5${N}% du temps de travail`],
    [{ fte: 0.5 }, `0,5 équivalent temps plein`],
    [{ over: { value: 2, unit: 'weeks' } }, `pendant 2${S}semaines`],
    [{}, undefined],
  ])('%j → %s', (time, expected) => {
    expect(formatHumanTime(time)).toBe(expected);
  });
});

describe('formatTerritoryFigure', () => {
  // One formatter for the sheet and the call page: a bound stays a bound on both.
  it.each([
    [{ value: 55.78, unit: 'percent' }, `55,78${N}%`],
    [{ value: 25, unit: 'percent', bound: 'more-than' }, `plus de 25${N}%`],
    [{ value: 1200, unit: 'euros' }, `1${N}200${S}€`],
    [{ value: 15, unit: 'kilometres' }, `15${S}km`],
    [{ value: 3200, unit: 'people' }, `3${N}200`],
  ] as const)('%j → %s', (figure, expected) => {
    expect(formatTerritoryFigure(figure)).toBe(expected);
  });
});
