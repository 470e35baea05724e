/**
 * The scoring engine: offers marked against a call's weighted award criteria, prices turned into
 * points, weighted totals, flags and the ranking.
 *
 * Pure, and on plain inputs only (no corpus, no schema objects), so that the what-if panel runs
 * this very code in the browser. `evaluation-input.ts` builds the input from the content.
 *
 * The rules:
 *
 * - **Quality marks.** Marks are on the evaluation's scale `[min, max]`. A criterion (or weighted
 *   sub-criterion) of weight `w` marked `m` is worth `w × (m − min) / (max − min)` points: the
 *   bottom of the scale is worth nothing, the top is worth the whole weight, never less than 0.
 *   With the usual 0 to 10 scale this is `m / 10 × w` (Dijon: 9/10 × 60 = 54).
 * - **Sub-criteria.** When the call weights a criterion's sub-criteria (their weights add up to
 *   the criterion's), each sub-criterion is marked and the criterion's points are the sum of its
 *   sub-criteria's. When the call gives sub-criteria without weights (Dijon), the criterion is
 *   marked as a whole and its sub-criteria guide the justification. Sub-criterion weights follow
 *   their criterion's: if the what-if panel changes a criterion's weight, its sub-criteria keep
 *   their proportions.
 * - **Price.** Prices are compared on one basis, HT or TTC, for every offer (each price computed
 *   by its provider's VAT regime), never one offer HT and another TTC. Two methods, as the
 *   Direction des affaires juridiques of the Ministry of the Economy (DAJ, "Bercy") describes them
 *   in its fiche « Les méthodes de notation du critère prix dans les marchés publics » (updated in
 *   January 2024, with a spreadsheet that applies them):
 *   - proportional, the "classic" method: `points = weight × lowest price / price of the offer`;
 *     the differences of marks are strictly proportional to the differences of price, and the
 *     dearest offer never reaches 0;
 *   - linear: a straight line between the lowest and the highest price,
 *     `points = weight × (highest − price) / (highest − lowest)`; the lowest price gets every
 *     point and the highest gets 0 whatever the gap, which is why the DAJ advises against it when
 *     few offers are expected (the evaluation page says so below three ranked offers).
 *   The lowest price of the admitted offers gets the full price mark, as the Conseil d'État
 *   requires of a price-marking method (CE, 29 October 2013, n° 370789). Marks are clamped to
 *   `[0, weight]`: no negative marks (negative marks are what got several formulas censured).
 *   Sources read: economie.gouv.fr/daj (fiche and spreadsheet), summarised by
 *   adden-leblog.com (« Méthodes de notation du critère prix dans les marchés publics : quid de la
 *   position de la DAJ ? », March 2024), weka.fr (« Un outil de Bercy pour analyser les offres de
 *   prix dans les marchés publics ») and achat-logistique.info (« Bien choisir sa formule de
 *   notation des prix »).
 * - **Admitted offers.** The offers the committee did not exclude set the lowest and highest
 *   prices. An excluded offer is still scored against them, for information, and is not ranked.
 * - **Flags.** An offer is flagged, never silently scored, when its price is over the call's cap
 *   (compared on the cap's own basis), when the compliance engine finds a mandatory requirement
 *   unmet, when its price is abnormally low (below `abnormallyLowThreshold` % of the average price
 *   of every offer received, on the comparison basis), or when a mark or its price is missing.
 *   Whether a flagged offer is excluded is the committee's decision (`excluded` in the
 *   evaluation); an offer with a missing mark or price cannot be ranked.
 * - **Ranking.** By weighted total, highest first. Totals equal to 1e-9 share a rank ("1, 1, 3");
 *   the engine breaks no tie: the committee does, and the ranking says who is tied.
 */
import { fr } from '../i18n/fr';
import { formatMoney, formatPercent } from './format';
import { onBasis, type AmountBasis } from './money';

export type PriceMethod = 'proportional' | 'linear';
export type ScoringWeighting = 'percentage' | 'points';

export interface ScoringSubCriterion {
  id: string;
  name: string;
  /** In the criterion's unit; all or none of a criterion's sub-criteria have one. */
  weight?: number;
}

export interface ScoringCriterion {
  id: string;
  name: string;
  /** `price` and `cost` are scored from the offer's price; `quality` from the committee's marks. */
  type: 'price' | 'cost' | 'quality';
  /** A percentage or a number of points, by the call's weighting. */
  weight: number;
  subcriteria?: ScoringSubCriterion[];
}

export interface ScoringOffer {
  id: string;
  /** Who made the offer, as people read it. */
  name: string;
  /** The price in cents, HT and TTC (by the provider's VAT regime); absent when unknown. */
  price?: { ht: number; ttc: number };
  /** Marks by criterion or sub-criterion id, on the evaluation's scale. */
  marks: Record<string, number>;
  /** The compliance engine's verdict; absent when not checked. */
  compliant?: boolean;
  /** Labels of the mandatory requirements not met. */
  failures?: string[];
  /** The committee's decision. */
  excluded?: boolean;
  /** The reason of the committee's decision, as written. */
  reason?: string;
}

export interface ScoringInput {
  weighting: ScoringWeighting;
  criteria: ScoringCriterion[];
  scale: { min: number; max: number };
  priceMethod: PriceMethod;
  /** The basis prices are compared on. */
  priceBasis: AmountBasis;
  /** The call's budget cap, in cents, on its own basis. */
  cap?: { max: number; basis: AmountBasis };
  /** An offer priced below this percentage of the average price is abnormally low. */
  abnormallyLowThreshold?: number;
  offers: ScoringOffer[];
}

export type FlagKind = 'over-cap' | 'not-compliant' | 'abnormally-low' | 'missing-marks' | 'missing-price';

export interface Flag {
  kind: FlagKind;
  /** One French sentence. */
  text: string;
  /** Items behind the flag (the requirements not met, the marks missing). */
  details?: string[];
}

/** What one markable item (a criterion marked as a whole, or a weighted sub-criterion) brings. */
export interface ItemScore {
  /** The criterion or sub-criterion id. */
  item: string;
  /** The mark on the evaluation's scale; absent when missing. */
  mark?: number;
  /** The item's weight in the criterion's unit, after its criterion's weight. */
  weight: number;
  points: number;
}

export interface CriterionScore {
  criterion: string;
  weight: number;
  /** The share of the weight obtained, from 0 to 1. */
  ratio: number;
  points: number;
  /**
   * The mark on the evaluation's scale: the committee's for a criterion marked as a whole, the
   * price converted to the scale for a price criterion; absent for a criterion marked by
   * sub-criterion and for a missing mark.
   */
  mark?: number;
  /** Per weighted sub-criterion. */
  items?: ItemScore[];
  /** A mark (or the price) is missing: the points count as 0 and the offer is not ranked. */
  missing?: boolean;
}

export type OfferStatus = 'ranked' | 'excluded' | 'incomplete';

export interface OfferScore {
  id: string;
  name: string;
  /** The price on the comparison basis, in cents. */
  price?: number;
  scores: CriterionScore[];
  total: number;
  status: OfferStatus;
  /** 1 for the best; shared by tied offers. Only for ranked offers. */
  rank?: number;
  tied: boolean;
  flags: Flag[];
  reason?: string;
}

export interface PriceReference {
  /** Lowest and highest prices of the admitted offers, on the comparison basis. */
  lowest?: number;
  highest?: number;
  /** The average price of every offer received, and the abnormally-low threshold from it. */
  average?: number;
  abnormalBelow?: number;
}

export interface ScoringResult {
  priceMethod: PriceMethod;
  priceBasis: AmountBasis;
  weighting: ScoringWeighting;
  scale: { min: number; max: number };
  /** The sum of the weights: 100 with percentages. */
  maxTotal: number;
  /** In the input's order. */
  offers: OfferScore[];
  /** Ids of the ranked offers, best first. */
  ranking: string[];
  /** Ids of the offers ranked first (several when tied). */
  winners: string[];
  prices: PriceReference;
}

const EPSILON = 1e-9;

/** Whether a criterion is scored from the price. */
export const isPriceCriterion = (criterion: Pick<ScoringCriterion, 'type'>) => criterion.type !== 'quality';

/** Whether a quality criterion is marked sub-criterion by sub-criterion. */
export function markedBySubcriteria(criterion: ScoringCriterion): boolean {
  const subs = criterion.subcriteria ?? [];
  return criterion.type === 'quality' && subs.length > 0 && subs.every((s) => s.weight !== undefined && s.weight > 0);
}

/** The ids an offer must be marked on: criteria marked as a whole, and weighted sub-criteria. */
export function markableItems(criteria: readonly ScoringCriterion[]): Array<{ id: string; name: string; criterion: string }> {
  return criteria
    .filter((c) => !isPriceCriterion(c))
    .flatMap((c) =>
      markedBySubcriteria(c) ? c.subcriteria!.map((s) => ({ id: s.id, name: s.name, criterion: c.id })) : [{ id: c.id, name: c.name, criterion: c.id }],
    );
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Points for a mark on the scale: `weight × (mark − min) / (max − min)`, within `[0, weight]`. */
export function markPoints(mark: number, weight: number, scale: { min: number; max: number }): number {
  const span = scale.max - scale.min;
  if (span <= 0) return 0;
  return clamp((weight * (mark - scale.min)) / span, 0, weight);
}

/**
 * Price points by the method, within `[0, weight]`.
 *
 * @example
 * pricePoints('proportional', 3840000, 40, { lowest: 3120000, highest: 3840000 }) // 32.5
 * pricePoints('linear', 3840000, 40, { lowest: 3120000, highest: 3840000 })       // 0
 */
export function pricePoints(method: PriceMethod, price: number, weight: number, reference: { lowest: number; highest: number }): number {
  const { lowest, highest } = reference;
  if (price <= lowest) return weight;
  if (method === 'proportional') return price > 0 ? clamp((weight * lowest) / price, 0, weight) : weight;
  if (highest <= lowest) return weight;
  return clamp((weight * (highest - price)) / (highest - lowest), 0, weight);
}

export function priceReference(input: ScoringInput): PriceReference {
  const basis = input.priceBasis;
  const admitted = input.offers.filter((o) => !o.excluded && o.price).map((o) => onBasis(o.price!, basis));
  const all = input.offers.filter((o) => o.price).map((o) => onBasis(o.price!, basis));
  const reference: PriceReference = {};
  if (admitted.length > 0) {
    reference.lowest = Math.min(...admitted);
    reference.highest = Math.max(...admitted);
  }
  if (all.length > 0) {
    reference.average = all.reduce((a, b) => a + b, 0) / all.length;
    if (input.abnormallyLowThreshold !== undefined) reference.abnormalBelow = (reference.average * input.abnormallyLowThreshold) / 100;
  }
  return reference;
}

function scoreCriterion(criterion: ScoringCriterion, offer: ScoringOffer, input: ScoringInput, prices: PriceReference): CriterionScore {
  const { scale } = input;
  const weight = criterion.weight;
  // Ratios are computed on their own (weight 1), so that a weight of 0 in the what-if panel keeps
  // them; points are computed with the weight first, so that 40 × 31 200 / 38 400 is exactly 32.5.
  if (isPriceCriterion(criterion)) {
    if (!offer.price || prices.lowest === undefined) return { criterion: criterion.id, weight, ratio: 0, points: 0, missing: true };
    const price = onBasis(offer.price, input.priceBasis);
    const reference = { lowest: prices.lowest, highest: prices.highest! };
    const ratio = pricePoints(input.priceMethod, price, 1, reference);
    const points = pricePoints(input.priceMethod, price, weight, reference);
    return { criterion: criterion.id, weight, ratio, points, mark: scale.min + ratio * (scale.max - scale.min) };
  }
  if (markedBySubcriteria(criterion)) {
    const subs = criterion.subcriteria!;
    const subTotal = subs.reduce((a, s) => a + s.weight!, 0);
    let ratio = 0;
    const items = subs.map((s): ItemScore => {
      const itemWeight = (s.weight! * weight) / subTotal;
      const mark = offer.marks[s.id];
      if (mark === undefined) return { item: s.id, weight: itemWeight, points: 0 };
      ratio += (s.weight! * markPoints(mark, 1, scale)) / subTotal;
      return { item: s.id, mark, weight: itemWeight, points: markPoints(mark, itemWeight, scale) };
    });
    const points = items.reduce((a, i) => a + i.points, 0);
    const missing = items.some((i) => i.mark === undefined);
    return { criterion: criterion.id, weight, ratio, points, items, ...(missing && { missing }) };
  }
  const mark = offer.marks[criterion.id];
  if (mark === undefined) return { criterion: criterion.id, weight, ratio: 0, points: 0, missing: true };
  return { criterion: criterion.id, weight, ratio: markPoints(mark, 1, scale), points: markPoints(mark, weight, scale), mark };
}

function flagsOf(offer: ScoringOffer, input: ScoringInput, prices: PriceReference): Flag[] {
  const t = fr.evaluation.flag;
  const flags: Flag[] = [];
  const basis = input.priceBasis;
  if (offer.price && input.cap) {
    const amount = onBasis(offer.price, input.cap.basis);
    if (amount > input.cap.max)
      flags.push({ kind: 'over-cap', text: t.overCap(formatMoney(amount, { basis: input.cap.basis }), formatMoney(input.cap.max, { basis: input.cap.basis })) });
  }
  if (offer.compliant === false) {
    const failures = offer.failures ?? [];
    flags.push({ kind: 'not-compliant', text: t.notCompliant(failures.length), details: failures });
  }
  if (offer.price && prices.abnormalBelow !== undefined && onBasis(offer.price, basis) < prices.abnormalBelow) {
    flags.push({
      kind: 'abnormally-low',
      text: t.abnormallyLow(
        formatMoney(onBasis(offer.price, basis), { basis }),
        formatMoney(Math.round(prices.abnormalBelow), { basis }),
        formatPercent(input.abnormallyLowThreshold!, 1),
        formatMoney(Math.round(prices.average!), { basis }),
      ),
    });
  }
  const items = markableItems(input.criteria);
  const missing = items.filter((i) => offer.marks[i.id] === undefined).map((i) => i.name);
  if (missing.length > 0) flags.push({ kind: 'missing-marks', text: t.missingMarks(missing), details: missing });
  if (!offer.price && input.criteria.some(isPriceCriterion)) flags.push({ kind: 'missing-price', text: t.missingPrice });
  return flags;
}

/** Scores, flags and ranks every offer. */
export function scoreOffers(input: ScoringInput): ScoringResult {
  const prices = priceReference(input);
  const offers = input.offers.map((offer): OfferScore => {
    const scores = input.criteria.map((criterion) => scoreCriterion(criterion, offer, input, prices));
    const total = scores.reduce((a, s) => a + s.points, 0);
    const flags = flagsOf(offer, input, prices);
    const incomplete = flags.some((f) => f.kind === 'missing-marks' || f.kind === 'missing-price');
    const status: OfferStatus = offer.excluded ? 'excluded' : incomplete ? 'incomplete' : 'ranked';
    return {
      id: offer.id,
      name: offer.name,
      ...(offer.price && { price: onBasis(offer.price, input.priceBasis) }),
      scores,
      total,
      status,
      tied: false,
      flags,
      ...(offer.reason && { reason: offer.reason }),
    };
  });
  const ranked = offers
    .map((offer, index) => ({ offer, index }))
    .filter(({ offer }) => offer.status === 'ranked')
    .sort((a, b) => (Math.abs(b.offer.total - a.offer.total) > EPSILON ? b.offer.total - a.offer.total : a.index - b.index))
    .map(({ offer }) => offer);
  ranked.forEach((offer, i) => {
    const previous = ranked[i - 1];
    offer.rank = previous && Math.abs(previous.total - offer.total) <= EPSILON ? previous.rank : i + 1;
  });
  for (const offer of ranked) offer.tied = ranked.some((other) => other !== offer && other.rank === offer.rank);
  return {
    priceMethod: input.priceMethod,
    priceBasis: input.priceBasis,
    weighting: input.weighting,
    scale: input.scale,
    maxTotal: input.criteria.reduce((a, c) => a + c.weight, 0),
    offers,
    ranking: ranked.map((o) => o.id),
    winners: ranked.filter((o) => o.rank === 1).map((o) => o.id),
    prices,
  };
}

/** The single offer ranked first, or undefined when none is ranked or several are tied first. */
export function soleWinner(result: Pick<ScoringResult, 'winners'>): string | undefined {
  return result.winners.length === 1 ? result.winners[0] : undefined;
}

/**
 * Sets one criterion's weight and rescales the others so that the sum stays the same, keeping
 * their proportions (the rule the sensitivity analysis and the what-if panel share). When the
 * others all weigh 0, they share the rest in the proportions of `fallback` (the published
 * weights), or equally.
 *
 * @example
 * rebalanceWeights([{ id: 'vt', weight: 60 }, { id: 'prix', weight: 40 }], 'vt', 50)
 * // → [{ id: 'vt', weight: 50 }, { id: 'prix', weight: 50 }]
 */
export function rebalanceWeights<T extends { id: string; weight: number }>(
  criteria: readonly T[],
  id: string,
  value: number,
  fallback?: Readonly<Record<string, number>>,
): T[] {
  const total = criteria.reduce((a, c) => a + c.weight, 0);
  const weight = clamp(Number.isFinite(value) ? value : 0, 0, total);
  const others = criteria.filter((c) => c.id !== id);
  if (others.length === 0) return criteria.map((c) => ({ ...c }));
  let base = others.map((c) => c.weight);
  if (base.every((w) => w <= 0)) base = others.map((c) => fallback?.[c.id] ?? 1);
  if (base.every((w) => w <= 0)) base = others.map(() => 1);
  const baseSum = base.reduce((a, b) => a + b, 0);
  const rest = total - weight;
  return criteria.map((c) => {
    if (c.id === id) return { ...c, weight };
    const i = others.indexOf(c);
    return { ...c, weight: (rest * base[i]) / baseSum };
  });
}
