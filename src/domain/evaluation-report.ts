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
import { evaluationContext } from './evaluation-input';
import { formatDate, formatMoney, formatPercent } from './format';
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
  /** The committee's reason, as written in the evaluation. */
  decision?: string;
  abnormallyLowExplanation?: string;
  /** Sentences of the mandatory requirements the compliance engine found unmet. */
  failures: string[];
}

export interface EvaluationReport {
  id: string;
  title: string;
  tender: { id: string; title: string; buyer: string };
  /** `25 août 2022`. */
  date?: string;
  committee: string[];
  fictional: boolean;
  facts: ReportFact[];
  input: ScoringInput;
  result: ScoringResult;
  view: ScoringView;
  /** In the order of `view.rows`. */
  offers: ReportOffer[];
  conclusion?: Markdown;
}

export type EvaluationReportResult = { ok: true; report: EvaluationReport } | { ok: false; error: string };

export function evaluationReport(corpus: Corpus, id: string, pagesOf?: Parameters<typeof evaluationContext>[2]): EvaluationReportResult {
  const built = evaluationContext(corpus, id, pagesOf);
  if (!built.ok) return built;
  const { evaluation, tender, input, offers } = built.context;
  const e = evaluation.data;
  const result = scoreOffers(input);
  const view = scoringView(input, result);
  const f = fr.evaluation.page.facts;
  const max = fr.evaluation.markOn;
  const items = markableItems(input.criteria);

  const facts: ReportFact[] = [
    { label: f.tender, value: tender.data.title },
    ...(e.date ? [{ label: f.date, value: formatDate(e.date) }] : []),
    { label: f.offers, value: String(e.offers.length) },
    { label: f.priceMethod, value: view.method.name },
    { label: f.priceBasis, value: input.priceBasis },
    { label: f.scale, value: view.scaleText },
    ...(input.cap ? [{ label: f.cap, value: formatMoney(input.cap.max, { basis: input.cap.basis }) }] : []),
    ...(input.abnormallyLowThreshold !== undefined ? [{ label: f.threshold, value: f.thresholdValue(formatPercent(input.abnormallyLowThreshold, 1)) }] : []),
  ];

  const reportOffers = view.rows.map((row): ReportOffer => {
    const context = offers.find((o) => o.id === row.id)!;
    const record = context.offer;
    const justifications = items.flatMap((item): ReportJustification[] => {
      const mark = record.marks.find((m) => m.criterion === item.id);
      return mark ? [{ item: item.id, name: item.name, markText: max(formatMark(mark.mark), formatMark(input.scale.max)), justification: mark.justification }] : [];
    });
    return {
      id: row.id,
      name: row.name,
      ...(context.response.data.title && { responseTitle: context.response.data.title }),
      justifications,
      ...(record.reason && { decision: record.reason }),
      ...(record.abnormallyLowExplanation && { abnormallyLowExplanation: record.abnormallyLowExplanation }),
      failures: (context.compliance?.results ?? []).filter((r) => r.mandatory && r.verdict === 'not-met').map((r) => r.sentence),
    };
  });

  return {
    ok: true,
    report: {
      id: evaluation.id,
      title: e.title ?? tender.data.title,
      tender: { id: tender.id, title: tender.data.title, buyer: tender.data.buyer.name },
      ...(e.date && { date: formatDate(e.date) }),
      committee: e.committee ?? [],
      fictional: e.fictional === true,
      facts,
      input,
      result,
      view,
      offers: reportOffers,
      ...(e.conclusion && { conclusion: e.conclusion }),
    },
  };
}
