/**
 * The scoring result as people read it: column headers with their weights, one row per offer with
 * its marks, points, total, rank and flags, the ranking in sentences, the price method explained
 * and the sensitivity in sentences. Every string is French and formatted.
 *
 * Pure and shared: the evaluation page, the what-if panel (in the browser), the `score` command and
 * the analysis report PDF all render this one view, so they cannot disagree.
 */
import { fr } from '../i18n/fr';
import { formatMoney, formatNumber } from './format';
import { markableItems, markedBySubcriteria, type Flag, type OfferScore, type OfferStatus, type ScoringInput, type ScoringResult, type ScoringWeighting } from './scoring';
import { sensitivity as computeSensitivity, type Sensitivity } from './sensitivity';

export interface ColumnView {
  id: string;
  name: string;
  type: 'price' | 'cost' | 'quality';
  weight: number;
  /** `60 %`, `40 points`. */
  weightText: string;
  /** `Valeur technique de l'offre (60 %)`. */
  header: string;
  /** Weighted sub-criteria, when the criterion is marked by sub-criterion. */
  items?: Array<{ id: string; name: string; weightText: string; header: string }>;
  /** Sub-criteria without weights (they guide the justification of the whole mark). */
  guides?: string[];
}

export interface CellView {
  criterion: string;
  /** `9/10`; for a price criterion, the price turned into a mark on the scale. */
  markText?: string;
  /** `54`, `32,5`. */
  pointsText: string;
  points: number;
  items?: Array<{ item: string; name: string; markText?: string; pointsText: string; points: number }>;
  missing?: boolean;
}

export interface OfferRowView {
  id: string;
  name: string;
  status: OfferStatus;
  rank?: number;
  tied: boolean;
  /** `1re`, `1re ex aequo`, `Écartée`, `Non classée`. */
  rankText: string;
  /** `38 400 € TTC` or « non renseigné ». */
  priceText: string;
  total: number;
  /** `86,5`. */
  totalText: string;
  cells: CellView[];
  flags: Flag[];
  /** What the status means, in a sentence (absent for a ranked offer without flags). */
  statusNote?: string;
  reason?: string;
}

export interface ScoringView {
  weighting: ScoringWeighting;
  maxTotal: number;
  /** `100`. */
  maxTotalText: string;
  /** `Total sur 100`. */
  totalHeader: string;
  scaleText: string;
  basisText: string;
  basisExplain: string;
  method: { name: string; formula: string; explain: string; warning?: string };
  qualityExplain: string;
  columns: ColumnView[];
  /** Ranked offers by rank, then offers not ranked, then excluded offers. */
  rows: OfferRowView[];
  rankingSentence: string;
  /** `1re : Élan Formation Conseil, 76 sur 100`. */
  rankingLines: string[];
  sensitivity: Sensitivity;
  sensitivityLines: string[];
}

const t = () => fr.evaluation;

export const formatPoints = (n: number) => formatNumber(n, 2);
export const formatMark = (n: number) => formatNumber(n, 2);
// `|| 0` turns -0 into 0, which would print as « -0 ».
const floorTo = (n: number, decimals: number) => Math.floor(n * 10 ** decimals + 1e-9) / 10 ** decimals || 0;
const ceilTo = (n: number, decimals: number) => Math.ceil(n * 10 ** decimals - 1e-9) / 10 ** decimals || 0;

export function weightText(weight: number, weighting: ScoringWeighting): string {
  return t().weightOf(formatNumber(weight, 2), weight, weighting);
}

export function rankText(offer: Pick<OfferScore, 'status' | 'rank' | 'tied'>): string {
  if (offer.status === 'excluded') return t().status.excluded;
  if (offer.status === 'incomplete' || offer.rank === undefined) return t().status.incomplete;
  return t().status.ranked(t().ordinal(offer.rank), offer.tied);
}

export function columnsOf(input: ScoringInput): ColumnView[] {
  return input.criteria.map((c) => {
    const wt = weightText(c.weight, input.weighting);
    const subs = c.subcriteria ?? [];
    const weighted = markedBySubcriteria(c);
    const subTotal = subs.reduce((a, s) => a + (s.weight ?? 0), 0);
    return {
      id: c.id,
      name: c.name,
      type: c.type,
      weight: c.weight,
      weightText: wt,
      header: t().page.criterionHeader(c.name, wt),
      ...(weighted && {
        items: subs.map((s) => {
          const w = (s.weight! * c.weight) / subTotal;
          const swt = weightText(w, input.weighting);
          return { id: s.id, name: s.name, weightText: swt, header: t().page.subHeader(s.name, swt) };
        }),
      }),
      ...(!weighted && subs.length > 0 && c.type === 'quality' && { guides: subs.map((s) => s.name) }),
    };
  });
}

function cellOf(score: OfferScore['scores'][number], input: ScoringInput): CellView {
  const max = formatMark(input.scale.max);
  const criterion = input.criteria.find((c) => c.id === score.criterion)!;
  return {
    criterion: score.criterion,
    ...(score.mark !== undefined && { markText: t().markOn(formatMark(score.mark), max) }),
    pointsText: score.missing && !score.items ? fr.common.notProvided : formatPoints(score.points),
    points: score.points,
    ...(score.items && {
      items: score.items.map((i) => ({
        item: i.item,
        name: criterion.subcriteria!.find((s) => s.id === i.item)!.name,
        ...(i.mark !== undefined && { markText: t().markOn(formatMark(i.mark), max) }),
        pointsText: i.mark === undefined ? fr.common.notProvided : formatPoints(i.points),
        points: i.points,
      })),
    }),
    ...(score.missing && { missing: true }),
  };
}

function statusNote(offer: OfferScore): string | undefined {
  const s = t().statusLong;
  if (offer.status === 'excluded') return s.excluded;
  if (offer.status === 'incomplete') return s.incomplete;
  const flagged = offer.flags.some((f) => f.kind === 'over-cap' || f.kind === 'not-compliant' || f.kind === 'abnormally-low');
  if (!flagged) return undefined;
  return offer.reason ? s.keptFlagged : s.keptFlaggedNoDecision;
}

export function rowsOf(input: ScoringInput, result: ScoringResult): OfferRowView[] {
  const order: Record<OfferStatus, number> = { ranked: 0, incomplete: 1, excluded: 2 };
  const index = new Map(result.offers.map((o, i) => [o.id, i]));
  return [...result.offers]
    .sort((a, b) => order[a.status] - order[b.status] || (a.rank ?? 0) - (b.rank ?? 0) || index.get(a.id)! - index.get(b.id)!)
    .map((offer) => {
      const note = statusNote(offer);
      return {
        id: offer.id,
        name: offer.name,
        status: offer.status,
        ...(offer.rank !== undefined && { rank: offer.rank }),
        tied: offer.tied,
        rankText: rankText(offer),
        priceText: offer.price === undefined ? fr.common.notProvided : formatMoney(offer.price, { basis: result.priceBasis }),
        total: offer.total,
        totalText: formatPoints(offer.total),
        cells: offer.scores.map((s) => cellOf(s, input)),
        flags: offer.flags,
        ...(note && { statusNote: note }),
        ...(offer.reason && { reason: offer.reason }),
      };
    });
}

const nameOf = (result: ScoringResult, id: string) => result.offers.find((o) => o.id === id)?.name ?? id;

export function rankingSentence(result: ScoringResult): string {
  const r = t().ranking;
  const outOf = (n: number) => t().outOf(formatPoints(n), formatPoints(result.maxTotal));
  if (result.winners.length === 0) return r.none;
  const first = result.offers.find((o) => o.id === result.winners[0])!;
  if (result.winners.length > 1) return r.tieAtTop(result.winners.map((id) => nameOf(result, id)), outOf(first.total));
  return r.winner(first.name, outOf(first.total));
}

export function rankingLines(result: ScoringResult): string[] {
  return result.ranking.map((id) => {
    const offer = result.offers.find((o) => o.id === id)!;
    return t().ranking.line(rankText(offer), offer.name, t().outOf(formatPoints(offer.total), formatPoints(result.maxTotal)));
  });
}

/** The sentence the what-if panel's live region reads out. */
export function announceRanking(result: ScoringResult, published?: ScoringResult): string {
  const r = t().ranking;
  const lines = result.ranking.length ? r.announce(rankingLines(result)) : r.none;
  if (!published || result.winners.length !== 1 || published.winners.length !== 1) return lines;
  const now = result.winners[0];
  const before = published.winners[0];
  return `${lines} ${now === before ? r.winnerSame(nameOf(result, now)) : r.winnerChanged(nameOf(result, now), nameOf(published, before))}`;
}

export function sensitivityLines(input: ScoringInput, result: ScoringResult, sens: Sensitivity, maxMarkLines = 3): string[] {
  const s = t().sensitivity;
  if (sens.ranked === 0) return [];
  const lines: string[] = [];
  if (!sens.winner) lines.push(s.noWinner);
  else if (sens.ranked === 1) lines.push(s.single);
  else {
    const winner = nameOf(result, sens.winner);
    const unit = (n: number) => weightText(n, input.weighting);
    for (const w of sens.weights) {
      const name = input.criteria.find((c) => c.id === w.criterion)!.name;
      if (w.fixed) {
        lines.push(s.weightFixed);
        continue;
      }
      if (w.below === undefined && w.above === undefined) {
        lines.push(s.weightFull(name, winner));
        continue;
      }
      // Shown rounded inward, so that every figure printed is true.
      const min = unit(ceilTo(w.min, 1));
      const max = unit(floorTo(w.max, 1));
      const current = unit(w.current);
      let line =
        w.below && w.above
          ? s.weightRange(name, current, min, max, winner)
          : w.below
            ? s.weightAtLeast(name, current, min, winner)
            : s.weightAtMost(name, current, max, winner);
      if (w.below) line += ` ${s.weightBelow(nameOf(result, w.below))}`;
      if (w.above) line += ` ${s.weightAbove(nameOf(result, w.above))}`;
      lines.push(line);
    }
    const items = markableItems(input.criteria);
    const itemName = (id: string) => items.find((i) => i.id === id)?.name ?? id;
    if (sens.marks.length === 0) lines.push(s.markNone);
    const seen = new Set<string>();
    for (const change of sens.marks) {
      if (seen.size >= maxMarkLines) break;
      if (seen.has(change.offer)) continue;
      seen.add(change.offer);
      lines.push(
        change.delta < 0
          ? s.markDown(nameOf(result, change.offer), itemName(change.item), formatMark(change.from), formatMark(floorTo(change.to, 2)), nameOf(result, change.leader))
          : s.markUp(nameOf(result, change.offer), itemName(change.item), formatMark(change.from), formatMark(ceilTo(change.to, 2))),
      );
    }
    if (sens.marks.length > 0) lines.push(s.smallest(formatMark(ceilTo(Math.abs(sens.marks[0].delta), 2))));
  }
  if (sens.otherMethod) {
    const method = t().methodName[sens.otherMethod.method].toLowerCase();
    const winners = sens.otherMethod.winners;
    if (winners.length > 1) lines.push(s.otherMethodTie(method));
    else if (winners.length === 1) lines.push(s.otherMethod(method, winners[0] === sens.winner, nameOf(result, winners[0])));
  }
  return lines;
}

export function scoringView(input: ScoringInput, result: ScoringResult, sens: Sensitivity = computeSensitivity(input, result)): ScoringView {
  const e = t();
  const maxTotalText = formatPoints(result.maxTotal);
  const hasPrice = input.criteria.some((c) => c.type !== 'quality');
  const warning = hasPrice && input.priceMethod === 'linear' && result.ranking.length > 0 && result.ranking.length < 3 ? e.linearFewOffers : undefined;
  return {
    weighting: input.weighting,
    maxTotal: result.maxTotal,
    maxTotalText,
    totalHeader: e.page.columns.total(maxTotalText),
    scaleText: fr.site.scaleLabel(input.scale.min, input.scale.max),
    basisText: e.basis(input.priceBasis),
    basisExplain: e.basisExplain(input.priceBasis),
    method: {
      name: e.methodName[input.priceMethod],
      formula: e.methodFormula[input.priceMethod],
      explain: e.methodExplain[input.priceMethod],
      ...(warning && { warning }),
    },
    qualityExplain: e.qualityExplain(formatMark(input.scale.min), formatMark(input.scale.max)),
    columns: columnsOf(input),
    rows: rowsOf(input, result),
    rankingSentence: rankingSentence(result),
    rankingLines: rankingLines(result),
    sensitivity: sens,
    sensitivityLines: sensitivityLines(input, result, sens),
  };
}
