/**
 * The compliance engine: every requirement of a call (and of the chosen lot) evaluated against a
 * response and the programme it proposes. Each result is met, not met, or unknown (the data to
 * check it is missing), with the expected bound, the value found and a French sentence.
 *
 * Pure and generic: requirements are data (schemas/requirement.ts); nothing about one call is
 * written here.
 */
import type { Programme, Requirement, Response, Tender } from '../../schemas/index';
import type { VatRegime } from '../../schemas/vat';
import type { WorkshopKind } from '../../schemas/vocabulary';
import { fr } from '../i18n/fr';
import { requirementsFor } from './cross-checks';
import { formatAgeRange, formatDurationRange, formatMoney, formatRange } from './format';
import { closed, cohortsOf, programmeMetrics, span, type Span } from './metrics';
import { onBasis } from './money';
import { responsePrice, type Price } from './price';
import type { DurationRange, NumberRange } from './shorthand';

export type Verdict = 'met' | 'not-met' | 'unknown';

export interface RequirementResult {
  id: string;
  label: string;
  measure: Requirement['measure'];
  mandatory: boolean;
  source?: string;
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
  price: Price;
}

export interface ComplianceInput {
  tender: Tender;
  response: Response;
  programme: Programme;
  /** The VAT regime the price is invoiced under (the provider's, or the consortium lead's). */
  regime: VatRegime;
  /** Page counts measured on the laid-out response, when known. */
  pages?: { total?: number; sections?: Record<string, number> };
}

const c = () => fr.compliance;

/** Whether a span lies inside a bound whose ends may be open. */
function within(value: Span, bound: NumberRange): boolean {
  return (bound.min === undefined || value.min >= bound.min) && (bound.max === undefined || value.max <= bound.max);
}

function rangeText(range: NumberRange): string {
  return formatRange(range);
}

function spanText(value: Span): string {
  return formatRange({ min: value.min, max: value.max });
}

/** Converts a duration range to another unit when the conversion is exact (days ↔ weeks). */
function convert(range: DurationRange, unit: DurationRange['unit']): DurationRange | undefined {
  if (range.unit === unit) return range;
  if (range.unit === 'days' && unit === 'weeks') return { min: range.min / 7, max: range.max / 7, unit };
  if (range.unit === 'weeks' && unit === 'days') return { min: range.min * 7, max: range.max * 7, unit };
  return undefined;
}

/** Workshops of a kind, per cohort: the sessions one participant of each cohort attends. */
function sessionsPerCohort(programme: Programme, kind: WorkshopKind) {
  const workshops = (programme.workshops ?? []).filter((w) => w.kind === kind);
  const cohorts = programme.cohorts ?? [];
  if (cohorts.length === 0) return { workshops, perGroup: [workshops] };
  const perGroup = cohorts.map((cohort) => workshops.filter((w) => cohortsOf(w, cohorts).includes(cohort)));
  return { workshops, perGroup };
}

function evaluate(requirement: Requirement, input: ComplianceInput, price: Price): Omit<RequirementResult, 'id' | 'label' | 'measure' | 'mandatory' | 'source'> {
  const t = c();
  const s = t.sentence;
  const { programme, response, tender } = input;
  const cohorts = programme.cohorts ?? [];
  const notProvided = t.notProvided;
  const met = (expected: string, found: string) => ({ verdict: 'met' as const, expected, found, sentence: s.met(found) });

  switch (requirement.measure) {
    case 'group-count': {
      const expected = rangeText(requirement.bound);
      if (cohorts.length === 0) return { verdict: 'unknown', expected, found: notProvided, sentence: s.noCohorts };
      const found = t.groups(cohorts.length);
      return within(span(cohorts.length), requirement.bound)
        ? met(expected, found)
        : { verdict: 'not-met', expected, found, sentence: s.groupCountNot(cohorts.length, expected) };
    }
    case 'group-size': {
      const expected = rangeText(requirement.bound);
      if (cohorts.length === 0) return { verdict: 'unknown', expected, found: notProvided, sentence: s.noCohorts };
      const found = t.groupSizes(cohorts.map((k) => t.groupSize(k.name, k.size ? rangeText(k.size) : notProvided)));
      const unknown = cohorts.filter((k) => !closed(k.size));
      const outside = cohorts.filter((k) => closed(k.size) && !within(closed(k.size)!, requirement.bound));
      if (outside.length > 0) return { verdict: 'not-met', expected, found, sentence: s.groupSizeNot(outside.map((k) => k.name), expected) };
      if (unknown.length > 0) return { verdict: 'unknown', expected, found, sentence: s.groupSizeUnknown(unknown.map((k) => k.name)) };
      return met(expected, found);
    }
    case 'programme-duration': {
      const expected = formatDurationRange(requirement.bound);
      if (!programme.duration) return { verdict: 'unknown', expected, found: notProvided, sentence: s.durationUnknown };
      const found = formatDurationRange(programme.duration);
      const converted = convert(programme.duration, requirement.bound.unit);
      if (!converted) return { verdict: 'unknown', expected, found, sentence: s.durationUnits(found, expected) };
      return within(span(converted.min, converted.max), requirement.bound)
        ? met(expected, found)
        : { verdict: 'not-met', expected, found, sentence: s.durationNot(found, expected) };
    }
    case 'session-count': {
      const many = (requirement.bound.max ?? requirement.bound.min ?? 0) >= 2;
      const kind = many ? fr.vocab.workshopKindPlural[requirement.workshopKind] : fr.vocab.workshopKind[requirement.workshopKind].toLowerCase();
      const expected = t.sessionsOf(rangeText(requirement.bound), kind);
      const { workshops, perGroup } = sessionsPerCohort(programme, requirement.workshopKind);
      if (workshops.length === 0) {
        return requirement.bound.min !== undefined && requirement.bound.min > 0
          ? { verdict: 'not-met', expected, found: t.none, sentence: s.noWorkshopOfKind(fr.vocab.workshopKind[requirement.workshopKind]) }
          : met(expected, t.none);
      }
      const missing = workshops.filter((w) => !closed(w.sessions));
      if (missing.length > 0) return { verdict: 'unknown', expected, found: notProvided, sentence: s.sessionCountUnknown(missing.map((w) => w.title)) };
      const totals = perGroup.map((list) => list.reduce((acc, w) => span(acc.min + w.sessions!.min!, acc.max + w.sessions!.max!), span(0)));
      const value = span(Math.min(...totals.map((x) => x.min)), Math.max(...totals.map((x) => x.max)));
      const found = t.sessions(spanText(value));
      return within(value, requirement.bound)
        ? met(expected, found)
        : { verdict: 'not-met', expected, found, sentence: s.sessionCountNot(kind, spanText(value), rangeText(requirement.bound)) };
    }
    case 'session-duration': {
      const expected = formatDurationRange(requirement.bound);
      const workshops = (programme.workshops ?? []).filter((w) => w.kind === requirement.workshopKind);
      if (workshops.length === 0)
        return { verdict: 'not-met', expected, found: t.none, sentence: s.noWorkshopOfKind(fr.vocab.workshopKind[requirement.workshopKind]) };
      const found = [...new Set(workshops.map((w) => (w.sessionDuration ? formatDurationRange(w.sessionDuration) : notProvided)))].join(' ; ');
      const unknown = workshops.filter((w) => !w.sessionDuration);
      const outside = workshops.filter((w) => {
        if (!w.sessionDuration) return false;
        const converted = convert(w.sessionDuration, requirement.bound.unit);
        return !converted || !within(span(converted.min, converted.max), requirement.bound);
      });
      if (outside.length > 0) return { verdict: 'not-met', expected, found, sentence: s.sessionDurationNot(outside.map((w) => w.title), expected) };
      if (unknown.length > 0) return { verdict: 'unknown', expected, found, sentence: s.sessionDurationUnknown(unknown.map((w) => w.title)) };
      return met(expected, found);
    }
    case 'workshop-themes': {
      const label = (theme: string) => fr.vocab.workshopTheme[theme as keyof typeof fr.vocab.workshopTheme];
      const expected = t.allOf(requirement.themes.map(label));
      const covered = new Set((programme.workshops ?? []).flatMap((w) => w.themes ?? []));
      const found = covered.size > 0 ? t.themesList([...covered].filter((x) => requirement.themes.includes(x)).map(label)) || t.none : notProvided;
      const missing = requirement.themes.filter((theme) => !covered.has(theme));
      if (covered.size === 0) return { verdict: 'unknown', expected, found, sentence: s.themesMissing(missing.map(label)) };
      return missing.length === 0 ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.themesMissing(missing.map(label)) };
    }
    case 'public-gender': {
      const expected = fr.vocab.gender[requirement.gender];
      const gender = programme.public.gender;
      if (!gender) return { verdict: 'unknown', expected, found: notProvided, sentence: s.genderUnknown };
      const found = fr.vocab.gender[gender];
      return gender === requirement.gender ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.genderNot(found, expected) };
    }
    case 'public-age': {
      const expected = formatAgeRange(requirement.bound);
      const age = programme.public.age;
      if (!age) return { verdict: 'unknown', expected, found: notProvided, sentence: s.ageUnknown };
      const found = formatAgeRange(age);
      const ok =
        (requirement.bound.min === undefined || (age.min !== undefined && age.min >= requirement.bound.min)) &&
        (requirement.bound.max === undefined || (age.max !== undefined && age.max <= requirement.bound.max));
      return ok ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.ageNot(found, expected) };
    }
    case 'public-residence': {
      const expected = requirement.qpv ? t.qpvYes : t.qpvNo;
      const qpv = programme.public.residence?.qpv;
      if (qpv === undefined) return { verdict: 'unknown', expected, found: notProvided, sentence: s.residenceUnknown };
      const found = qpv ? t.qpvYes : t.qpvNo;
      return !requirement.qpv || qpv ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.residenceNot };
    }
    case 'price-cap': {
      const cap = (tender.lots ?? []).find((l) => l.id === response.lot)?.budgetCap ?? tender.budgetCap;
      if (!cap) return { verdict: 'met', expected: notProvided, found: formatMoney(price.ttc, { basis: 'TTC' }), sentence: s.noCap };
      if (cap.unit === 'beneficiaries') {
        const expected = t.beneficiaries(rangeText(cap.beneficiaries));
        // The people the programme accompanies, counted as on its sheet (its groups, else its headcount).
        const people = programmeMetrics(programme).participants;
        if (!people) return { verdict: 'unknown', expected, found: notProvided, sentence: s.beneficiariesUnknown };
        const found = spanText(people);
        return within(people, cap.beneficiaries) ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.beneficiariesNot(found, expected) };
      }
      const amount = onBasis(price, cap.basis);
      const expected = t.priceAtMost(formatMoney(cap.max.cents, { basis: cap.basis }));
      const found = formatMoney(amount, { basis: cap.basis });
      return amount <= cap.max.cents ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.priceNot(found, formatMoney(cap.max.cents, { basis: cap.basis })) };
    }
    case 'deliverables': {
      const required = (tender.deliverables ?? []).filter((d) => d.required);
      const given = new Set((response.deliverables ?? []).map((d) => d.deliverable));
      const missing = required.filter((d) => !given.has(d.id));
      const expected = t.deliverablesAll(required.length);
      const found = t.provided(required.length - missing.length, required.length);
      return missing.length === 0 ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.deliverablesMissing(missing.map((d) => d.label)) };
    }
    case 'response-sections': {
      const required = tender.responseSections.filter((x) => x.required);
      const answered = new Set(response.answers.map((a) => a.section));
      const missing = required.filter((x) => !answered.has(x.id));
      const expected = t.sectionsAll(required.length);
      const found = t.provided(required.length - missing.length, required.length);
      return missing.length === 0 ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.sectionsMissing(missing.map((x) => x.title)) };
    }
    case 'page-limit': {
      const expected = t.pagesAtMost(requirement.maxPages);
      const count = requirement.section ? input.pages?.sections?.[requirement.section] : input.pages?.total;
      if (count === undefined) return { verdict: 'unknown', expected, found: notProvided, sentence: s.pagesUnknown };
      const found = t.pages(count);
      const title = tender.responseSections.find((x) => x.id === requirement.section)?.title;
      const where = title ? s.section(title) : s.wholeResponse;
      return count <= requirement.maxPages ? met(expected, found) : { verdict: 'not-met', expected, found, sentence: s.pagesNot(count, requirement.maxPages, where) };
    }
    case 'commitment': {
      const commitment = (response.commitments ?? []).find((x) => x.requirement === requirement.id);
      return commitment
        ? met(t.commitmentExpected, t.commitmentFound(commitment.where))
        : { verdict: 'not-met', expected: t.commitmentExpected, found: t.none, sentence: s.commitmentNot };
    }
  }
}

export function checkCompliance(input: ComplianceInput): ComplianceReport {
  const price = responsePrice(input.response, input.regime);
  const results = requirementsFor(input.tender, input.response.lot).map((requirement): RequirementResult => ({
    id: requirement.id,
    label: requirement.label,
    measure: requirement.measure,
    mandatory: requirement.mandatory,
    ...(requirement.source && { source: requirement.source }),
    ...evaluate(requirement, input, price),
  }));
  const counts = {
    met: results.filter((r) => r.verdict === 'met').length,
    notMet: results.filter((r) => r.verdict === 'not-met').length,
    unknown: results.filter((r) => r.verdict === 'unknown').length,
  };
  const failures = results.filter((r) => r.mandatory && r.verdict === 'not-met').map((r) => r.id);
  return { results, counts, compliant: failures.length === 0, failures, price };
}
