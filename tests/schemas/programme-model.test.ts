/**
 * The parts of the programme model real sheets asked for: shares and percentages as written, ages
 * with strict bounds, approximate budgets and their periods, a funder's share checked against its
 * amount, surfaces, steps kept in order, references to sites, partners of unknown role.
 */
import { describe, expect, it } from 'vitest';
import { BudgetSchema } from '../../schemas/budget';
import { PhaseSchema } from '../../schemas/phase';
import { ProgrammeSchema } from '../../schemas/programme';
import { AgeSchema } from '../../schemas/public';
import { GivenPercentSchema, GivenShareSchema } from '../../schemas/share';
import { SurfaceSchema } from '../../schemas/site';
import { RangeSchema } from '../../schemas/range';

type Parser = { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: Array<{ path: PropertyKey[]; params?: unknown }> } } };
const ok = (schema: Parser, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.error?.issues ?? []).toEqual([]);
  return result.data;
};
const rules = (schema: Parser, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path, rule: (i.params as { rule?: string } | undefined)?.rule }));
};

describe('shares and percentages as the source writes them', () => {
  it.each([
    ['55,78 %', { numerator: 55.78, denominator: 100 }],
    ['1/4', { numerator: 1, denominator: 4 }],
    ['un tiers', { numerator: 1, denominator: 3, words: true }],
    ['la moitié', { numerator: 1, denominator: 2, words: true }],
    ['environ 40 %', { numerator: 40, denominator: 100, approx: 'about' }],
    ["près d'un tiers", { numerator: 1, denominator: 3, words: true, approx: 'nearly' }],
  ])('share %j → %j', (input, expected) => expect(ok(GivenShareSchema(), input)).toEqual(expected));

  it.each([
    [58, { value: 58 }],
    ['55,78 %', { value: 55.78 }],
    ['environ 40 %', { value: 40, approx: 'about' }],
    ['proche des 100 %', { value: 100, approx: 'nearly' }],
    ['plus de 50 %', { value: 50, bound: 'more-than' }],
    // A point is a decimal one in a percentage: at most 100, it has no thousands.
    ['58.33%', { value: 58.33 }],
    ['environ 10.5 %', { value: 10.5, approx: 'about' }],
  ])('percent %j → %j', (input, expected) => expect(ok(GivenPercentSchema(), input)).toEqual(expected));

  it.each([['120 %'], ['beaucoup'], ['en moyenne 40 %'], ['100.5 %']])('refuses the percent %j', (input) => expect(GivenPercentSchema().safeParse(input).success).toBe(false));
});

describe('AgeSchema', () => {
  it.each([
    ['18 à 55', { min: 18, max: 55 }],
    ['16-25', { min: 16, max: 25 }],
    ['moins de 26', { max: 25, bound: 'less-than' }],
    ['moins de 26 ans', { max: 25, bound: 'less-than' }],
    ['plus de 30', { min: 31, bound: 'more-than' }],
    ['au moins 18', { min: 18, bound: 'at-least' }],
    [25, { min: 25, max: 25 }],
  ])('%j → %j', (input, expected) => expect(ok(AgeSchema(), input)).toEqual(expected));
  it.each([['environ 34'], ['en moyenne 34 ans'], ['vingt ans']])('refuses %j (an average age goes in the description)', (input) =>
    expect(rules(AgeSchema(), input)).toEqual([{ path: [], rule: 'intervalle/format' }]));
});

describe('BudgetSchema', () => {
  it('keeps an approximate total as such, and checks nothing against it', () => {
    expect(ok(BudgetSchema(), { total: 'près de 900 000 €', period: 'year', lines: [{ label: 'Personnel', amount: 60000 }] })).toMatchObject({
      total: { cents: 90000000, currency: 'EUR', approx: 'nearly' },
      period: 'year',
    });
  });

  it('lets the lines detail only part of the total when it says so', () => {
    expect(rules(BudgetSchema(), { total: 69000, lines: [{ label: 'Personnel', amount: 60000 }] })).toEqual([{ path: ['total'], rule: 'budget/somme' }]);
    ok(BudgetSchema(), { total: 69000, linesComplete: false, lines: [{ label: 'Personnel', amount: 60000 }] });
  });

  it('refuses a funder share that contradicts its amount ÷ the total', () => {
    // 20 000 € of 100 000 € is 20 %, not 65 %; 65 000 € of 100 000 € is 65 %.
    expect(rules(BudgetSchema(), { total: 100000, funders: [{ name: 'FEDER', amount: 20000, share: '65 %' }] })).toEqual([{ path: ['funders', 0, 'share'], rule: 'budget/part' }]);
    ok(BudgetSchema(), { total: 100000, funders: [{ name: 'FEDER', amount: 65000, share: '65 %' }] });
    // A share alone, or beside an approximate total, is never checked or turned into an amount.
    ok(BudgetSchema(), { total: 'environ 250 000 € TTC', funders: [{ name: 'FEDER', amount: 20000, share: '65 %' }] });
  });

  it('refuses a whole-action budget with a year', () =>
    expect(rules(BudgetSchema(), { total: 1000, period: 'whole', year: 2016 })).toEqual([{ path: ['period'], rule: 'budget/periode' }]));
});

describe('sites, steps and partners', () => {
  it.each([
    [3000, { value: 3000, unit: 'm2' }],
    ['3 000 m²', { value: 3000, unit: 'm2' }],
    ['1 ha', { value: 1, unit: 'ha' }],
    ['1,5 hectare', { value: 1.5, unit: 'ha' }],
  ])('surface %j → %j', (input, expected) => expect(ok(SurfaceSchema(), input)).toEqual(expected));

  it('keeps steps without dates, and refuses a dated step certainly before the one above it', () => {
    ok(PhaseSchema(), { kind: 'setup', steps: [{ label: 'Demande de la mairie', date: 2008 }, { label: 'Sans date' }, { label: 'Comité', date: "début de l'année 2009" }] });
    expect(rules(PhaseSchema(), { kind: 'setup', steps: [{ label: 'A', date: 2010 }, { label: 'B' }, { label: 'C', date: 'fin 2009' }] })).toEqual([{ path: ['steps', 2, 'date'], rule: 'etape/ordre' }]);
  });

  const base = { title: 'T', summary: 'S', status: 'running', carriers: [{ name: 'A' }], territory: {}, themes: ['youth'] };
  it('takes a programme without a public, a partner without a role, a contact without a name', () => {
    ok(ProgrammeSchema(), { ...base, partners: [{ name: 'Atelier santé ville' }], contacts: [{ role: 'Directrice du CCAS' }] });
  });

  it('checks the sites that conditions and milestones name', () => {
    expect(
      rules(ProgrammeSchema(), {
        ...base,
        sites: [{ id: 'mantes', name: 'Mantes' }],
        public: { eligibility: [{ public: 'Jeunes', site: 'versailles' }] },
        milestones: [{ kind: 'opening', label: 'Ouverture', site: 'mantes' }],
      }),
    ).toEqual([{ path: ['public', 'eligibility', 0, 'site'], rule: 'site/inconnu' }]);
  });
});

describe('values no source writes (typing slips)', () => {
  it.each([
    ['an age of 550', () => AgeSchema().safeParse('18 à 550'), 'age/plausible'],
    ['a workshop of 0 sessions', () => RangeSchema({ integer: true, closed: true, least: 1 }).safeParse(0), 'intervalle/minimum'],
  ])('%s is refused', (_name, parse, rule) => {
    const result = parse();
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => ((i as { params?: { rule?: string } }).params)?.rule)).toEqual([rule]);
  });

  it.each([['18 à 120', { min: 18, max: 120 }], ['plus de 60', { min: 61, bound: 'more-than' }]])('the age %j still reads', (input, expected) => {
    expect(AgeSchema().parse(input)).toEqual(expected);
  });
});
