/**
 * How many people a programme accompanied (or plans to), the period its budget covers, and the
 * rate of each result: the figures that real sheets make dangerous, derived only under the rule of
 * `counts.ts` (exact inputs, same unit, kind and period).
 *
 * - People: the sum of the groups' exact sizes over the whole action, when every size says it is
 *   achieved or planned (a size of unknown kind may be a gauge, or stand for several groups) and
 *   there is no recurrence; for groups that recur (« 2 groupes de 12 par an »), the
 *   groups per year × their size, both exact, as people per year; else an exact count of people from
 *   `public.headcount` (an achievement first, then a count of unknown kind, then a target; never a
 *   capacity such as salaried posts).
 * - A result's rate: its count ÷ its denominator, when both are exact, of the same unit and date,
 *   and the denominator is not a target.
 */
import type { Programme } from '../../schemas/index';
import type { CountKind, CountPeriod } from '../../schemas/vocabulary';
import { isExact, sameWithin, type BudgetBasis, type Count } from './counts';
import type { QualifiedDate } from './dates';

export interface PeopleBasis {
  /** Written in the public's headcount, summed over the groups, or a group × its recurrence. */
  from: 'headcount' | 'cohorts' | 'recurrence';
  kind?: CountKind;
  period?: CountPeriod;
  date?: QualifiedDate;
  /** The number of groups summed, or the groups per year. */
  groups?: number;
  /** The size of the recurring group. */
  groupSize?: number;
}

const exactPeople = (c: Count | undefined): c is Count => !!c && c.unit === 'people' && c.kind !== 'capacity' && isExact(c);

const kindOrder: Array<CountKind | undefined> = ['achieved', undefined, 'target'];

/** The people a programme accompanied, with where the figure comes from; undefined when no exact count gives it. */
export function peopleOf(p: Programme): { count: Count; basis: PeopleBasis } | undefined {
  return fromCohorts(p) ?? fromRecurrence(p) ?? fromHeadcount(p);
}

/** The groups' exact sizes, summed over the whole action (when no recurrence is given). */
function fromCohorts(p: Programme): { count: Count; basis: PeopleBasis } | undefined {
  const cohorts = p.cohorts ?? [];
  // In a proposal every size is planned; elsewhere a size of unknown kind may be a gauge, or stand
  // for several groups: only achieved or planned sizes add up.
  const kindOf = (c: Count) => c.kind ?? (p.status === 'proposed' ? 'target' : undefined);
  const sizes = cohorts.map((c) => c.size);
  if (p.recurrence || !cohorts.length || !sizes.every((c) => exactPeople(c) && (kindOf(c) === 'achieved' || kindOf(c) === 'target'))) return undefined;
  const kinds = new Set(sizes.map((c) => kindOf(c!)));
  if (kinds.size !== 1) return undefined;
  const kind = kindOf(sizes[0]!);
  const min = sizes.reduce((sum, c) => sum + c!.min!, 0);
  const max = sizes.reduce((sum, c) => sum + c!.max!, 0);
  const count: Count = { min, max, precision: 'exact', unit: 'people', period: 'whole', ...(kind && { kind }) };
  return { count, basis: { from: 'cohorts', period: 'whole', groups: cohorts.length, ...(kind && { kind }) } };
}

/** Groups per year × their size, both exact and written together: people per year. */
function fromRecurrence(p: Programme): { count: Count; basis: PeopleBasis } | undefined {
  const r = p.recurrence;
  if (!r || !exactPeople(r.size) || !isExact(r.groups) || r.groups.period !== 'year' || r.groups.min !== r.groups.max || r.size.min !== r.size.max) return undefined;
  const groups = r.groups.min!;
  const size = r.size.min!;
  const kind = r.size.kind;
  const date = r.groups.date;
  const count: Count = { min: size * groups, max: size * groups, precision: 'exact', unit: 'people', period: 'year', ...(kind && { kind }), ...(date && { date }) };
  return { count, basis: { from: 'recurrence', period: 'year', groups, groupSize: size, ...(kind && { kind }), ...(date && { date }) } };
}

/** An exact count of people the public's headcount writes: an achievement first, then a count of unknown kind, then a target. */
function fromHeadcount(p: Programme): { count: Count; basis: PeopleBasis } | undefined {
  // A count over some days of a year (`within`) is no headcount of the programme's period.
  const written = (p.public.headcount ?? []).filter((c) => exactPeople(c) && !c.within);
  for (const kind of kindOrder) {
    const ofKind = written.filter((c) => c.kind === kind);
    const chosen = ofKind.find((c) => c.period === 'whole') ?? ofKind[0];
    if (chosen) return { count: chosen, basis: { from: 'headcount', ...(chosen.kind && { kind: chosen.kind }), ...(chosen.period && { period: chosen.period }), ...(chosen.date && { date: chosen.date }) } };
  }
  return undefined;
}

/**
 * The period a budget covers, for the combination rule: a year (with its year when the source
 * gives it), the whole action, or a programming period, which counts as the whole action only
 * when it is the programme's own period; and what it is (an estimate, an envelope, a proposal's
 * planned budget).
 */
export function budgetBasis(p: Programme): BudgetBasis {
  const b = p.budget;
  if (!b) return { exact: false };
  const basis = {
    exact: !!b.total && !b.total.approx,
    ...(b.basis === 'estimated-cost' && { estimate: true }),
    ...(b.basis === 'envelope' && { envelope: true }),
    ...(p.status === 'proposed' && { planned: true }),
  };
  if (b.period === 'whole') return { ...basis, period: 'whole' };
  if (b.period === 'year') return { ...basis, period: 'year', ...(b.year && { date: { date: b.year.date, ...(b.year.qualifier && { qualifier: b.year.qualifier }) } }) };
  const same = (x?: { date: string; qualifier?: string }, y?: { date: string; qualifier?: string }) => !!x && !!y && x.date === y.date && x.qualifier === y.qualifier;
  if (b.span && p.period && same(b.span.start, p.period.start) && same(b.span.end, p.period.end)) return { ...basis, period: 'whole' };
  return basis;
}

type Result = NonNullable<NonNullable<Programme['results']>['quantitative']>[number];

export interface ResultMetrics {
  label: string;
  count?: Count;
  of?: Count;
  /** count ÷ of in percent, only from exact counts of the same unit and date, of a denominator that is not a target. */
  rate?: number;
  /** Whether the rate was computed here (a percentage the source gives is in `percent`). */
  computed: boolean;
  /** The percentage the source gives, as it gives it. */
  percent?: NonNullable<Result['percent']>;
  /** Why no rate is computed although a count and a denominator are given. */
  withheld?: 'target' | 'inexact' | 'unit' | 'date';
  /** The source's percentage and its counts disagree by more than one point. */
  inconsistent?: boolean;
  outcome?: string;
  cohort?: string;
}

const sameDate = (a?: QualifiedDate, b?: QualifiedDate) => !a || !b || (a.date === b.date && a.qualifier === b.qualifier);

export function resultMetrics(r: Result, asOf?: QualifiedDate): ResultMetrics {
  const { count, of } = r;
  let rate: number | undefined;
  let withheld: ResultMetrics['withheld'];
  if (count && of) {
    if (of.kind === 'target' || of.kind === 'capacity') withheld = 'target';
    else if (!isExact(count) || !isExact(of) || count.min !== count.max || of.min !== of.max) withheld = 'inexact';
    else if (count.unit !== of.unit) withheld = 'unit';
    else if (!sameDate(count.date ?? asOf, of.date ?? asOf) || !sameWithin(count.within, of.within)) withheld = 'date';
    else rate = (count.min! / of.min!) * 100;
  }
  const written = count && of && count.min !== undefined && count.min === count.max && of.min !== undefined && of.min === of.max && of.min > 0 ? (count.min / of.min) * 100 : undefined;
  const inconsistent = r.percent !== undefined && !r.percent.approx && !r.percent.bound && written !== undefined && Math.abs(written - r.percent.value) > 1;
  return {
    label: r.label,
    ...(count && { count }),
    ...(of && { of }),
    ...(rate !== undefined && { rate }),
    computed: rate !== undefined,
    ...(r.percent && { percent: r.percent }),
    ...(withheld && { withheld }),
    ...(inconsistent && { inconsistent }),
    ...(r.outcome && { outcome: r.outcome }),
    ...(r.cohort && { cohort: r.cohort }),
  };
}
