/**
 * The compliance engine: every requirement of a call (and of the chosen lot) evaluated against a
 * response and the programme it proposes. Each result is met, not met, or unknown (the data to
 * check it is missing), with the expected bound, the value found and a French sentence.
 *
 * Pure and generic: requirements are data (schemas/requirement.ts); nothing about one call is
 * written here.
 */
import type { Programme, Requirement, Response, Tender } from '../../schemas/index';
import type { ResponsePart } from '../../schemas/tender';
import type { VatRegime } from '../../schemas/vat';
import type { RequirementMeasure } from '../../schemas/requirement';
import type { WorkshopKind, WorkshopTheme } from '../../schemas/vocabulary';
import { fr } from '../i18n/fr';
import { plural } from '../i18n/sections/helpers';
import { budgetCapFor, deliverablesFor, lotOf, responseSectionsOf, scenarioFor, unreadOf } from './call';
import { capBounds, capText } from './call-format';
import { requirementsFor } from './cross-checks';
import { formatDurationBound, formatPathwayDuration, type DurationBound } from './duration-bound';
import { formatAgeRange, formatDurationRange, formatMoney, formatNumber, formatRange, readingsOf } from './format';
import type { Root, RootContent } from 'mdast';
import { closed, cohortsOf, span, type Span } from './metrics';
import { onBasis } from './money';
import { responsePrice, type Price } from './price';
import type { DurationRange, NumberRange } from './shorthand';

export type Verdict = 'met' | 'not-met' | 'unknown';

export interface RequirementResult {
  id: string;
  label: string;
  measure: Requirement['measure'];
  mandatory: boolean;
  /** The part of the call it comes from (« IV. Déroulé de l'action »). */
  where?: string;
  verdict: Verdict;
  /** The bound the call sets, in French. */
  expected: string;
  /** What the proposal gives, in French ("non renseigné" when absent). */
  found: string;
  /** One sentence a person can read. */
  sentence: string;
}

export interface ComplianceReport {
  results: RequirementResult[];
  counts: { met: number; notMet: number; unknown: number };
  /** No mandatory requirement is unmet. */
  compliant: boolean;
  /** Ids of mandatory requirements not met. */
  failures: string[];
  /** The price the offer is capped and compared on; absent for a call without price, or when it cannot be computed. */
  price?: Price;
}

export interface ComplianceInput {
  tender: Tender;
  response: Response;
  programme: Programme;
  /** The VAT regime the price is invoiced under (the provider's, or the consortium lead's). */
  regime: VatRegime;
  /** Page counts measured on the laid-out response, when known. */
  pages?: { total?: number; sections?: Record<string, number> };
  /** How many references the response cites (its provider's), for a deliverable that asks for them. */
  references?: number;
}

/** What a check finds: a verdict, the bound in French, the value found, and the sentence. */
type Outcome = Pick<RequirementResult, 'verdict' | 'expected' | 'found' | 'sentence'>;

const t = fr.compliance;
const s = t.sentence;

const met = (expected: string, found: string, sentence = s.met(found)): Outcome => ({ verdict: 'met', expected, found, sentence });
const notMet = (expected: string, found: string, sentence: string): Outcome => ({ verdict: 'not-met', expected, found, sentence });
const unknown = (expected: string, found: string, sentence: string): Outcome => ({ verdict: 'unknown', expected, found, sentence });

/** What every check reads: the call, the response, its programme, the price and measured pages. */
interface CheckContext extends ComplianceInput {
  price?: Price;
}

type RequirementOf = { [M in RequirementMeasure]: Extract<Requirement, { measure: M }> };
type Check<M extends RequirementMeasure> = (requirement: RequirementOf[M], context: CheckContext) => Outcome;

/** Whether a span lies inside a bound whose ends may be open. */
function within(value: Span, bound: NumberRange): boolean {
  return (bound.min === undefined || value.min >= bound.min) && (bound.max === undefined || value.max <= bound.max);
}

/** Converts a duration range to another unit when the conversion is exact (days ↔ weeks). */
function convert(range: DurationRange, unit: DurationRange['unit']): DurationRange | undefined {
  if (range.unit === unit) return range;
  if (range.unit === 'days' && unit === 'weeks') return { min: range.min / 7, max: range.max / 7, unit };
  if (range.unit === 'weeks' && unit === 'days') return { min: range.min * 7, max: range.max * 7, unit };
  return undefined;
}

/**
 * Whether a duration lies inside a bound, once in the bound's unit (false if it cannot be
 * converted). With allowed values (« 12 ou 24 mois »), the duration must be one of them.
 */
function durationWithin(duration: DurationRange, bound: DurationBound | DurationRange): boolean {
  const converted = convert(duration, bound.unit);
  if (converted === undefined) return false;
  if ('values' in bound && bound.values) return converted.min === converted.max && bound.values.includes(converted.min);
  return within(span(converted.min, converted.max), bound);
}

/** Workshops of a kind, per cohort: the sessions one participant of each cohort attends. */
function sessionsPerCohort(programme: Programme, kind: WorkshopKind) {
  const workshops = (programme.workshops ?? []).filter((w) => w.kind === kind);
  const cohorts = programme.cohorts ?? [];
  if (cohorts.length === 0) return { workshops, perGroup: [workshops] };
  const perGroup = cohorts.map((cohort) => workshops.filter((w) => cohortsOf(w, cohorts).includes(cohort)));
  return { workshops, perGroup };
}

const themeLabel = (theme: WorkshopTheme) => fr.vocab.workshopTheme[theme];

// ---------------------------------------------------------------------------------------------
// One check per measure

const groupCount: Check<'group-count'> = ({ bound }, { programme }) => {
  const cohorts = programme.cohorts ?? [];
  const expected = formatRange(bound);
  if (cohorts.length === 0) return unknown(expected, t.notProvided, s.noCohorts);
  const found = t.groups(cohorts.length);
  return within(span(cohorts.length), bound) ? met(expected, found) : notMet(expected, found, s.groupCountNot(cohorts.length, expected));
};

const groupSize: Check<'group-size'> = ({ bound }, { programme }) => {
  const cohorts = programme.cohorts ?? [];
  const expected = formatRange(bound);
  if (cohorts.length === 0) return unknown(expected, t.notProvided, s.noCohorts);
  const found = t.groupSizes(cohorts.map((k) => t.groupSize(k.name, k.size ? formatRange(k.size) : t.notProvided)));
  const outside = cohorts.filter((k) => closed(k.size) && !within(closed(k.size)!, bound));
  if (outside.length > 0) return notMet(expected, found, s.groupSizeNot(outside.map((k) => k.name), expected));
  const missing = cohorts.filter((k) => !closed(k.size));
  if (missing.length > 0) return unknown(expected, found, s.groupSizeUnknown(missing.map((k) => k.name)));
  return met(expected, found);
};

const programmeDuration: Check<'programme-duration'> = ({ bound }, { programme }) => {
  const expected = formatDurationBound(bound);
  if (!programme.duration) return unknown(expected, t.notProvided, s.durationUnknown);
  const found = formatPathwayDuration(programme.duration);
  // Several durations (from the sheet it was adapted from): the one proposed is the provider's to say.
  if (programme.duration.alternatives?.length) return unknown(expected, fr.facts.date.readings(readingsOf(programme.duration).map(formatPathwayDuration)), s.durationReadings);
  const converted = bound.days === 'business' ? undefined : convert(programme.duration, bound.unit);
  if (!converted) return unknown(expected, found, s.durationUnits(found, expected));
  // Only its longest is given (« 2 ans au plus »): every pathway is at most that long, the
  // shortest is not said. Within a maximum, it conforms; shorter than a minimum, it does not;
  // against a minimum it may reach, or a set of values, it is to check.
  if (programme.duration.atMost) {
    if (bound.min !== undefined && converted.max < bound.min) return notMet(expected, found, s.durationNot(found, expected));
    if (bound.min === undefined && !bound.values && bound.max !== undefined && converted.max <= bound.max) return met(expected, found);
    return unknown(expected, found, s.durationAtMost(found, expected));
  }
  return durationWithin(programme.duration, bound) ? met(expected, found) : notMet(expected, found, s.durationNot(found, expected));
};

const sessionCount: Check<'session-count'> = ({ bound, workshopKind }, { programme }) => {
  const kindName = fr.vocab.workshopKind[workshopKind];
  const kind = plural(bound.max ?? bound.min ?? 0, kindName.toLowerCase(), fr.vocab.workshopKindPlural[workshopKind]);
  const expected = t.sessionsOf(formatRange(bound), kind);
  const { workshops, perGroup } = sessionsPerCohort(programme, workshopKind);
  if (workshops.length === 0) {
    return bound.min !== undefined && bound.min > 0 ? notMet(expected, t.none, s.noWorkshopOfKind(kindName)) : met(expected, t.none);
  }
  const missing = workshops.filter((w) => !closed(w.sessions));
  if (missing.length > 0) return unknown(expected, t.notProvided, s.sessionCountUnknown(missing.map((w) => w.title)));
  const totals = perGroup.map((list) => list.reduce((acc, w) => span(acc.min + w.sessions!.min!, acc.max + w.sessions!.max!), span(0)));
  const value = span(Math.min(...totals.map((x) => x.min)), Math.max(...totals.map((x) => x.max)));
  const found = t.sessions(formatRange(value));
  return within(value, bound) ? met(expected, found) : notMet(expected, found, s.sessionCountNot(kind, formatRange(value), formatRange(bound)));
};

const sessionDuration: Check<'session-duration'> = ({ bound, workshopKind }, { programme }) => {
  const expected = formatDurationRange(bound);
  const workshops = (programme.workshops ?? []).filter((w) => w.kind === workshopKind);
  if (workshops.length === 0) return notMet(expected, t.none, s.noWorkshopOfKind(fr.vocab.workshopKind[workshopKind]));
  const found = [...new Set(workshops.map((w) => (w.sessionDuration ? formatDurationRange(w.sessionDuration) : t.notProvided)))].join(' ; ');
  const outside = workshops.filter((w) => w.sessionDuration && !durationWithin(w.sessionDuration, bound));
  if (outside.length > 0) return notMet(expected, found, s.sessionDurationNot(outside.map((w) => w.title), expected));
  const missing = workshops.filter((w) => !w.sessionDuration);
  if (missing.length > 0) return unknown(expected, found, s.sessionDurationUnknown(missing.map((w) => w.title)));
  return met(expected, found);
};

const workshopThemes: Check<'workshop-themes'> = ({ themes }, { programme }) => {
  const expected = t.allOf(themes.map(themeLabel));
  const covered = new Set((programme.workshops ?? []).flatMap((w) => w.themes ?? []));
  const missing = themes.filter((theme) => !covered.has(theme));
  if (covered.size === 0) return unknown(expected, t.notProvided, s.themesMissing(missing.map(themeLabel)));
  const found = t.themesList([...covered].filter((x) => themes.includes(x)).map(themeLabel)) || t.none;
  return missing.length === 0 ? met(expected, found) : notMet(expected, found, s.themesMissing(missing.map(themeLabel)));
};

const publicGender: Check<'public-gender'> = ({ gender }, { programme }) => {
  const expected = fr.vocab.gender[gender];
  const proposed = programme.public.gender;
  if (!proposed) return unknown(expected, t.notProvided, s.genderUnknown);
  const found = fr.vocab.gender[proposed];
  return proposed === gender ? met(expected, found) : notMet(expected, found, s.genderNot(found, expected));
};

const publicAge: Check<'public-age'> = ({ bound }, { programme }) => {
  const expected = formatAgeRange(bound);
  const age = programme.public.age;
  if (!age) return unknown(expected, t.notProvided, s.ageUnknown);
  const found = formatAgeRange(age);
  // An open end of the proposal (« plus de 30 ») cannot meet a closed end of the call.
  const inside = (bound.min === undefined || (age.min !== undefined && age.min >= bound.min)) && (bound.max === undefined || (age.max !== undefined && age.max <= bound.max));
  return inside ? met(expected, found) : notMet(expected, found, s.ageNot(found, expected));
};

const publicResidence: Check<'public-residence'> = ({ qpv }, { programme }) => {
  const expected = qpv ? t.qpvYes : t.qpvNo;
  const proposed = programme.public.residence?.qpv;
  if (proposed === undefined) return unknown(expected, t.notProvided, s.residenceUnknown);
  const found = proposed ? t.qpvYes : t.qpvNo;
  return !qpv || proposed ? met(expected, found) : notMet(expected, found, s.residenceNot);
};

/** The total an offer is capped on: its own, else the compared one (never a price for one person). */
function cappedAmount(price: Price): { ht: number; ttc: number } | undefined {
  if (price.own) return price.own;
  return price.basis === 'one-beneficiary' ? undefined : price;
}

const priceCap: Check<'price-cap'> = (_, { tender, response, price }) => {
  const cap = budgetCapFor(tender, response.lot);
  const capUnread = unreadOf(tender, 'budgetCap');
  if (!cap && capUnread) return unknown(fr.tender.page.unread(capUnread.where), price ? formatMoney(price.ttc, { basis: 'TTC' }) : t.noPrice, s.capUnread(capUnread.where));
  if (!cap) return unknown(t.notProvided, price ? formatMoney(price.ttc, { basis: 'TTC' }) : t.noPrice, s.noCap);
  if (cap.unit === 'beneficiaries') return beneficiaryBound(capBounds(cap), price, t.beneficiaries, capText(cap));
  const cents = capBounds(cap).max?.cents;
  if (cents === undefined) return unknown(capText(cap), price ? formatMoney(price.ttc, { basis: 'TTC' }) : t.noPrice, s.capMaxUnknown);
  const amount = price && cappedAmount(price);
  if (!amount) return unknown(t.priceAtMost(formatMoney(cents, cap.basis ? { basis: cap.basis } : {})), t.noPrice, s.noPriceToCap);
  if (!cap.basis) {
    // The call does not say HT or TTC: below the cap on both is met, above on both is not.
    const max = formatMoney(cents);
    const found = t.htAndTtc(formatMoney(amount.ht, { basis: 'HT' }), formatMoney(amount.ttc, { basis: 'TTC' }));
    if (amount.ttc <= cents) return met(t.priceAtMost(max), found);
    if (amount.ht > cents) return notMet(t.priceAtMost(max), found, s.priceNot(found, max));
    return unknown(t.priceAtMost(max), found, s.capBasisUnknown(max));
  }
  const value = onBasis(amount, cap.basis);
  const max = formatMoney(cents, { basis: cap.basis });
  const found = formatMoney(value, { basis: cap.basis });
  return value <= cents ? met(t.priceAtMost(max), found) : notMet(t.priceAtMost(max), found, s.priceNot(found, max));
};

/** The beneficiaries an offer prices, against a bound (a cap in beneficiaries, or a requirement). */
function beneficiaryBound(bound: NumberRange, price: Price | undefined, words: (range: string) => string, stated?: string): Outcome {
  const expected = bound.min === undefined && bound.max === undefined ? (stated ?? t.notProvided) : words(formatRange(bound));
  const count = price?.beneficiaries;
  if (count === undefined) return unknown(expected, t.notProvided, s.beneficiariesUnknown);
  const found = words(formatNumber(count));
  if (bound.min === undefined && bound.max === undefined) return unknown(expected, found, s.beneficiaryBoundUnknown);
  return within(span(count), bound) ? met(expected, found) : notMet(expected, found, s.beneficiariesNot(found, expected));
}

const beneficiaryCount: Check<'beneficiary-count'> = ({ bound }, { price }) => beneficiaryBound(bound, price, t.beneficiaries);

/** Whether a Markdown tree holds any text (a section of headings or blank lines has no content). */
function hasContent(node: Root | RootContent): boolean {
  if ('value' in node && typeof node.value === 'string') return node.type !== 'html' && node.value.trim() !== '';
  return 'children' in node && (node.children as RootContent[]).some((child) => child.type !== 'heading' && hasContent(child));
}

/** Whether the response holds a computed part a deliverable asks for. */
function partProvided(part: ResponsePart, { response, references }: CheckContext): boolean | undefined {
  if (part === 'planning') return (response.planning?.items.length ?? 0) > 0;
  if (part === 'price') return response.price !== undefined;
  if (part === 'references') return references === undefined ? undefined : references > 0;
  return true;
}

/**
 * A deliverable is provided when the response names the section or annex that holds it, that
 * section or annex exists and has content, and the computed parts it asks for (a retro-planning…)
 * are there. A place written in words only (`where`) does not count.
 */
const deliverables: Check<'deliverables'> = (_, context) => {
  const { tender, response } = context;
  const required = deliverablesFor(tender, response.lot).filter((d) => d.required);
  // The call has deliverables the reading did not reach: none known is not « all provided ».
  const unread = unreadOf(tender, 'deliverables');
  if (unread && !tender.deliverables && required.length === 0) return unknown(fr.tender.page.unread(unread.where), t.provided(0, 0), s.deliverablesUnread(unread.where));
  const expected = t.deliverablesAll(required.length);
  const problems: string[] = [];
  let unchecked = 0;
  for (const d of required) {
    const given = (response.deliverables ?? []).find((x) => x.deliverable === d.id);
    if (!given) {
      problems.push(s.deliverableAbsent(d.label));
      continue;
    }
    const answer = given.section ? response.answers.find((a) => a.section === given.section) : undefined;
    const annex = given.annex ? (response.annexes ?? []).find((a) => a.id === given.annex) : undefined;
    const body = answer?.body ?? annex?.body;
    if (!body) {
      problems.push(given.section ? s.deliverableSectionMissing(d.label, given.section) : s.deliverableAnnexMissing(d.label, given.annex!));
      continue;
    }
    if (!hasContent(body.mdast)) {
      problems.push(s.deliverableEmpty(d.label));
      continue;
    }
    const parts = (d.parts ?? []).map((part) => [part, partProvided(part, context)] as const);
    const missing = parts.filter(([, ok]) => ok === false).map(([part]) => fr.compliance.partName[part]);
    if (missing.length) problems.push(s.deliverablePartMissing(d.label, missing));
    else if (parts.some(([, ok]) => ok === undefined)) unchecked++;
  }
  const found = t.provided(required.length - problems.length - unchecked, required.length);
  if (problems.length) return notMet(expected, found, s.deliverablesMissing(problems));
  return unchecked ? unknown(expected, found, s.deliverablesUnchecked) : met(expected, found);
};

const responseSections: Check<'response-sections'> = (_, { tender, response }) => {
  const required = responseSectionsOf(tender).filter((x) => x.required);
  const unread = unreadOf(tender, 'responseSections');
  if (!tender.responseSections && unread) return unknown(fr.tender.page.unread(unread.where), t.sectionsAnswered(response.answers.length), s.sectionsUnread(unread.where));
  if (!tender.responseSections) return unknown(t.notProvided, t.sectionsAnswered(response.answers.length), s.sectionsNotGiven);
  const answered = new Set(response.answers.map((a) => a.section));
  const missing = required.filter((x) => !answered.has(x.id));
  const expected = t.sectionsAll(required.length);
  const found = t.provided(required.length - missing.length, required.length);
  return missing.length === 0 ? met(expected, found) : notMet(expected, found, s.sectionsMissing(missing.map((x) => x.title)));
};

const pageLimit: Check<'page-limit'> = ({ section, maxPages }, { tender, pages }) => {
  const expected = t.pagesAtMost(maxPages);
  const count = section ? pages?.sections?.[section] : pages?.total;
  if (count === undefined) return unknown(expected, t.notProvided, s.pagesUnknown);
  const title = responseSectionsOf(tender).find((x) => x.id === section)?.title;
  const where = title ? s.section(title) : s.wholeResponse;
  return count <= maxPages ? met(expected, t.pages(count)) : notMet(expected, t.pages(count), s.pagesNot(count, maxPages, where));
};

const commitment: Check<'commitment'> = ({ id }, { response }) => {
  const taken = (response.commitments ?? []).find((x) => x.requirement === id);
  return taken ? met(t.commitmentExpected, t.commitmentFound(taken.where)) : notMet(t.commitmentExpected, t.none, s.commitmentNot);
};

/** The check of each measure. A new measure is one function here and one row in the tests' table. */
const checks: { [M in RequirementMeasure]: Check<M> } = {
  'group-count': groupCount,
  'group-size': groupSize,
  'programme-duration': programmeDuration,
  'session-count': sessionCount,
  'session-duration': sessionDuration,
  'workshop-themes': workshopThemes,
  'public-gender': publicGender,
  'public-age': publicAge,
  'public-residence': publicResidence,
  'price-cap': priceCap,
  'beneficiary-count': beneficiaryCount,
  deliverables,
  'response-sections': responseSections,
  'page-limit': pageLimit,
  commitment,
};

function evaluate<M extends RequirementMeasure>(requirement: RequirementOf[M], context: CheckContext): Outcome {
  const check: Check<M> = checks[requirement.measure as M];
  return check(requirement, context);
}

export function checkCompliance(input: ComplianceInput): ComplianceReport {
  const { tender, response } = input;
  const price = responsePrice(response, input.regime, { model: tender.priceModel, scenario: scenarioFor(tender, response.lot) });
  const results = requirementsFor(tender, lotOf(tender, response.lot) ? response.lot : undefined).map((requirement): RequirementResult => ({
    id: requirement.id,
    label: requirement.label,
    measure: requirement.measure,
    mandatory: requirement.mandatory,
    ...(requirement.where && { where: requirement.where }),
    ...evaluate(requirement, { ...input, ...(price && { price }) }),
  }));
  const counts = {
    met: results.filter((r) => r.verdict === 'met').length,
    notMet: results.filter((r) => r.verdict === 'not-met').length,
    unknown: results.filter((r) => r.verdict === 'unknown').length,
  };
  const failures = results.filter((r) => r.mandatory && r.verdict === 'not-met').map((r) => r.id);
  return { results, counts, compliant: failures.length === 0, failures, ...(price && { price }) };
}
