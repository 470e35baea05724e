/**
 * How robust the ranking is: for each criterion's weight, the interval over which the offer in
 * the lead stays in the lead; for each mark, the change that would put another offer in the lead;
 * and who would lead with the other price method.
 *
 * Pure, like the engine it reads (`scoring.ts`), and exact: every total is linear in a weight (once
 * the other weights are rescaled) and in a mark, so the thresholds are solved, not searched.
 *
 * When one criterion's weight moves to `x`, the other criteria keep their proportions and the sum
 * of the weights `W` stays the same (with percentages, 100): criterion `j` weighs
 * `w_j × (W − x) / (W − w_k)`. An offer's total is then
 * `T(x) = x × r_k + (W − x) × R / (W − w_k)`, where `r_k` is the share of criterion `k` it earns
 * and `R = Σ_{j≠k} w_j × r_j`. Price shares do not depend on weights, so this holds for every
 * criterion.
 */
import { markableItems, markedBySubcriteria, scoreOffers, soleWinner, type PriceMethod, type ScoringInput, type ScoringResult } from './scoring';

export interface WeightInterval {
  criterion: string;
  /** The published (or simulated) weight. */
  current: number;
  /** The weights, in the criterion's unit, between which the leader stays in the lead. */
  min: number;
  max: number;
  /** The end of the range: 100 with percentages, the points total with points. */
  total: number;
  /** Who leads just below `min` (when `min` > 0) and just above `max` (when `max` < `total`). */
  below?: string;
  above?: string;
  /** A single criterion: its weight cannot move. */
  fixed?: boolean;
}

export interface MarkChange {
  offer: string;
  /** The criterion or weighted sub-criterion marked. */
  item: string;
  from: number;
  /** The mark at which the two offers draw level; beyond it, `leader` leads. */
  to: number;
  /** `to − from`: negative for the leader's own marks, positive for a challenger's. */
  delta: number;
  leader: string;
}

export interface Sensitivity {
  /** The offer in the lead; absent when no offer is ranked or several are tied first. */
  winner?: string;
  ranked: number;
  weights: WeightInterval[];
  /** Every change of one mark within the scale that changes the leader, smallest first. */
  marks: MarkChange[];
  /** Who would lead with the other price method (several ids when tied). */
  otherMethod?: { method: PriceMethod; winners: string[] };
}

const EPSILON = 1e-9;

export function sensitivity(input: ScoringInput, result: ScoringResult = scoreOffers(input)): Sensitivity {
  const winner = soleWinner(result);
  const other: PriceMethod = input.priceMethod === 'proportional' ? 'linear' : 'proportional';
  const otherMethod = input.criteria.some((c) => c.type !== 'quality')
    ? { method: other, winners: scoreOffers({ ...input, priceMethod: other }).winners }
    : undefined;
  const base = { ranked: result.ranking.length, weights: [], marks: [], ...(otherMethod && { otherMethod }) };
  if (!winner) return base;

  const ranked = result.ranking.map((id) => result.offers.find((o) => o.id === id)!);
  const total = input.criteria.reduce((a, c) => a + c.weight, 0);
  const w = ranked.findIndex((o) => o.id === winner);

  const weights = input.criteria.map((criterion, k): WeightInterval => {
    const current = criterion.weight;
    const rest = total - current;
    if (input.criteria.length === 1 || rest <= EPSILON) return { criterion: criterion.id, current, min: current, max: current, total, fixed: true };
    // T_i(x) = a_i + b_i × x
    const lines = ranked.map((o) => {
      const R = o.scores.reduce((acc, s, j) => (j === k ? acc : acc + s.weight * s.ratio), 0);
      return { a: (R * total) / rest, b: o.scores[k].ratio - R / rest };
    });
    let min = 0;
    let max = total;
    lines.forEach((line, i) => {
      if (i === w) return;
      const da = lines[w].a - line.a;
      const db = lines[w].b - line.b;
      if (Math.abs(db) <= EPSILON) return;
      const x = -da / db;
      if (db > 0) min = Math.max(min, x);
      else max = Math.min(max, x);
    });
    min = Math.max(0, Math.min(min, current));
    max = Math.min(total, Math.max(max, current));
    const leaderAt = (x: number) => {
      let best = 0;
      lines.forEach((line, i) => {
        if (line.a + line.b * x > lines[best].a + lines[best].b * x + EPSILON) best = i;
      });
      return ranked[best].id;
    };
    const step = total * 1e-6;
    return {
      criterion: criterion.id,
      current,
      min,
      max,
      total,
      ...(min > EPSILON && { below: leaderAt(min - step) }),
      ...(max < total - EPSILON && { above: leaderAt(max + step) }),
    };
  });

  const { min: low, max: high } = input.scale;
  const span = high - low;
  const items = markableItems(input.criteria);
  const leader = ranked[w];
  const second = ranked.filter((o) => o.id !== winner).sort((a, b) => b.total - a.total)[0];
  const marks: MarkChange[] = [];
  for (const offer of ranked) {
    const source = input.offers.find((o) => o.id === offer.id);
    if (!source) continue;
    for (const item of items) {
      const criterion = input.criteria.find((c) => c.id === item.criterion)!;
      const subs = criterion.subcriteria ?? [];
      const itemWeight = markedBySubcriteria(criterion)
        ? (subs.find((s) => s.id === item.id)!.weight! * criterion.weight) / subs.reduce((a, s) => a + s.weight!, 0)
        : criterion.weight;
      const perMark = span > 0 ? itemWeight / span : 0;
      const from = source.marks[item.id];
      if (perMark <= EPSILON || from === undefined) continue;
      if (offer.id === winner) {
        if (!second) continue;
        const to = from - (leader.total - second.total) / perMark;
        if (to > low + EPSILON) marks.push({ offer: offer.id, item: item.id, from, to, delta: to - from, leader: second.id });
      } else {
        const to = from + (leader.total - offer.total) / perMark;
        if (to < high - EPSILON) marks.push({ offer: offer.id, item: item.id, from, to, delta: to - from, leader: offer.id });
      }
    }
  }
  const order = new Map(result.ranking.map((id, i) => [id, i]));
  marks.sort((a, b) => Math.abs(a.delta) - Math.abs(b.delta) || order.get(a.offer)! - order.get(b.offer)!);
  return { ...base, winner, weights, marks };
}
