/**
 * What code receives after the schemas normalise what authors type.
 */
import { describe, expect, it } from 'vitest';
import { DurationFactSchema, DurationRangeSchema, DurationSchema } from '../../schemas/duration';
import { MoneySchema } from '../../schemas/money';
import { RangeSchema } from '../../schemas/range';
import { TerritorySchema } from '../../schemas/territory';
import { PhoneSchema } from '../../schemas/text';
import { VatRegimeSchema } from '../../schemas/vat';
import { PartialDateSchema } from '../../schemas/date';
import { FrequencySchema } from '../../schemas/workshop';
import { ProgrammeSchema } from '../../schemas/programme';
import { AwardCriteriaSchema } from '../../schemas/award-criteria';
import { SiretSchema } from '../../schemas/organisation';

const ok = (schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } }, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.success).toBe(true);
  return result.data;
};
const ko = (schema: { safeParse: (v: unknown) => { success: boolean } }, input: unknown) => expect(schema.safeParse(input).success).toBe(false);

describe('MoneySchema', () => {
  it.each([
    [7900, { cents: 790000, currency: 'EUR' }],
    ['38 400 € TTC', { cents: 3840000, currency: 'EUR', basis: 'TTC' }],
    [{ amount: 35000, basis: 'TTC' }, { cents: 3500000, currency: 'EUR', basis: 'TTC' }],
    [{ amount: '26 000,50 €', basis: 'HT' }, { cents: 2600050, currency: 'EUR', basis: 'HT' }],
    [0.1 + 0.2, { cents: 30, currency: 'EUR' }],
  ])('%j → %j', (input, expected) => expect(ok(MoneySchema(), input)).toEqual(expected));
  it.each([['-5'], [12.345], [{ amount: '5 € HT', basis: 'TTC' }], [{ amount: 5, currency: 'USD' }], [true]])('refuses %j', (input) => ko(MoneySchema(), input));
});

describe('RangeSchema', () => {
  it.each([
    [{}, 12, { min: 12, max: 12 }],
    [{}, '10 à 12', { min: 10, max: 12 }],
    [{}, 'plus de 30', { min: 30 }],
    [{}, { min: 10, max: 12 }, { min: 10, max: 12 }],
    [{ integer: true }, '3 à 4', { min: 3, max: 4 }],
  ])('%j %j → %j', (options, input, expected) => expect(ok(RangeSchema(options), input)).toEqual(expected));
  it.each([
    [{}, '12 à 10'],
    [{ closed: true }, 'plus de 30'],
    [{ integer: true }, '2,5 à 3'],
    [{}, {}],
    [{}, -1],
  ])('%j refuses %j', (options, input) => ko(RangeSchema(options), input));
});

describe('durations', () => {
  it.each([
    ['2h30', { value: 150, unit: 'minutes' }],
    [{ value: 2.5, unit: 'hours' }, { value: 150, unit: 'minutes' }],
    ['5 mois', { value: 5, unit: 'months' }],
  ])('DurationSchema %j → %j', (input, expected) => expect(ok(DurationSchema(), input)).toEqual(expected));
  it.each([
    ['2h30 à 3h', { min: 150, max: 180, unit: 'minutes' }],
    [{ min: 2.5, max: 3, unit: 'hours' }, { min: 150, max: 180, unit: 'minutes' }],
    ['10 à 12 semaines', { min: 10, max: 12, unit: 'weeks' }],
  ])('DurationRangeSchema %j → %j', (input, expected) => expect(ok(DurationRangeSchema(), input)).toEqual(expected));
  it('refuses a duration range that goes backwards', () => ko(DurationRangeSchema(), { min: 3, max: 2, unit: 'hours' }));
  it.each([
    ['2 ans au plus', { min: 24, max: 24, unit: 'months', atMost: true, years: true }],
    ['au maximum 9 mois', { min: 9, max: 9, unit: 'months', atMost: true }],
    ['12 semaines maximum', { min: 12, max: 12, unit: 'weeks', atMost: true }],
    ['5 mois', { min: 5, max: 5, unit: 'months' }],
  ])('a pathway’s duration %j → %j', (input, expected) => expect(ok(DurationFactSchema(), input)).toEqual(expected));
  // Only a pathway's duration takes a bound: a session's is a duration or a range; « au moins »
  // and a set of values are not a pathway's duration.
  it.each([
    [DurationRangeSchema(), '2 h au plus'],
    [DurationFactSchema(), 'au moins 3 mois'],
    [DurationFactSchema(), '12 ou 24 mois'],
    [DurationFactSchema(), '30 jours ouvrés au plus'],
  ])('refuses %# %j', (schema, input) => ko(schema, input));
});

describe('dates, phones, frequencies, VAT, SIRET', () => {
  it('normalises dates', () => {
    expect(ok(PartialDateSchema(), '05/08/2022')).toBe('2022-08-05');
    expect(ok(PartialDateSchema(), 2018)).toBe('2018');
  });
  it('normalises phone numbers', () => {
    expect(ok(PhoneSchema(), '0546508625')).toBe('05 46 50 86 25');
    expect(ok(PhoneSchema(), '+33 5.46.50.86.25')).toBe('+33 5 46 50 86 25');
  });
  it('normalises frequencies', () => {
    expect(ok(FrequencySchema(), 'toutes les 6 semaines')).toEqual({ kind: 'every', n: 6, unit: 'weeks' });
    expect(ok(FrequencySchema(), { every: 2, unit: 'weeks' })).toEqual({ kind: 'every', n: 2, unit: 'weeks' });
  });
  it('reads VAT regimes and rates', () => {
    expect(ok(VatRegimeSchema(), { kind: 'subject', rate: '5,5' })).toEqual({ kind: 'subject', rate: 5.5 });
    expect(ok(VatRegimeSchema(), { kind: 'franchise-293-b' })).toEqual({ kind: 'franchise-293-b' });
    ko(VatRegimeSchema(), { kind: 'exempt-261-7-1', rate: 20 });
  });
  it('checks SIRET keys', () => {
    expect(ok(SiretSchema(), '732 829 320 00074')).toBe('73282932000074');
    ko(SiretSchema(), '732 829 320 00075');
  });
});

describe('TerritorySchema', () => {
  it('deduces the région from the département', () => {
    expect(ok(TerritorySchema(), { departement: 'Hérault' })).toEqual({ departements: [{ code: '34', name: 'Hérault' }], regions: ['Occitanie'] });
    expect(ok(TerritorySchema(), { departement: '2a' })).toMatchObject({ departements: [{ code: '2A' }], regions: ['Corse'] });
    expect(ok(TerritorySchema(), { departement: 974 })).toMatchObject({ regions: ['La Réunion'] });
  });
  it('refuses a région that contradicts the département', () => ko(TerritorySchema(), { departement: 31, region: 'Auvergne-Rhône-Alpes' }));
});

describe('AwardCriteriaSchema', () => {
  const quality = { id: 'valeur-technique', type: 'quality', name: 'Valeur technique' };
  it.each([
    ['percentages adding up to 100', { weighting: 'percentage', criteria: [{ ...quality, weight: 60 }, { id: 'prix', type: 'price', name: 'Prix', weight: 40 }] }],
    ['a call for projects with no price criterion', { weighting: 'percentage', criteria: [{ ...quality, weight: 100 }] }],
    ['points with their total', { weighting: 'points', pointsTotal: 20, criteria: [{ ...quality, weight: 12 }, { id: 'prix', type: 'price', name: 'Prix', weight: 8 }] }],
    ['an order of importance', { weighting: 'order', criteria: [{ ...quality, weight: 1 }, { id: 'prix', type: 'price', name: 'Prix', weight: 2 }] }],
    ['weighted sub-criteria adding up to the criterion', { weighting: 'percentage', criteria: [{ ...quality, weight: 100, subcriteria: [{ id: 'a', name: 'A', weight: 60 }, { id: 'b', name: 'B', weight: 40 }] }] }],
  ])('accepts %s', (_name, input) => {
    ok(AwardCriteriaSchema(), input);
  });
  it.each([
    ['percentages adding up to 90', { weighting: 'percentage', criteria: [{ ...quality, weight: 90 }] }],
    ['points adding up to the wrong total', { weighting: 'points', pointsTotal: 20, criteria: [{ ...quality, weight: 12 }] }],
    ['orders with a gap', { weighting: 'order', criteria: [{ ...quality, weight: 1 }, { id: 'prix', type: 'price', name: 'Prix', weight: 3 }] }],
    ['some sub-criteria weighted and others not', { weighting: 'percentage', criteria: [{ ...quality, weight: 100, subcriteria: [{ id: 'a', name: 'A', weight: 100 }, { id: 'b', name: 'B' }] }] }],
  ])('refuses %s', (_name, input) => ko(AwardCriteriaSchema(), input));
});

describe('ProgrammeSchema', () => {
  const minimal = {
    title: 'T',
    summary: 'S',
    status: 'running',
    carriers: [{ name: 'CCAS' }],
    territory: { departement: 50 },
    themes: ['integration-through-work'],
    public: {},
  };
  it('accepts a programme that gives almost nothing, and leaves the rest absent', () => {
    const programme = ok(ProgrammeSchema(), minimal) as Record<string, unknown>;
    expect(programme.budget).toBeUndefined();
    expect(programme.workshops).toBeUndefined();
    expect(programme.results).toBeUndefined();
  });
  it('computes a budget line from quantity × unit price', () => {
    const programme = ok(ProgrammeSchema(), { ...minimal, budget: { total: 800, lines: [{ label: 'Animation', quantity: 4, unit: 'hour', unitPrice: 200 }] } }) as {
      budget: { lines: Array<{ amount: { cents: number } }> };
    };
    expect(programme.budget.lines[0].amount.cents).toBe(80000);
  });
  it('parses Markdown once into mdast', () => {
    const programme = ok(ProgrammeSchema(), { ...minimal, context: 'Un **contexte**.' }) as { context: { source: string; mdast: { type: string; children: unknown[] } } };
    expect(programme.context.source).toBe('Un **contexte**.');
    expect(programme.context.mdast.type).toBe('root');
    expect(JSON.stringify(programme.context.mdast)).not.toContain('position');
  });
});
