/**
 * The thin adapter between the content and the scoring engine: an evaluation, its call, the
 * responses, their providers and programmes become the engine's plain input (criteria, weights,
 * scale, marks, prices HT and TTC, compliance verdicts, cap).
 *
 * Pure: the corpus comes in already read and validated.
 */
import type { Evaluation, Response, Tender } from '../../schemas/index';
import { weightedCriteria, type AwardCriteria } from '../../schemas/award-criteria';
import type { Lot } from '../../schemas/lot';
import { fr } from '../i18n/fr';
import { awardCriteriaFor, budgetCapFor, lotOf } from './call';
import { capBounds } from './call-format';
import { checkCompliance, type ComplianceReport } from './compliance';
import { manualCompliance } from './compliance-manual';
import { byId, invoicingProvider, offerName, type Corpus, type Entry } from './corpus';
import type { AmountBasis } from './money';
import type { ScoringInput } from './scoring';

export type EvaluationOffer = Evaluation['offers'][number];

export interface EvaluationOfferContext {
  /** The response id, or the id given to an offer received outside Passerelle. */
  id: string;
  name: string;
  /** Absent for an offer received outside Passerelle (`offer.manual`). */
  response?: Entry<Response>;
  /** The evaluation's record of the offer: marks, justifications, decision. */
  offer: EvaluationOffer;
  /**
   * Absent when the response's programme or provider cannot be found. For an offer received
   * outside Passerelle, the committee's own findings.
   */
  compliance?: ComplianceReport;
}

/**
 * Why a call cannot be scored by weights: its criteria are ranked, listed without weights, in a
 * document not provided, unknown, or not given at all.
 */
export type UnscoredReason = 'order' | 'unweighted' | 'not-provided' | 'unknown' | 'absent';

export interface EvaluationContext {
  evaluation: Entry<Evaluation>;
  tender: Entry<Tender>;
  /** The lot evaluated, when the call has lots. */
  lot?: Lot;
  /**
   * The engine's input. When the call cannot be scored by weights (`unscored`), it has no
   * criteria: the engine then only prices and flags the offers.
   */
  input: ScoringInput;
  unscored?: UnscoredReason;
  offers: EvaluationOfferContext[];
}

/** Why a call's criteria cannot be scored by weights, or undefined when they can. */
export function unscoredReason(award: AwardCriteria | undefined): UnscoredReason | undefined {
  if (!award) return 'absent';
  if (award.status !== 'stated') return award.status;
  if (award.weighting === 'order' || award.weighting === 'unweighted') return award.weighting;
  // Criteria whose weighting was not read are, for scoring, criteria not read.
  if (award.weighting === 'unknown') return 'unknown';
  return undefined;
}

export type EvaluationContextResult = { ok: true; context: EvaluationContext } | { ok: false; error: string };

/** The basis prices are compared on: the evaluation's, else the cap's, else TTC. */
export function comparisonBasis(evaluation: Evaluation, tender: Tender): AmountBasis {
  const cap = budgetCapFor(tender, evaluation.lot);
  return evaluation.priceBasis ?? (cap?.unit === 'euros' && cap.basis ? cap.basis : 'TTC');
}

/**
 * `pagesOf` gives a response's measured page counts when its call limits pages (the PDF's first
 * layout; see measureResponsePages): the evaluation then judges page limits as the PDF does.
 */
export function evaluationContext(
  corpus: Corpus,
  evaluationId: string,
  pagesOf?: (responseId: string) => { total?: number; sections?: Record<string, number> } | undefined,
): EvaluationContextResult {
  const evaluation = byId(corpus.evaluations, evaluationId);
  if (!evaluation) return { ok: false, error: fr.evaluation.cli.unknownEvaluation(evaluationId, corpus.evaluations.map((e) => e.id)) };
  const e = evaluation.data;
  const tender = byId(corpus.tenders, e.tender);
  if (!tender) return { ok: false, error: fr.evaluation.errors.unknownTender(e.tender) };
  const award = awardCriteriaFor(tender.data, e.lot);
  const weighted = weightedCriteria(award);
  const lot = lotOf(tender.data, e.lot);

  const offers = e.offers.flatMap((offer): EvaluationOfferContext[] => {
    if (offer.manual) return [{ id: offer.manual.id, name: offer.manual.provider, offer, compliance: manualCompliance(tender.data, lot ? e.lot : undefined, offer.manual) }];
    const response = offer.response === undefined ? undefined : byId(corpus.responses, offer.response);
    if (!response) return [];
    const programme = byId(corpus.programmes, response.data.programme);
    const provider = invoicingProvider(response.data, corpus);
    const references = provider?.data.references?.length ?? 0;
    const compliance =
      programme && provider ? checkCompliance({ tender: tender.data, response: response.data, programme: programme.data, regime: provider.data.vat, pages: pagesOf?.(response.id), references }) : undefined;
    return [{ id: response.id, name: offerName(response.data, corpus), response, offer, ...(compliance && { compliance }) }];
  });

  const cap = budgetCapFor(tender.data, e.lot);
  const input: ScoringInput = {
    weighting: weighted?.weighting ?? 'percentage',
    criteria: (weighted?.criteria ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      type: c.type,
      weight: c.weight,
      ...(c.subcriteria && { subcriteria: c.subcriteria.map((s) => ({ id: s.id, name: s.name, ...(s.weight !== undefined && { weight: s.weight }) })) }),
    })),
    scale: { min: e.scale.min, max: e.scale.max },
    priceMethod: e.priceMethod ?? 'proportional',
    priceBasis: comparisonBasis(e, tender.data),
    ...(cap?.unit === 'euros' && capBounds(cap).max && cap.basis && { cap: { max: capBounds(cap).max!.cents, basis: cap.basis } }),
    ...(e.abnormallyLowThreshold !== undefined && { abnormallyLowThreshold: e.abnormallyLowThreshold }),
    offers: offers.map(({ id, name, offer, compliance }) => ({
      id,
      name,
      ...(compliance && {
        ...(compliance.price && { price: { ht: compliance.price.ht, ttc: compliance.price.ttc } }),
        compliant: compliance.compliant,
        failures: compliance.results.filter((r) => r.mandatory && r.verdict === 'not-met').map((r) => r.label),
      }),
      marks: Object.fromEntries(offer.marks.map((m) => [m.criterion, m.mark])),
      ...(offer.excluded && { excluded: true }),
      ...(offer.reason && { reason: offer.reason }),
    })),
  };
  const unscored = unscoredReason(award);
  return { ok: true, context: { evaluation, tender, ...(lot && { lot }), input, ...(unscored && { unscored }), offers } };
}
