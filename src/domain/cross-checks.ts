/**
 * Checks that look across files: a response names a call, lot, provider and programme that exist;
 * an evaluation names a call and responses to that call; marks use the call's criteria and the
 * evaluation's scale; a provider's references are programmes it took part in.
 *
 * Pure: the corpus comes in, issues (collection, entry id, field path, message) come out.
 */
import { fr } from '../i18n/fr';
import type { Named } from '../i18n/sections/helpers';
import { foldName } from '../../schemas/territories-data';
import type { Requirement, Tender } from '../../schemas/index';
import { listedCriteria, weightedCriteria, type Criterion } from '../../schemas/award-criteria';
import { awardCriteriaFor, deliverablesFor, lotOf, responseSectionsOf } from './call';
import { byId, offerDisplayName, type Corpus, type Entry } from './corpus';
import { duplicates } from './duplicates';
import { checkAnswers, checkPrice } from './response-checks';
import { formatDate, formatNumber } from './format';
import { endsBefore } from '../../schemas/date';
import { markableItems, markedBySubcriteria } from './scoring';
import { offerId } from '../../schemas/evaluation';
import { checkManualOffer } from './compliance-manual';

export interface CrossIssue {
  collection: keyof Corpus;
  id: string;
  path: Array<string | number>;
  rule: string;
  message: string;
  found?: string;
  expected?: string;
  hint?: string;
}

type Folder = keyof Corpus;
const singularOf: Record<Folder, string> = {
  programmes: 'programme',
  tenders: 'tender',
  providers: 'provider',
  responses: 'response',
  evaluations: 'evaluation',
};

function missingRef(corpus: Corpus, from: { collection: Folder; id: string; path: Array<string | number> }, target: Folder, id: string, draft = false): CrossIssue {
  const c = fr.check;
  return {
    ...from,
    rule: `ref/${singularOf[target]}`,
    message: draft ? c.draftRef[target](id) : c.missingRef[target](id),
    found: fr.common.quote(id),
    expected: c.refExpected(`content/${target}/`, corpus[target].map((e) => e.id)),
    hint: draft ? c.draftRefHint(`content/${target}/${id}`) : c.refHint(singularOf[target], id),
  };
}

function checkLot(
  tender: Entry<Tender>,
  lot: string | undefined,
  from: { collection: Folder; id: string },
): CrossIssue[] {
  const c = fr.check;
  const more = fr.details.check;
  const lots = tender.data.lots ?? [];
  if (lots.length === 0) {
    return lot ? [{ ...from, path: ['lot'], rule: 'ref/lot', message: c.lotUnexpected(tender.id), found: fr.common.quote(lot), expected: more.lotUnexpectedExpected, hint: c.lotUnexpectedHint }] : [];
  }
  if (!lot) {
    return [{ ...from, path: [], rule: 'ref/lot', message: c.lotRequired(tender.id), found: more.lotRequiredFound, expected: more.lotExpected(lots.map((l) => l.id)), hint: c.lotRequiredHint(lots.map((l) => l.id)) }];
  }
  if (!lots.some((l) => l.id === lot)) {
    return [{ ...from, path: ['lot'], rule: 'ref/lot', message: c.lotMissing(lot, tender.id), found: fr.common.quote(lot), expected: more.lotExpected(lots.map((l) => l.id)), hint: c.lotRequiredHint(lots.map((l) => l.id)) }];
  }
  return [];
}

/**
 * Every requirement of a call that applies to a lot: the call's own, the lot's, and one page limit
 * per response section that sets `pageLimit` (unless a requirement already limits that section).
 */
export function requirementsFor(tender: Tender, lot: string | undefined): Requirement[] {
  const stated = statedRequirements(tender, lot);
  const limited = new Set(stated.flatMap((q) => (q.measure === 'page-limit' && q.section ? [q.section] : [])));
  const fromSections: Requirement[] = responseSectionsOf(tender)
    .filter((section) => section.pageLimit !== undefined && !limited.has(section.id))
    .map((section) => ({
      id: `pages-${section.id}`,
      label: fr.compliance.sectionPageLimit(section.title, section.pageLimit!),
      measure: 'page-limit',
      mandatory: true,
      section: section.id,
      maxPages: section.pageLimit!,
    }));
  return [...stated, ...fromSections];
}

/** The requirements a call writes out for a lot (those a response's commitments can answer). */
function statedRequirements(tender: Tender, lot: string | undefined): Requirement[] {
  return [...(tender.requirements ?? []), ...(lotOf(tender, lot)?.requirements ?? [])];
}

/** Every criterion and sub-criterion id a lot of a call (or the call) lists. */
export function criterionIds(tender: Tender, lot?: string): string[] {
  return listedCriteria(awardCriteriaFor(tender, lot)).flatMap((c) => [c.id, ...(c.subcriteria ?? []).map((s) => s.id)]);
}

/** The criteria to mark, as the scoring engine reads them: weighted ones, or none. */
export function scoringCriteria(criteria: readonly Criterion[]) {
  return criteria.map((c) => ({ id: c.id, name: c.name, type: c.type ?? ('quality' as const), weight: c.weight ?? 0, ...(c.subcriteria && { subcriteria: c.subcriteria }) }));
}

/**
 * A criterion or sub-criterion of the call as the messages name it: by the call's name, with the id
 * the evaluation's file uses (`sub` for a sub-criterion); by its id alone when the call has no such
 * criterion.
 */
function namedCriterion(criteria: ReturnType<typeof scoringCriteria>, id: string): Named & { sub?: boolean } {
  for (const k of criteria) {
    if (k.id === id) return { id, name: k.name };
    const sub = (k.subcriteria ?? []).find((s) => s.id === id);
    if (sub) return { id, name: sub.name, sub: true };
  }
  return { id };
}

/**
 * The marking rule (see src/domain/scoring.ts): a quality criterion whose sub-criteria are weighted
 * is marked sub-criterion by sub-criterion; otherwise it is marked as a whole. Each item is marked
 * once, and every item of an offer the committee keeps is marked. An excluded offer says why.
 */
function checkMarks(
  offer: Corpus['evaluations'][number]['data']['offers'][number],
  i: number,
  criteria: ReturnType<typeof scoringCriteria>,
  from: { collection: 'evaluations'; id: string },
  known: (id: string) => boolean,
  scored: boolean,
  offerNamed: Named,
): CrossIssue[] {
  const c = fr.evaluation.check;
  const more = fr.details.evaluation;
  const issues: CrossIssue[] = [];
  const criterionNamed = (id: string) => namedCriterion(criteria, id);
  const repeated = duplicates(offer.marks, (mark) => mark.criterion);
  offer.marks.forEach((mark, j) => {
    const path = ['offers', i, 'marks', j, 'criterion'];
    const markNamed = criterionNamed(mark.criterion);
    if (repeated.has(j)) issues.push({ ...from, path, rule: 'evaluation/note-double', message: c.duplicateMark(markNamed), found: fr.common.quote(mark.criterion), expected: more.markTwiceExpected, hint: c.duplicateMarkHint });
    const whole = criteria.find((k) => k.id === mark.criterion);
    if (whole && whole.type === 'quality' && markedBySubcriteria(whole)) {
      const subs = whole.subcriteria!.map((s) => s.id);
      issues.push({ ...from, path, rule: 'evaluation/sous-criteres', message: c.wholeCriterionHasWeightedSubs(markNamed, subs.map(criterionNamed)), found: fr.common.quote(mark.criterion), expected: more.wholeCriterionExpected(subs), hint: c.wholeCriterionHasWeightedSubsHint });
    }
    const parent = criteria.find((k) => (k.subcriteria ?? []).some((s) => s.id === mark.criterion));
    if (parent && !markedBySubcriteria(parent))
      issues.push({ ...from, path, rule: 'evaluation/sous-criteres', message: c.unweightedSubMarked(markNamed, criterionNamed(parent.id)), found: fr.common.quote(mark.criterion), expected: more.unweightedSubExpected(parent.id), hint: c.unweightedSubMarkedHint });
  });
  // A mark on an unknown or price criterion, or at the wrong level, is reported first: once it is
  // fixed, the marks still missing are.
  const wellPlaced = offer.marks.every((m) => known(m.criterion)) && !issues.some((x) => x.rule === 'evaluation/sous-criteres');
  if (scored && !offer.excluded && wellPlaced) {
    const marked = new Set(offer.marks.map((m) => m.criterion));
    const missing = markableItems(criteria).filter((item) => !marked.has(item.id));
    if (missing.length > 0)
      issues.push({ ...from, path: ['offers', i, 'marks'], rule: 'evaluation/note-manquante', message: c.missingMarks(offerNamed, missing), found: more.missingMarksFound(offer.marks.map((m) => m.criterion)), expected: more.missingMarksExpected(markableItems(criteria).map((item) => item.id)), hint: c.missingMarksHint });
  }
  if (scored && (offer.rank !== undefined || offer.retained !== undefined))
    issues.push({ ...from, path: ['offers', i, offer.rank !== undefined ? 'rank' : 'retained'], rule: 'evaluation/rang', message: fr.tender.check.rankOnlyUnscored, found: fr.tender.check.rankFound(offer.rank !== undefined ? 'rank' : 'retained'), expected: fr.tender.check.rankExpected, hint: fr.tender.check.rankOnlyUnscoredHint });
  if (offer.excluded && !offer.reason)
    issues.push({ ...from, path: ['offers', i, 'excluded'], rule: 'evaluation/exclusion', message: c.excludedWithoutReason(offerNamed), found: more.excludedFound, expected: more.excludedExpected, hint: c.excludedWithoutReasonHint });
  return issues;
}

/**
 * `known`: the ids of every file of each collection, including files that did not validate. A
 * reference to one of those is not reported as missing (the file's own errors say what is wrong),
 * so the checks can run even while other files have errors.
 *
 * `drafts`: the ids of drafts that cannot be read yet (their required fields are missing). A
 * reference to one of them is reported, since nothing else stops the build on a draft.
 */
export function crossCheck(corpus: Corpus, known?: Partial<Record<Folder, ReadonlySet<string>>>, drafts?: Partial<Record<Folder, ReadonlySet<string>>>): CrossIssue[] {
  const c = fr.check;
  const more = fr.details.check;
  const marks = fr.details.evaluation;
  const issues: CrossIssue[] = [];
  const isDraft = (target: Folder, id: string) => drafts?.[target]?.has(id) === true;
  const missing = (target: Folder, id: string) => !byId(corpus[target] as Entry<unknown>[], id) && (!known?.[target]?.has(id) || isDraft(target, id));
  const ref = (from: { collection: Folder; id: string; path: Array<string | number> }, target: Folder, id: string) => missingRef(corpus, from, target, id, isDraft(target, id));

  for (const programme of corpus.programmes) {
    const from = { collection: 'programmes' as const, id: programme.id };
    const derived = programme.data.derivedFrom;
    if (derived && missing('programmes', derived)) issues.push(ref({ ...from, path: ['derivedFrom'] }, 'programmes', derived));
  }

  for (const provider of corpus.providers) {
    const from = { collection: 'providers' as const, id: provider.id };
    (provider.data.references ?? []).forEach((reference, i) => {
      if (!reference.programme) return;
      const programme = byId(corpus.programmes, reference.programme);
      const path = ['references', i, 'programme'];
      if (!programme) {
        if (missing('programmes', reference.programme)) issues.push(ref({ ...from, path }, 'programmes', reference.programme));
        return;
      }
      if (programme.data.status === 'proposed') {
        issues.push({ ...from, path, rule: 'reference/statut', message: c.referenceNotPublished(programme.id), found: more.referenceStatusFound(programme.data.status), expected: more.referenceStatusExpected, hint: c.referenceNotPublishedHint });
      }
      const name = foldName(provider.data.name);
      const names = [...programme.data.carriers.map((o) => o.name), ...(programme.data.partners ?? []).map((p) => p.name)];
      if (!names.some((n) => foldName(n) === name))
        issues.push({ ...from, path, rule: 'reference/porteur', message: c.referenceNotProvider(programme.id, provider.data.name), found: more.referenceProviderFound(names), expected: more.referenceProviderExpected(provider.data.name), hint: c.referenceNotProviderHint });
    });
  }

  for (const tender of corpus.tenders) {
    const sectionIds = responseSectionsOf(tender.data).map((s) => s.id);
    const check = (requirements: Requirement[] | undefined, path: Array<string | number>) =>
      (requirements ?? []).forEach((q, i) => {
        if (q.measure === 'page-limit' && q.section && !sectionIds.includes(q.section))
          issues.push({ collection: 'tenders', id: tender.id, path: [...path, i, 'section'], rule: 'ref/section', message: c.sectionUnknown(q.section, tender.id), found: fr.common.quote(q.section), expected: more.sectionExpected(sectionIds), hint: c.sectionHint(sectionIds) });
      });
    check(tender.data.requirements, ['requirements']);
    (tender.data.lots ?? []).forEach((lot, l) => check(lot.requirements, ['lots', l, 'requirements']));
    (tender.data.related ?? []).forEach((link, i) => {
      if (missing('tenders', link.tender)) issues.push(ref({ collection: 'tenders', id: tender.id, path: ['related', i, 'tender'] }, 'tenders', link.tender));
    });
  }

  for (const response of corpus.responses) {
    const from = { collection: 'responses' as const, id: response.id };
    const r = response.data;
    const tender = byId(corpus.tenders, r.tender);
    if (!tender && missing('tenders', r.tender)) issues.push(ref({ ...from, path: ['tender'] }, 'tenders', r.tender));
    if (r.provider && missing('providers', r.provider)) issues.push(ref({ ...from, path: ['provider'] }, 'providers', r.provider));
    if (r.consortium) {
      if (missing('providers', r.consortium.lead)) issues.push(ref({ ...from, path: ['consortium', 'lead'] }, 'providers', r.consortium.lead));
      r.consortium.members.forEach((member, i) => {
        if (member.provider && missing('providers', member.provider))
          issues.push(ref({ ...from, path: ['consortium', 'members', i, 'provider'] }, 'providers', member.provider));
      });
    }
    const proposed = byId(corpus.programmes, r.programme);
    if (missing('programmes', r.programme)) issues.push(ref({ ...from, path: ['programme'] }, 'programmes', r.programme));
    else if (proposed && proposed.data.status !== 'proposed')
      issues.push({ ...from, path: ['programme'], rule: 'reponse/programme-propose', message: c.responseProgrammeStatus(proposed.id), found: more.responseProgrammeFound(proposed.data.status), expected: more.responseProgrammeExpected, hint: c.responseProgrammeStatusHint });
    if (!tender) continue;
    issues.push(...checkLot(tender, r.lot, from));
    issues.push(...checkAnswers(tender, response));
    issues.push(...checkPrice(tender, response));
    const lot = lotOf(tender.data, r.lot) ? r.lot : undefined;
    const deliverableIds = deliverablesFor(tender.data, lot).map((d) => d.id);
    const answered = r.answers.map((a) => a.section);
    const annexes = (r.annexes ?? []).map((a) => a.id);
    (r.deliverables ?? []).forEach((d, i) => {
      const path = ['deliverables', i];
      if (!deliverableIds.includes(d.deliverable))
        issues.push({ ...from, path: [...path, 'deliverable'], rule: 'ref/livrable', message: c.deliverableUnknown(d.deliverable, tender.id), found: fr.common.quote(d.deliverable), expected: more.deliverableExpected(deliverableIds), hint: c.deliverableHint(deliverableIds) });
      if (d.section && !answered.includes(d.section))
        issues.push({ ...from, path: [...path, 'section'], rule: 'ref/section-reponse', message: fr.tender.check.deliverableSection(d.section), found: fr.common.quote(d.section), expected: fr.tender.check.deliverableSectionExpected(answered), hint: fr.tender.check.deliverableSectionHint(answered) });
      if (d.annex && !annexes.includes(d.annex))
        issues.push({ ...from, path: [...path, 'annex'], rule: 'ref/annexe', message: fr.tender.check.deliverableAnnex(d.annex), found: fr.common.quote(d.annex), expected: fr.tender.check.deliverableAnnexExpected(annexes), hint: fr.tender.check.deliverableAnnexHint(annexes) });
    });
    const requirementIds = statedRequirements(tender.data, lot).map((q) => q.id);
    (r.commitments ?? []).forEach((commitment, i) => {
      if (!requirementIds.includes(commitment.requirement))
        issues.push({ ...from, path: ['commitments', i, 'requirement'], rule: 'ref/exigence', message: c.requirementUnknown(commitment.requirement, tender.id), found: fr.common.quote(commitment.requirement), expected: more.requirementExpected(requirementIds), hint: c.requirementHint(requirementIds) });
    });
  }

  for (const evaluation of corpus.evaluations) {
    const from = { collection: 'evaluations' as const, id: evaluation.id };
    const e = evaluation.data;
    const tender = byId(corpus.tenders, e.tender);
    if (!tender) {
      if (missing('tenders', e.tender)) issues.push(ref({ ...from, path: ['tender'] }, 'tenders', e.tender));
    } else {
      issues.push(...checkLot(tender, e.lot, from));
    }
    const award = tender ? awardCriteriaFor(tender.data, e.lot) : undefined;
    const ids = tender ? criterionIds(tender.data, e.lot) : [];
    const listed = scoringCriteria(listedCriteria(award));
    const priceIds = listed.filter((k) => k.type !== 'quality').map((k) => k.id);
    const weighted = weightedCriteria(award);
    if (weighted && !e.priceMethod && weighted.criteria.some((k) => k.type !== 'quality'))
      issues.push({ ...from, path: [], rule: 'evaluation/methode-prix', message: fr.tender.check.priceMethodMissing, found: fr.tender.check.priceMethodFound, expected: fr.tender.check.priceMethodExpected, hint: fr.tender.check.priceMethodMissingHint });
    const offeredTwice = duplicates(e.offers, offerId);
    e.offers.forEach((offer, i) => {
      const response = offer.response === undefined ? undefined : byId(corpus.responses, offer.response);
      const offerNamed = { id: offerId(offer), name: offerDisplayName(offer, corpus) };
      issues.push(...checkMarks(offer, i, listed, from, (id) => ids.includes(id) && !priceIds.includes(id), weighted !== undefined, offerNamed));
      if (offer.manual) {
        if (tender) issues.push(...checkManualOffer(offer.manual, tender, e.lot, { ...from, path: ['offers', i, 'manual'] }));
      } else if (!response) {
        if (offer.response !== undefined && missing('responses', offer.response)) issues.push(ref({ ...from, path: ['offers', i, 'response'] }, 'responses', offer.response));
      } else if (tender && response.data.tender !== tender.id) {
        // A response to a call that does not exist is reported on the response itself.
        if (byId(corpus.tenders, response.data.tender))
          issues.push({ ...from, path: ['offers', i, 'response'], rule: 'evaluation/appel', message: c.evaluationOtherTender(offerNamed, response.data.tender, tender.id), found: more.otherTenderFound(response.data.tender), expected: more.otherTenderExpected(tender.id), hint: c.evaluationOtherTenderHint });
      } else if (tender && response.data.lot !== e.lot && (tender.data.lots ?? []).some((l) => l.id === response.data.lot))
        issues.push({ ...from, path: ['offers', i, 'response'], rule: 'evaluation/lot', message: c.evaluationOtherLot(offerNamed, response.data.lot ?? '', e.lot ?? ''), found: more.otherLotFound(response.data.lot ?? ''), expected: more.otherLotExpected(e.lot ?? ''), hint: c.evaluationOtherTenderHint });
      const deadline = tender?.data.dates?.deadline?.at;
      if (deadline && offer.received && endsBefore(deadline, offer.received) && !offer.excluded)
        issues.push({ ...from, path: ['offers', i, 'received'], rule: 'evaluation/hors-delai', message: c.evaluationLate(offerNamed, formatDate(offer.received), formatDate(deadline)), found: formatDate(offer.received), expected: c.evaluationLateExpected(formatDate(deadline)), hint: c.evaluationLateHint });
      if (offeredTwice.has(i)) issues.push({ ...from, path: ['offers', i, offer.manual ? 'manual' : 'response'], rule: 'evaluation/doublon', message: c.evaluationDuplicate(offerNamed), found: fr.common.quote(offerId(offer)), expected: more.evaluatedTwiceExpected, hint: more.evaluatedTwiceHint });
      offer.marks.forEach((mark, j) => {
        const path = ['offers', i, 'marks', j];
        if (tender && !ids.includes(mark.criterion))
          issues.push({ ...from, path: [...path, 'criterion'], rule: 'evaluation/critere', message: c.criterionUnknown(mark.criterion, tender.id), found: fr.common.quote(mark.criterion), expected: marks.criterionExpected(ids), hint: c.criterionHint(ids) });
        else if (priceIds.includes(mark.criterion))
          issues.push({ ...from, path: [...path, 'criterion'], rule: 'evaluation/critere-prix', message: c.priceCriterionMarked(namedCriterion(listed, mark.criterion)), found: fr.common.quote(mark.criterion), expected: marks.priceMarkedExpected, hint: c.priceCriterionMarkedHint });
        if (mark.mark < e.scale.min || mark.mark > e.scale.max)
          issues.push({ ...from, path: [...path, 'mark'], rule: 'evaluation/echelle', message: c.markOutOfScale(formatNumber(mark.mark), formatNumber(e.scale.min), formatNumber(e.scale.max)), found: formatNumber(mark.mark), expected: marks.scaleExpected(formatNumber(e.scale.min), formatNumber(e.scale.max)), hint: c.markOutOfScaleHint(formatNumber(e.scale.min), formatNumber(e.scale.max)) });
      });
    });
  }

  return issues;
}
