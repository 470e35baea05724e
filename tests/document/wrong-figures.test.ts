/**
 * The figures issue 10 found wrong on real sheets, one test each. Written with inputs that the
 * model before the change accepted wherever it could, so that each one failed on it: the years of
 * an action still running, a target shown as achieved, a capacity shown as people, a yearly flow
 * shown as a total, a cost per person from figures of different periods, a percentage rounded, and
 * fields given in the file that never appeared.
 */
import { describe, expect, it } from 'vitest';
import { ProgrammeSchema, type Programme, type ProgrammeInput } from '../../schemas/index';
import { programmeMetrics } from '../../src/domain/metrics';
import type { Block, Runs } from '../../src/document/model';
import { sheetDocument } from '../../src/document/sheet/index';
import { sheetCard, sortCards } from '../../src/site/sheet-card';

const base: ProgrammeInput = {
  title: 'Jardin du CCAS',
  summary: 'Un jardin collectif.',
  status: 'running',
  carriers: [{ name: 'CCAS de Test' }],
  territory: { communes: ['Villefontaine'], departement: '38' },
  themes: ['social-innovation'],
  public: {},
};
const parse = (extra: Record<string, unknown>): Programme => ProgrammeSchema().parse({ ...base, ...extra });
const sheetOf = (p: Programme) => sheetDocument({ id: 'test', data: p }, programmeMetrics(p));
const runs = (r: Runs) => r.map((x) => x.text).join('');
const plain = (t: string) => t.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'");

/** Every text of a sheet (cover, sections, card), one line each, with plain spaces. */
function textOf(p: Programme): string {
  const sheet = sheetOf(p);
  const out: string[] = [];
  const walk = (b: Block): void => {
    if (b.type === 'section') {
      out.push(b.title);
      b.blocks.forEach(walk);
    } else if (b.type === 'paragraph') out.push(runs(b.runs));
    else if (b.type === 'facts') b.rows.forEach((r) => out.push(`${r.label} : ${r.values.map(runs).join(' | ')}`));
    else if (b.type === 'figures') b.items.forEach((i) => out.push(`${i.value} ${i.label}`));
    else if (b.type === 'table') [...b.rows, ...(b.footer ?? [])].forEach((r) => out.push(r.map(runs).join(' | ')));
    else if (b.type === 'list') b.items.forEach((item) => item.forEach(walk));
  };
  sheet.sections.forEach(walk);
  const card = sheetCard(sheet, p);
  out.push(`Carte : ${runs(card.years)}`);
  return plain(out.join('\n'));
}

describe('an action with a start and no end', () => {
  const garden = () => parse({ period: { start: 1991 }, results: { asOf: 2016, qualitative: [{ text: 'Le jardin tient toujours.' }] } });

  it('reads « depuis 1991 » (en cours) on its card and in its identity, never « 1991 » alone', () => {
    const text = textOf(garden());
    expect(text).toContain('Carte : depuis 1991, en cours');
    expect(text).toContain('Années de mise en œuvre : depuis 1991, en cours');
    expect(text).not.toMatch(/Années de mise en œuvre : 1991$/m);
  });

  it('is filed under every year its content attests, and sorted by the latest', () => {
    // Running since 1991, with results of 2016: it ran at least from 1991 to 2016.
    const card = sheetCard(sheetOf(garden()), garden());
    expect(card.facets.year).toHaveLength(26);
    expect([card.facets.year[0], card.facets.year.at(-1)]).toEqual(['1991', '2016']);
    const other = parse({ title: 'Autre', period: { start: 2010, end: 2012 } });
    expect(sortCards([sheetCard(sheetOf(other), other), card]).map((c) => c.title)).toEqual(['Jardin du CCAS', 'Autre']);
  });
});

describe('an old sheet that does not say whether the action goes on', () => {
  const old = (period: Record<string, unknown>) => parse({ status: 'unknown', period });

  it('reads « depuis » what the source says began, never « en cours », and says the status is unknown', () => {
    const text = textOf(old({ start: '2005-02-01', ongoing: true }));
    expect(text).toContain('Carte : depuis le 1er février 2005');
    expect(text).not.toContain('en cours');
    expect(text).toContain('Statut : Statut inconnu');
  });

  it('reads a start without « depuis » as a start whose end is not given', () => {
    const text = textOf(old({ start: 1994 }));
    expect(text).toContain('Carte : à partir de 1994, fin non renseignée');
    expect(text).not.toContain('en cours');
  });
});

describe('a target and what was achieved at another date', () => {
  const action = () =>
    parse({
      public: { headcount: [{ value: 500, kind: 'target', date: 2020 }, { value: 'plus de 250', kind: 'achieved', period: 'at-date', date: '2021-03-31' }] },
    });

  it('shows the target as a target, and « plus de 250 » as achieved at its date', () => {
    const text = textOf(action());
    expect(text).not.toContain('500 personnes accompagnées');
    expect(text).toContain("Objectif : 500 personnes d'ici 2020");
    expect(text).toContain('Réalisé : plus de 250 personnes au 31 mars 2021');
  });
});

describe('a count of salaried posts', () => {
  it('is a capacity, never « 12 personnes accompagnées »', () => {
    const text = textOf(parse({ public: { headcount: '12 postes' } }));
    expect(text).not.toContain('12 personnes accompagnées');
    expect(text).toContain('12 postes en insertion');
  });
});

describe('two groups of 12 a year', () => {
  it('written as two groups, is not « 24 personnes accompagnées »', () => {
    const text = textOf(parse({ cohorts: [{ id: 'a', name: 'Groupe A', size: 12 }, { id: 'b', name: 'Groupe B', size: 12 }] }));
    expect(text).not.toContain('24 personnes accompagnées');
  });

  it('written as a recurrence, is 24 people a year', () => {
    const text = textOf(parse({ recurrence: { groups: '2 groupes par an', size: 12 } }));
    expect(text).not.toContain('24 personnes accompagnées');
    expect(text).toContain('24 personnes par an');
  });
});

describe('a cost per person from figures of different periods', () => {
  it('is not computed from a budget and a headcount whose periods are not said', () => {
    const action = parse({ period: { start: 1991 }, public: { headcount: 60 }, budget: { total: 30000 } });
    expect(programmeMetrics(action).costPerParticipantCents).toBeUndefined();
    expect(textOf(action)).not.toContain('500 €');
  });

  it('is not computed from a 2016 budget and « une soixantaine par an »', () => {
    const action = parse({ period: { start: 1991, ongoing: true }, public: { headcount: 'une soixantaine par an' }, budget: { total: 30000, period: 'year', year: 2016 } });
    expect(programmeMetrics(action).costPerParticipantCents).toBeUndefined();
    expect(textOf(action)).toContain('Pas de coût par personne');
  });

  it('is computed from a 2016 budget and exactly 60 people in 2016, saying so', () => {
    const action = parse({ public: { headcount: { value: 60, period: 'year', date: 2016 } }, budget: { total: 30000, period: 'year', year: 2016 } });
    // 30 000 € for 2016 ÷ 60 people in 2016 = 500 €.
    expect(programmeMetrics(action).costPerParticipantCents).toEqual({ min: 50000, max: 50000 });
    expect(textOf(action)).toContain("500 € coût par personne accompagnée");
  });
});

describe('a percentage the source gives', () => {
  it('keeps its decimals: 55,78 % stays 55,78 %', () => {
    const text = textOf(
      parse({
        territory: { communes: ['Villefontaine'], departement: '38', figures: [{ label: 'Taux de chômage', value: 55.78, unit: 'percent' }] },
        results: { quantitative: [{ label: 'Sorties positives', percent: 55.78 }] },
      }),
    );
    expect(text).toContain('55,78 %');
    expect(text).not.toContain('55,8 %');
    expect(text).not.toContain('56 %');
  });
});

describe('a figure the source gives only as a bound', () => {
  it.each([
    ['more-than', 25, 'percent', 'plus de 25 %'],
    ['at-least', 1200, 'people', 'au moins 1 200'],
    ['less-than', 10, 'percent', 'moins de 10 %'],
    ['at-most', 40000, 'euros', 'au plus 40 000 €'],
  ])('« %s » %s (%s) shows as « %s », never as the bare figure', (bound, value, unit, expected) => {
    const text = textOf(
      parse({ territory: { communes: ['Castelnau-le-Lez'], departement: '34', figures: [{ label: 'Hausse de la population en dix ans', value, unit, bound }] } }),
    );
    expect(text.replace(/[\u00A0\u202F]/g, ' ')).toContain(`${expected} Hausse de la population en dix ans`);
  });
});

describe('fields given in the file', () => {
  const action = () =>
    parse({
    carriers: [{ name: 'Centre social des Îles', kind: 'association' }],
    partners: [{ name: 'Fondation du Rivage', kind: 'foundation', roles: ['funder'] }, { name: 'Régie de quartier', kind: 'siae', roles: ['employer'] }],
    workshops: [{ id: 'confiance', title: 'Atelier du mardi', kind: 'thematic-workshop', mode: 'collective', themes: ['self-confidence', 'digital'] }],
    results: { quantitative: [{ label: 'Sorties', count: 3, outcome: 'training' }] },
    });

  it.each([
    ['a workshop’s themes', 'Expression et confiance en soi, Numérique'],
    ['a carrier’s kind', 'Centre social des Îles (Association)'],
    ['a partner’s kind', "Régie de quartier — Structure d'insertion par l'activité économique"],
    ['a result’s outcome', 'Formation'],
  ])('show %s', (_what, shown) => {
    expect(textOf(action())).toContain(shown);
  });
});
