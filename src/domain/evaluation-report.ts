/**
 * Everything the evaluation page and the analysis report PDF show, as plain data with French
 * strings ready: the facts of the analysis, the scoring view (matrix, ranking, method,
 * sensitivity), each offer's justifications, flags and the committee's decisions, the conclusion.
 *
 * Pure: built from the corpus, the engine and the view; no rendering.
 */
import type { Markdown } from '../markdown/parse';
import { fr } from '../i18n/fr';
import type { Corpus } from './corpus';
import { evaluationContext, type EvaluationOfferContext, type UnscoredReason } from './evaluation-input';
import { formatDate, formatMoney, formatPercent } from './format';
import { listedCriteria } from '../../schemas/award-criteria';
import { awardCriteriaFor, lotName, lotWord } from './call';
import { markableItems, scoreOffers, type ScoringInput, type ScoringResult } from './scoring';
import { formatMark, scoringView, type ScoringView } from './scoring-view';

export interface ReportFact {
  label: string;
  value: string;
}

export interface ReportJustification {
  /** The criterion or sub-criterion marked. */
  item: string;
  name: string;
  /** `9/10`. */
  markText: string;
  justification: Markdown;
}

export interface ReportOffer {
  id: string;
  name: string;
  /** The response's title, when it has one. */
  responseTitle?: string;
  justifications: ReportJustification[];
  /** How its price was worked out when it is not a total the offer gives (the buyer's scenario, tariffs). */
  priceFormula?: string;
  /** On a call that is not scored: the criteria the committee did not appreciate for this offer. */
  unmarked?: string[];
  /** The committee's reason, as written in the evaluation. */
  decision?: string;
  abnormallyLowExplanation?: string;
  /** Sentences of the mandatory requirements the compliance engine found unmet. */
  failures: string[];
}

/** An offer as the committee records it when the call cannot be scored by weights. */
export interface UnscoredRow {
  id: string;
  name: string;
  /** The price compared (on the buyer's scenario when the call has one), or « non renseigné ». */
  priceText: string;
  /** How the price was computed, when it is not a plain total. */
  formula?: string;
  flags: ScoringResult['offers'][number]['flags'];
  /** The committee's rank (`1re`), « Écartée », or « non classée ». */
  rankText: string;
  rank?: number;
  retained: boolean;
  excluded: boolean;
  decision?: string;
}

export interface UnscoredView {
  reason: UnscoredReason;
  /** Why the call cannot be scored by weights. */
  explanation: string;
  /** What the committee records instead. */
  record: string;
  rows: UnscoredRow[];
  /** Whether a price is shown: the call asks one, or an offer gives one anyway. */
  priced: boolean;
}

interface ReportBase {
  id: string;
  title: string;
  tender: { id: string; title: string; buyer: string };
  /** The lot evaluated (`Lot 1 : Toulon`), when the call has lots. */
  lot?: { id: string; name: string };
  /** The sentence that sums the evaluation up: the ranking, or why there is none by points. */
  summary: string;
  /** `25 août 2022`. */
  date?: string;
  committee: string[];
  fictional: boolean;
  facts: ReportFact[];
  /** The engine's input and result: the prices and flags, and, when scored, the points. */
  input: ScoringInput;
  result: ScoringResult;
  /** In the order of the rows. */
  offers: ReportOffer[];
  conclusion?: Markdown;
}

export type EvaluationReport = (ReportBase & { kind: 'scored'; view: ScoringView }) | (ReportBase & { kind: 'unscored'; unscored: UnscoredView });

export type EvaluationReportResult = { ok: true; report: EvaluationReport } | { ok: false; error: string };

export function evaluationReport(corpus: Corpus, id: string, pagesOf?: Parameters<typeof evaluationContext>[2]): EvaluationReportResult {
  const built = evaluationContext(corpus, id, pagesOf);
  if (!built.ok) return built;
  const { evaluation, tender, lot, input, offers, unscored } = built.context;
  const e = evaluation.data;
  const result = scoreOffers(input);
  const view = unscored ? undefined : scoringView(input, result);
  const f = fr.evaluation.page.facts;
  const max = fr.evaluation.markOn;
  const lotLabel = lot && lotName(tender.data, lot);
  // What can be marked: the weighted items, or every criterion and sub-criterion the call lists.
  const listed = listedCriteria(awardCriteriaFor(tender.data, e.lot));
  const items = view ? markableItems(input.criteria) : listed.flatMap((c) => [{ id: c.id, name: c.name }, ...(c.subcriteria ?? []).map((sub) => ({ id: sub.id, name: sub.name }))]);
  const hasPrice = input.offers.some((o) => o.price);

  const facts: ReportFact[] = [
    { label: f.tender, value: tender.data.title },
    ...(lotLabel ? [{ label: fr.tender.page.lotFact(lotWord(tender.data)), value: lotLabel }] : []),
    ...(e.date ? [{ label: f.date, value: formatDate(e.date) }] : []),
    { label: f.offers, value: String(e.offers.length) },
    ...(view ? [{ label: f.priceMethod, value: view.method.name }] : []),
    ...(hasPrice ? [{ label: f.priceBasis, value: input.priceBasis }] : []),
    { label: f.scale, value: fr.site.scaleLabel(input.scale.min, input.scale.max) },
    ...(input.cap ? [{ label: f.cap, value: formatMoney(input.cap.max, { basis: input.cap.basis }) }] : []),
    ...(input.abnormallyLowThreshold !== undefined ? [{ label: f.threshold, value: f.thresholdValue(formatPercent(input.abnormallyLowThreshold, 1)) }] : []),
  ];

  const unscoredView = unscored ? unscoredRows(unscored, result, offers, tender.data.priceModel?.kind !== 'none') : undefined;
  const order = view ? view.rows.map((r) => r.id) : unscoredView!.rows.map((r) => r.id);
  const reportOffers = order.map((rowId): ReportOffer => {
    const context = offers.find((o) => o.id === rowId)!;
    const record = context.offer;
    const justifications = items.flatMap((item): ReportJustification[] => {
      const mark = record.marks.find((m) => m.criterion === item.id);
      return mark ? [{ item: item.id, name: item.name, markText: max(formatMark(mark.mark), formatMark(input.scale.max)), justification: mark.justification }] : [];
    });
    const marked = (id: string) => record.marks.some((m) => m.criterion === id);
    const unmarked = view ? [] : listed.filter((c) => !marked(c.id) && !(c.subcriteria ?? []).some((sub) => marked(sub.id))).map((c) => c.name);
    return {
      id: rowId,
      name: context.name,
      ...(context.response?.data.title && { responseTitle: context.response.data.title }),
      justifications,
      ...(context.compliance?.price?.formula && { priceFormula: context.compliance.price.formula }),
      ...(unmarked.length > 0 && { unmarked }),
      ...(record.reason && { decision: record.reason }),
      ...(record.abnormallyLowExplanation && { abnormallyLowExplanation: record.abnormallyLowExplanation }),
      failures: (context.compliance?.results ?? []).filter((r) => r.mandatory && r.verdict === 'not-met').map((r) => r.sentence),
    };
  });

  const base: ReportBase = {
    id: evaluation.id,
    title: e.title ?? tender.data.title,
    tender: { id: tender.id, title: tender.data.title, buyer: tender.data.buyer.name },
    ...(lot && lotLabel && { lot: { id: lot.id, name: lotLabel } }),
    summary: view ? view.rankingSentence : unscoredView!.explanation,
    ...(e.date && { date: formatDate(e.date) }),
    committee: e.committee ?? [],
    fictional: e.fictional === true,
    facts,
    input,
    result,
    offers: reportOffers,
    ...(e.conclusion && { conclusion: e.conclusion }),
  };
  return { ok: true, report: view ? { ...base, kind: 'scored', view } : { ...base, kind: 'unscored', unscored: unscoredView! } };
}

/** The offers of a call that cannot be scored by weights, in the committee's order. */
function unscoredRows(reason: UnscoredReason, result: ScoringResult, offers: EvaluationOfferContext[], priceAsked: boolean): UnscoredView {
  const u = fr.tender.unscored;
  const rows = offers.map((context): UnscoredRow => {
    const scored = result.offers.find((o) => o.id === context.id)!;
    const record = context.offer;
    const excluded = record.excluded === true;
    const formula = context.compliance?.price?.formula;
    return {
      id: context.id,
      name: context.name,
      priceText: scored.price === undefined ? fr.common.notProvided : formatMoney(scored.price, { basis: result.priceBasis }),
      ...(formula && { formula }),
      flags: scored.flags,
      rankText: excluded ? fr.evaluation.status.excluded : record.rank !== undefined ? fr.evaluation.status.ranked(fr.evaluation.ordinal(record.rank), offers.some((o) => o !== context && o.offer.rank === record.rank)) : u.notRanked,
      ...(record.rank !== undefined && { rank: record.rank }),
      retained: record.retained === true,
      excluded,
      ...(record.reason && { decision: record.reason }),
    };
  });
  const weight = (row: UnscoredRow) => (row.excluded ? 2 : row.rank === undefined ? 1 : 0);
  rows.sort((a, b) => weight(a) - weight(b) || (a.rank ?? 0) - (b.rank ?? 0));
  return { reason, explanation: u.why[reason], record: u.record[reason], rows, priced: priceAsked || rows.some((row) => row.priceText !== fr.common.notProvided) };
}
