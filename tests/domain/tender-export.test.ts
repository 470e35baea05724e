/**
 * A call's open data: an OCDS 1.1 release package, checked against the OCDS fields and codelists
 * it uses (tests/domain/ocds-schema.ts), with literal expected values.
 */
import { describe, expect, it } from 'vitest';
import { TenderSchema, type Tender } from '../../schemas/index';
import { loadCorpus } from '../../src/content/content-fs';
import { byId } from '../../src/domain/corpus';
import { parisDateTime } from '../../src/domain/paris-time';
import { tenderExport } from '../../src/domain/tender-export';
import { OcdsReleasePackageSchema } from './ocds-schema';

const corpus = loadCorpus();
const dijon = byId(corpus.tenders, 'dijon-remobilisation-femmes-qpv-2022')!;
const options = { ocidPrefix: 'ocds-test01', site: 'https://passerelle.example', uri: 'https://passerelle.example/appels/x.json', extension: 'https://passerelle.example/ocds/passerelle/extension.json', builtAt: '2026-12-01T10:00:00Z' };
const N = '\u202F';
const S = '\u00A0';

/** A call with only its required fields, and the fields given. */
function call(patch: Record<string, unknown>): Tender {
  return TenderSchema().parse({ title: 'Appel', buyer: { name: 'Acheteur' }, summary: 'Un appel.', ...patch });
}

describe('parisDateTime', () => {
  it.each([
    ['2022-08-05', 'end', '2022-08-05T23:59:59+02:00'],
    ['2023-01-15T23:59', 'end', '2023-01-15T23:59:00+01:00'],
    ['2022-12-19', 'start', '2022-12-19T00:00:00+01:00'],
    // Summer time starts on the last Sunday of March (26 March 2023) and ends on the last Sunday of October (29 October 2023).
    ['2023-03-25', 'end', '2023-03-25T23:59:59+01:00'],
    ['2023-03-26T12:00', 'end', '2023-03-26T12:00:00+02:00'],
    ['2023-10-28', 'end', '2023-10-28T23:59:59+02:00'],
    ['2023-10-29T12:00', 'end', '2023-10-29T12:00:00+01:00'],
  ] as const)('%s (%s) → %s', (iso, bound, expected) => {
    expect(parisDateTime(iso, bound)).toBe(expected);
  });
});

describe('tenderExport', () => {
  const data = tenderExport(dijon.id, dijon.data, options);
  const release = data.releases[0];

  it('is an OCDS 1.1 release package with its extensions', () => {
    expect(OcdsReleasePackageSchema().parse(data)).toEqual(data);
    expect(data).toMatchObject({ version: '1.1', uri: options.uri, publishedDate: '2026-12-01T10:00:00Z', publisher: { name: 'Passerelle', uri: 'https://passerelle.example' } });
    expect(data.extensions).toEqual([
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteriaBreakdown_extension/master/extension.json',
      'https://passerelle.example/ocds/passerelle/extension.json',
    ]);
    expect(release.ocid).toBe('ocds-test01-dijon-remobilisation-femmes-qpv-2022');
    expect(release.id).toMatch(/^dijon-remobilisation-femmes-qpv-2022-[0-9a-f]{8}$/);
    // No publication date in the call: the release is dated by the build.
    expect(release.date).toBe('2026-12-01T10:00:00Z');
    expect(release).toMatchObject({ tag: ['tender'], initiationType: 'tender', language: 'fr', buyer: { id: 'acheteur', name: "Creativ'" } });
    expect(release.parties).toEqual([{ id: 'acheteur', name: "Creativ'", roles: ['buyer'], address: { streetAddress: '17 avenue Champollion', postalCode: '21000', locality: 'Dijon', countryName: 'France' } }]);
  });

  it('exports the Dijon call: its cap as a maximum, its dates as date-times, its criteria on its one lot', () => {
    expect(release.tender).toMatchObject({
      id: 'dijon-remobilisation-femmes-qpv-2022',
      title: dijon.data.title,
      procurementMethodDetails: 'Consultation',
      maxValue: { amount: 40000, currency: 'EUR' },
      minValue: { amount: 35000, currency: 'EUR' },
      valueBasis: 'TTC',
      tenderPeriod: { endDate: '2022-08-05T23:59:59+02:00' },
      awardPeriod: { endDate: '2022-08-25T23:59:59+02:00' },
      submissionMethod: ['written'],
      submissionMethodDetails: `bdia@creativ21.fr${N}; edumont@creativ21.fr`,
      awardCriteria: 'ratedCriteria',
      priceModel: 'lump-sum',
    });
    expect('value' in release.tender).toBe(false);
    expect('procurementMethod' in release.tender).toBe(false);
    expect(release.tender.lots).toEqual([
      {
        id: '1',
        title: dijon.data.title,
        awardCriteria: {
          weightingDescription: 'Pondération en pourcentage.',
          criteria: [
            {
              type: 'quality',
              name: 'Valeur technique de l’offre',
              description: `Appréciée au regard du dossier fourni.${N}; sous-critères${S}: Compréhension de la demande${N}; Pertinence de la réponse apportée${N}; Expériences en lien avec le contenu de la demande`,
              numbers: [{ number: 60, weight: 'percentageExact' }],
            },
            { type: 'price', name: 'Prix', numbers: [{ number: 40, weight: 'percentageExact' }] },
          ],
        },
      },
    ]);
    expect(release.tender.documents).toEqual([{ id: '1', documentType: 'biddingDocuments', title: dijon.data.source!.title, description: dijon.data.source!.note }]);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('gives a new release id when the call changes, the same one otherwise', () => {
    expect(tenderExport(dijon.id, dijon.data, options).releases[0].id).toBe(release.id);
    expect(tenderExport(dijon.id, { ...dijon.data, summary: 'Autre objet.' }, options).releases[0].id).not.toBe(release.id);
  });

  it('dates the release by the publication date the call gives', () => {
    const published = tenderExport('x', call({ dates: { published: '2022-12-19', deadline: '2023-01-15T23:59' } }), options).releases[0];
    expect(published.date).toBe('2022-12-19T00:00:00+01:00');
    expect(published.tender.tenderPeriod).toEqual({ endDate: '2023-01-15T23:59:00+01:00' });
  });

  it.each([
    [
      'points, with weighted sub-criteria',
      { weighting: 'points', pointsTotal: 20, criteria: [{ id: 'vt', type: 'quality', name: 'Valeur technique', weight: 12, subcriteria: [{ id: 'a', name: 'A', weight: 4 }, { id: 'b', name: 'B', weight: 8 }] }, { id: 'prix', type: 'price', name: 'Prix', weight: 8 }] },
      {
        weightingDescription: 'Pondération en points, sur 20 points.',
        criteria: [
          { type: 'quality', name: 'Valeur technique', description: `sous-critères${S}: A (4)${N}; B (8)`, numbers: [{ number: 12, weight: 'pointsExact' }] },
          { type: 'price', name: 'Prix', numbers: [{ number: 8, weight: 'pointsExact' }] },
        ],
      },
    ],
    [
      'an order of importance, with its justification',
      { weighting: 'order', orderJustification: 'Pondération impossible à fixer à l’avance.', criteria: [{ id: 'vt', type: 'quality', name: 'Valeur technique', weight: 1 }, { id: 'prix', type: 'price', name: 'Prix', weight: 2 }] },
      {
        weightingDescription: 'Critères classés par ordre d’importance, sans pondération.',
        orderJustification: 'Pondération impossible à fixer à l’avance.',
        criteria: [
          { type: 'quality', name: 'Valeur technique', numbers: [{ number: 1, weight: 'order' }] },
          { type: 'price', name: 'Prix', numbers: [{ number: 2, weight: 'order' }] },
        ],
      },
    ],
    [
      'a list without weights: no numbers at all',
      { weighting: 'unweighted', partial: true, criteria: [{ id: 'parcours', name: 'Qualité du parcours' }, { id: 'ancrage', name: 'Ancrage territorial' }] },
      {
        weightingDescription: `Critères listés sans pondération ni ordre d’importance${S}: aucun poids n’est publié. Liste partielle.`,
        criteria: [{ name: 'Qualité du parcours' }, { name: 'Ancrage territorial' }],
      },
    ],
    [
      'a partial list whose weighting was not read: no numbers, and no « sans pondération »',
      { weighting: 'unknown', partial: true, criteria: [{ id: 'objectifs', name: 'Les objectifs recherchés' }] },
      {
        weightingDescription: `Critères listés\u202F; leur pondération n’a pas été lue${S}: aucun poids n’est publié. Liste partielle.`,
        criteria: [{ name: 'Les objectifs recherchés' }],
      },
    ],
    ['criteria in a document not provided', { status: 'not-provided', document: 'règlement de la consultation' }, { weightingDescription: `Critères fixés dans un document non fourni${S}: règlement de la consultation.` }],
  ])('writes %s', (_name, awardCriteria, expected) => {
    const lots = tenderExport('x', call({ awardCriteria }), options).releases[0].tender.lots;
    expect(lots).toEqual([{ id: '1', title: 'Appel', awardCriteria: expected }]);
  });

  it('writes lots with their own caps in beneficiaries, their bounds and period', () => {
    const data = tenderExport(
      'x',
      call({
        cpv: ['85312300'],
        lots: [
          { id: 'lot-1', title: 'Bouches-du-Rhône', budgetCap: { unit: 'beneficiaries', min: 40, max: 120, period: 'firm-period' } },
          { id: 'lot-2', budgetCap: { unit: 'euros', max: '650 000 €', period: 'twelve-months' } },
        ],
      }),
      options,
    );
    expect(OcdsReleasePackageSchema().parse(data)).toEqual(data);
    const t = data.releases[0].tender;
    expect(t.lots).toEqual([
      { id: 'lot-1', title: `Lot 1${S}: Bouches-du-Rhône`, beneficiaries: { minimum: 40, maximum: 120 }, capPeriod: 'firm-period' },
      { id: 'lot-2', title: 'Lot 2', maxValue: { amount: 650000, currency: 'EUR' }, capPeriod: 'twelve-months' },
    ]);
    // A cap without its basis gets none: OCDS amounts do not say whether VAT is included.
    expect('valueBasis' in t.lots[1]).toBe(false);
    expect(t.items).toEqual([
      { id: '1', description: `Lot 1${S}: Bouches-du-Rhône`, classification: { scheme: 'CPV', id: '85312300' }, relatedLot: 'lot-1' },
      { id: '2', description: 'Lot 2', classification: { scheme: 'CPV', id: '85312300' }, relatedLot: 'lot-2' },
    ]);
    expect(t.mainProcurementCategory).toBe('services');
  });

  it('publishes each co-financing as a funder and a part of the budget, and a call without one as before', () => {
    const data = tenderExport(
      'x',
      call({
        cofinancing: [
          { fund: 'esf-plus', programme: 'Programme national FSE+ 2021-2027', priority: '4', rate: 'au plus 60 %' },
          { fund: 'other', name: 'Fonds départemental d’aide aux jeunes', rate: 'non précisé' },
        ],
      }),
      options,
    );
    expect(OcdsReleasePackageSchema().parse(data)).toEqual(data);
    const release = data.releases[0];
    expect(release.parties.slice(1)).toEqual([
      { id: 'financeur-1', name: 'Fonds social européen plus (FSE+)', roles: ['funder'] },
      { id: 'financeur-2', name: 'Fonds départemental d’aide aux jeunes', roles: ['funder'] },
    ]);
    expect(release.planning).toEqual({
      budget: {
        budgetBreakdown: [
          { id: '1', description: `Fonds social européen plus (FSE+) ; Programme${S}: Programme national FSE+ 2021-2027 ; Axe${S}: 4 ; Taux de cofinancement${S}: au plus 60${N}%`, sourceParty: { id: 'financeur-1', name: 'Fonds social européen plus (FSE+)' } },
          { id: '2', description: `Fonds départemental d’aide aux jeunes ; Taux de cofinancement${S}: non précisé`, sourceParty: { id: 'financeur-2', name: 'Fonds départemental d’aide aux jeunes' } },
        ],
      },
    });
    expect(data.extensions).toContain('https://raw.githubusercontent.com/open-contracting-extensions/ocds_budget_breakdown_extension/master/extension.json');
    const without = tenderExport('x', call({}), options);
    expect(without.releases[0].planning).toBeUndefined();
    expect(without.releases[0].parties).toHaveLength(1);
    expect(without.extensions).toHaveLength(3);
  });

  it('publishes each link to another call as a related process, with OCDS’s code where it has one', () => {
    const links = [
      { tender: 'aap-2024', relation: 'follows' },
      { tender: 'cahier-national', relation: 'same-specification', note: 'ses critères y sont listés' },
    ];
    const calls = [{ id: 'aap-2024', title: 'Appel à projets 2024', uri: 'https://passerelle.example/appels/aap-2024.json' }];
    const data = tenderExport('x', call({ related: links }), { ...options, calls });
    expect(OcdsReleasePackageSchema().parse(data)).toEqual(data);
    expect(data.releases[0].relatedProcesses).toEqual([
      { id: '1', relationship: ['prior'], title: 'Appel à projets 2024', scheme: 'ocid', identifier: 'ocds-test01-aap-2024', uri: 'https://passerelle.example/appels/aap-2024.json' },
      // Same specification: OCDS has no code for it; the call is not among those given, so it has no title.
      { id: '2', scheme: 'ocid', identifier: 'ocds-test01-cahier-national' },
    ]);
    // A call without links keeps the release id it had.
    expect(tenderExport('x', call({}), options).releases[0].id).toBe(tenderExport('x', call({}), { ...options, calls }).releases[0].id);
    expect(tenderExport('x', call({}), options).releases[0].relatedProcesses).toBeUndefined();
  });
});
