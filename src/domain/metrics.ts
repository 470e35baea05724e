/**
 * Programme metrics, computed from the structured programme so that no page or PDF types a figure:
 * sessions and hours per participant and per group, facilitator hours, people accompanied, cost
 * per participant and per hour, result rates with their denominator.
 *
 * Ranges stay ranges ("10 à 12 femmes" gives "1 600 à 1 920 € par participante"). What the source
 * does not give stays unknown: a workshop without a session count or a duration is listed in
 * `unquantified` and left out of the totals, never counted as zero, and a total that leaves one out
 * says it is a lower bound (`partial`: « au moins 15 séances »). People and costs follow
 * `counts.ts`: a figure is derived only from exact inputs of the same unit, kind and period (see
 * `people.ts`). Facilitation says what it covers (`facilitatorScope`): the groups of a recurrence
 * are not the whole action, and a cost per hour divides a budget only by the hours of its period.
 */
import type { Cohort, Programme, Workshop } from '../../schemas/index';
import { budgetBasis, peopleOf, resultMetrics, type PeopleBasis, type ResultMetrics } from './people';
import { combineWithBudget, isExact, type CombineReason } from './counts';
import type { NumberRange } from './shorthand';

export type { PeopleBasis, ResultMetrics };

/** A closed range of numbers (`min === max` for an exact value). */
export interface Span {
  min: number;
  max: number;
}

export const span = (min: number, max = min): Span => ({ min, max });
const add = (a: Span, b: Span): Span => ({ min: a.min + b.min, max: a.max + b.max });
const mul = (a: Span, b: Span): Span => ({ min: a.min * b.min, max: a.max * b.max });
const sumSpans = (spans: readonly Span[]): Span => spans.reduce(add, span(0));

/** A range from the schema as a closed span, if both ends are known. */
export function closed(range: NumberRange | undefined): Span | undefined {
  return range && range.min !== undefined && range.max !== undefined ? span(range.min, range.max) : undefined;
}

export interface GroupMetrics {
  /** The cohort's id, or `undefined` for a programme without declared cohorts. */
  id?: string;
  name?: string;
  size?: Span;
  /** Sessions one participant of this group attends (quantified workshops only; absent if none is). */
  sessionsPerParticipant?: Span;
  /** Minutes one participant of this group spends in sessions (quantified workshops only). */
  minutesPerParticipant?: Span;
  /** Minutes of contact time of the whole group: collective time, plus individual time × size. */
  minutesPerGroup?: Span;
  /** One of its workshops is not quantified: its sessions and minutes are lower bounds. */
  partial?: true;
  workshopIds: string[];
}

export interface WorkshopMetrics {
  id: string;
  title: string;
  kind: Workshop['kind'];
  mode: Workshop['mode'];
  sessions?: Span;
  sessionMinutes?: Span;
  /** Minutes one participant spends in this workshop. */
  minutesPerParticipant?: Span;
  /** Number of groups that follow it. */
  groups: number;
  /** Number of participants that follow it. */
  participants?: Span;
  /** Minutes of facilitation: collective → per group; individual → per participant. */
  facilitatorMinutes?: Span;
}

export type FacilitatorScope = 'whole' | 'year' | 'group' | 'described';

export interface ProgrammeMetrics {
  /** People accompanied (or planned), when an exact count of people gives it. */
  participants?: Span;
  /** Where that count comes from, its kind and its period. */
  participantsBasis?: PeopleBasis;
  groups: GroupMetrics[];
  workshops: WorkshopMetrics[];
  /** Ids of workshops whose session count or duration is not given. */
  unquantified: string[];
  /** Across groups: the fewest and the most sessions one participant attends. */
  sessionsPerParticipant?: Span;
  minutesPerParticipant?: Span;
  /** A group leaves out a workshop that is not quantified: the two figures above are lower bounds. */
  partial?: true;
  facilitatorMinutes?: Span;
  /**
   * What the facilitation minutes cover: every group of the action (`whole`); a year of the groups
   * that recur, one group's time × the exact groups per year (`year`); one group of a recurrence
   * whose rhythm is not exact (`group`); the groups described, when others recur beside them
   * (`described`).
   */
  facilitatorScope?: FacilitatorScope;
  /** A workshop's facilitation is not known (not quantified, or individual for an unknown number of people): a lower bound. */
  facilitatorPartial?: true;
  /** Total cost in cents, if known and exact. */
  costCents?: number;
  /** The cost per participant: only when budget and people are exact and of the same period. */
  costPerParticipantCents?: Span;
  /** Why no cost per participant is given although there are a budget and people. */
  costWithheld?: CombineReason;
  /** Cost of one participant-hour of sessions (only when every workshop is quantified). */
  costPerParticipantHourCents?: Span;
  /** Cost of one hour of facilitation. */
  costPerFacilitatorHourCents?: Span;
  results: ResultMetrics[];
}

function durationMinutes(workshop: Workshop): Span | undefined {
  const d = workshop.sessionDuration;
  if (!d) return undefined;
  // A session of "1 jour" is not turned into hours: how many hours a day counts is not given.
  return d.unit === 'minutes' ? span(d.min, d.max) : undefined;
}

/** The cohorts that follow a workshop: those it names, or all when it names none. */
export function cohortsOf(workshop: Workshop, cohorts: readonly Cohort[]): Cohort[] {
  if (!workshop.cohorts || workshop.cohorts.length === 0) return [...cohorts];
  return cohorts.filter((c) => workshop.cohorts!.includes(c.id));
}

/** Divides a cost by a span, giving the cost range (the larger divisor gives the smaller cost). */
function per(costCents: number, divisor: Span | undefined): Span | undefined {
  if (!divisor || divisor.min <= 0) return undefined;
  return span(Math.round(costCents / divisor.max), Math.round(costCents / divisor.min));
}

export function programmeMetrics(programme: Programme): ProgrammeMetrics {
  const cohorts = programme.cohorts ?? [];
  const people = peopleOf(programme);
  const participants = people && span(people.count.min!, people.count.max!);
  // Group sizes that may be multiplied: exact counts of people (a gauge, a capacity, is not).
  const sizeOf = (c: Cohort) => (c.size && c.size.unit === 'people' && c.size.kind !== 'capacity' && c.size.precision === 'exact' && !c.size.bound ? closed(c.size) : undefined);
  const headcount = !cohorts.length && people?.basis.from === 'headcount' && people.basis.period === 'whole' ? participants : undefined;
  // Groups that recur (« 3 promotions de 11 par an »): without described groups, the workshops
  // are those of one group, of the recurrence's size when it is exact.
  const recurrence = programme.recurrence;
  const recurringSize = !cohorts.length && recurrence?.size && recurrence.size.kind !== 'capacity' && isExact(recurrence.size) ? closed(recurrence.size) : undefined;
  const perYear = recurrence && isExact(recurrence.groups) && recurrence.groups.period === 'year' && recurrence.groups.min === recurrence.groups.max ? recurrence.groups.min : undefined;

  const workshops: WorkshopMetrics[] = (programme.workshops ?? []).map((w) => {
    const sessions = closed(w.sessions);
    const sessionMinutes = durationMinutes(w);
    const minutesPerParticipant = sessions && sessionMinutes ? mul(sessions, sessionMinutes) : undefined;
    const followers = cohortsOf(w, cohorts);
    const groups = cohorts.length > 0 ? followers.length : 1;
    const followerSizes = followers.map(sizeOf);
    const wParticipants = cohorts.length > 0 ? (followerSizes.every(Boolean) ? sumSpans(followerSizes as Span[]) : undefined) : recurrence ? recurringSize : headcount;
    let facilitatorMinutes: Span | undefined;
    if (minutesPerParticipant) {
      if (w.mode === 'collective') facilitatorMinutes = mul(minutesPerParticipant, span(groups));
      else if (wParticipants) facilitatorMinutes = mul(minutesPerParticipant, wParticipants);
    }
    return {
      id: w.id,
      title: w.title,
      kind: w.kind,
      mode: w.mode,
      ...(sessions && { sessions }),
      ...(sessionMinutes && { sessionMinutes }),
      ...(minutesPerParticipant && { minutesPerParticipant }),
      groups,
      ...(wParticipants && { participants: wParticipants }),
      ...(facilitatorMinutes && { facilitatorMinutes }),
    };
  });

  const unquantified = workshops.filter((w) => !w.minutesPerParticipant).map((w) => w.id);

  const groupList: Array<{ cohort?: Cohort; size?: Span }> =
    cohorts.length > 0 ? cohorts.map((c) => ({ cohort: c, size: sizeOf(c) })) : [{ size: headcount }];
  const groups: GroupMetrics[] = groupList.map(({ cohort, size }) => {
    const own = (programme.workshops ?? []).filter((w) => !cohort || cohortsOf(w, cohorts).some((c) => c.id === cohort.id));
    const ownMetrics = workshops.filter((m) => own.some((w) => w.id === m.id));
    const known = ownMetrics.filter((m) => m.minutesPerParticipant && m.sessions);
    const sessionsPerParticipant = known.length ? sumSpans(known.map((m) => m.sessions!)) : undefined;
    const minutesPerParticipant = known.length ? sumSpans(known.map((m) => m.minutesPerParticipant!)) : undefined;
    const collective = sumSpans(known.filter((m) => m.mode === 'collective').map((m) => m.minutesPerParticipant!));
    const individual = sumSpans(known.filter((m) => m.mode === 'individual').map((m) => m.minutesPerParticipant!));
    // Unknown stays unknown: a group none of whose workshops is quantified has no contact time.
    const hasIndividual = known.some((m) => m.mode === 'individual');
    const minutesPerGroup = known.length === 0 ? undefined : size ? add(collective, mul(individual, size)) : hasIndividual ? undefined : collective;
    const partial = known.length > 0 && known.length < ownMetrics.length;
    return {
      ...(cohort && { id: cohort.id, name: cohort.name }),
      ...(size && { size }),
      ...(sessionsPerParticipant && { sessionsPerParticipant }),
      ...(minutesPerParticipant && { minutesPerParticipant }),
      ...(minutesPerGroup && { minutesPerGroup }),
      ...(partial && { partial }),
      workshopIds: own.map((w) => w.id),
    };
  });

  const anyKnown = workshops.some((w) => w.minutesPerParticipant);
  const acrossGroups = (pick: (g: GroupMetrics) => Span | undefined): Span | undefined => {
    const spans = groups.map(pick).filter((x): x is Span => x !== undefined);
    return anyKnown && spans.length ? span(Math.min(...spans.map((x) => x.min)), Math.max(...spans.map((x) => x.max))) : undefined;
  };
  const sessionsPerParticipant = acrossGroups((g) => g.sessionsPerParticipant);
  const minutesPerParticipant = acrossGroups((g) => g.minutesPerParticipant);
  const partial = groups.some((g) => g.partial && g.sessionsPerParticipant);
  const facilitatorKnown = workshops.filter((w) => w.facilitatorMinutes);
  const facilitatorPartial = facilitatorKnown.length > 0 && facilitatorKnown.length < workshops.length;
  // One group's time, or every described group's: a recurrence multiplies the first by its exact
  // groups per year; beside described groups it says that they are not all the groups.
  const facilitatorScope: FacilitatorScope | undefined = !facilitatorKnown.length
    ? undefined
    : !recurrence
      ? 'whole'
      : cohorts.length
        ? 'described'
        : perYear !== undefined
          ? 'year'
          : 'group';
  const facilitatorSum = facilitatorKnown.length > 0 ? sumSpans(facilitatorKnown.map((w) => w.facilitatorMinutes!)) : undefined;
  const facilitatorMinutes = facilitatorSum && facilitatorScope === 'year' ? mul(facilitatorSum, span(perYear!)) : facilitatorSum;

  const budget = programme.budget;
  const costCents = budget?.total && !budget.total.approx ? budget.total.cents : undefined;
  // An approximate amount gets its verdict too, so that the sheet says why it gives no cost per person.
  const costVerdict = budget?.total && people ? combineWithBudget(budgetBasis(programme), people.count) : undefined;
  const costAllowed = costVerdict?.ok === true;
  // A budget and people the source counts, but nothing exact to divide: say why there is no cost per person.
  const counted = (programme.public.headcount ?? []).filter((c) => c.unit === 'people' || c.unit === 'posts' || c.unit === 'places' || c.unit === 'fte');
  const costWithheld: CombineReason | undefined =
    costVerdict && !costVerdict.ok
      ? costVerdict.reason
      : !people && budget?.total && counted.length
        ? counted.some((c) => c.unit === 'people' && c.kind !== 'capacity')
          ? 'inexact'
          : 'capacity'
        : undefined;
  // Described groups beside a recurrence are not all the people the budget pays for.
  const participantMinutes =
    participants && minutesPerParticipant && cohorts.length <= 1
      ? mul(participants, minutesPerParticipant)
      : !recurrence && groups.every((g) => g.size && g.minutesPerParticipant) && anyKnown
        ? sumSpans(groups.map((g) => mul(g.size!, g.minutesPerParticipant!)))
        : undefined;
  // A cost per hour is only honest when every workshop is counted: otherwise its hours are
  // understated and the cost per hour overstated.
  const allQuantified = unquantified.length === 0;
  // And a budget is divided by the facilitation of its own period: the whole action's, or a year's.
  const budgetPeriod = budgetBasis(programme).period;
  const facilitationOfBudget = !facilitatorPartial && ((facilitatorScope === 'whole' && budgetPeriod === 'whole') || (facilitatorScope === 'year' && budgetPeriod === 'year'));

  return {
    ...(participants && { participants, participantsBasis: people!.basis }),
    groups,
    workshops,
    unquantified,
    ...(sessionsPerParticipant && { sessionsPerParticipant }),
    ...(minutesPerParticipant && { minutesPerParticipant }),
    ...(partial && { partial }),
    ...(facilitatorMinutes && { facilitatorMinutes, facilitatorScope }),
    ...(facilitatorPartial && { facilitatorPartial }),
    ...(costCents !== undefined && { costCents }),
    ...(costAllowed && participants && { costPerParticipantCents: per(costCents!, participants) }),
    ...(costWithheld && { costWithheld }),
    ...(costAllowed && allQuantified && participantMinutes && { costPerParticipantHourCents: per(costCents! * 60, participantMinutes) }),
    ...(costAllowed && allQuantified && facilitationOfBudget && facilitatorMinutes && { costPerFacilitatorHourCents: per(costCents! * 60, facilitatorMinutes) }),
    results: (programme.results?.quantitative ?? []).map((r) => resultMetrics(r, programme.results?.asOf)),
  };
}
