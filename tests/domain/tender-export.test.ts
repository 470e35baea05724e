/**
 * The call's award criteria as open data, in the OCDS award criteria breakdown shape.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { byId } from '../../src/domain/corpus';
import { tenderExport } from '../../src/domain/tender-export';

const corpus = loadCorpus();
const dijon = byId(corpus.tenders, 'dijon-remobilisation-femmes-qpv-2022')!;

describe('tenderExport', () => {
  it('exports the Dijon call: id, title, buyer, value and the criteria with their weights', () => {
    const data = tenderExport(dijon.id, dijon.data);
    expect(data).toMatchObject({
      id: 'dijon-remobilisation-femmes-qpv-2022',
      title: dijon.data.title,
      buyer: { name: 'Creativ\'' },
      value: { amount: 40000, currency: 'EUR' },
      minValue: { amount: 35000, currency: 'EUR' },
      valueBasis: 'TTC',
      tenderPeriod: { endDate: '2022-08-05' },
    });
    expect(data.awardCriteria.criteria).toEqual([
      {
        type: 'quality',
        name: 'Valeur technique de l’offre',
        description: 'Appréciée au regard du dossier fourni.',
        numbers: [{ number: 60, weight: 'percentageExact' }],
        subcriteria: [
          { name: 'Compréhension de la demande' },
          { name: 'Pertinence de la réponse apportée' },
          { name: 'Expériences en lien avec le contenu de la demande' },
        ],
      },
      { type: 'price', name: 'Prix', numbers: [{ number: 40, weight: 'percentageExact' }] },
    ]);
    // Plain JSON: nothing is lost in a round trip.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('writes points, weighted sub-criteria and orders of importance with their OCDS codes', () => {
    const points = tenderExport('x', {
      ...dijon.data,
      awardCriteria: {
        weighting: 'points',
        pointsTotal: 20,
        criteria: [
          { id: 'vt', type: 'quality', name: 'Valeur technique', weight: 12, subcriteria: [{ id: 'a', name: 'A', weight: 4 }, { id: 'b', name: 'B', weight: 8 }] },
          { id: 'prix', type: 'price', name: 'Prix', weight: 8 },
        ],
      },
    });
    expect(points.awardCriteria.weightingDescription).toBe('Pondération en points, sur 20 points.');
    expect(points.awardCriteria.criteria[0].numbers).toEqual([{ number: 12, weight: 'pointsExact' }]);
    expect(points.awardCriteria.criteria[0].subcriteria).toEqual([
      { name: 'A', numbers: [{ number: 4, weight: 'pointsExact' }] },
      { name: 'B', numbers: [{ number: 8, weight: 'pointsExact' }] },
    ]);
    const order = tenderExport('x', {
      ...dijon.data,
      awardCriteria: { weighting: 'order', criteria: [{ id: 'vt', type: 'quality', name: 'Valeur technique', weight: 1 }, { id: 'prix', type: 'price', name: 'Prix', weight: 2 }] },
    });
    expect(order.awardCriteria.criteria.map((c) => c.numbers)).toEqual([[{ number: 1, weight: 'order' }], [{ number: 2, weight: 'order' }]]);
  });

  it('gives no value when the cap is in beneficiaries', () => {
    const data = tenderExport('x', { ...dijon.data, budgetCap: { unit: 'beneficiaries', beneficiaries: { min: 20, max: 24 } } });
    expect(data.value).toBeUndefined();
    expect(data.valueBasis).toBeUndefined();
  });
});
