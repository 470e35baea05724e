/**
 * Real published sheets and programme reports (tests/fixtures/real-programmes/, each with its
 * sources and what they do not say): each validates, every fact its file gives appears on its
 * sheet, and no number is shown that the file does not give or that is not one of the derived
 * figures of `DERIVED`, listed here fixture by fixture with its hand computation.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_NUMBERS, DERIVED, givenFacts, numbersIn, opening, plain, readRealSheet, vocabularyFacts, type DerivedKey } from './real-sheets';

const dir = join(import.meta.dirname, '..', 'fixtures', 'real-programmes');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

interface Expectation {
  /** Warnings the file gets (rule ids), none else. */
  warnings?: string[];
  /** Derived values the sheet shows, by figure, with the arithmetic. */
  derived: Partial<Record<DerivedKey, number[]>>;
  /** Texts the sheet must not show: the wrong figures this source invites. */
  never: string[];
  /** Texts the sheet must show: what it does with the traps. */
  shows: string[];
}

const COUNT_KEYS = new Set(['value', 'headcount', 'size', 'count', 'of', 'groups', 'members', 'qpvCount', 'percent', 'share', 'total', 'amount', 'unitPrice', 'surface']);
const MARKDOWN_KEYS = new Set(['description', 'context', 'lessons', 'transferability', 'text']);

const expectations: Record<string, Expectation> = {
  'villefontaine-jardinons-ensemble.yaml': {
    // Isère is département 38.
    derived: { departement: [38] },
    // 69 000 € a year of no stated year ÷ « une dizaine » a quarter: no cost per person; no
    // « 4 × 10 = 40 » a year; no year list for an action still running.
    never: ['coût par personne accompagnée', '40 personnes', 'Années de mise en œuvre 1998'],
    shows: ['depuis 1998, en cours', 'une dizaine de personnes par trimestre', 'par an (année non précisée)', 'Pas de coût par personne', "nom de la région avant 2016"],
  },
  'vallees-auge-estime-de-soi.yaml': {
    // 10 sessions × 1 h = 10 h per person; the cycle for each of the 3 sessions: 10 h × 3 = 30 h
    // of facilitation; « 3 groupes » counts the listed sessions.
    derived: { 'sessions-per-person': [10], 'hours-per-person': [10], 'facilitator-hours': [30], 'listed-count': [3] },
    // 3 × 6 = 18 is not the number of people (6 may be a gauge, a person may follow two sessions).
    // « Deux sessions par an » is announced from « septembre prochain »: a planned rhythm, and the 30 h
    // are those of the 3 sessions described, not of the action.
    never: ['18 personnes', 'personnes accompagnées', 'personnes par an', "d'animation en tout"],
    shows: ['depuis 2016, en cours', '2 groupes par an', 'rythme prévu des groupes', "d'animation pour les 3 groupes décrits", '6 personnes', 'bénévole'],
  },
  'bar-le-duc-silo-aci.yaml': {
    derived: { departement: [55] },
    // 18 salaried posts and 12 full-time equivalents are a capacity, not people.
    never: ['18 personnes', '12 personnes', 'personnes accompagnées'],
    shows: ['Capacité : 18 postes en insertion', 'Capacité : 12 ETP', 'porteur, depuis 2009', 'probable coquille'],
  },
  'la-roche-sur-yon-chantier-collectif.yaml': {
    // Vendée is 85; « en 3 groupes » counts the listed teams.
    derived: { departement: [85], 'listed-count': [3] },
    // 17 posts are not 17 people, 26 people in 2005 are not 26 a year, and the teams (6 à 7, 6 à
    // 7, 4: gauges) are not summed to 16 à 18.
    never: ['17 personnes', '26 personnes par an', '16 à 18', 'occupation'],
    shows: ['Capacité : 17 postes en insertion', 'Réalisé : 26 personnes en 2005', '26 personnes accompagnées en 2005'],
  },
  'blanquefort-cuisine-nomade.yaml': {
    // 6 / 20 = 30 %, 8 / 20 = 40 %, 4 / 20 = 20 % (same source, same 20 trainees of 2009-2010);
    // 3 promotions a year × 11 trainees each = 33 people a year, written together in one source.
    derived: { 'result-rate': [30, 40, 20], 'people-per-year': [33] },
    // 6 + 8 + 4 = 18 is not 20; the first promotion's 7 is not the action's headcount; 7 × 3 is
    // not a yearly flow; the CCAS's old page date is not a publication date.
    never: ['18 sur 20', '7 personnes accompagnées', '21 personnes', 'Publié le'],
    // The pathway's duration changed: five months for the first promotion, four later; never one alone.
    shows: ['novembre 2009', '1er décembre 2009', '1er prix', '10 000 €', 'environ 40 %', '33 personnes par an', 'environ cinq ans après le lancement', 'Financement des bénéficiaires', '5 mois (première promotion ;', '4 mois (plus tard ;', '5 mois ou 4 mois'],
  },
  'arras-atelier-bien-etre.yaml': {
    derived: {},
    // « une moyenne de dix » is who attends one Tuesday, not people accompanied; the sessions a year
    // are not given, so no 52 × 2 h = 104 h; the fiche does not say the workshop goes on; the page's
    // « Publié le 1 février 2005 » is the start of the action; the département is not written.
    never: ['10 personnes accompagnées', 'personnes par an', '104', '52', 'en cours', 'Publié le', 'Pas-de-Calais'],
    shows: ['Statut inconnu', 'depuis le 1er février 2005', 'en moyenne 10 personnes par séance', 'le mardi de 14 h à 16 h', 'les six mois du démarrage', 'Dates non renseignées'],
  },
  'lure-chantier-insertion.yaml': {
    derived: {},
    // 10 RMI places and 1 CAE place are per worksite, of which the number a year is not given: no
    // « 11 » recruits, no people per year; recognised as an ACI in 2007, not since 1994; the fiche
    // does not say the action goes on; the works of 1989-1993 precede it.
    never: ['11 personnes', '11 places', 'personnes par an', 'personnes accompagnées', 'en cours', 'depuis 1994', 'Années de mise en œuvre 1989', 'Haute-Saône'],
    shows: ['Statut inconnu', 'à partir de 1994, fin non renseignée', '2007 : Agrément ou conventionnement', '10 places par groupe', '1 place par groupe', "Un contrat d'avenir (un an au plus)"],
  },
  'ccplm-chantier-insertion.yaml': {
    // Aude is département 11.
    derived: { departement: [11] },
    // Two groups of eight at the date of the article are not 16 people accompanied; the thirds are
    // not turned into people; 70 % and 50 % are not added, and 50 % is not said to be of the exits.
    // Running in October 2019, as the article says, is not running today.
    never: ['16', 'personnes accompagnées', '120 %', '35 %', 'Statut : En cours', 'Statut En cours', '24 mois', 'personne : 2 ans (', 'personne 2 ans ('],
    shows: ['Statut inconnu — en cours en octobre 2019, selon la source', 'jeunes : un tiers', 'femmes seules avec enfants : un tiers', '70 % (selon la source)', '50 % (selon la source)', 'sans dire si c\'est la moitié des sorties positives', '2 ans au plus (Maires de France (AMF)', '38 communes', '15 800 habitants'],
  },
  'voivres-chantier-insertion.yaml': {
    // Vosges is département 88.
    derived: { departement: [88] },
    // 1989 is the year the mayor was first elected, not the opening; « trente ans plus tard » gives
    // no year; the 14 places are those of the opening; the school's children are not people
    // accompanied.
    never: ['depuis 1989', 'à partir de 1989', 'Années de mise en œuvre 1989', '2019, en cours', '14 personnes', '75 personnes', 'en cours'],
    shows: ['Statut inconnu', 'Capacité : 14 places', 'la source ne dit pas si ces places existent encore', 'Pour le territoire', 'de 9 à 20 enfants', '320 habitants', '15 km distance d\'Épinal'],
  },
  'impact-jeunes-bouches-du-rhone.yaml': {
    // Bouches-du-Rhône is 13; 200 in employment of the 800 accompanied, one sentence of one source:
    // 200 / 800 = 25 %.
    derived: { departement: [13], 'result-rate': [25] },
    // 3 000 is a target for 2020, and 800 was counted « two years after »: no 800 / 3 000 = 26,7 %;
    // « dont 500 dans chaque… » is cut, so no 3 × 500 = 1 500; « près de 200 » in training has no
    // exact rate; the Ansa's 600 000 € is a cost avoided, not a budget; the end is not given.
    never: ['3 000 personnes accompagnées', '26,7', '27 %', '1 500', 'coût par personne', 'en cours', 'depuis 2017'],
    shows: [
      'Objectif : 3 000 personnes d’ici 2020',
      'Réalisé : 800 personnes',
      'de 15 à 30 ans',
      'de 13 à 30 ans',
      'de 15 à 25 ans',
      'mars 2017 (Made in Marseille)',
      'Lauréat : Programme d’investissement d’avenir',
      'pas de taux : un des nombres est approché',
      'Pour le territoire',
      'au moins 50 %',
      'Statut inconnu',
      'à partir de 2017',
    ],
  },
  'abbeville-epicerie-arc-en-ciel.yaml': {
    derived: {},
    // Households are not people and are not added (369 + 250); no 850 / 369 people per household,
    // no 250 / 130 occupancy, no 4 342 / 25 000 = 17 % against « plus de 20 % » (other period,
    // other base); the market value sold is not a budget; « 2023 » is kept as written.
    never: ['619', '2,3 personnes', '192 %', '17 %', '17,4', 'coût par personne', 'en cours', 'Somme (80)', 'Hauts-de-France'],
    shows: ['Capacité : 80 à 130 ménages', 'Réalisé : 250 ménages du 1er janvier au 31 août, année non précisée', 'Réalisé : 369 ménages en 2023', 'Réalisé : 850 personnes en 2023', 'le chapeau de l’article écrit « près de 250 »', 'Statut inconnu', 'à partir de septembre 2023', '« 0,25 centime »', 'plus de 32 000 €'],
  },
  'impact-jeunes-la-reunion.yaml': {
    warnings: ['resultat/denominateur-cible', 'resultat/incoherent'],
    derived: {},
    // 111 / 210 = 52,9 % is never computed from a target, and 74 % is not recomputed.
    never: ['52,9', '53 %', '210 personnes accompagnées', '111 sur 210 ('],
    shows: ['Objectif : 210 personnes', 'Réalisé : 111 personnes', '74 % (selon la source)', 'le dénominateur est une cible', 'ne correspond pas à ses nombres'],
  },
  'prij-ile-de-france.yaml': {
    // « (8 départements) » counts the listed départements.
    derived: { 'listed-count': [8] },
    // 10 000 is a target for the end of 2020; « près de 2 000 » of « plus de 4 000 » and 6 500
    // of « près de 17 000 » are no exact rates (50 %, 38 %).
    never: ['10 000 personnes accompagnées', '38 %', '50 %', 'Années de mise en œuvre 2018'],
    shows: [
      'Objectif : 10 000 personnes d’ici fin 2020',
      'plus de 4 000 personnes au 9 mars 2021',
      'près de 17 000 personnes en décembre 2022',
      'de 16 à 25 ans',
      'de 16 à 30 ans',
      'depuis 2018, en cours',
      '197 en 2021',
      'Île-de-France (8 départements)',
    ],
  },
  'ahetze-lavoir-chantier-formation.yaml': {
    derived: {},
    // The second group has no size: no « 14 à 16 » (2 × 7-8); one person follows one group, so
    // no « 34 semaines » (2 × 17).
    never: ['14 à 16', '34 semaines', 'personnes accompagnées'],
    shows: ['fin janvier 2010', 'début mai 2010', 'début 2009', 'pressenti', "À l'initiative du projet", 'charpente'],
  },
  'empleo-ae-poctefa.yaml': {
    derived: {},
    // 65 % × 256 012 € = 166 407,80 € of ERDF is never computed: the base is an estimate.
    never: ['166', 'coût par personne'],
    shows: ['65 %', 'coût estimé', 'Euskadi (Espagne)', 'basque', 'espagnol', 'annoncée au lancement'],
  },
  'ille-et-vilaine-fse-aci.yaml': {
    derived: { departement: [35] },
    // « près de 900 000 € » ÷ « près de 600 » = 1 500 € is never computed: both are approximate.
    never: ['1 500 €', 'coût par personne accompagnée', '600 personnes accompagnées'],
    shows: ['près de 900 000 €', 'près de 600 personnes par an', 'la moitié', 'une quarantaine de structures', 'Pas de coût par personne'],
  },
  'ambassadeurs-metier-basse-normandie.yaml': {
    derived: {},
    never: ['94 % de réussite', 'Calvados'],
    shows: ['94 % (selon la source)', 'Utilité perçue', 'AP1 n° 331', "Basse-Normandie (région d'avant 2016, aujourd'hui en Normandie)", 'Évaluation'],
  },
  'yvelines-auto-ecoles-sociales.yaml': {
    // Yvelines is 78; 16 licences of the 80 people in training, both in March 2017: 16 / 80 = 20 %.
    derived: { departement: [78], 'result-rate': [20] },
    // No « 1 100 + 250 = 1 350 € » per person, no 200 000 € ÷ 80, no 100 people for the 2017
    // target of 100 trainings, no 6 / 16 employment rate while the follow-up goes on.
    never: ['1 350', '2 500', '100 personnes', '38 %', '37,5'],
    shows: ['Objectif : 100 formations en 2017', 'Réalisé : 80 personnes en mars 2017', '250 € par', '1 100 € par', '200 000 €', 'fin 2015', '(envisagé)', 'moins de 25 ans'],
  },
};

describe('real programme reports', () => {
  it('are at least eight, each with its expectations', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => !expectations[f])).toEqual([]);
  });

  describe.each(files)('%s', (file) => {
    const real = readRealSheet(join(dir, file));
    const expected = expectations[file];

    it('validates, with only the warnings it should get', () => {
      expect(real.errors).toBe(0);
      expect(real.warnings).toEqual(expected?.warnings ?? []);
    });

    it('shows every fact its file gives', () => {
      const sheetText = plain(real.text);
      const sheetNumbers = new Set(numbersIn(real.text));
      const missing: string[] = [];
      for (const fact of givenFacts(real.raw)) {
        const key = fact.path.split('.').filter((k) => !/^\d+$/.test(k)).at(-1)!;
        if (typeof fact.value === 'number') {
          if (!sheetNumbers.has(fact.value)) missing.push(`${fact.path} = ${fact.value}`);
        } else if (COUNT_KEYS.has(key)) {
          for (const n of numbersIn(fact.value)) if (!sheetNumbers.has(n)) missing.push(`${fact.path} = ${fact.value}`);
        } else if (MARKDOWN_KEYS.has(key)) {
          if (!sheetText.includes(opening(fact.value))) missing.push(`${fact.path} = ${opening(fact.value)}`);
        } else if (!sheetText.includes(plain(fact.value))) missing.push(`${fact.path} = ${fact.value}`);
      }
      expect(missing).toEqual([]);
    });

    it('shows the words of every value its file picks from a vocabulary (kinds, roles, themes, outcomes)', () => {
      const sheetText = plain(real.text);
      const facts = vocabularyFacts(real.raw);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.filter((f) => !sheetText.includes(plain(f.label))).map((f) => `${f.path} = ${f.value} (${f.label})`)).toEqual([]);
    });

    it('shows no number its file does not give, except the derived figures listed here', () => {
      const given = new Set([...numbersIn(JSON.stringify(real.raw)), ...BOILERPLATE_NUMBERS]);
      const derived = new Set(Object.values(expected?.derived ?? {}).flat());
      expect(Object.keys(expected?.derived ?? {}).filter((k) => !(k in DERIVED))).toEqual([]);
      const shown = new Set(numbersIn(real.text));
      const unexplained = [...shown].filter((n) => !given.has(n) && !derived.has(n));
      expect(unexplained).toEqual([]);
      // Every derived value listed is on the sheet: the list says what the sheet computes.
      expect([...derived].filter((n) => !shown.has(n))).toEqual([]);
    });

    it('avoids the wrong figures this source invites, and says what it does instead', () => {
      const text = plain(real.text);
      expect((expected?.never ?? []).filter((t) => text.includes(plain(t)))).toEqual([]);
      expect((expected?.shows ?? []).filter((t) => !text.includes(plain(t)))).toEqual([]);
    });
  });
});

