/**
 * The shared primitives (sources, known facts, qualified dates, periods, counts, territory): what
 * code receives from what authors write, and what is refused with which rule.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { CountSchema } from '../../schemas/count';
import { DisputedDateSchema, PeriodSchema, QualifiedDateSchema } from '../../schemas/date';
import { KnownSchema } from '../../schemas/known';
import { ProgrammeSchema } from '../../schemas/programme';
import { diagnosticsFromIssues } from '../../src/content/diagnostics';
import { RangeSchema } from '../../schemas/range';
import { refineSources, SourceRefSchema, SourcesSchema } from '../../schemas/source';
import { TerritorySchema } from '../../schemas/territory';

type Parser = { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: Array<{ path: PropertyKey[]; message: string; params?: unknown }> } } };

const ok = (schema: Parser, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.error?.issues ?? []).toEqual([]);
  return result.data;
};
/** The rule ids and paths of what a schema refuses. */
const refused = (schema: Parser, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path, rule: (i.params as { rule?: string } | undefined)?.rule }));
};

describe('QualifiedDateSchema', () => {
  it.each([
    [2018, { date: '2018' }],
    ['2018-03', { date: '2018-03' }],
    ['mars 2018', { date: '2018-03' }],
    ['fin 2003', { date: '2003', qualifier: 'late' }],
    ['Fin janvier 2010', { date: '2010-01', qualifier: 'late' }],
    ['début mai 2010', { date: '2010-05', qualifier: 'early' }],
    ["début de l'année 2009", { date: '2009', qualifier: 'early' }],
    ['mi-2015', { date: '2015', qualifier: 'mid' }],
    ['printemps 2021', { date: '2021', qualifier: 'spring' }],
    ["l'été 2019", { date: '2019', qualifier: 'summer' }],
    ['vers 2009', { date: '2009', qualifier: 'around' }],
    ['avant 2009', { date: '2009', qualifier: 'before' }],
    ['au plus tôt le 1er mars 2023', { date: '2023-03-01', qualifier: 'not-before' }],
    ['au plus tard en juin 2024', { date: '2024-06', qualifier: 'not-after' }],
    [{ date: '2009-11', source: 'unccas' }, { date: '2009-11', source: ['unccas'] }],
    [{ date: 2003, qualifier: 'late', note: 'selon la fiche' }, { date: '2003', qualifier: 'late', note: 'selon la fiche' }],
  ])('%j → %j', (input, expected) => expect(ok(QualifiedDateSchema(), input)).toEqual(expected));

  it.each([
    ['le deuxième mardi de 2021', 'date/format'],
    ['printemps mars 2021', 'date/format'],
    ['fin 2003-13', 'date/format'],
  ])('refuses %j (%s)', (input, rule) => expect(refused(QualifiedDateSchema(), input)).toEqual([{ path: [], rule }]));

  it.each([
    [{ date: '2021-03', qualifier: 'spring' }],
    [{ date: '2010-05-03', qualifier: 'late' }],
  ])('refuses a qualifier that does not fit the precision: %j', (input) =>
    expect(refused(QualifiedDateSchema(), input)).toEqual([{ path: ['qualifier'], rule: 'date/qualificatif' }]));
});

describe('DisputedDateSchema', () => {
  it('keeps every reading with its source', () => {
    expect(ok(DisputedDateSchema(), [{ date: '2009-11', source: 'unccas' }, { date: '2009-12-01', source: 'presse' }])).toEqual({
      date: '2009-11',
      source: ['unccas'],
      alternatives: [{ date: '2009-12-01', source: ['presse'] }],
    });
  });
  it('takes a single date as it is', () => expect(ok(DisputedDateSchema(), 'fin 2014')).toEqual({ date: '2014', qualifier: 'late' }));
  it('asks each reading for its source', () =>
    expect(refused(DisputedDateSchema(), [{ date: '2009-11', source: 'unccas' }, '2009-12-01'])).toEqual([{ path: [1], rule: 'date/lectures' }]));
});

describe('PeriodSchema', () => {
  it.each([
    [{ start: '2018-03', end: '2019-04' }, { start: { date: '2018-03' }, end: { date: '2019-04' } }],
    ['depuis 1991', { start: { date: '1991' }, ongoing: true }],
    ['depuis fin 2003', { start: { date: '2003', qualifier: 'late' }, ongoing: true }],
    ['depuis le 1er février 2005', { start: { date: '2005-02-01' }, ongoing: true }],
    ['2007-2013', { start: { date: '2007' }, end: { date: '2013' } }],
    ['de mars 2018 à avril 2019', { start: { date: '2018-03' }, end: { date: '2019-04' } }],
    ['du 1er février 2024 au 31 juillet 2024', { start: { date: '2024-02-01' }, end: { date: '2024-07-31' } }],
    ['2021', { start: { date: '2021' }, end: { date: '2021' } }],
    // A start alone: the end is not given, which is not « en cours ».
    [{ start: 2009 }, { start: { date: '2009' } }],
    [{ end: 'mai 2010' }, { end: { date: '2010-05' } }],
    [{ start: 'fin 2014', ongoing: true, source: 'bdt' }, { start: { date: '2014', qualifier: 'late' }, ongoing: true, source: ['bdt'] }],
    // « fin 2009 » may be after « 2009 »: not certainly out of order.
    [{ start: 'fin 2009', end: 2009 }, { start: { date: '2009', qualifier: 'late' }, end: { date: '2009' } }],
  ])('%j → %j', (input, expected) => expect(ok(PeriodSchema(), input)).toEqual(expected));

  it.each([
    [{}, [{ path: [], rule: 'periode/vide' }]],
    [{ start: 2009, end: 2010, ongoing: true }, [{ path: ['ongoing'], rule: 'periode/en-cours' }]],
    [{ start: '2019-04', end: '2018-03' }, [{ path: ['end'], rule: 'periode/ordre' }]],
    [{ start: 'après 2012', end: 'avant 2010' }, [{ path: ['end'], rule: 'periode/ordre' }]],
    ['depuis toujours', [{ path: [], rule: 'date/format' }]],
  ])('refuses %j', (input, expected) => expect(refused(PeriodSchema(), input)).toEqual(expected));
});

describe('CountSchema', () => {
  it.each([
    [{}, 12, { min: 12, max: 12, precision: 'exact', unit: 'people' }],
    [{}, '10 à 12', { min: 10, max: 12, precision: 'exact', unit: 'people' }],
    [{}, 'environ 60', { min: 60, max: 60, precision: 'approx', approx: 'about', unit: 'people' }],
    [{}, 'une soixantaine de personnes par an', { min: 60, max: 60, precision: 'approx', approx: 'round', unit: 'people', period: 'year' }],
    [{}, 'près de 600', { min: 600, max: 600, precision: 'approx', approx: 'nearly', unit: 'people' }],
    [{}, 'en moyenne 10 par séance', { min: 10, max: 10, precision: 'average', unit: 'people', period: 'session' }],
    // « plus de 250 » people: at least 251; « moins de 26 »: at most 25; « au moins 12 »: 12.
    [{}, 'plus de 250', { min: 251, bound: 'more-than', precision: 'exact', unit: 'people' }],
    [{}, 'moins de 26', { max: 25, bound: 'less-than', precision: 'exact', unit: 'people' }],
    [{}, 'au moins 12', { min: 12, bound: 'at-least', precision: 'exact', unit: 'people' }],
    [{}, "jusqu'à 15", { max: 15, bound: 'at-most', precision: 'exact', unit: 'people' }],
    [{}, '18 postes en insertion', { min: 18, max: 18, precision: 'exact', unit: 'posts' }],
    [{}, '12 ETP', { min: 12, max: 12, precision: 'exact', unit: 'fte' }],
    [{}, '2 000 rendez-vous', { min: 2000, max: 2000, precision: 'exact', unit: 'appointments' }],
    [{}, '12 par groupe', { min: 12, max: 12, precision: 'exact', unit: 'people', period: 'cohort' }],
    [{ unit: 'posts', kind: 'capacity' }, 17, { min: 17, max: 17, precision: 'exact', unit: 'posts', kind: 'capacity' }],
    [{ period: 'cohort' }, 6, { min: 6, max: 6, precision: 'exact', unit: 'people', period: 'cohort' }],
    [
      { kind: 'achieved' },
      { value: 'plus de 4 000', period: 'at-date', date: 'mars 2021', source: 'aef' },
      { min: 4001, bound: 'more-than', precision: 'exact', unit: 'people', kind: 'achieved', period: 'at-date', date: { date: '2021-03' }, source: ['aef'] },
    ],
    [{}, { value: 500, kind: 'target', date: 'fin 2020' }, { min: 500, max: 500, precision: 'exact', unit: 'people', kind: 'target', date: { date: '2020', qualifier: 'late' } }],
    [{}, { value: 12.5, unit: 'fte' }, { min: 12.5, max: 12.5, precision: 'exact', unit: 'fte' }],
    [{}, { value: 10, precision: 'average', period: 'session' }, { min: 10, max: 10, precision: 'average', unit: 'people', period: 'session' }],
  ])('%j %j → %j', (options, input, expected) => expect(ok(CountSchema(options as Parameters<typeof CountSchema>[0]), input)).toEqual(expected));

  it.each([
    ['douze', [{ path: [], rule: 'compte/format' }]],
    ['12 ans', [{ path: [], rule: 'compte/format' }]],
    ['12 à 10', [{ path: [], rule: 'intervalle/ordre' }]],
    [{ value: 2.5 }, [{ path: ['value'], rule: 'compte/entier' }]],
    [{ value: '18 postes', unit: 'people' }, [{ path: ['unit'], rule: 'compte/unite' }]],
    [{ value: '60 par an', period: 'cohort' }, [{ path: ['period'], rule: 'compte/periode' }]],
    ['environ plus de 12', [{ path: [], rule: 'compte/format' }]],
  ])('refuses %j', (input, expected) => expect(refused(CountSchema(), input)).toEqual(expected));
});

describe('KnownSchema', () => {
  const schema = KnownSchema(RangeSchema({ integer: true }));
  it.each([
    [12, { state: 'value', value: { min: 12, max: 12 } }],
    ['10 à 12', { state: 'value', value: { min: 10, max: 12 } }],
    ['aucun', { state: 'none' }],
    ['Aucune', { state: 'none' }],
    ['sans', { state: 'none' }],
    ['inconnu', { state: 'unknown' }],
    ['non précisé', { state: 'unknown' }],
    ['Non communiqué.', { state: 'unknown' }],
  ])('%j → %j', (input, expected) => expect(ok(schema, input)).toEqual(expected));
  it('refuses what is neither a value nor a word, with the value’s own message', () => {
    const issues = schema.safeParse('douze').error!.issues;
    const [d] = diagnosticsFromIssues(issues, { file: 'f.yaml', data: 'douze', schema, locate: () => undefined });
    expect([d.rule, d.message]).toEqual(['intervalle/format', 'Intervalle illisible']);
  });
});

describe('sources', () => {
  const File = () =>
    z
      .strictObject({ sources: SourcesSchema().optional(), figure: z.strictObject({ value: z.number(), source: SourceRefSchema().optional() }).optional(), list: z.array(z.strictObject({ source: SourceRefSchema() })).optional() })
      .superRefine(refineSources);

  it('normalises one id or a list to a list', () => {
    const data = ok(File(), { sources: [{ id: 'unccas', title: 'Fiche', publisher: 'Unccas' }, { id: 'presse', title: 'Article', publisher: 'Sud Ouest' }], figure: { value: 1, source: 'unccas' }, list: [{ source: ['unccas', 'presse'] }] });
    expect(data).toMatchObject({ figure: { source: ['unccas'] }, list: [{ source: ['unccas', 'presse'] }] });
  });

  it('refuses an unknown id where it is written, naming the ids that exist', () => {
    const result = File().safeParse({ sources: [{ id: 'unccas', title: 'Fiche', publisher: 'Unccas' }], figure: { value: 1, source: 'ancts' }, list: [{ source: ['unccas', 'presse'] }] });
    expect(result.error!.issues.map((i) => [i.path, i.message])).toEqual([
      [['figure', 'source'], 'La source «\u00A0ancts\u00A0» n’est pas dans la liste sources (sources déclarées\u00A0: unccas)'],
      [['list', 0, 'source', 1], 'La source «\u00A0presse\u00A0» n’est pas dans la liste sources (sources déclarées\u00A0: unccas)'],
    ]);
  });

  it('says when the file has no list', () =>
    expect(File().safeParse({ figure: { value: 1, source: 'unccas' } }).error!.issues.map((i) => i.message)).toEqual([
      'La source «\u00A0unccas\u00A0» n’est pas déclarée\u00A0: ce fichier n’a pas de liste sources',
    ]));

  it('refuses two sources with the same id', () =>
    expect(refused(SourcesSchema(), [{ id: 'a', title: 'A', publisher: 'P' }, { id: 'a', title: 'B', publisher: 'P' }])).toEqual([{ path: [1, 'id'], rule: 'id/doublon' }]));
});

describe('identifiers unique in a programme’s phases and results', () => {
  const programme = ProgrammeSchema();
  it.each<[string, Record<string, unknown>, Array<string | number>]>([
    ['two phases', { phases: [{ id: 'montage', kind: 'setup' }, { kind: 'running' }, { id: 'montage', kind: 'closing' }] }, ['phases', 2, 'id']],
    ['two results', { results: { quantitative: [{ id: 'emploi', label: 'Emploi', count: 2 }, { id: 'emploi', label: 'Emploi durable', count: 1 }] } }, ['results', 'quantitative', 1, 'id']],
  ])('refuses %s with the same id', (_, data, path) => {
    const issues = programme.safeParse({ ...data }).error?.issues ?? [];
    expect(issues.filter((i) => (i as { params?: { rule?: string } }).params?.rule === 'id/doublon').map((i) => i.path)).toEqual([path]);
  });
});

describe('TerritorySchema over several départements', () => {
  it.each([
    [{ departements: [13, 'Vaucluse'] }, { departements: [{ code: '13', name: 'Bouches-du-Rhône' }, { code: '84', name: 'Vaucluse' }], regions: ["Provence-Alpes-Côte d'Azur"] }],
    [{ departements: ['75', '93', 'Yvelines', '93'] }, { departements: [{ code: '75', name: 'Paris' }, { code: '93', name: 'Seine-Saint-Denis' }, { code: '78', name: 'Yvelines' }], regions: ['Île-de-France'] }],
    [{ departements: ['64', '40'], regions: ['Nouvelle-Aquitaine'] }, { departements: [{ code: '64', name: 'Pyrénées-Atlantiques' }, { code: '40', name: 'Landes' }], regions: ['Nouvelle-Aquitaine'] }],
    [{ departements: ['11', '88'] }, { departements: [{ code: '11', name: 'Aude' }, { code: '88', name: 'Vosges' }], regions: ['Occitanie', 'Grand Est'] }],
    [{ region: 'Nouvelle-Aquitaine' }, { regions: ['Nouvelle-Aquitaine'] }],
    [{ areas: [{ name: 'Basse-Normandie', kind: 'former-region' }] }, { areas: [{ name: 'Basse-Normandie', kind: 'former-region' }], regions: ['Normandie'] }],
    [
      { departements: [64], areas: [{ name: 'Euskadi', kind: 'foreign-region', country: 'Espagne' }] },
      { departements: [{ code: '64', name: 'Pyrénées-Atlantiques' }], areas: [{ name: 'Euskadi', kind: 'foreign-region', country: 'Espagne' }], regions: ['Nouvelle-Aquitaine'] },
    ],
    [{ qpvCount: 197 }, { qpvCount: { min: 197, max: 197, precision: 'exact', unit: 'items' } }],
  ])('%j → %j', (input, expected) => expect(ok(TerritorySchema(), input)).toEqual(expected));

  it.each([
    [{ departements: [13, 84], regions: ['Occitanie'] }, [{ path: ['regions', 0], rule: 'territoire/coherence' }]],
    [{ departement: 13, departements: [84] }, [{ path: ['departement'], rule: 'territoire/doublon' }]],
    [{ region: 'Basse-Normandie' }, [{ path: ['region'], rule: 'territoire/region' }]],
    [{ areas: [{ name: 'Normandie du Sud', kind: 'former-region' }] }, [{ path: ['areas', 0, 'name'], rule: 'territoire/ancienne-region' }]],
  ])('refuses %j', (input, expected) => expect(refused(TerritorySchema(), input)).toEqual(expected));

  it('tells an author who wrote a région of before 2016 where it goes', () => {
    const issue = TerritorySchema().safeParse({ region: 'Rhône-Alpes' }).error!.issues[0];
    expect((issue as { params?: { hint?: string } }).params?.hint).toBe(
      '«\u00A0Rhône-Alpes\u00A0» est une région d’avant 2016 (aujourd’hui en Auvergne-Rhône-Alpes)\u00A0: écrivez-la dans areas avec kind: former-region, ou écrivez «\u00A0Auvergne-Rhône-Alpes\u00A0».',
    );
  });
});
