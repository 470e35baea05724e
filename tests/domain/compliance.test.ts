/**
 * The compliance engine, requirement by requirement: met, not met and unknown, on plain data.
 */
import { describe, expect, it } from 'vitest';
import { ProgrammeSchema, ResponseSchema, TenderSchema, type Programme, type Response, type Tender } from '../../schemas/index';
import { requirementMeasures } from '../../schemas/requirement';
import type { VatRegime } from '../../schemas/vat';
import { checkCompliance, type Verdict } from '../../src/domain/compliance';

const exempt: VatRegime = { kind: 'exempt-261-7-1' };
const subject: VatRegime = { kind: 'subject', rate: 20 };

const baseTender = {
  title: 'Appel',
  procedure: { kind: 'consultation' },
  buyer: { name: 'Acheteur' },
  summary: 'Un appel',
  dates: { deadline: '2022-08-05' },
  responseSections: [
    { id: 'presentation', title: 'Présentation' },
    { id: 'proposition', title: 'Proposition', pageLimit: 10 },
    { id: 'annexes', title: 'Annexes libres', required: false },
  ],
  deliverables: [
    { id: 'parcours', label: 'Le parcours' },
    { id: 'grille', label: "La grille d'entretien" },
    { id: 'bonus', label: 'Un bonus', required: false },
  ],
  budgetCap: { unit: 'euros', basis: 'TTC', min: 35000, max: 40000 },
  awardCriteria: { weighting: 'percentage', criteria: [{ id: 'prix', type: 'price', name: 'Prix', weight: 100 }] },
};

const baseProgramme = {
  title: 'Proposé',
  summary: 'Un programme proposé',
  status: 'proposed',
  carriers: [{ name: 'Association' }],
  territory: { departement: 21 },
  duration: '12 semaines',
  themes: ['women-employment'],
  public: { gender: 'women', age: 'plus de 30', residence: { qpv: true } },
  cohorts: [
    { id: 'g1', name: 'Groupe 1', size: '10 à 12' },
    { id: 'g2', name: 'Groupe 2', size: '10 à 12' },
  ],
  workshops: [
    { id: 'ind', title: 'Coaching individuel', kind: 'individual-coaching', mode: 'individual', sessions: 1, sessionDuration: '45 min à 1 h' },
    { id: 'col', title: 'Coaching collectif', kind: 'collective-coaching', mode: 'collective', sessions: 4, sessionDuration: '3 h' },
    { id: 'conf', title: 'Confiance', kind: 'thematic-workshop', mode: 'collective', sessions: 2, sessionDuration: '2 h', themes: ['self-confidence'] },
    { id: 'mob', title: 'Mobilité', kind: 'thematic-workshop', mode: 'collective', sessions: 2, sessionDuration: '2 h', themes: ['mobility'] },
    { id: 'num', title: 'Numérique', kind: 'thematic-workshop', mode: 'collective', sessions: 2, sessionDuration: '2 h', themes: ['digital'] },
    { id: 'par', title: 'Parentalité', kind: 'thematic-workshop', mode: 'collective', sessions: 2, sessionDuration: '2 h', themes: ['childcare-parenting'] },
  ],
};

const baseResponse = {
  tender: 'appel',
  provider: 'prov',
  programme: 'prog',
  answers: [
    { section: 'presentation', body: 'Nous.' },
    { section: 'proposition', body: 'Notre proposition.' },
  ],
  price: { lines: [{ label: 'Forfait', unit: 'package', quantity: 1, unitPrice: 38400 }] },
  deliverables: [
    { deliverable: 'parcours', section: 'proposition', where: 'partie 2' },
    { deliverable: 'grille', annex: 'grille' },
  ],
  annexes: [{ id: 'grille', title: "Grille d'entretien", body: '| Question | Réponse |\n| --- | --- |\n| Atouts | … |' }],
  planning: { items: [{ id: 'accueil', label: 'Accueil', from: 1, to: 1 }] },
  commitments: [{ requirement: 'engagement', where: 'Proposition, atelier parentalité' }],
};

type Patch = (x: { tender: Record<string, unknown>; programme: Record<string, unknown>; response: Record<string, unknown> }) => void;

function run(requirement: Record<string, unknown>, patch?: Patch, regime: VatRegime = exempt, pages?: { total?: number; sections?: Record<string, number> }) {
  const raw = structuredClone({ tender: { ...baseTender, requirements: [{ id: 'r', label: 'Exigence', ...requirement }] }, programme: baseProgramme, response: baseResponse });
  patch?.(raw as Parameters<Patch>[0]);
  const tender: Tender = TenderSchema().parse(raw.tender);
  const programme: Programme = ProgrammeSchema().parse(raw.programme);
  const response: Response = ResponseSchema().parse(raw.response);
  return checkCompliance({ tender, programme, response, regime, pages });
}

const verdictOf = (requirement: Record<string, unknown>, patch?: Patch, regime?: VatRegime, pages?: { total?: number; sections?: Record<string, number> }) =>
  run(requirement, patch, regime, pages).results[0];

const drop = (obj: Record<string, unknown>, key: string) => delete obj[key];
const workshops = (x: Parameters<Patch>[0]) => x.programme.workshops as Array<Record<string, unknown>>;

const cases: Array<[string, Record<string, unknown>, Patch | undefined, Verdict, string?]> = [
  // groups
  ['2 groups asked, 2 proposed', { measure: 'group-count', bound: 2 }, undefined, 'met'],
  ['2 groups asked, 1 proposed', { measure: 'group-count', bound: 2 }, (x) => (x.programme.cohorts as unknown[]).pop(), 'not-met', 'La proposition prévoit 1 groupe'],
  ['groups not declared', { measure: 'group-count', bound: 2 }, (x) => drop(x.programme, 'cohorts'), 'unknown'],
  ['group sizes within 10 à 12', { measure: 'group-size', bound: '10 à 12' }, undefined, 'met'],
  ['a group of 8 to 14', { measure: 'group-size', bound: '10 à 12' }, (x) => ((x.programme.cohorts as Array<Record<string, unknown>>)[1].size = '8 à 14'), 'not-met', 'Groupe 2'],
  ['a group without a size', { measure: 'group-size', bound: '10 à 12' }, (x) => drop((x.programme.cohorts as Array<Record<string, unknown>>)[0], 'size'), 'unknown', 'Groupe 1'],
  // duration
  ['12 weeks within 10 à 12', { measure: 'programme-duration', bound: '10 à 12 semaines' }, undefined, 'met'],
  ['14 weeks', { measure: 'programme-duration', bound: '10 à 12 semaines' }, (x) => (x.programme.duration = '14 semaines'), 'not-met'],
  ['70 days are 10 weeks', { measure: 'programme-duration', bound: '10 à 12 semaines' }, (x) => (x.programme.duration = '70 jours'), 'met'],
  ['3 months cannot be compared to weeks', { measure: 'programme-duration', bound: '10 à 12 semaines' }, (x) => (x.programme.duration = '3 mois'), 'unknown'],
  ['duration absent', { measure: 'programme-duration', bound: '10 à 12 semaines' }, (x) => drop(x.programme, 'duration'), 'unknown'],
  ['3 months where 4 at most are asked', { measure: 'programme-duration', bound: '4 mois au plus' }, (x) => (x.programme.duration = '3 mois'), 'met'],
  ['5 months where 4 at most are asked', { measure: 'programme-duration', bound: '4 mois au plus' }, (x) => (x.programme.duration = '5 mois'), 'not-met', '4 mois au plus'],
  ['18 months where 12 or 24 are allowed', { measure: 'programme-duration', bound: '12 ou 24 mois' }, (x) => (x.programme.duration = '18 mois'), 'not-met', '12 ou 24 mois'],
  ['24 months where 12 or 24 are allowed', { measure: 'programme-duration', bound: '12 ou 24 mois' }, (x) => (x.programme.duration = '24 mois'), 'met'],
  // A duration given only as its longest (« 2 ans au plus »): every pathway is at most that long.
  ['2 years at most where 24 months at most are asked', { measure: 'programme-duration', bound: '24 mois au plus' }, (x) => (x.programme.duration = '2 ans au plus'), 'met'],
  ['2 years at most where 12 months at most are asked', { measure: 'programme-duration', bound: '12 mois au plus' }, (x) => (x.programme.duration = '2 ans au plus'), 'unknown', '12 mois au plus'],
  ['6 months at most where 9 months at least are asked', { measure: 'programme-duration', bound: 'au moins 9 mois' }, (x) => (x.programme.duration = '6 mois au plus'), 'not-met', 'au moins 9 mois'],
  ['12 months at most where 6 months at least are asked', { measure: 'programme-duration', bound: 'au moins 6 mois' }, (x) => (x.programme.duration = '12 mois au plus'), 'unknown'],
  ['24 months at most where 12 or 24 are allowed', { measure: 'programme-duration', bound: '12 ou 24 mois' }, (x) => (x.programme.duration = '24 mois au plus'), 'unknown'],
  ['12 weeks at most where 10 to 12 weeks are asked', { measure: 'programme-duration', bound: '10 à 12 semaines' }, (x) => (x.programme.duration = '12 semaines au plus'), 'unknown'],
  // session counts and durations
  ['1 individual coaching', { measure: 'session-count', workshopKind: 'individual-coaching', bound: 1 }, undefined, 'met'],
  ['4 collective coachings within 3 à 4', { measure: 'session-count', workshopKind: 'collective-coaching', bound: '3 à 4' }, undefined, 'met'],
  ['8 thematic workshops within 7 à 8', { measure: 'session-count', workshopKind: 'thematic-workshop', bound: '7 à 8' }, undefined, 'met'],
  ['6 thematic workshops', { measure: 'session-count', workshopKind: 'thematic-workshop', bound: '7 à 8' }, (x) => workshops(x).pop(), 'not-met', '6 ateliers thématiques'],
  ['no collective coaching at all', { measure: 'session-count', workshopKind: 'collective-coaching', bound: '3 à 4' }, (x) => workshops(x).splice(1, 1), 'not-met', 'aucune séance'],
  ['sessions not given', { measure: 'session-count', workshopKind: 'collective-coaching', bound: '3 à 4' }, (x) => drop(workshops(x)[1], 'sessions'), 'unknown', 'Coaching collectif'],
  ['workshops per cohort are counted per cohort', { measure: 'session-count', workshopKind: 'thematic-workshop', bound: 8 }, (x) => {
    workshops(x).push({ id: 'extra', title: 'Extra', kind: 'thematic-workshop', mode: 'collective', sessions: 1, sessionDuration: '2 h', cohorts: ['g2'] });
  }, 'not-met', '8 à 9'],
  ['collective coaching of 3 h within 2h30 à 3h', { measure: 'session-duration', workshopKind: 'collective-coaching', bound: '2h30 à 3h' }, undefined, 'met'],
  ['collective coaching of 2 h', { measure: 'session-duration', workshopKind: 'collective-coaching', bound: '2h30 à 3h' }, (x) => (workshops(x)[1].sessionDuration = '2 h'), 'not-met', 'Coaching collectif'],
  ['individual coaching of 45 min à 1 h within 30 min à 1 h', { measure: 'session-duration', workshopKind: 'individual-coaching', bound: '30 min à 1 h' }, undefined, 'met'],
  ['session duration not given', { measure: 'session-duration', workshopKind: 'individual-coaching', bound: '30 min à 1 h' }, (x) => drop(workshops(x)[0], 'sessionDuration'), 'unknown'],
  ['session duration for a kind that is absent', { measure: 'session-duration', workshopKind: 'employer-meeting', bound: '2 h' }, undefined, 'not-met'],
  // themes
  ['all four mandatory themes', { measure: 'workshop-themes', themes: ['self-confidence', 'mobility', 'digital', 'childcare-parenting'] }, undefined, 'met'],
  ['childcare and parenting missing', { measure: 'workshop-themes', themes: ['self-confidence', 'mobility', 'digital', 'childcare-parenting'] }, (x) => workshops(x).pop(), 'not-met', 'Garde d’enfants et parentalité'],
  ['no themes written at all', { measure: 'workshop-themes', themes: ['mobility'] }, (x) => workshops(x).forEach((w) => drop(w, 'themes')), 'unknown'],
  // public
  ['women', { measure: 'public-gender', gender: 'women' }, undefined, 'met'],
  ['mixed public where women are asked', { measure: 'public-gender', gender: 'women' }, (x) => ((x.programme.public as Record<string, unknown>).gender = 'mixed'), 'not-met'],
  ['gender not given', { measure: 'public-gender', gender: 'women' }, (x) => drop(x.programme.public as Record<string, unknown>, 'gender'), 'unknown'],
  ['over 30', { measure: 'public-age', bound: 'plus de 30' }, undefined, 'met'],
  ['18 to 55 where over 30 is asked', { measure: 'public-age', bound: 'plus de 30' }, (x) => ((x.programme.public as Record<string, unknown>).age = '18 à 55'), 'not-met', 'de 18 à 55 ans'],
  ['age not given', { measure: 'public-age', bound: 'plus de 30' }, (x) => drop(x.programme.public as Record<string, unknown>, 'age'), 'unknown'],
  ['living in QPV', { measure: 'public-residence', qpv: true }, undefined, 'met'],
  ['QPV not required by the proposal', { measure: 'public-residence', qpv: true }, (x) => ((x.programme.public as Record<string, unknown>).residence = { qpv: false }), 'not-met'],
  ['residence not given', { measure: 'public-residence', qpv: true }, (x) => drop(x.programme.public as Record<string, unknown>, 'residence'), 'unknown'],
  // price
  ['38 400 € exempt under a 40 000 € TTC cap', { measure: 'price-cap' }, undefined, 'met', '38 400'],
  ['41 760 € under a 40 000 € TTC cap', { measure: 'price-cap' }, (x) => (((x.response.price as { lines: Array<Record<string, unknown>> }).lines[0].unitPrice = 41760)), 'not-met', 'dépasse le budget maximal'],
  ['no cap given by the call', { measure: 'price-cap' }, (x) => drop(x.tender, 'budgetCap'), 'unknown', 'pas renseigné'],
  ['a cap the call has, not read', { measure: 'price-cap' }, (x) => (drop(x.tender, 'budgetCap'), (x.tender.unread = [{ field: 'budgetCap', where: 'article 6' }])), 'unknown', 'L’appel a un budget maximal (article 6), qui n’a pas été lu'],
  ['a cap whose basis the call does not give, met on both', { measure: 'price-cap' }, (x) => drop(x.tender.budgetCap as Record<string, unknown>, 'basis'), 'met'],
  ['a cap with a minimum only (its maximum not given)', { measure: 'price-cap' }, (x) => (x.tender.budgetCap = { unit: 'euros', min: 250000 }), 'unknown', 'montant n’est pas donné'],
  ['a cap in beneficiaries, 22 priced', { measure: 'price-cap' }, (x) => {
    x.tender.budgetCap = { unit: 'beneficiaries', min: 20, max: 24 };
    (x.response.price as Record<string, unknown>).beneficiaries = 22;
  }, 'met', '22 bénéficiaires'],
  ['more beneficiaries priced than the cap', { measure: 'price-cap' }, (x) => {
    x.tender.budgetCap = { unit: 'beneficiaries', min: 10, max: 20 };
    (x.response.price as Record<string, unknown>).beneficiaries = 22;
  }, 'not-met', '22 bénéficiaires'],
  // The quantity priced, not the people the programme counts: lines per participant add up.
  ['the participants the price lines count', { measure: 'price-cap' }, (x) => {
    x.tender.budgetCap = { unit: 'beneficiaries', max: 24 };
    (x.response.price as { lines: Array<Record<string, unknown>> }).lines = [
      { label: 'Groupe 1', unit: 'participant', quantity: 12, unitPrice: 1600 },
      { label: 'Groupe 2', unit: 'participant', quantity: 14, unitPrice: 1600 },
    ];
  }, 'not-met', '26 bénéficiaires'],
  ['beneficiaries the offer does not count', { measure: 'price-cap' }, (x) => (x.tender.budgetCap = { unit: 'beneficiaries', max: 24 }), 'unknown'],
  ['no price for a call without one', { measure: 'price-cap' }, (x) => {
    x.tender.priceModel = 'none';
    drop(x.response, 'price');
  }, 'unknown', 'pas de prix'],
  ['22 beneficiaries priced, at least 20 asked', { measure: 'beneficiary-count', bound: 'au moins 20' }, (x) => ((x.response.price as Record<string, unknown>).beneficiaries = 22), 'met'],
  ['18 beneficiaries priced, at least 20 asked', { measure: 'beneficiary-count', bound: 'au moins 20' }, (x) => ((x.response.price as Record<string, unknown>).beneficiaries = 18), 'not-met', '18 bénéficiaires'],
  ['beneficiaries not priced, 20 asked', { measure: 'beneficiary-count', bound: 20 }, undefined, 'unknown'],
  // deliverables, sections, pages, commitments
  ['every required deliverable', { measure: 'deliverables' }, undefined, 'met', '2 sur 2'],
  ['the interview grid missing', { measure: 'deliverables' }, (x) => (x.response.deliverables as unknown[]).pop(), 'not-met', 'La grille d’entretien'],
  // Naming a section is not enough: it must exist, have text, and hold the parts the call asks for.
  ['a deliverable in a section the response does not write', { measure: 'deliverables' }, (x) => (x.response.answers as unknown[]).pop(), 'not-met', 'la section « proposition » n’est pas dans la réponse'],
  ['a deliverable in a section of headings only', { measure: 'deliverables' }, (x) => ((x.response.answers as Array<Record<string, unknown>>)[1].body = '## Le parcours\n\n### Détail'), 'not-met', 'vide'],
  ['a retro-planning asked, none given', { measure: 'deliverables' }, (x) => {
    (x.tender.deliverables as Array<Record<string, unknown>>)[0].parts = ['planning'];
    drop(x.response, 'planning');
  }, 'not-met', 'rétroplanning'],
  ['a retro-planning asked and given', { measure: 'deliverables' }, (x) => ((x.tender.deliverables as Array<Record<string, unknown>>)[0].parts = ['planning']), 'met'],
  ['every required section', { measure: 'response-sections' }, undefined, 'met'],
  ['the presentation missing', { measure: 'response-sections' }, (x) => (x.response.answers as unknown[]).shift(), 'not-met', 'Présentation'],
  ['sections the call does not give', { measure: 'response-sections' }, (x) => drop(x.tender, 'responseSections'), 'unknown', 'L’appel ne donne pas le contenu attendu'],
  ['deliverables the call has, not read', { measure: 'deliverables' }, (x) => (drop(x.tender, 'deliverables'), (x.tender.unread = [{ field: 'deliverables' }])), 'unknown', 'L’appel demande des livrables, qui n’ont pas été lus'],
  ['sections the call has, not read', { measure: 'response-sections' }, (x) => (drop(x.tender, 'responseSections'), (x.tender.unread = [{ field: 'responseSections', where: 'art. 9' }])), 'unknown', 'L’appel décrit le contenu attendu de la réponse (art. 9), qui n’a pas été lu'],
  ['page limit without a measured PDF', { measure: 'page-limit', section: 'proposition', maxPages: 10 }, undefined, 'unknown'],
  ['commitment taken', { measure: 'commitment', id: 'engagement' }, undefined, 'met'],
  ['commitment not taken', { measure: 'commitment' }, undefined, 'not-met'],
];

describe('checkCompliance', () => {
  it('has a row of cases for every measure', () => {
    expect([...new Set(cases.map(([, requirement]) => requirement.measure))].sort()).toEqual([...requirementMeasures].sort());
  });

  it.each(cases)('%s', (_name, requirement, patch, verdict, text) => {
    const result = verdictOf(requirement, patch);
    expect(result.verdict).toBe(verdict);
    expect(result.sentence.length).toBeGreaterThan(10);
    expect(result.expected).toBeTruthy();
    expect(result.found).toBeTruthy();
    expect(result.expected).not.toMatch(/undefined|NaN/);
    if (text) expect(`${result.sentence} ${result.found}`.replace(/[\u00A0\u202F]/g, ' ')).toContain(text.replace(/[\u00A0\u202F]/g, ' '));
  });

  it('checks page limits on measured pages', () => {
    expect(verdictOf({ measure: 'page-limit', section: 'proposition', maxPages: 10 }, undefined, exempt, { sections: { proposition: 9 } }).verdict).toBe('met');
    const over = verdictOf({ measure: 'page-limit', maxPages: 20 }, undefined, exempt, { total: 23 });
    expect(over.verdict).toBe('not-met');
    expect(over.sentence).toBe('La réponse compte 23 pages, au-delà de la limite de 20.');
  });

  it("judges a section's pageLimit as a requirement, on the section's measured pages", () => {
    const judged = (pages?: { sections: Record<string, number> }) => run({ measure: 'group-count', bound: 2 }, undefined, exempt, pages).results.find((r) => r.id === 'pages-proposition')!;
    expect(judged({ sections: { proposition: 10 } }).verdict).toBe('met');
    expect(judged({ sections: { proposition: 11 } }).verdict).toBe('not-met');
    expect(judged().verdict).toBe('unknown');
    // A requirement that limits the section already replaces the limit the section states.
    const stated = run({ measure: 'page-limit', section: 'proposition', maxPages: 8 }, undefined, exempt, { sections: { proposition: 9 } });
    expect(stated.results.map((r) => [r.id, r.verdict])).toEqual([['r', 'not-met']]);
  });

  it('compares the price on the basis of the cap, after VAT by regime', () => {
    // 34 000 € HT at 20 % is 40 800 € TTC: over a 40 000 € TTC cap, although the HT is under it.
    const patch: Patch = (x) => ((x.response.price as { lines: Array<Record<string, unknown>> }).lines[0].unitPrice = 34000);
    expect(verdictOf({ measure: 'price-cap' }, patch, subject).verdict).toBe('not-met');
    expect(verdictOf({ measure: 'price-cap' }, patch, exempt).verdict).toBe('met');
    const htCap: Patch = (x) => {
      patch(x);
      x.tender.budgetCap = { unit: 'euros', basis: 'HT', max: 35000 };
    };
    expect(verdictOf({ measure: 'price-cap' }, htCap, subject).verdict).toBe('met');
  });

  it('cannot judge a price between HT and TTC against a cap whose basis the call does not give', () => {
    // 34 000 € HT is under 40 000 €, its 40 800 € TTC at 20 % is not; 41 000 € HT is over on both.
    const noBasis = (unitPrice: number): Patch => (x) => {
      delete (x.tender.budgetCap as Record<string, unknown>).basis;
      (x.response.price as { lines: Array<Record<string, unknown>> }).lines[0].unitPrice = unitPrice;
    };
    const between = verdictOf({ measure: 'price-cap' }, noBasis(34000), subject);
    expect(between.verdict).toBe('unknown');
    expect(between.found).toBe('34\u202F000\u00A0€\u00A0HT (40\u202F800\u00A0€\u00A0TTC)');
    expect(verdictOf({ measure: 'price-cap' }, noBasis(41000), subject).verdict).toBe('not-met');
  });

  it('adds the lot requirements to the call requirements', () => {
    const patch: Patch = (x) => {
      x.tender.lots = [{ id: 'lot-1', title: 'Lot 1', requirements: [{ id: 'lot-r', label: 'Femmes', measure: 'public-gender', gender: 'women' }] }];
      x.response.lot = 'lot-1';
    };
    const report = run({ measure: 'group-count', bound: 2 }, patch);
    // The section's page limit (10 pages for « Proposition ») is a requirement of its own, last.
    expect(report.results.map((r) => r.id)).toEqual(['r', 'lot-r', 'pages-proposition']);
  });

  it('counts verdicts and lists mandatory failures only', () => {
    const patch: Patch = (x) => {
      (x.tender.requirements as unknown[]).push({ id: 'indicatif', label: '3 groupes', measure: 'group-count', bound: 3, mandatory: false });
      (x.tender.requirements as unknown[]).push({ id: 'pages', label: 'Pages', measure: 'page-limit', maxPages: 5 });
    };
    const report = run({ measure: 'workshop-themes', themes: ['health'] }, patch);
    expect(report.counts).toEqual({ met: 0, notMet: 2, unknown: 2 });
    expect(report.failures).toEqual(['r']);
    expect(report.compliant).toBe(false);
  });
});
