/**
 * Checks of a response against its call: its answers follow the call's sections (or name their
 * own when the call gives none), and its price is written the way the call prices offers (no price
 * for a subsidy call, a price per beneficiary for a call that counts them, a price for every unit of
 * work).
 *
 * Pure: a call and a response in, issues out (see cross-checks.ts).
 */
import type { Response, Tender } from '../../schemas/index';
import { fr } from '../i18n/fr';
import type { Entry } from './corpus';
import type { CrossIssue } from './cross-checks';
import { duplicates } from './duplicates';

export function checkAnswers(tender: Entry<Tender>, response: Entry<Response>): CrossIssue[] {
  const c = fr.check;
  const from = { collection: 'responses' as const, id: response.id };
  const sections = tender.data.responseSections;
  const sectionIds = (sections ?? []).map((s) => s.id);
  const issues: CrossIssue[] = [];
  const answeredTwice = duplicates(response.data.answers, (answer) => answer.section);
  response.data.answers.forEach((answer, i) => {
    const first = answeredTwice.get(i);
    if (sections && !sectionIds.includes(answer.section)) {
      issues.push({ ...from, path: ['answers', i, 'section'], rule: 'ref/section', message: c.sectionUnknown(answer.section, tender.id), found: fr.common.quote(answer.section), expected: fr.details.check.sectionExpected(sectionIds), hint: c.sectionHint(sectionIds) });
    } else if (first !== undefined) {
      issues.push({ ...from, path: ['answers', i, 'section'], rule: 'ref/section', message: fr.schema.duplicateId(answer.section, first), found: fr.common.quote(answer.section), expected: fr.details.check.sectionOnceExpected, hint: fr.details.check.sectionOnceHint });
    }
    if (!sections && !answer.title)
      issues.push({ ...from, path: ['answers', i], rule: 'reponse/titre', message: fr.tender.check.answerTitle(tender.id), found: fr.tender.check.answerTitleFound, expected: fr.tender.check.answerTitleExpected, hint: fr.tender.check.answerTitleHint });
  });
  return issues;
}

export function checkPrice(tender: Entry<Tender>, response: Entry<Response>): CrossIssue[] {
  const t = fr.tender.check;
  const model = tender.data.priceModel;
  if (!model) return [];
  const from = { collection: 'responses' as const, id: response.id };
  const price = response.data.price;
  const issue = (path: Array<string | number>, message: string, found: string, expected: string, hint: string): CrossIssue => ({ ...from, path, rule: 'reponse/prix', message, found, expected, hint });
  const label = fr.tender.vocab.priceModel[model.kind];
  const absent = fr.diagnostics.value.missing;
  if (model.kind === 'none') return price ? [issue(['price'], t.priceNotAsked(tender.id), t.priceFound, t.priceNotAskedExpected, t.priceNotAskedHint)] : [];
  if (!price) return [issue([], t.priceMissing(tender.id, label), absent, t.priceMissingExpected(label), t.priceMissingHint)];
  if ((model.kind === 'per-beneficiary' || model.kind === 'result-based') && !price.perBeneficiary)
    return [issue(['price'], t.perBeneficiaryMissing(label), absent, t.perBeneficiaryExpected, t.perBeneficiaryMissingHint)];
  if (model.kind === 'lump-sum' && !price.lines) return [issue(['price'], t.linesMissing, absent, t.linesExpected, t.linesMissingHint)];
  if (model.kind !== 'unit-rates') return [];
  const units = (model.units ?? []).map((u) => u.id);
  const issues: CrossIssue[] = [];
  (price.unitRates ?? []).forEach((rate, i) => {
    if (!units.includes(rate.unit)) issues.push(issue(['price', 'unitRates', i, 'unit'], t.unitUnknown(rate.unit, units), fr.common.quote(rate.unit), t.unitExpected(units), t.unitUnknownHint));
  });
  const priced = new Set((price.unitRates ?? []).map((r) => r.unit));
  const unpriced = units.filter((u) => !priced.has(u));
  if (unpriced.length && !price.lines) issues.push(issue(['price'], t.unitsUnpriced(unpriced), t.unitsUnpricedFound(unpriced), t.unitsUnpricedExpected, t.unitsUnpricedHint));
  return issues;
}
