/**
 * Short texts about a programme that the sheet, its card and its open data share: the names of
 * organisations and départements, where and when it ran, who it was for, and a result's value.
 */
import type { Programme } from '../../../schemas/index';
import { formatAgeRange, formatMoney, formatNumber, formatPercent, formatRange, formatRate, periodYears } from '../../domain/format';
import type { ResultMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { nonEmpty } from '../build';

const t = fr.sheet;

export type Workshop = NonNullable<Programme['workshops']>[number];

export function money(value: { cents: number; basis?: 'HT' | 'TTC' }): string {
  return formatMoney(value.cents, value.basis ? { basis: value.basis } : {});
}

/** `Centre d'information sur les droits des femmes (CIDFF)`: the acronym when the name lacks it. */
export function organisationName(org: { name: string; acronym?: string }): string {
  return org.acronym && !org.name.includes(org.acronym) ? t.identity.withAcronym(org.name, org.acronym) : org.name;
}

/** `Hérault (34)`. */
export function departementLabel(dep: { code: string; name: string }): string {
  return t.identity.departementName(dep.name, dep.code);
}

/** Where the programme took place, in a few words: communes or perimeter, then départements. */
export function territoryText(territory: Programme['territory']): string | undefined {
  const place = nonEmpty(territory.communes) ? territory.communes.join(', ') : territory.perimeter;
  const parts = [place, ...(territory.departements ?? []).map(departementLabel)].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}

/** The years the programme ran, from its period. */
export function programmeYears(programme: Programme): number[] {
  return programme.period ? periodYears(programme.period) : [];
}

/** `12 femmes de 18 à 55 ans, habitant en quartier prioritaire`; undefined when nothing is given. */
export function publicSummary(programme: Programme): string | undefined {
  const p = programme.public;
  const s = t.index.publicSummary;
  const [one, many] = s.nouns[p.gender ?? 'unknown'];
  let people: string | undefined;
  if (p.headcount) people = s.people(formatRange(p.headcount), (p.headcount.max ?? p.headcount.min ?? 0) >= 2 ? many : one);
  else if (p.gender && p.gender !== 'mixed') people = t.public.genders[p.gender];
  const parts: string[] = [];
  if (people || p.age) parts.push(s.withAge(people, p.age && formatAgeRange(p.age)));
  if (p.gender === 'mixed') parts.push(s.mixed);
  if (p.residence?.qpv) parts.push(s.qpv);
  const cohorts = programme.cohorts ?? [];
  if (cohorts.length > 1) parts.push(s.groups(cohorts.length));
  if (parts.length === 0) return undefined;
  const sentence = parts.join(', ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The value of a result as a person reads it: `7 sur 12 (58 %)`, `44`, `58 %`. */
export function resultValue(r: ResultMetrics): string | undefined {
  if (r.count !== undefined && r.of !== undefined) return formatRate(r.count, r.of);
  if (r.count !== undefined) return formatNumber(r.count);
  if (r.rate !== undefined) return formatPercent(r.rate);
  return undefined;
}

const PASSIVE_OUTCOMES = new Set(['participation', 'enrolment']);

/**
 * The result a card and a cover show: a rate with its denominator first (an outcome such as a
 * job rather than mere participation), then a count, then a bare percentage.
 */
export function keyResult(results: readonly ResultMetrics[]): ResultMetrics | undefined {
  const active = (r: ResultMetrics) => !r.outcome || !PASSIVE_OUTCOMES.has(r.outcome);
  return (
    results.find((r) => r.computed && active(r)) ??
    results.find((r) => r.computed) ??
    results.find((r) => r.count !== undefined && active(r)) ??
    results.find((r) => r.rate !== undefined) ??
    results.find((r) => r.count !== undefined)
  );
}

/** `2018, 2019`, or `2015 à 2019` for more than three years; undefined without a period. */
export function yearsText(programme: Programme): string | undefined {
  const years = programmeYears(programme);
  if (years.length === 0) return undefined;
  return years.length > 3 ? fr.format.range(String(years[0]), String(years[years.length - 1])) : years.join(', ');
}
