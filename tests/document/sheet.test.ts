/**
 * The sheet as a document: which sections a programme gets, what they say, and that nothing the
 * source does not give is shown as a figure; its card and the index's filters. Sample programmes
 * come from content/; edge cases are small programmes parsed by the real schema.
 */
import { describe, expect, it } from 'vitest';
import type { Count } from '../../src/domain/counts';
import { ProgrammeSchema, type Programme, type ProgrammeInput } from '../../schemas/index';
import { loadCorpus } from '../../src/content/content-fs';
import { byId, publicCorpus, publishedProgrammes, type Entry } from '../../src/domain/corpus';
import { programmeMetrics, type ResultMetrics } from '../../src/domain/metrics';
import type { Block, FactsBlock, FiguresBlock, Runs, SectionBlock, TableBlock } from '../../src/document/model';
import { adaptCommand, sheetDocument, sheetSections, type SheetSection } from '../../src/document/sheet/index';
import { phasesTimeline } from '../../src/document/sheet/phases';
import { resultsChart } from '../../src/document/sheet/results';
import { keyResult, publicSummary, statusText } from '../../src/document/sheet/text';
import { typesetBlock } from '../../src/document/typography';
import { routes } from '../../src/routes';
import { publicFacets, sheetCard, sheetFacets, sortCards } from '../../src/site/sheet-card';

const N = '\u202F'; // narrow no-break space (thousands, before %)
const S = '\u00A0'; // no-break space (before €, h, inside « »)
const A = '\u2019'; // typographic apostrophe

const corpus = loadCorpus();
const entry = (id: string) => byId(corpus.programmes, id)!;
const viewOf = (id: string) => sheetDocument(entry(id), programmeMetrics(entry(id).data));
const cardOf = (data: Programme, id = 'test') => sheetCard(sheetDocument(asEntry(data, id), programmeMetrics(data)), data);

const minimal: ProgrammeInput = {
  title: 'Programme minimal',
  summary: 'Un programme dont la source ne dit presque rien.',
  status: 'completed',
  carriers: [{ name: 'CCAS de Test' }],
  territory: {},
  themes: ['employment-access'],
  public: {},
};
const programme = (extra: Partial<ProgrammeInput> = {}): Programme => ProgrammeSchema().parse({ ...minimal, ...extra });
function asEntry(data: Programme, id = 'test'): Entry<Programme> {
  return { id, data };
}
const sectionsOf = (data: Programme) => sheetSections(data, programmeMetrics(data));

/** Every block of a section, sub-sections unfolded. */
function blocks(section: SectionBlock | undefined): Block[] {
  const walk = (list: Block[]): Block[] => list.flatMap((b) => (b.type === 'section' ? [b, ...walk(b.blocks)] : [b]));
  return section ? walk(section.blocks) : [];
}
const section = (sections: Array<{ key: string } & SectionBlock>, key: string): SectionBlock | undefined => sections.find((s) => s.key === key);
/** The text of runs. */
const textOf = (runs: Runs) => runs.map((r) => r.text).join('');
const facts = (s: SectionBlock | undefined) => Object.fromEntries(blocks(s).filter((b): b is FactsBlock => b.type === 'facts').flatMap((b) => b.rows.map((r) => [r.label, r.values])));
/** One value's text, or the texts of several values. */
const texts = (values: Runs[]) => (values.length === 1 ? textOf(values[0]) : values.map(textOf));
const notProvided = [[{ text: 'non renseigné', missing: true }]];
const cells = (row: Runs[]) => row.map(textOf);
const figures = (s: SectionBlock | undefined) =>
  blocks(s)
    .filter((b): b is FiguresBlock => b.type === 'figures')
    .flatMap((b) => b.items.map((f) => [f.label, f.value]));
const tables = (s: SectionBlock | undefined) => blocks(s).filter((b): b is TableBlock => b.type === 'table');

describe('which sections each sample sheet has, in order', () => {
  const core = ['identity', 'objectives', 'public', 'operation', 'means', 'budget', 'partners', 'results', 'transferability', 'contacts'];
  it.each([
    ['castelnau-donne-des-elles', ['identity', 'objectives', 'public', 'context', 'operation', 'phases', 'means', 'budget', 'partners', 'results', 'tools', 'lessons', 'transferability', 'contacts', 'source']],
    ['toulouse-clause-sociale-femmes', ['identity', 'objectives', 'public', 'context', 'operation', 'means', 'budget', 'partners', 'results', 'transferability', 'contacts', 'source']],
    ['la-rochelle-cite-emploi', ['identity', 'objectives', 'public', 'context', 'operation', 'phases', 'means', 'budget', 'partners', 'results', 'lessons', 'transferability', 'contacts', 'source']],
    ['brest-mises-en-situation-professionnelle', ['identity', 'objectives', 'public', 'context', 'operation', 'means', 'budget', 'partners', 'results', 'lessons', 'transferability', 'contacts', 'source']],
    ['saint-lo-pastel', ['identity', 'objectives', 'public', 'context', 'operation', 'means', 'budget', 'partners', 'results', 'lessons', 'transferability', 'contacts', 'source']],
    ['cap-confiance-chenove-2021', ['identity', 'objectives', 'public', 'operation', 'means', 'budget', 'partners', 'results', 'indicators', 'lessons', 'transferability', 'contacts']],
  ])('%s', (id, keys) => {
    const view = viewOf(id);
    expect(view.sections.map((s) => s.key)).toEqual([...keys, 'adapt']);
    for (const key of core) expect(keys).toContain(key);
    expect(new Set(view.sections.map((s) => s.id)).size).toBe(keys.length + 1);
  });

  it('publishes every running or completed programme, and only those', () => {
    // The public site's sheets: the sample's draft is not one of them.
    expect(publishedProgrammes(publicCorpus(corpus)).map((p) => p.id).sort()).toEqual([
      'brest-mises-en-situation-professionnelle',
      'cap-confiance-chenove-2021',
      'castelnau-donne-des-elles',
      'la-rochelle-cite-emploi',
      'saint-lo-pastel',
      'toulouse-clause-sociale-femmes',
    ]);
  });
});

describe('a programme that gives almost nothing', () => {
  const data = programme();
  const sections = sectionsOf(data);

  it('reads « non renseigné » in the identity block, never a made-up value', () => {
    const identity = facts(section(sections, 'identity'));
    for (const label of ['Territoire', 'Département', 'Région', 'Période', 'Années de mise en œuvre', 'Budget']) {
      expect(identity[label]).toEqual(notProvided);
    }
    expect(texts(identity['Structures porteuses'])).toBe('CCAS de Test');
    expect(texts(identity.Statut)).toBe('Terminé');
  });

  it('keeps the core sections with « non renseigné » and leaves the optional ones out', () => {
    expect(sections.map((s) => s.key)).toEqual(['identity', 'objectives', 'public', 'operation', 'means', 'budget', 'partners', 'results', 'transferability', 'contacts']);
    for (const key of ['objectives', 'operation', 'means', 'budget', 'partners', 'results', 'transferability', 'contacts']) {
      expect(section(sections, key)!.blocks).toEqual([{ type: 'paragraph', runs: [{ text: 'non renseigné', missing: true }] }]);
    }
  });

  it('shows no figure and no key result on its card', () => {
    const card = cardOf(data);
    expect(card.public).toEqual(notProvided[0]);
    expect(card.years).toEqual(notProvided[0]);
    expect(card.territory).toEqual(notProvided[0]);
    expect(card.keyResult).toBeUndefined();
    expect(card.facets).toEqual({ theme: ['employment-access'], region: [], departement: [], public: [], year: [] });
  });

  it('computes no cost per person without a headcount, even with a budget', () => {
    const withBudget = programme({ budget: { total: 5000 } });
    expect(figures(section(sectionsOf(withBudget), 'budget'))).toEqual([['coût total', `5${N}000${S}€`]]);
  });
});

describe('hours per person a workshop cannot give', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a duration in days', { sessions: 3, sessionDuration: '1 jour' }, 'non calculé (durée en jours)'],
    ['a duration in weeks', { sessions: 2, sessionDuration: '2 semaines' }, 'non calculé (durée en semaines)'],
    ['a duration in months', { sessions: 1, sessionDuration: '3 mois' }, 'non calculé (durée en mois)'],
    ['no session count', { sessionDuration: '2 h' }, 'non renseigné'],
    ['no duration', { sessions: 4 }, 'non renseigné'],
  ])('says why for %s', (_, fields, reason) => {
    const data = programme({ workshops: [{ id: 'w', title: 'Atelier', kind: 'training', mode: 'collective', ...fields }] as ProgrammeInput['workshops'] });
    const [workshops] = tables(section(sectionsOf(data), 'operation'));
    expect(workshops.rows[0].at(-1)).toEqual([{ text: reason, missing: true }]);
  });
});

describe('Castelnau donne des Elles: the richest sheet', () => {
  const view = viewOf('castelnau-donne-des-elles');
  const sections = view.sections;

  it('fills the identity block from the programme', () => {
    const identity = facts(section(sections, 'identity'));
    expect(texts(identity.Département)).toBe('Hérault (34)');
    expect(texts(identity.Région)).toBe('Occitanie');
    expect(texts(identity.Période)).toBe(`de mars${S}2018 à avril${S}2019`);
    expect(texts(identity['Années de mise en œuvre'])).toBe('2018, 2019');
    expect(texts(identity.Budget)).toBe(`7${N}900${S}€ (coût total de l${A}action), sur toute l${A}action`);
    expect(texts(identity.Thèmes)).toEqual(['Emploi des femmes', `Accès à l${A}emploi`, 'Numérique', 'Coopération entre acteurs', 'Innovation sociale']);
  });

  it('gives the publics a source ranks, first those in priority, each with its source', () => {
    const data = programme({
      sources: [{ id: 'bilan', title: 'Bilan 2023', publisher: 'CCAS de Test' }, { id: 'site', title: 'Site du CCAS', publisher: 'CCAS de Test', url: 'https://ccas.example/' }],
      public: {
        priorities: [
          { rank: 'subsidiary', label: 'les demandeurs d’emploi inscrits' },
          { rank: 'priority', label: 'les personnes non inscrites', source: 'bilan' },
        ],
      },
    });
    const rows = facts(section(sectionsOf(data), 'public'));
    expect(texts(rows['En priorité'])).toBe('les personnes non inscrites (CCAS de Test, « Bilan 2023 »)'.replaceAll(' »', `${S}»`).replaceAll('« ', `«${S}`));
    expect(texts(rows['À titre subsidiaire'])).toBe('les demandeurs d’emploi inscrits');
    expect(Object.keys(rows).indexOf('En priorité')).toBeLessThan(Object.keys(rows).indexOf('À titre subsidiaire'));
    expect(Object.keys(facts(section(sectionsOf(programme()), 'public')))).not.toContain('En priorité');
  });

  it('shows the days without a year of a result and of its denominator, and no rate across them', () => {
    const days = { from: '01-01', to: '03-31' };
    const data = programme({ results: { quantitative: [{ label: 'en emploi', count: { value: 12, within: days }, of: { value: 40 } }] } });
    const [table] = tables(section(sectionsOf(data), 'results'));
    const row = cells(table.rows[0]).join(' | ');
    expect(row).toContain(`du 1er${S}janvier au 31${S}mars, année non précisée`);
    expect(row).not.toContain('30');
    const both = programme({ results: { quantitative: [{ label: 'en emploi', count: { value: 12, within: days }, of: { value: 40, within: days } }] } });
    const [same] = tables(section(sectionsOf(both), 'results'));
    expect(cells(same.rows[0]).join(' | ')).toContain(`40 (du 1er${S}janvier au 31${S}mars, année non précisée)`);
    expect(cells(same.rows[0]).join(' | ')).toContain(`30${N}%`);
  });

  it('gives the referral shares as the source wrote them (1/4 each)', () => {
    const [referrals] = tables(section(sections, 'public'));
    expect(referrals.rows.map(cells)).toEqual([
      ['Mission locale des jeunes', '1/4', 'jeunes femmes'],
      ['Pôle emploi', '1/4', 'non renseigné'],
      ['Services sociaux du Département', '1/4', 'femmes avec enfants'],
      ['CCAS de Castelnau-le-Lez', '1/4', 'femmes isolées'],
    ]);
  });

  it('computes hours per person for quantified workshops only, and says which are left out', () => {
    const operation = section(sections, 'operation');
    expect(figures(operation)).toEqual([
      [`personnes accompagnées sur toute l${A}action`, '12'],
      [`durée du parcours d${A}une personne`, `5${S}mois`],
      // Two workshops give no session count: the totals of the other six are lower bounds (the
      // weekly dance workshop over five months alone may be some 40 h).
      ['séances par personne', 'au moins 15'],
      ['de séances par personne', `au moins 31${S}h`],
      [`d${A}animation en tout`, `au moins 31${S}h`],
    ]);
    const [workshops] = tables(operation);
    const row = (title: string) => cells(workshops.rows.find((r) => textOf(r[0]).startsWith(title))!);
    expect(row('Techniques de recherche')).toEqual([`Techniques de recherche d${A}emploi`, `Atelier thématique (en groupe) — thèmes${S}: Techniques de recherche d${A}emploi, Numérique`, '4', `2${S}h`, 'chaque semaine', 'Pôle emploi', `8${S}h`]);
    // Weekly body expression: its session count is not given, so no hours are made up.
    expect(row('Expression corporelle')).toEqual(['Expression corporelle', `Atelier thématique (en groupe) — thèmes${S}: Expression corporelle`, 'non renseigné', `2${S}h`, `chaque semaine, pendant 5${S}mois`, 'Professeur de danse', 'non renseigné']);
    // An individual interview is not called « (individuel) » twice.
    expect(row('Entretiens individuels')[1]).toBe(`Entretien individuel — thèmes${S}: Projet professionnel`);
    expect(cells(workshops.footer![0])).toEqual(['Total des ateliers chiffrés', '', '15', '', '', '', `31${S}h`]);
    const notes = blocks(operation).flatMap((b) => (b.type === 'paragraph' ? [textOf(b.runs)] : []));
    expect(notes).toContain(`Ateliers sans nombre de séances ou sans durée, non comptés dans le total${S}: Entretiens individuels de suivi${N}; Expression corporelle.`);
  });

  it('gives the cost per person but no cost per hour while workshops are unquantified', () => {
    expect(figures(section(sections, 'budget'))).toEqual([
      [`coût total de l${A}action`, `7${N}900${S}€`],
      ['coût par personne accompagnée', `658,33${S}€`],
    ]);
    const [funders] = tables(section(sections, 'budget'));
    expect(funders.rows.map((r) => cells(r.slice(0, 4)))).toEqual([
      ['Fondation AG2R', 'Fondation', 'non renseigné', 'non renseigné'],
      ['CCAS de Castelnau-le-Lez', 'CCAS', 'non renseigné', 'non renseigné'],
    ]);
  });

  it('shows the result with its denominator and rate, and charts it', () => {
    const results = section(sections, 'results');
    const [table] = tables(results);
    expect(table.rows.map(cells)).toEqual([['Accès à un emploi ou à une formation', '7', '12 participantes', `58${N}%`, 'Emploi ou formation']]);
    const chart = blocks(results).find((b) => b.type === 'chart');
    expect(chart).toMatchObject({ chart: { kind: 'bars', bars: [{ value: 7, max: 12, counts: true, valueText: `7 sur 12 (58${N}%)` }] } });
  });

  it('groups partners by role, a partner with two roles in both', () => {
    const partners = section(sections, 'partners')!;
    const groups = partners.blocks.map((b) => (b.type === 'section' && b.blocks[0].type === 'list' ? [b.title, b.blocks[0].items.map((item) => (item[0].type === 'paragraph' ? textOf(item[0].runs) : ''))] : []));
    expect(groups).toEqual([
      // The partner's kind, given in the file, is shown beside its name, unless the name says it.
      ['Intervenants', [`Pôle emploi — Service public de l${A}emploi`, `Centre d${A}information sur les droits des femmes et des familles (CIDFF) — Association`, `École de l${A}intelligence artificielle Microsoft/Simplon`]],
      ['Financeurs', ['Fondation AG2R']],
      ['Prescripteurs', [`Pôle emploi — Service public de l${A}emploi`, `Conseil départemental de l${A}Hérault — Département`, 'Mission locale des jeunes']],
    ]);
  });

  it('gives the command that adapts it, and the links of its PDF and JSON', () => {
    expect(adaptCommand('castelnau-donne-des-elles')).toBe('npx passerelle new response ma-reponse --from-programme castelnau-donne-des-elles --tender identifiant-de-l-appel');
    const adapt = view.sections.at(-1)!;
    expect(adapt.id).toBe('adapter');
    // The editor's way first, for whoever does not use a terminal; the command after it.
    expect(adapt.blocks.flatMap((b) => (b.type === 'paragraph' ? [textOf(b.runs)] : []))[1]).toMatch(/^Dans l’éditeur de Passerelle \(«\u00A0Modifier le contenu\u00A0»\), choisissez «\u00A0Nouvelle réponse\u00A0», puis «\u00A0Castelnau donne des Elles\u00A0» comme programme dont vous partez/);
    expect(adapt.blocks.find((b) => b.type === 'code')).toEqual({ type: 'code', label: 'Ou, en ligne de commande, dans votre projet Passerelle', text: adaptCommand('castelnau-donne-des-elles') });
    expect([routes.sheet('castelnau-donne-des-elles'), routes.sheetPdf('castelnau-donne-des-elles'), routes.sheetJson('castelnau-donne-des-elles')]).toEqual([
      '/experiences/castelnau-donne-des-elles/',
      '/experiences/castelnau-donne-des-elles.pdf',
      '/experiences/castelnau-donne-des-elles.json',
    ]);
  });

  it('is its card: territory, public, years, themes and key result', () => {
    expect(cardOf(entry('castelnau-donne-des-elles').data, 'castelnau-donne-des-elles')).toMatchObject({
      href: '/experiences/castelnau-donne-des-elles/',
      title: 'Castelnau donne des Elles',
      territory: [{ text: 'Castelnau-le-Lez, Hérault (34)' }],
      public: [{ text: '12 femmes de 18 à 55 ans' }],
      years: [{ text: '2018, 2019' }],
      keyResult: { value: `7 sur 12 (58${N}%)`, label: 'Accès à un emploi ou à une formation' },
      fictional: false,
    });
  });
});

describe('Cap Confiance (fictional, fully quantified)', () => {
  const view = viewOf('cap-confiance-chenove-2021');

  it('is marked fictional', () => {
    expect(view.fictional).toBe(true);
    expect(cardOf(entry('cap-confiance-chenove-2021').data).fictional).toBe(true);
  });

  it('gives costs per hour once every workshop is quantified', () => {
    const budget = Object.fromEntries(figures(section(view.sections, 'budget')));
    expect(budget['coût par personne accompagnée']).toBe(`1${N}600${S}€`);
    // 11 people × (45 min + 4 × 3 h + 8 × 2 h) = 11 × 28 h 45 = 316,25 h: 17 600 € ÷ 316,25 = 55,65 €.
    expect(budget[`coût d${A}une heure de séance par personne`]).toBe(`55,65${S}€`);
    // Facilitation: 11 × 45 min + 12 h + 16 h = 36 h 15: 17 600 € ÷ 36,25 = 485,52 €.
    expect(budget[`coût d${A}une heure d${A}animation`]).toBe(`485,52${S}€`);
  });

  it('computes each funder’s share of the total, and the budget lines with quantity × unit price', () => {
    const [lines, funders] = tables(section(view.sections, 'budget'));
    expect(cells(lines.rows[1])).toEqual(['Coaching individuel', 'Personnel', `11 participantes × 80${S}€`, `880${S}€`]);
    expect(cells(lines.footer![0])).toEqual(['Total', '', '', `17${N}600${S}€`]);
    expect(funders.rows.map((r) => [textOf(r[0]), textOf(r[2]), textOf(r[3])])).toEqual([
      ['Crédits de la politique de la ville (exemple fictif)', `11${N}000${S}€`, `62,5${N}%`],
      ['Département (exemple fictif)', `4${N}000${S}€`, `22,7${N}%`],
      ['Fonds propres de l’association', `2${N}600${S}€`, `14,8${N}%`],
    ]);
    // One precision for the column: 62,5 %, 22,7 %, 14,8 % and their total 100,0 %.
    expect(cells(funders.footer![0])).toEqual(['Total des financements renseignés', '', `17${N}600${S}€`, `100,0${N}%`]);
  });

  it('lists its indicator with target and actual value', () => {
    const [table] = tables(section(view.sections, 'indicators'));
    expect(cells(table.rows[0]).slice(0, 4)).toEqual([`Taux d${A}assiduité aux ateliers collectifs`, 'non renseigné', `plus de 80${N}%`, `86${N}%`]);
  });
});

describe('La Rochelle: cohorts, governance and interim results', () => {
  const view = viewOf('la-rochelle-cite-emploi');

  it('lists the three cohorts, their carrier, and no hours it cannot compute', () => {
    const [cohorts] = tables(section(view.sections, 'operation'));
    expect(cohorts.rows.map(cells)).toEqual([
      ['Cohorte jeunes', 'non renseigné', 'de 16 à 25 ans', 'CCAS de La Rochelle', 'non renseigné', 'non renseigné'],
      ['Cohorte femmes', 'non renseigné', 'Femmes', 'Régie de quartiers Diagonales', 'non renseigné', 'non renseigné'],
      ['Cohorte seniors', 'non renseigné', 'non renseigné', 'Régie de quartiers Diagonales', 'non renseigné', 'non renseigné'],
    ]);
  });

  it('says the results are interim, charts the three rates with a denominator only', () => {
    const results = section(view.sections, 'results')!;
    expect(results.blocks[0]).toEqual({ type: 'paragraph', runs: [{ text: `Bilan à mi-parcours, arrêté en avril${S}2021.` }], style: 'note' });
    const chart = blocks(results).find((b) => b.type === 'chart') as { chart: { bars: Array<{ valueText: string }> } };
    expect(chart.chart.bars.map((b) => b.valueText)).toEqual([`7 sur 19 (37${N}%)`, `3 sur 19 (16${N}%)`, `1 sur 19 (5${N}%)`]);
  });

  it('writes the period with the elision French wants', () => {
    expect(texts(facts(section(view.sections, 'identity')).Période)).toBe(`d${A}octobre${S}2020 à octobre${S}2021`);
  });

  it('files the sheet under women, mixed public, youth and QPV', () => {
    const card = cardOf(entry('la-rochelle-cite-emploi').data);
    expect(card.facets.public).toEqual(['women', 'mixed', 'youth', 'qpv']);
    expect(textOf(card.public)).toBe('Public mixte, habitant en quartier prioritaire, en 3 groupes');
  });
});

describe('Brest: a programme described in prose only', () => {
  const view = viewOf('brest-mises-en-situation-professionnelle');

  it('lists its workshops with « non renseigné », and no total nor figures', () => {
    const operation = section(view.sections, 'operation');
    const [workshops] = tables(operation);
    expect(workshops.rows).toHaveLength(6);
    expect(workshops.footer).toBeUndefined();
    expect(figures(operation)).toEqual([]);
    expect(blocks(operation).filter((b) => b.type === 'paragraph' && b.style === 'note')).toEqual([]);
    expect(workshops.rows.every((row) => row.at(-1)![0].missing)).toBe(true);
  });
});

describe('publicSummary', () => {
  it.each([
    [{ headcount: 12, gender: 'women', age: '18 à 55' }, '12 femmes de 18 à 55 ans'],
    [{ headcount: '10 à 12', gender: 'women', age: 'plus de 30', residence: { qpv: true } }, '10 à 12 femmes de plus de 30 ans, habitant en quartier prioritaire'],
    [{ headcount: 1, gender: 'men' }, '1 homme'],
    // A count of posts or a target says nothing about the people accompanied.
    [{ headcount: { value: 18, unit: 'posts' }, gender: 'mixed' }, 'Public mixte'],
    [{ headcount: { value: 500, kind: 'target' } }, undefined],
    [{ headcount: 'une soixantaine par an' }, 'Une soixantaine de personnes par an'],
    [{ headcount: { value: 'plus de 250', kind: 'achieved', period: 'year', date: 2019 } }, 'Plus de 250 personnes en 2019'],
    // A stock at a date is left to the sheet, which says the date.
    [{ headcount: { value: 'plus de 250', kind: 'achieved', period: 'at-date', date: '2021-03-31' } }, undefined],
    [{ gender: 'women' }, 'Femmes'],
    [{ headcount: 44, gender: 'mixed' }, `44${S}personnes, public mixte`],
    [{ age: '16 à 25' }, 'Personnes de 16 à 25 ans'],
    [{}, undefined],
  ])('%j → %j', (pub, expected) => {
    expect(publicSummary(programme({ public: pub as ProgrammeInput['public'] }))).toBe(expected);
  });
});

describe('publicFacets', () => {
  it.each([
    [{ public: { gender: 'women' } }, ['women']],
    [{ public: { gender: 'mixed', age: '16 à 25' } }, ['mixed', 'youth']],
    [{ public: { age: '18 à 55' } }, []],
    [{ public: {}, territory: { qpv: ['Grésilles'] } }, ['qpv']],
    [{ public: { residence: { qpv: true } } }, ['qpv']],
  ])('%j → %j', (extra, expected) => {
    expect(publicFacets(programme(extra as Partial<ProgrammeInput>))).toEqual(expected);
  });
});

describe('keyResult: the result a card shows', () => {
  const r = (label: string, extra: Partial<ResultMetrics>): ResultMetrics => ({ label, computed: false, ...extra });
  const n = (v: number): Count => ({ min: v, max: v, precision: 'exact', unit: 'people' });
  it.each([
    ['a rate of an outcome first', [r('entrées', { count: n(44), outcome: 'enrolment' }), r('emploi', { count: n(7), of: n(12), rate: 58.3, computed: true, outcome: 'employment' })], 'emploi'],
    ['a rate of participation when there is no other rate', [r('présentes', { count: n(5), of: n(12), rate: 41.7, computed: true, outcome: 'participation' }), r('formation', { count: n(2), outcome: 'training' })], 'présentes'],
    ['then a count of an outcome', [r('entrées', { count: n(44), outcome: 'enrolment' }), r('CDI', { count: n(2), outcome: 'permanent-contract' })], 'CDI'],
    ['then a bare percentage', [r('taux', { percent: { value: 58 }, outcome: 'participation' })], 'taux'],
    ['then any count', [r('entrées', { count: n(44), outcome: 'enrolment' })], 'entrées'],
    ['nothing when there is no result', [], undefined],
  ])('%s', (_, results, expected) => {
    expect(keyResult(results)?.label).toBe(expected);
  });
});

describe('resultsChart', () => {
  const n = (v: number): Count => ({ min: v, max: v, precision: 'exact', unit: 'people' });
  it('draws counts with their denominator and bare percentages, skips counts alone', () => {
    const chart = resultsChart([
      { label: 'emploi', count: n(7), of: n(12), rate: 58.33, computed: true },
      { label: 'taux donné', percent: { value: 40 }, computed: false },
      { label: 'sans dénominateur', count: n(2), computed: false },
    ]);
    expect(chart?.bars).toEqual([
      { label: 'emploi', value: 7, max: 12, valueText: `7 sur 12 (58${N}%)`, counts: true },
      { label: 'taux donné', value: 40, max: 100, valueText: `40${N}%`, counts: false },
    ]);
    expect(chart?.description).toBe(`Diagramme en barres${S}: emploi${S}: 7 sur 12 (58${N}%)${N}; taux donné${S}: 40${N}%.`);
  });

  it('gives no chart without a rate', () => {
    expect(resultsChart([{ label: 'entrées', count: n(44), computed: false }])).toBeUndefined();
  });
});

describe('phasesTimeline', () => {
  it('places Castelnau’s phases and dated steps on a month axis', () => {
    const timeline = phasesTimeline(entry('castelnau-donne-des-elles').data.phases!)!;
    expect(timeline).toMatchObject({ start: '2018-03', months: 14 });
    expect(timeline.lanes.map((l) => [l.from, l.to])).toEqual([[0, 6], [6, 8], [8, 14]]);
    // October 2018 is the 8th month shown: its dot sits in the middle of it.
    expect(timeline.lanes[1].events).toEqual([{ at: 7.5, label: expect.stringContaining('Réunion des bénéficiaires'), dateText: `octobre${S}2018` }]);
    expect(timeline.ticks).toEqual([
      { at: 0, label: 'mars', year: '2018' },
      { at: 3, label: 'juin' },
      { at: 6, label: 'septembre' },
      { at: 9, label: 'décembre' },
      { at: 12, label: 'mars', year: '2019' },
    ]);
    expect(timeline.legend).toBeTruthy();
  });

  it('covers whole years for year-only dates, and graduates long spans by year', () => {
    const data = programme({ phases: [{ kind: 'running', period: { start: 2015, end: 2019 } }] });
    const timeline = phasesTimeline(data.phases!)!;
    expect(timeline.months).toBe(60);
    expect(timeline.ticks.map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019']);
    expect(timeline.legend).toBeUndefined();
  });

  it('draws a phase without an end up to its last dated step', () => {
    const data = programme({ phases: [{ kind: 'setup', period: { start: '2020-01' }, steps: [{ label: 'Lancement', date: '2020-04' }] }] });
    expect(phasesTimeline(data.phases!)!.lanes[0]).toMatchObject({ from: 0, to: 4, periodText: `à partir de janvier${S}2020, fin non renseignée` });
  });

  it('gives no timeline without phases', () => {
    expect(phasesTimeline([])).toBeUndefined();
  });
});

describe('the index', () => {
  const cards = sortCards(publishedProgrammes(publicCorpus(corpus)).map((p) => sheetCard(sheetDocument(p, programmeMetrics(p.data)), p.data)));

  it('orders cards from the most recent, undated ones last', () => {
    expect(cards.map((c) => c.id)).toEqual([
      'toulouse-clause-sociale-femmes',
      'cap-confiance-chenove-2021',
      'la-rochelle-cite-emploi',
      'castelnau-donne-des-elles',
      'brest-mises-en-situation-professionnelle',
      'saint-lo-pastel',
    ]);
  });

  it('counts the sheets of every filter value', () => {
    const facets = Object.fromEntries(sheetFacets(cards, corpus.programmes.map((p) => p.data)).map((f) => [f.key, f.values.map((v) => `${v.label} (${v.count})`)]));
    expect(facets.region).toEqual(['Bourgogne-Franche-Comté (1)', 'Bretagne (1)', 'Normandie (1)', 'Nouvelle-Aquitaine (1)', 'Occitanie (2)']);
    expect(facets.departement).toEqual(['Charente-Maritime (17) (1)', 'Côte-d’Or (21) (1)', 'Finistère (29) (1)', 'Haute-Garonne (31) (1)', 'Hérault (34) (1)', 'Manche (50) (1)']);
    expect(facets.year).toEqual(['2022 (1)', '2021 (3)', '2020 (1)', '2019 (1)', '2018 (1)']);
    expect(facets.public).toEqual(['Femmes (4)', 'Public mixte (1)', 'Jeunes de moins de 26 ans (1)', 'Habitants des quartiers prioritaires (2)']);
    expect(facets.theme[0]).toBe(`Accès à l${A}emploi (4)`);
  });
});

describe('French typography of the content', () => {
  it('applies to text, not to addresses or code, and makes data fields’ apostrophes typographic', () => {
    const out = typesetBlock({
      type: 'section',
      id: 'resultats',
      title: "l'emploi : 7 sur 12",
      blocks: [
        { type: 'paragraph', runs: [{ text: "Creativ' ; 58 %" }, { text: "https://exemple.fr/l'appel", href: "https://exemple.fr/l'appel" }, { text: "l'id", code: true }] },
        { type: 'facts', rows: [{ label: 'Département', values: [[{ text: "Côte-d'Or" }]] }] },
      ],
    });
    expect(out).toEqual({
      type: 'section',
      id: 'resultats',
      title: `l${A}emploi${S}: 7 sur 12`,
      blocks: [
        { type: 'paragraph', runs: [{ text: `Creativ${A}${N}; 58${N}%` }, { text: "https://exemple.fr/l'appel", href: "https://exemple.fr/l'appel" }, { text: "l'id", code: true }] },
        { type: 'facts', rows: [{ label: 'Département', values: [[{ text: `Côte-d${A}Or` }]] }] },
      ],
    });
  });

  it('reaches every data field of a sheet: no straight apostrophe is left in its text', () => {
    const all = JSON.stringify(viewOf('castelnau-donne-des-elles').sections.filter((s) => s.key !== 'adapt'));
    expect(all).toContain(`Centre d${A}information`);
    expect(all.match(/\p{L}'/gu)).toBeNull();
  });
});

describe('figures that say what they cover (audit of 2 December)', () => {
  const people = (kind: 'target' | 'achieved') => ({ headcount: [{ value: 25, unit: 'people', period: 'whole', kind }] }) as ProgrammeInput['public'];
  it.each([
    ['completed', 'achieved', 'total-cost', [`coût total de l${A}action`, `50${N}000${S}€`], ['coût par personne accompagnée', `2${N}000${S}€`]],
    ['proposed', 'target', 'budget', ['budget', `50${N}000${S}€`], ['coût par personne prévue', `2${N}000${S}€`]],
  ] as const)('a %s programme with %s people: its cost per person says whose', (status, kind, basis, total, perPerson) => {
    const data = programme({ status, public: people(kind), budget: { total: 50000, basis, period: 'whole' } });
    expect(figures(section(sectionsOf(data), 'budget'))).toEqual([total, perPerson]);
  });

  it.each([
    ['target', 'completed', `Pas de coût par personne${S}: le nombre de personnes est un objectif, pas le nombre de personnes accompagnées.`],
  ] as const)('no cost per person over a %s: the sheet says why', (kind, status, note) => {
    const data = programme({ status, public: people(kind), budget: { total: 50000, basis: 'total-cost', period: 'whole' } });
    const budget = section(sectionsOf(data), 'budget');
    expect(figures(budget).map(([label]) => label)).toEqual([`coût total de l${A}action`]);
    expect(blocks(budget).flatMap((b) => (b.type === 'paragraph' ? [textOf(b.runs)] : []))).toContain(note);
  });

  it.each([
    ['budget', 'Part du budget'],
    ['total-cost', 'Part du coût total'],
    ['envelope', `Part de l${A}enveloppe`],
  ] as const)('a funder’s share of a budget given as %s is named so', (basis, column) => {
    const data = programme({ budget: { total: 100000, basis, period: 'whole', funders: [{ name: 'État', kind: 'state', amount: 100000 }] } });
    const [funders] = tables(section(sectionsOf(data), 'budget'));
    expect(funders.columns.map((c) => c.label)).toContain(column);
    expect(cells(funders.rows[0])).toContain(`100${N}%`);
  });

  it('groups that recur: facilitation per year, and a rhythm the source only announces is said to be planned', () => {
    const data = programme({
      recurrence: { groups: { value: 2, unit: 'groups', kind: 'target', period: 'year' }, size: { value: 12, kind: 'target' } },
      workshops: [{ id: 'a', title: 'A', kind: 'thematic-workshop', mode: 'collective', sessions: 10, sessionDuration: '2 h' }],
    });
    const labels = figures(section(sectionsOf(data), 'operation'));
    expect(labels).toContainEqual(['rythme prévu des groupes', `2${S}groupes par an`]);
    expect(labels).toContainEqual([`d${A}animation par an`, `40${S}h`]);
  });
});

describe('a status a source observed at a date', () => {
  it.each([
    ['completed', undefined, 'Terminé'],
    ['unknown', { status: 'running', date: '2019-10' }, `Statut inconnu — en cours en octobre${S}2019, selon la source`],
    ['unknown', { status: 'completed', date: '2012' }, 'Statut inconnu — terminé en 2012, selon la source'],
    ['running', { status: 'running', date: '2024-03-02' }, `En cours (constaté le 2${S}mars${S}2024)`],
    ['completed', { status: 'running', date: '2019-10' }, `Terminé — en cours en octobre${S}2019, selon la source`],
  ] as const)('%s, observed %o: « %s »', (status, statusObserved, expected) => {
    expect(statusText(programme({ status, ...(statusObserved && { statusObserved }) }))).toBe(expected);
  });

  it('leaves the filters and the card to today\'s status', () => {
    const data = programme({ status: 'unknown', statusObserved: { status: 'running', date: '2019-10' } });
    const view = sheetDocument(asEntry(data), programmeMetrics(data));
    expect(view.status).toEqual({ key: 'unknown', label: 'Statut inconnu' });
    expect(cardOf(data).status).toBe('Statut inconnu');
  });
});
