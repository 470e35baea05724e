/**
 * The scoring engine, by tables of cases: both price methods, HT and TTC with mixed VAT regimes,
 * ties, exclusions, flags, a single offer, weights in points, weighted sub-criteria; then the
 * sample evaluation of the Dijon call checked against a hand computation, and the sensitivity
 * analysis checked against brute force.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { evaluationContext } from '../../src/domain/evaluation-input';
import {
  markPoints,
  pricePoints,
  rebalanceWeights,
  scoreOffers,
  soleWinner,
  type ScoringCriterion,
  type ScoringInput,
  type ScoringOffer,
} from '../../src/domain/scoring';
import { scoringView } from '../../src/domain/scoring-view';
import { sensitivity } from '../../src/domain/sensitivity';

/** 60 % quality marked on 0 to 10, 40 % price, proportional, TTC. */
const criteria: ScoringCriterion[] = [
  { id: 'vt', name: 'Valeur technique', type: 'quality', weight: 60 },
  { id: 'prix', name: 'Prix', type: 'price', weight: 40 },
];
const offer = (id: string, mark: number | undefined, ttc: number | undefined, extra: Partial<ScoringOffer> = {}): ScoringOffer => ({
  id,
  name: id.toUpperCase(),
  marks: mark === undefined ? {} : { vt: mark },
  ...(ttc !== undefined && { price: { ht: ttc, ttc } }),
  ...extra,
});
const input = (offers: ScoringOffer[], extra: Partial<ScoringInput> = {}): ScoringInput => ({
  weighting: 'percentage',
  criteria,
  scale: { min: 0, max: 10 },
  priceMethod: 'proportional',
  priceBasis: 'TTC',
  offers,
  ...extra,
});
const euros = (n: number) => n * 100;
const byId = (result: ReturnType<typeof scoreOffers>, id: string) => result.offers.find((o) => o.id === id)!;

describe('price points', () => {
  const ref = { lowest: euros(30000), highest: euros(40000) };
  it.each([
    // method, price, expected points out of 40
    ['proportional', 30000, 40], // the lowest price gets the full mark
    ['proportional', 40000, 30], // 40 × 30 000 / 40 000
    ['proportional', 60000, 20], // twice the lowest price: half the points, never 0
    ['proportional', 25000, 40], // below the lowest admitted price (an excluded offer): clamped to the full mark
    ['linear', 30000, 40], // the lowest price gets the full mark
    ['linear', 35000, 20], // halfway: 40 × (40 000 − 35 000) / (40 000 − 30 000)
    ['linear', 40000, 0], // the highest price gets 0
    ['linear', 45000, 0], // above the highest admitted price: 0, never negative
    ['linear', 25000, 40],
  ] as const)('%s, %i € → %d points', (method, price, points) => {
    expect(pricePoints(method, euros(price), 40, ref)).toBeCloseTo(points, 10);
  });

  it('gives every point to every offer when all prices are equal (linear and proportional)', () => {
    expect(pricePoints('linear', euros(30000), 40, { lowest: euros(30000), highest: euros(30000) })).toBe(40);
    expect(pricePoints('proportional', euros(30000), 40, { lowest: euros(30000), highest: euros(30000) })).toBe(40);
  });
});

describe('mark points', () => {
  it.each([
    // mark, scale, weight, points
    [9, [0, 10], 60, 54], // 9/10 × 60
    [6, [0, 10], 60, 36],
    [14, [0, 20], 60, 42], // 14/20 × 60
    [1, [1, 5], 20, 0], // the bottom of a 1 to 5 scale is worth nothing
    [3, [1, 5], 20, 10], // halfway up the scale
    [5, [1, 5], 20, 20],
    [12, [0, 10], 60, 60], // out of scale (refused at validation): clamped, never above the weight
    [-2, [0, 10], 60, 0], // and never negative
  ] as const)('%d on %j with weight %d → %d', (mark, [min, max], weight, points) => {
    expect(markPoints(mark, weight, { min, max })).toBeCloseTo(points, 10);
  });
});

describe('scoring and ranking', () => {
  it('compares prices on the TTC basis by default, whatever each VAT regime', () => {
    // A is exempt (HT = TTC = 10 000 €); B is subject to 20 % VAT (9 000 € HT, 10 800 € TTC).
    const offers = [
      offer('a', 8, undefined, { price: { ht: euros(10000), ttc: euros(10000) } }),
      offer('b', 8, undefined, { price: { ht: euros(9000), ttc: euros(10800) } }),
    ];
    const ttc = scoreOffers(input(offers));
    // TTC: A is the cheapest. A: 48 + 40 = 88; B: 48 + 40 × 10 000 / 10 800 = 48 + 37,037… = 85,037…
    expect(byId(ttc, 'a').total).toBeCloseTo(88, 10);
    expect(byId(ttc, 'b').total).toBeCloseTo(48 + (40 * 10000) / 10800, 10);
    expect(ttc.ranking).toEqual(['a', 'b']);
    expect(byId(ttc, 'b').price).toBe(euros(10800));

    const ht = scoreOffers(input(offers, { priceBasis: 'HT' }));
    // HT: B is the cheapest. B: 48 + 40 = 88; A: 48 + 40 × 9 000 / 10 000 = 48 + 36 = 84
    expect(byId(ht, 'b').total).toBeCloseTo(88, 10);
    expect(byId(ht, 'a').total).toBeCloseTo(84, 10);
    expect(ht.ranking).toEqual(['b', 'a']);
    expect(byId(ht, 'b').price).toBe(euros(9000));
  });

  it('ranks tied totals together and breaks no tie', () => {
    // A: 9/10 × 60 + 40 × 30 000 / 40 000 = 54 + 30 = 84; B: 7/10 × 60 + 40 = 42 + 40 = 82;
    // C: 54 + 30 = 84, tied with A.
    const result = scoreOffers(input([offer('a', 9, euros(40000)), offer('b', 7, euros(30000)), offer('c', 9, euros(40000))]));
    expect(result.offers.map((o) => [o.id, o.rank, o.tied])).toEqual([
      ['a', 1, true],
      ['b', 3, false],
      ['c', 1, true],
    ]);
    expect(result.ranking).toEqual(['a', 'c', 'b']);
    expect(result.winners).toEqual(['a', 'c']);
    expect(soleWinner(result)).toBeUndefined();
    expect(sensitivity(input([offer('a', 9, euros(40000)), offer('b', 7, euros(30000)), offer('c', 9, euros(40000))])).winner).toBeUndefined();
    const view = scoringView(input([offer('a', 9, euros(40000)), offer('b', 7, euros(30000)), offer('c', 9, euros(40000))]), result);
    expect(view.rows.map((r) => r.rankText)).toEqual(['1re ex aequo', '1re ex aequo', '3e']);
    expect(view.rankingSentence).toContain('ex aequo en tête');
  });

  it('treats totals equal but for floating-point noise as tied', () => {
    // 0,1 + 0,2 ≠ 0,3 in floating point; both offers score 30 + 0,3 points.
    const c: ScoringCriterion[] = [
      { id: 'a', name: 'A', type: 'quality', weight: 0.1 },
      { id: 'b', name: 'B', type: 'quality', weight: 0.2 },
      { id: 'c', name: 'C', type: 'quality', weight: 99.7 },
    ];
    const result = scoreOffers({ ...input([]), criteria: c, offers: [
      { id: 'x', name: 'X', marks: { a: 10, b: 10, c: 0 } },
      { id: 'y', name: 'Y', marks: { a: 0, b: 0, c: (0.3 / 99.7) * 10 } },
    ] });
    expect(result.winners).toEqual(['x', 'y']);
  });

  it('excludes what the committee excludes: not ranked, not the price reference, scored for information', () => {
    // C is excluded and the cheapest: the lowest admitted price is B's 30 000 €, not C's 20 000 €.
    const result = scoreOffers(input([offer('a', 9, euros(40000)), offer('b', 6, euros(30000)), offer('c', 10, euros(20000), { excluded: true, reason: 'Offre irrégulière.' })]));
    expect(result.prices).toMatchObject({ lowest: euros(30000), highest: euros(40000) });
    // A: 54 + 40 × 30 000 / 40 000 = 54 + 30 = 84; B: 36 + 40 = 76.
    expect(byId(result, 'a').total).toBeCloseTo(84, 10);
    expect(byId(result, 'b').total).toBeCloseTo(76, 10);
    // C, for information: 60 + 40 (its price is below the lowest admitted one: clamped to 40).
    expect(byId(result, 'c')).toMatchObject({ status: 'excluded', total: 100, tied: false, reason: 'Offre irrégulière.' });
    expect(byId(result, 'c').rank).toBeUndefined();
    expect(result.ranking).toEqual(['a', 'b']);
    const view = scoringView(input([offer('a', 9, euros(40000)), offer('b', 6, euros(30000)), offer('c', 10, euros(20000), { excluded: true })]), result);
    expect(view.rows.map((r) => [r.id, r.rankText])).toEqual([['a', '1re'], ['b', '2e'], ['c', 'Écartée']]);
  });

  it('flags offers over the cap, not compliant or abnormally low, and ranks them unless excluded', () => {
    // Prices 40 000, 42 000 and 20 000 € TTC: average 34 000 €, threshold 70 % = 23 800 €.
    const result = scoreOffers(
      input(
        [
          offer('a', 8, euros(40000)),
          offer('b', 8, euros(42000), { compliant: false, failures: ['Deux groupes'] }),
          offer('c', 8, euros(20000)),
        ],
        { cap: { max: euros(40000), basis: 'TTC' }, abnormallyLowThreshold: 70 },
      ),
    );
    expect(byId(result, 'a').flags).toEqual([]);
    expect(byId(result, 'b').flags.map((f) => f.kind)).toEqual(['over-cap', 'not-compliant']);
    expect(byId(result, 'b').flags[1].details).toEqual(['Deux groupes']);
    expect(byId(result, 'b').flags[0].text).toBe('Au-dessus du budget maximal\u00A0: 42\u202F000\u00A0€\u00A0TTC pour un plafond de 40\u202F000\u00A0€\u00A0TTC');
    expect(byId(result, 'c').flags.map((f) => f.kind)).toEqual(['abnormally-low']);
    expect(byId(result, 'c').flags[0].text).toContain('23\u202F800\u00A0€\u00A0TTC');
    expect(result.prices).toMatchObject({ average: euros(34000), abnormalBelow: euros(23800) });
    // Flagged, but not excluded by the committee: ranked, and the view says a decision is missing.
    expect(result.ranking).toEqual(['c', 'a', 'b']);
    const view = scoringView(input([offer('a', 8, euros(40000)), offer('c', 8, euros(20000))], { abnormallyLowThreshold: 70 }), scoreOffers(input([offer('a', 8, euros(40000)), offer('c', 8, euros(20000))], { abnormallyLowThreshold: 70 })));
    expect(view.rows[0].statusNote).toMatch(/^Signalée.;.le comité n.a pas consigné de décision/);
  });

  it('compares the price with the cap on the cap basis, whatever the comparison basis', () => {
    // 36 000 € HT at 20 % = 43 200 € TTC: within a 40 000 € HT cap, over a 40 000 € TTC cap.
    const o = offer('a', 8, undefined, { price: { ht: euros(36000), ttc: euros(43200) } });
    expect(scoreOffers(input([o], { cap: { max: euros(40000), basis: 'HT' } })).offers[0].flags).toEqual([]);
    expect(scoreOffers(input([o], { cap: { max: euros(40000), basis: 'TTC' } })).offers[0].flags.map((f) => f.kind)).toEqual(['over-cap']);
  });

  it('does not rank an offer with a missing mark or price', () => {
    const result = scoreOffers(input([offer('a', 8, euros(40000)), offer('b', undefined, euros(30000)), offer('c', 7, undefined)]));
    expect(byId(result, 'b')).toMatchObject({ status: 'incomplete' });
    expect(byId(result, 'b').flags.map((f) => f.kind)).toEqual(['missing-marks']);
    expect(byId(result, 'c').flags.map((f) => f.kind)).toEqual(['missing-price']);
    expect(result.ranking).toEqual(['a']);
  });

  it.each(['proportional', 'linear'] as const)('scores a single offer with the full price mark (%s)', (priceMethod) => {
    const result = scoreOffers(input([offer('seule', 7, euros(38000))], { priceMethod }));
    // 7/10 × 60 + 40 = 42 + 40 = 82
    expect(result.offers[0]).toMatchObject({ total: 82, rank: 1, tied: false, status: 'ranked' });
    const sens = sensitivity(input([offer('seule', 7, euros(38000))], { priceMethod }));
    expect(sens).toMatchObject({ winner: 'seule', ranked: 1, marks: [] });
    expect(sens.weights.every((w) => w.min === 0 && w.max === 100 && !w.below && !w.above)).toBe(true);
    const view = scoringView(input([offer('seule', 7, euros(38000))], { priceMethod }), result, sens);
    expect(view.sensitivityLines[0]).toBe('Une seule offre est classée\u00A0: le résultat ne dépend ni des pondérations ni des notes.');
  });

  it('adds weights in points and marks on 0 to 20', () => {
    // Points: technical value 12 points, price 8 points, total 20; marks out of 20.
    const pts: ScoringCriterion[] = [
      { id: 'vt', name: 'Valeur technique', type: 'quality', weight: 12 },
      { id: 'prix', name: 'Prix', type: 'price', weight: 8 },
    ];
    const points = input([offer('a', 15, euros(25000)), offer('b', 10, euros(20000))], { weighting: 'points', criteria: pts, scale: { min: 0, max: 20 } });
    const result = scoreOffers(points);
    // A: 15/20 × 12 + 8 × 20 000 / 25 000 = 9 + 6,4 = 15,4; B: 10/20 × 12 + 8 = 6 + 8 = 14.
    expect(byId(result, 'a').total).toBeCloseTo(15.4, 10);
    expect(byId(result, 'b').total).toBeCloseTo(14, 10);
    expect(result.maxTotal).toBe(20);
    const view = scoringView(points, result);
    expect(view.columns.map((c) => c.header)).toEqual(['Valeur technique (12\u00A0points)', 'Prix (8\u00A0points)']);
    expect(view.totalHeader).toBe('Total sur 20');
  });

  it('marks weighted sub-criteria one by one, and rescales them with their criterion', () => {
    // Technical value 60 = method 20 + team 40; each marked on 0 to 10.
    const subs: ScoringCriterion[] = [
      { id: 'vt', name: 'Valeur technique', type: 'quality', weight: 60, subcriteria: [{ id: 'methode', name: 'Méthode', weight: 20 }, { id: 'equipe', name: 'Équipe', weight: 40 }] },
      { id: 'prix', name: 'Prix', type: 'price', weight: 40 },
    ];
    const offers: ScoringOffer[] = [{ id: 'a', name: 'A', marks: { methode: 5, equipe: 10 }, price: { ht: euros(1000), ttc: euros(1000) } }];
    const result = scoreOffers(input(offers, { criteria: subs }));
    // 5/10 × 20 + 10/10 × 40 + 40 = 10 + 40 + 40 = 90; the criterion earns 50 of 60.
    expect(result.offers[0].scores[0]).toMatchObject({ points: 50, items: [{ item: 'methode', points: 10 }, { item: 'equipe', points: 40 }] });
    expect(result.offers[0].scores[0].ratio).toBeCloseTo(50 / 60, 10);
    expect(result.offers[0].total).toBe(90);
    // Technical value brought down to 30 (price 70): method 10, team 20 → 5 + 20 + 70 = 95.
    const rebalanced = scoreOffers(input(offers, { criteria: rebalanceWeights(subs, 'vt', 30) }));
    expect(rebalanced.offers[0].scores[0].items!.map((i) => i.weight)).toEqual([10, 20]);
    expect(rebalanced.offers[0].total).toBe(95);
    // A sub-criterion without its mark leaves the offer unranked.
    expect(scoreOffers(input([{ ...offers[0], marks: { methode: 5 } }], { criteria: subs })).offers[0].status).toBe('incomplete');
  });

  it('rebalances weights, keeping the others in proportion and the sum the same', () => {
    const three = [{ id: 'a', weight: 50 }, { id: 'b', weight: 30 }, { id: 'c', weight: 20 }];
    expect(rebalanceWeights(three, 'a', 60).map((c) => c.weight)).toEqual([60, 24, 16]);
    expect(rebalanceWeights(three, 'a', 150).map((c) => c.weight)).toEqual([100, 0, 0]);
    // From 100/0/0, the others take back the published proportions.
    expect(rebalanceWeights([{ id: 'a', weight: 100 }, { id: 'b', weight: 0 }, { id: 'c', weight: 0 }], 'a', 50, { b: 30, c: 20 }).map((c) => c.weight)).toEqual([50, 30, 20]);
  });
});

describe('the sample evaluation of the Dijon call, by hand', () => {
  const corpus = loadCorpus();
  const context = evaluationContext(corpus, 'dijon-remobilisation-femmes-qpv-2022');
  if (!context.ok) throw new Error(context.error);
  const base = context.context.input;
  const result = scoreOffers(base);
  const score = (id: string) => byId(result, id);

  it('compares the three prices TTC, each computed by its VAT regime', () => {
    // Tremplin (exempt, art. 261-7-1° CGI): 38 400 € HT = 38 400 € TTC.
    // Élan (20 % VAT): 26 000 € HT → 31 200 € TTC. Sophie Marchal (franchise 293 B): 41 760 € TTC.
    expect(base.priceBasis).toBe('TTC');
    expect(base.offers.map((o) => [o.id, o.price])).toEqual([
      ['tremplin-dijon-2022', { ht: 3840000, ttc: 3840000 }],
      ['elan-dijon-2022', { ht: 2600000, ttc: 3120000 }],
      ['sophie-marchal-dijon-2022', { ht: 4176000, ttc: 4176000 }],
    ]);
    // Sophie Marchal is excluded: the admitted prices go from 31 200 to 38 400 € TTC.
    // Average of the three offers received: (38 400 + 31 200 + 41 760) / 3 = 37 120 €; 70 % of it
    // is 25 984 €, so no offer is abnormally low.
    expect(result.prices).toEqual({ lowest: 3120000, highest: 3840000, average: 3712000, abnormalBelow: 2598400 });
  });

  it('scores and ranks them as the committee would by hand (proportional method)', () => {
    // Tremplin: technical value 9/10 × 60 = 54; price 40 × 31 200 / 38 400 = 40 × 0,8125 = 32,5;
    //           total 54 + 32,5 = 86,5.
    expect(score('tremplin-dijon-2022').scores.map((s) => s.points)).toEqual([54, 32.5]);
    expect(score('tremplin-dijon-2022').total).toBe(86.5);
    // Élan: technical value 6/10 × 60 = 36; the lowest admitted price gets all 40 points;
    //       total 36 + 40 = 76.
    expect(score('elan-dijon-2022').scores.map((s) => s.points)).toEqual([36, 40]);
    expect(score('elan-dijon-2022').total).toBe(76);
    // Sophie Marchal: excluded by the committee (over the 40 000 € TTC cap and missing the
    // mandatory childcare theme), not ranked; for information 7/10 × 60 = 42 and
    // 40 × 31 200 / 41 760 = 29,885…, total 71,885…
    expect(score('sophie-marchal-dijon-2022')).toMatchObject({ status: 'excluded' });
    expect(score('sophie-marchal-dijon-2022').rank).toBeUndefined();
    expect(score('sophie-marchal-dijon-2022').total).toBeCloseTo(42 + (40 * 31200) / 41760, 10);
    expect(score('sophie-marchal-dijon-2022').flags.map((f) => f.kind)).toEqual(['over-cap', 'not-compliant']);
    expect(score('sophie-marchal-dijon-2022').flags[1].details).toHaveLength(3);
    expect(result.ranking).toEqual(['tremplin-dijon-2022', 'elan-dijon-2022']);
    expect(result.winners).toEqual(['tremplin-dijon-2022']);
  });

  it('with the linear method, Élan would lead', () => {
    // Tremplin: 54 + 40 × (38 400 − 38 400) / (38 400 − 31 200) = 54 + 0 = 54.
    // Élan: 36 + 40 = 76.
    const linear = scoreOffers({ ...base, priceMethod: 'linear' });
    expect(byId(linear, 'tremplin-dijon-2022').total).toBe(54);
    expect(byId(linear, 'elan-dijon-2022').total).toBe(76);
    expect(linear.ranking).toEqual(['elan-dijon-2022', 'tremplin-dijon-2022']);
  });

  it('on the HT basis, Élan is compared at 26 000 € HT, Tremplin at 38 400 € HT', () => {
    // Tremplin: 54 + 40 × 26 000 / 38 400 = 54 + 27,083… = 81,083…; Élan: 36 + 40 = 76.
    const ht = scoreOffers({ ...base, priceBasis: 'HT' });
    expect(byId(ht, 'tremplin-dijon-2022').total).toBeCloseTo(54 + (40 * 26000) / 38400, 10);
    expect(byId(ht, 'elan-dijon-2022').total).toBe(76);
  });

  it('finds the weights and marks that would change the winner', () => {
    const sens = sensitivity(base, result);
    expect(sens.winner).toBe('tremplin-dijon-2022');
    // With technical weight x and price 100 − x:
    //   Tremplin 0,9 x + 0,8125 (100 − x), Élan 0,6 x + 1 × (100 − x).
    //   They draw when 0,0875 x + 81,25 = 100 − 0,4 x, i.e. x = 18,75 / 0,4875 = 38,46 %.
    const [vt, prix] = sens.weights;
    expect(vt).toMatchObject({ criterion: 'valeur-technique', current: 60, max: 100, below: 'elan-dijon-2022' });
    expect(vt.min).toBeCloseTo(18.75 / 0.4875, 10);
    expect(vt.above).toBeUndefined();
    expect(prix).toMatchObject({ criterion: 'prix', current: 40, min: 0, above: 'elan-dijon-2022' });
    expect(prix.max).toBeCloseTo(100 - 18.75 / 0.4875, 10);
    // Gap 86,5 − 76 = 10,5 points; one technical mark point is worth 60 / 10 = 6 points, so the
    // winner changes beyond 10,5 / 6 = 1,75 mark points: Tremplin below 9 − 1,75 = 7,25, or Élan
    // above 6 + 1,75 = 7,75.
    expect(sens.marks).toEqual([
      { offer: 'tremplin-dijon-2022', item: 'valeur-technique', from: 9, to: 7.25, delta: -1.75, leader: 'elan-dijon-2022' },
      { offer: 'elan-dijon-2022', item: 'valeur-technique', from: 6, to: 7.75, delta: 1.75, leader: 'elan-dijon-2022' },
    ]);
    expect(sens.otherMethod).toEqual({ method: 'linear', winners: ['elan-dijon-2022'] });
  });

  it('writes the view in French, ready for the page, the command line and the report', () => {
    const view = scoringView(base, result);
    expect(view.columns.map((c) => c.header)).toEqual(['Valeur technique de l’offre (60\u202F%)', 'Prix (40\u202F%)']);
    expect(view.columns[0].guides).toEqual(['Compréhension de la demande', 'Pertinence de la réponse apportée', 'Expériences en lien avec le contenu de la demande']);
    expect(view.rows.map((r) => [r.name, r.rankText, r.totalText, r.priceText])).toEqual([
      ['Groupement Tremplin Côte-d’Or et Mobilité 21', '1re', '86,5', '38\u202F400\u00A0€\u00A0TTC'],
      ['Élan Formation Conseil', '2e', '76', '31\u202F200\u00A0€\u00A0TTC'],
      ['Sophie Marchal Coaching', 'Écartée', '71,89', '41\u202F760\u00A0€\u00A0TTC'],
    ]);
    expect(view.rows[0].cells.map((c) => [c.markText, c.pointsText])).toEqual([['9/10', '54'], ['8,13/10', '32,5']]);
    expect(view.rankingSentence).toBe('En tête\u00A0: Groupement Tremplin Côte-d’Or et Mobilité 21, avec 86,5 sur 100.');
    expect(view.sensitivityLines).toContain(
      'Valeur technique de l’offre (60\u202F%)\u00A0: Groupement Tremplin Côte-d’Or et Mobilité 21 reste en tête tant que ce poids est d’au moins 38,5\u202F%. En dessous, Élan Formation Conseil passe en tête.',
    );
    expect(view.sensitivityLines.join('\n')).not.toMatch(/-0/);
    expect(view.method.warning).toBeUndefined();
    expect(scoringView({ ...base, priceMethod: 'linear' }, scoreOffers({ ...base, priceMethod: 'linear' })).method.warning).toContain('DAJ');
  });
});

describe('sensitivity, checked by brute force', () => {
  // Five offers, three criteria, prices spread: the intervals found must hold just inside their
  // bounds and fail just outside.
  const c: ScoringCriterion[] = [
    { id: 'vt', name: 'Valeur technique', type: 'quality', weight: 45 },
    { id: 'delai', name: 'Délai', type: 'quality', weight: 15 },
    { id: 'prix', name: 'Prix', type: 'price', weight: 40 },
  ];
  const offers: ScoringOffer[] = [
    { id: 'a', name: 'A', marks: { vt: 8, delai: 6 }, price: { ht: euros(36000), ttc: euros(36000) } },
    { id: 'b', name: 'B', marks: { vt: 6, delai: 9 }, price: { ht: euros(30000), ttc: euros(30000) } },
    { id: 'c', name: 'C', marks: { vt: 9, delai: 4 }, price: { ht: euros(41000), ttc: euros(41000) } },
    { id: 'd', name: 'D', marks: { vt: 5, delai: 5 }, price: { ht: euros(27000), ttc: euros(27000) } },
    { id: 'e', name: 'E', marks: { vt: 7, delai: 7 }, price: { ht: euros(33000), ttc: euros(33000) } },
  ];
  // Which bounds of the weight intervals exist (each is checked on both sides), and how many mark
  // changes are found (each is checked): the loops below must not pass by checking nothing.
  it.each([
    ['proportional', ['vt ≤ 48.84', 'delai ≥ 10.53', 'prix ≥ 33.33', 'prix ≤ 63.64'], 10],
    ['linear', ['vt ≥ 31.86', 'vt ≤ 66.30', 'delai ≥ 10.69', 'prix ≥ 14.89', 'prix ≤ 44.95'], 5],
  ] as const)('%s method', (priceMethod, expectedBounds, markChanges) => {
    const base = input(offers, { criteria: c, priceMethod });
    const sens = sensitivity(base);
    const winner = sens.winner!;
    expect(winner).toBe('b');
    const leaderWith = (id: string, weight: number) => soleWinner(scoreOffers({ ...base, criteria: rebalanceWeights(c, id, weight) }));
    const bounds: string[] = [];
    for (const w of sens.weights) {
      if (w.min > 0) {
        bounds.push(`${w.criterion} ≥ ${w.min.toFixed(2)}`);
        expect(leaderWith(w.criterion, w.min + 1e-6)).toBe(winner);
        expect(leaderWith(w.criterion, w.min - 1e-6)).toBe(w.below);
      }
      if (w.max < 100) {
        bounds.push(`${w.criterion} ≤ ${w.max.toFixed(2)}`);
        expect(leaderWith(w.criterion, w.max - 1e-6)).toBe(winner);
        expect(leaderWith(w.criterion, w.max + 1e-6)).toBe(w.above);
      }
    }
    expect(bounds).toEqual(expectedBounds);
    expect(sens.marks).toHaveLength(markChanges);
    for (const m of sens.marks) {
      const marked = (mark: number) =>
        soleWinner(scoreOffers({ ...base, offers: offers.map((o) => (o.id === m.offer ? { ...o, marks: { ...o.marks, [m.item]: mark } } : o)) }));
      const beyond = m.to + Math.sign(m.delta) * 1e-6;
      const before = m.to - Math.sign(m.delta) * 1e-6;
      expect(marked(before)).toBe(winner);
      expect(marked(beyond)).toBe(m.leader);
    }
    // The list is sorted, smallest change first.
    const sizes = sens.marks.map((m) => Math.abs(m.delta));
    expect(sizes).toEqual([...sizes].sort((x, y) => x - y));
  });
});
