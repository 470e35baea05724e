/**
 * An offer received outside Passerelle (a Word or PDF file, entered by hand in the evaluation):
 * its price from what the offer writes (a lump sum HT or TTC, or lines HT, under its VAT regime),
 * and its compliance from the committee's own findings, requirement by requirement, instead of a
 * verdict computed from a programme the offer does not have. A requirement without a finding is
 * « à vérifier », never met by default.
 *
 * Pure.
 */
import type { Tender } from '../../schemas/index';
import type { ManualOffer } from '../../schemas/manual-offer';
import { fr } from '../i18n/fr';
import type { ComplianceReport, RequirementResult, Verdict } from './compliance';
import { requirementsFor, type CrossIssue } from './cross-checks';
import { duplicates } from './duplicates';
import { fromHt, fromTtc, sumCents } from './money';
import { priceLines, type Price } from './price';

const t = fr.evaluation.manual;
const verdictOf = { met: 'met', 'not-met': 'not-met', 'not-checked': 'unknown' } as const satisfies Record<string, Verdict>;

/** The price of a manual offer, HT and TTC under its VAT regime; absent when the offer gives none. */
export function manualPrice(offer: ManualOffer): Price | undefined {
  const price = offer.price;
  if (!price) return undefined;
  if (price.lines) {
    const lines = priceLines(price.lines);
    return { ...fromHt(sumCents(lines.map((l) => l.totalCents)), price.vat), lines, regime: price.vat, basis: 'lines' };
  }
  if (!price.lumpSum?.basis) return undefined;
  const breakdown = price.lumpSum.basis === 'HT' ? fromHt(price.lumpSum.cents, price.vat) : fromTtc(price.lumpSum.cents, price.vat);
  return { ...breakdown, lines: [], regime: price.vat, basis: 'lines' };
}

/** The requirements of the call (and lot) with the committee's findings as verdicts. */
export function manualCompliance(tender: Tender, lot: string | undefined, offer: ManualOffer): ComplianceReport {
  const findings = new Map((offer.findings ?? []).map((f) => [f.requirement, f]));
  const results = requirementsFor(tender, lot).map((requirement): RequirementResult => {
    const finding = findings.get(requirement.id);
    const label = finding ? fr.evaluation.manual.finding[finding.finding] : undefined;
    return {
      id: requirement.id,
      label: requirement.label,
      measure: requirement.measure,
      mandatory: requirement.mandatory,
      ...(requirement.where && { where: requirement.where }),
      verdict: finding ? verdictOf[finding.finding] : 'unknown',
      expected: t.expected,
      found: label ? t.found(label) : fr.common.notProvided,
      sentence: label ? t.sentence(label, finding?.note) : t.noFinding,
    };
  });
  const counts = {
    met: results.filter((r) => r.verdict === 'met').length,
    notMet: results.filter((r) => r.verdict === 'not-met').length,
    unknown: results.filter((r) => r.verdict === 'unknown').length,
  };
  const failures = results.filter((r) => r.mandatory && r.verdict === 'not-met').map((r) => r.id);
  const price = manualPrice(offer);
  return { results, counts, compliant: failures.length === 0, failures, ...(price && { price }) };
}

/** The findings name requirements of the call, once each; the offer answers the lot evaluated. */
export function checkManualOffer(offer: ManualOffer, tender: { id: string; data: Tender }, lot: string | undefined, from: Pick<CrossIssue, 'collection' | 'id' | 'path'>): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const ids = requirementsFor(tender.data, lot).map((r) => r.id);
  const findings = offer.findings ?? [];
  const twice = duplicates(findings, (f) => f.requirement);
  findings.forEach((f, j) => {
    const path = [...from.path, 'findings', j, 'requirement'];
    if (!ids.includes(f.requirement))
      issues.push({ ...from, path, rule: 'evaluation/exigence', message: t.findingUnknown(f.requirement, tender.id), found: fr.common.quote(f.requirement), expected: fr.details.check.requirementExpected(ids), hint: t.findingUnknownHint });
    else if (twice.has(j)) issues.push({ ...from, path, rule: 'evaluation/exigence-double', message: t.findingTwice(f.requirement), found: fr.common.quote(f.requirement), hint: t.findingTwiceHint });
  });
  if (offer.lot !== undefined && lot !== undefined && offer.lot !== lot)
    issues.push({ ...from, path: [...from.path, 'lot'], rule: 'evaluation/lot', message: fr.check.evaluationOtherLot({ id: offer.id, name: offer.provider }, offer.lot, lot), found: fr.details.check.otherLotFound(offer.lot), expected: fr.details.check.otherLotExpected(lot), hint: fr.check.evaluationOtherTenderHint });
  return issues;
}
