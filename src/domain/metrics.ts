/**
 * Programme metrics, computed from the structured programme so that no page or PDF types a figure:
 * sessions and hours per participant and per group, facilitator hours, people accompanied, cost
 * per participant and per hour, result rates with their denominator.
 *
 * Ranges stay ranges ("10 à 12 femmes" gives "1 600 à 1 920 € par participante"). What the source
 * does not give stays unknown: a workshop without a session count or a duration is listed in
 * `unquantified` and left out of the totals, never counted as zero. People and costs follow
 * `counts.ts`: a figure is derived only from exact inputs of the same unit, kind and period (see
 * `people.ts`).
 */
import type { Cohort, Programme, Workshop } from '../../schemas/index';
import { budgetBasis, peopleOf, resultMetrics, type PeopleBasis, type ResultMetrics } from './people';
import { combineWithBudget, type CombineReason } from './counts';
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
  facilitatorMinutes?: Span;
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

  const workshops: WorkshopMetrics[] = (programme.workshops ?? []).map((w) => {
    const sessions = closed(w.sessions);
    const sessionMinutes = durationMinutes(w);
    const minutesPerParticipant = sessions && sessionMinutes ? mul(sessions, sessionMinutes) : undefined;
    const followers = cohortsOf(w, cohorts);
    const groups = cohorts.length > 0 ? followers.length : 1;
    const followerSizes = followers.map(sizeOf);
    const wParticipants = cohorts.length > 0 ? (followerSizes.every(Boolean) ? sumSpans(followerSizes as Span[]) : undefined) : headcount;
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
    return {
      ...(cohort && { id: cohort.id, name: cohort.name }),
      ...(size && { size }),
      ...(sessionsPerParticipant && { sessionsPerParticipant }),
      ...(minutesPerParticipant && { minutesPerParticipant }),
      ...(minutesPerGroup && { minutesPerGroup }),
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
  const facilitatorKnown = workshops.filter((w) => w.facilitatorMinutes);
  const facilitatorMinutes = facilitatorKnown.length > 0 ? sumSpans(facilitatorKnown.map((w) => w.facilitatorMinutes!)) : undefined;

  const budget = programme.budget;
  const costCents = budget?.total && !budget.total.approx ? budget.total.cents : undefined;
  const costVerdict = costCents !== undefined && people ? combineWithBudget(budgetBasis(programme), people.count) : undefined;
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
  const participantMinutes =
    participants && minutesPerParticipant && cohorts.length <= 1
      ? mul(participants, minutesPerParticipant)
      : groups.every((g) => g.size && g.minutesPerParticipant) && anyKnown
        ? sumSpans(groups.map((g) => mul(g.size!, g.minutesPerParticipant!)))
        : undefined;
  // A cost per hour is only honest when every workshop is counted: otherwise its hours are
  // understated and the cost per hour overstated.
  const allQuantified = unquantified.length === 0;

  return {
    ...(participants && { participants, participantsBasis: people!.basis }),
    groups,
    workshops,
    unquantified,
    ...(sessionsPerParticipant && { sessionsPerParticipant }),
    ...(minutesPerParticipant && { minutesPerParticipant }),
    ...(facilitatorMinutes && { facilitatorMinutes }),
    ...(costCents !== undefined && { costCents }),
    ...(costAllowed && participants && { costPerParticipantCents: per(costCents!, participants) }),
    ...(costWithheld && { costWithheld }),
    ...(costAllowed && allQuantified && participantMinutes && { costPerParticipantHourCents: per(costCents! * 60, participantMinutes) }),
    ...(costAllowed && allQuantified && facilitatorMinutes && { costPerFacilitatorHourCents: per(costCents! * 60, facilitatorMinutes) }),
    results: (programme.results?.quantitative ?? []).map((r) => resultMetrics(r, programme.results?.asOf)),
  };
}
