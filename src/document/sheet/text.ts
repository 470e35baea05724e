/**
 * Short texts about a programme that the sheet, its card and its open data share: the names of
 * organisations and départements, where and when it ran, who it was for, a count with its kind
 * and source, and a result's value.
 */
import type { Programme } from '../../../schemas/index';
import type { Count } from '../../domain/counts';
import type { AtMostDuration, DurationRange } from '../../../schemas/duration';
import { formatPathwayDuration } from '../../domain/duration-bound';
import {
  formatAgeRange,
  formatCount,
  formatDate,
  formatDurationRange,
  readingsOf,
  dateLikeBounds,
  formatDisputedDate,
  formatPercentAsGiven,
  formatMoney,
  formatPeriod,
  formatRate,
  periodYears,
  sourceLabel,
} from '../../domain/format';
import { span, type ProgrammeMetrics, type ResultMetrics, type Span } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { nonEmpty } from '../build';
import { findFormerRegion } from '../../../schemas/territories-data';

const t = fr.sheet;

export type Workshop = NonNullable<Programme['workshops']>[number];

/** A total that leaves out a workshop is a lower bound: `au moins 15`, from the fewest of its range. */
export function lowerBound(partial: boolean | undefined, value: Span, format: (value: Span) => string): string {
  return partial ? t.operation.atLeast(format(span(value.min))) : format(value);
}

/** `par an`, `par groupe`, `pour les 2 groupes décrits`: what the facilitation covers, when it is not the whole action. */
export function facilitatorScopeText(p: Programme, m: ProgrammeMetrics): string | undefined {
  const scope = t.operation.facilitatorScope;
  if (m.facilitatorScope === 'year') return scope.year;
  if (m.facilitatorScope === 'group') return scope.group;
  if (m.facilitatorScope === 'described') return scope.described(p.cohorts?.length ?? 0);
  return undefined;
}

export function money(value: { cents: number; basis?: 'HT' | 'TTC'; approx?: 'about' | 'nearly' | 'round' }): string {
  const amount = formatMoney(value.cents, value.basis ? { basis: value.basis } : {});
  if (value.approx === 'nearly') return fr.facts.count.nearly(amount);
  return value.approx ? fr.facts.count.about(amount) : amount;
}

/** `Centre d'information sur les droits des femmes (CIDFF)`: the acronym when the name lacks it. */
export function organisationName(org: { name: string; acronym?: string }): string {
  return org.acronym && !org.name.includes(org.acronym) ? t.identity.withAcronym(org.name, org.acronym) : org.name;
}

/** `Hérault (34)`. */
export function departementLabel(dep: { code: string; name: string }): string {
  return t.identity.departementName(dep.name, dep.code);
}

/** `Euskadi (Espagne)`, `Basse-Normandie (région d'avant 2016, aujourd'hui en Normandie)`. */
export function areaLabel(area: NonNullable<Programme['territory']['areas']>[number], regions: readonly string[] = []): string {
  const w = fr.facts.territory;
  if (area.kind === 'former-region') return w.formerRegion(area.name, regions.find(Boolean) ?? '');
  return w.foreign(area.name, area.country);
}

/** Where the programme took place, in a few words: communes or perimeter, then départements, or else régions and areas. */
export function territoryText(territory: Programme['territory']): string | undefined {
  const place = nonEmpty(territory.communes) ? territory.communes.join(', ') : territory.perimeter;
  // Over more than three départements, the régions say it in fewer words.
  const many = (territory.departements?.length ?? 0) > 3 && nonEmpty(territory.regions);
  const deps = many ? [t.identity.departementsIn(territory.regions!.join(', '), territory.departements!.length)] : (territory.departements ?? []).map(departementLabel);
  const areas = territory.areas ?? [];
  const former = areas.filter((a) => a.kind === 'former-region');
  // A région derived from a région of before 2016 is said with the name the source uses.
  const today: Array<string | undefined> = former.map((a) => findFormerRegion(a.name)?.region);
  const regions = (territory.regions ?? []).filter((r) => !today.includes(r));
  const wider = deps.length
    ? deps
    : [...regions, ...former.map((a) => fr.facts.territory.formerRegionShort(a.name, findFormerRegion(a.name)?.region ?? '')), ...areas.filter((a) => a.kind !== 'former-region').map((a) => fr.facts.territory.foreign(a.name, a.country))];
  const parts = [place, ...wider].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}

/** The latest year a programme's own content attests (a source's date, a dated result, step or count). */
export function attestedYear(programme: Programme): number | undefined {
  let latest: number | undefined;
  const visit = (value: unknown, key?: string): void => {
    if (!value || typeof value !== 'object') {
      if (key === 'date' && typeof value === 'string' && /^\d{4}/.test(value)) latest = Math.max(latest ?? 0, Number(value.slice(0, 4)));
      return;
    }
    if (Array.isArray(value)) return value.forEach((item) => visit(item));
    for (const [k, v] of Object.entries(value)) if (k !== 'mdast') visit(v, k);
  };
  visit(programme);
  return latest;
}

/** The years the programme ran: from its start to its end, or, still running, to the latest year its content attests. */
export function programmeYears(programme: Programme): number[] {
  return programme.period ? periodYears(programme.period, attestedYear(programme)) : [];
}

/** The programme's status as a person reads it: `En cours`, `Statut inconnu`. */
export function statusLabel(programme: Programme): string {
  return fr.sheet.page.status[programme.status] ?? fr.vocab.programmeStatus[programme.status];
}

/**
 * The status with what a source observed at a date: `En cours (constaté en octobre 2019)`,
 * `Statut inconnu — en cours en octobre 2019, selon la source`; the status alone otherwise.
 */
export function statusText(programme: Programme): string {
  const label = statusLabel(programme);
  const observed = programme.statusObserved;
  if (!observed) return label;
  const w = fr.facts.statusObserved;
  const on = w.on(formatDate(observed.date), observed.date.length >= 10);
  if (observed.status === programme.status) return w.same(label, on);
  return w.other(label, fr.vocab.programmeStatus[observed.status].toLowerCase(), on);
}

/**
 * `2018, 2019`, `2015 à 2019`; an open period is `depuis 1991` (`depuis 1991, en cours` when the
 * status says so), a start without end is `à partir de 2009, fin non renseignée`.
 */
export function yearsText(programme: Programme): string | undefined {
  const period = programme.period;
  if (!period?.start) return undefined;
  const w = fr.facts.period;
  if (!period.end) {
    // The cover and the card say the year the sources agree on first, not every reading.
    const first = dateLikeBounds(period.start).first;
    const start = period.start.alternatives?.length ? (first ? first.slice(0, 4) : formatDisputedDate(period.start)) : formatDisputedDate(period.start);
    if (period.ongoing || programme.status === 'running') return programme.status === 'running' ? `${w.since(start)}, ${w.running}` : w.since(start);
    return w.fromUnknownEnd(start);
  }
  const years = programmeYears(programme);
  if (years.length === 0) return undefined;
  return years.length > 3 ? fr.format.range(String(years[0]), String(years[years.length - 1])) : years.join(', ');
}

/** A document with a list of sources: a programme or a call. */
export type Sourced = Pick<Programme, 'sources'>;

/** The names of some sources of the file: `Unccas, 28 novembre 2019` (unknown ids left out). */
export function sourceLabels(programme: Sourced, ids: readonly string[] | undefined): string[] {
  const all = programme.sources ?? [];
  return (ids ?? []).map((id) => all.find((s) => s.id === id)).filter((s): s is NonNullable<typeof s> => !!s).map((s) => sourceLabel(s, all));
}

/** How the sources of one fact are named beside it: `Unccas, 28 novembre 2019 ; Sud Ouest`. */
export function sourcesOf(programme: Sourced, ids: readonly string[] | undefined): string | undefined {
  const labels = sourceLabels(programme, ids);
  return labels.length ? labels.join(' ; ') : undefined;
}

/** The line of sources closing a section: `Sources : Unccas, 2019 ; Sud Ouest`. */
export function sourcesLine(programme: Programme, ids: readonly string[]): string | undefined {
  const labels = sourceLabels(programme, ids);
  return labels.length ? fr.facts.source.sectionLine(labels) : undefined;
}

/**
 * A count as the sheet shows it, with its kind: `Objectif : 3 000 personnes d'ici 2020`,
 * `Réalisé : plus de 4 000 personnes au 9 mars 2021`, `Capacité : 18 postes en insertion`; its
 * source and note in brackets.
 */
export function countLine(programme: Sourced, c: Count, label?: string): string {
  const head = formatCount(c, label ? { label } : {});
  const extra = [c.note, sourcesOf(programme, c.source)].filter(Boolean).join(' ; ');
  const text = c.kind ? fr.facts.count.withKind(fr.vocab.countKind[c.kind], head) : head;
  return extra ? `${text} (${extra})` : text;
}

/** `Rythme des groupes : 3 groupes par an, de 11 personnes chacun, à partir de 2014 (note ; source).` */
export function recurrenceText(programme: Programme, r: NonNullable<Programme['recurrence']>): string {
  const o = t.operation;
  const parts = [formatCount(r.groups), r.size && o.eachOf(formatCount(r.size, { bare: true })), r.period && formatPeriod(r.period)].filter(Boolean).join(', ');
  const extra = [r.note, sourcesOf(programme, r.source)].filter(Boolean).join(' ; ');
  return (r.groups.kind === 'target' ? o.plannedRecurrenceNote : o.recurrenceNote)(extra ? `${parts} (${extra})` : parts);
}

/** A pathway's duration, or its durations at different times or by different sources, each with what it covers and its source. */
export function durationText(programme: Programme, duration: NonNullable<Programme['duration']>): string {
  const reading = (d: AtMostDuration & { source?: string[]; note?: string }) => {
    const extra = [d.note, sourcesOf(programme, d.source)].filter(Boolean).join(' ; ');
    return extra ? fr.facts.date.reading(formatPathwayDuration(d), extra) : formatPathwayDuration(d);
  };
  return fr.facts.date.readings(readingsOf(duration).map(reading));
}

/** An age, or the ages that sources disagree on, each with its source. */
export function ageText(programme: Programme, age: NonNullable<Programme['public']['age']>): string {
  if (!age.alternatives?.length) return formatAgeRange(age);
  const reading = (a: { min?: number; max?: number; bound?: Count['bound']; source?: string[] }) => {
    const src = sourcesOf(programme, a.source);
    return src ? fr.facts.date.reading(formatAgeRange(a), src) : formatAgeRange(a);
  };
  return fr.facts.date.readings(readingsOf(age).map(reading));
}

/** `12 femmes de 18 à 55 ans, habitant en quartier prioritaire`; undefined when nothing is given. */
export function publicSummary(programme: Programme): string | undefined {
  const p = programme.public;
  const s = t.index.publicSummary;
  const [one, many] = s.nouns[p.gender ?? 'unknown'];
  // Only a count of people says how many people: posts, places and targets are left to the sheet.
  const people = (p.headcount ?? []).find((c) => c.unit === 'people' && c.kind !== 'capacity' && c.kind !== 'target' && c.period !== 'at-date');
  let who: string | undefined;
  if (people) who = formatCount(people, { noun: [one, many] });
  else if (p.gender && p.gender !== 'mixed') who = t.public.genders[p.gender];
  const parts: string[] = [];
  if (who || p.age) parts.push(s.withAge(who, p.age && formatAgeRange(p.age)));
  if (p.gender === 'mixed') parts.push(s.mixed);
  if (p.residence?.qpv) parts.push(p.residence.priority ? s.qpvPriority : s.qpv);
  const cohorts = programme.cohorts ?? [];
  if (cohorts.length > 1) parts.push(parts.length ? s.groups(cohorts.length) : s.groupsAlone(cohorts.length));
  if (parts.length === 0) return undefined;
  const sentence = parts.join(', ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * The value of a result as a person reads it: `7 sur 12 (58 %)`, `44`, `près de 200`, `55,78 %`,
 * `environ 40 %`, and both when the source gives a percentage and counts.
 */
export function resultValue(r: ResultMetrics): string | undefined {
  const count = r.count && formatCount(r.count, { bare: true });
  const of = r.of && formatCount(r.of, { bare: true });
  const percent = r.percent && givenPercent(r.percent);
  if (r.rate !== undefined && r.count && r.of) return formatRate(r.count.min!, r.of.min!);
  const counted = count && of ? (r.of?.kind === 'target' ? fr.facts.result.againstTarget(count, of) : fr.format.ofDenominator(count, of)) : count;
  if (counted && percent) return fr.facts.result.countAndPercent(counted, percent);
  return counted ?? percent;
}

/** A percentage as the source gives it: `55,78 %`, `environ 40 %`, `plus de 50 %`. */
export const givenPercent: (p: NonNullable<ResultMetrics['percent']>) => string = formatPercentAsGiven;

const PASSIVE_OUTCOMES = new Set(['participation', 'enrolment', 'identified']);

/**
 * The result a card and a cover show: a rate with its denominator first (an outcome such as a
 * job rather than mere participation), then an exact count, then a percentage the source gives.
 */
export function keyResult(results: readonly ResultMetrics[]): ResultMetrics | undefined {
  const active = (r: ResultMetrics) => !r.outcome || !PASSIVE_OUTCOMES.has(r.outcome);
  return (
    results.find((r) => r.computed && active(r)) ??
    results.find((r) => r.computed) ??
    results.find((r) => r.count !== undefined && !r.of && active(r)) ??
    results.find((r) => r.percent !== undefined && !r.count) ??
    results.find((r) => r.count !== undefined && !r.of)
  );
}

