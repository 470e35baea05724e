/**
 * French formatting, one module for HTML and PDF alike: amounts (`38 400 €` with a narrow no-break
 * space), dates (`1er août 2022`), durations (`2 h 30`), ranges (`10 à 12 semaines`), percentages
 * (`58 %`), frequencies and shares.
 *
 * Pure and deterministic: no clock, no locale of the machine (Intl is always asked for fr-FR, and
 * dates are ISO strings formatted without time zones).
 */
import { fr } from '../i18n/fr';
import { plural } from '../i18n/sections/helpers';
import { NBSP, NNBSP } from '../i18n/typography';
import type { AmountBasis } from './money';
import type { ApproxStyle, CountBound } from '../../schemas/vocabulary';
import type { Count } from './counts';
import { writtenBound } from './counts';
import { qualifiedBounds, envelope, yearsOf, type QualifiedDate } from './dates';
import type { Known } from './known';
import type { Duration, DurationRange, DurationUnit, Fraction, Frequency, NumberRange } from './shorthand';

const numberFormats = new Map<number, Intl.NumberFormat>();

function numberFormat(maxDecimals: number, minDecimals = 0): Intl.NumberFormat {
  const key = maxDecimals * 10 + minDecimals;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: maxDecimals, minimumFractionDigits: minDecimals });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * `5600` → `5 600`; `58.333` → `58,33`; with `minDecimals` 2: `86.5` → `86,50`. Thousands are
 * separated by a narrow no-break space.
 */
export function formatNumber(value: number, maxDecimals = 2, minDecimals = 0): string {
  return numberFormat(Math.max(maxDecimals, minDecimals), minDecimals).format(value).replace(/[\u00A0\u202F ]/g, NNBSP);
}

/**
 * The decimals a column of figures needs so that every figure shows with the same precision, at
 * most `max`: `[86.5, 76, 71.894]` → 2 (so `86,50`, `76,00`, `71,89`); `[54, 36]` → 0.
 */
export function commonDecimals(values: readonly number[], max = 2): number {
  let needed = 0;
  for (const value of values) {
    const rounded = Math.round(value * 10 ** max);
    let d = 0;
    while (d < max && rounded % 10 ** (max - d) !== 0) d++;
    needed = Math.max(needed, d);
  }
  return needed;
}

export interface MoneyFormatOptions {
  /** Append "HT" or "TTC". */
  basis?: AmountBasis;
  /** Always show cents (`7 900,00 €`); by default cents are shown only when there are some. */
  cents?: boolean;
}

/** `790000` → `7 900 €`; `3840050` → `38 400,50 €`; with `{ basis: 'TTC' }` → `38 400 € TTC`. */
export function formatMoney(cents: number, options: MoneyFormatOptions = {}): string {
  const whole = cents % 100 === 0;
  const digits = options.cents || !whole ? 2 : 0;
  const amount = numberFormat(digits, digits).format(cents / 100).replace(/[\u00A0\u202F ]/g, NNBSP);
  const text = `${amount}${NBSP}€`;
  return options.basis ? `${text}${NBSP}${options.basis}` : text;
}

/** `58.3` → `58 %`; with one decimal → `58,3 %`; with `minDecimals` 1: `100` → `100,0 %`. */
export function formatPercent(value: number, decimals = 0, minDecimals = 0): string {
  return `${formatNumber(value, decimals, minDecimals)}${NNBSP}%`;
}

/** A rate with its denominator: `7 sur 12 (58 %)`. */
export function formatRate(count: number, of: number): string {
  return `${fr.format.ofDenominator(formatNumber(count), formatNumber(of))} (${formatPercent((count / of) * 100)})`;
}

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });
const MONTH_NAMES = Array.from({ length: 12 }, (_, m) => monthFormat.format(new Date(Date.UTC(2000, m, 1))));

/** `"2022-08-05"` → `5 août 2022`; `"2022-08-01"` → `1er août 2022`; `"2018-03"` → `mars 2018`. */
export function formatDate(iso: string): string {
  const [date, time] = iso.split('T');
  const [y, m, d] = date.split('-');
  let text = y;
  if (m) text = `${MONTH_NAMES[Number(m) - 1]} ${y}`;
  if (d) text = `${Number(d) === 1 ? '1er' : Number(d)} ${text}`;
  text = text.replace(/ (\d{4})/, `${NBSP}$1`).replace(/^(\d+|1er) /, `$1${NBSP}`);
  if (!time) return text;
  const [hh, mm] = time.split(':');
  return fr.format.dateAtTime(text, `${Number(hh)}${NBSP}${fr.format.hoursShort}${mm === '00' ? '' : ` ${mm}`}`);
}

const parisClock = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * A moment (a file's last change, a commit) as Paris reads it on the clock, in the words of
 * `formatDate`: `2026-12-01T20:37:00Z` → `1er décembre 2026 à 21 h 37`. The time zone is always
 * Europe/Paris, never the machine's.
 */
export function formatInstant(instant: Date | string | number): string {
  const date = new Date(instant);
  // Not a moment (a damaged file date): shown as it came rather than stopping the page.
  if (Number.isNaN(date.getTime())) return String(instant);
  const parts = Object.fromEntries(parisClock.formatToParts(date).map((p) => [p.type, p.value]));
  return formatDate(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`);
}

/** Minutes as hours: `150` → `2 h 30`, `120` → `2 h`, `45` → `45 min`, `1860` → `31 h`. */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  if (h === 0) return `${m}${NBSP}${fr.format.minutesShort}`;
  if (m === 0) return `${formatNumber(h)}${NBSP}${fr.format.hoursShort}`;
  return `${formatNumber(h)}${NBSP}${fr.format.hoursShort}${NBSP}${String(m).padStart(2, '0')}`;
}

function unitWord(unit: Exclude<DurationUnit, 'minutes'>, n: number): string {
  return plural(n, ...fr.format.durationUnits[unit]);
}

/** `{ value: 150, unit: 'minutes' }` → `2 h 30`; `{ value: 10, unit: 'weeks' }` → `10 semaines`. */
export function formatDuration(duration: Duration): string {
  if (duration.unit === 'minutes') return formatMinutes(duration.value);
  return `${formatNumber(duration.value)}${NBSP}${unitWord(duration.unit, duration.value)}`;
}

/** `2 h 30 à 3 h`, `30 min à 1 h`, `10 à 12 semaines`, `2 h`. */
export function formatDurationRange(range: DurationRange): string {
  if (range.min === range.max) return formatDuration({ value: range.min, unit: range.unit });
  if (range.unit === 'minutes') {
    return fr.format.range(formatMinutes(range.min), formatMinutes(range.max));
  }
  return `${fr.format.range(formatNumber(range.min), formatNumber(range.max))}${NBSP}${unitWord(range.unit, range.max)}`;
}

/**
 * `{ min: 10, max: 12 }` → `10 à 12`; `{ min: 12, max: 12 }` → `12`; `{ min: 30 }` → `30 et plus`.
 * With `unit` (`['semaine', 'semaines']`): `10 à 12 semaines`.
 */
export function formatRange(range: NumberRange, unit?: readonly [string, string]): string {
  const { min, max } = range;
  const word = (n: number) => (unit ? `${NBSP}${plural(n, ...unit)}` : '');
  if (min !== undefined && max !== undefined) {
    if (min === max) return `${formatNumber(min)}${word(min)}`;
    return `${fr.format.range(formatNumber(min), formatNumber(max))}${word(max)}`;
  }
  if (min !== undefined) return fr.format.rangeOpenMin(`${formatNumber(min)}${word(min)}`);
  return `${fr.format.rangeOpenMax(formatNumber(max!))}${word(max!)}`;
}

/**
 * `{ min: 18, max: 55 }` → `de 18 à 55 ans`; `{ min: 30 }` → `plus de 30 ans`; with the bound as
 * the source wrote it: `{ max: 25, bound: 'less-than' }` → `moins de 26 ans`, `{ min: 31, bound:
 * 'more-than' }` → `plus de 30 ans`, `{ min: 18, bound: 'at-least' }` → `18 ans et plus`,
 * `{ max: 25, bound: 'at-most' }` → `25 ans au plus`.
 */
export function formatAgeRange(range: NumberRange & { bound?: Count['bound'] }): string {
  const n = (v: number) => formatNumber(v);
  switch (range.bound) {
    case 'more-than':
      return fr.format.ageOver(n(range.min! - 1));
    case 'less-than':
      return fr.format.ageUnder(n(range.max! + 1));
    case 'at-least':
      return fr.format.ageAtLeast(n(range.min!));
    case 'at-most':
      return fr.format.ageAtMost(n(range.max!));
  }
  if (range.min !== undefined && range.max !== undefined) return range.min === range.max ? fr.format.ageExact(n(range.min)) : fr.format.ageRange(n(range.min), n(range.max));
  if (range.min !== undefined) return fr.format.ageOver(n(range.min));
  return fr.format.ageUnder(n(range.max!));
}

/** `35 h par semaine, pendant 6 mois`, `50 % du temps de travail`: the time a person gives. */
export function formatHumanTime(h: { hours?: number; weeklyHours?: number; share?: GivenPercentValue; fte?: number; over?: Duration }): string | undefined {
  const w = fr.format.humanTime;
  const parts: string[] = [];
  if (h.hours !== undefined) parts.push(formatMinutes(h.hours * 60));
  if (h.weeklyHours !== undefined) parts.push(w.weeklyHours(formatMinutes(h.weeklyHours * 60)));
  if (h.share !== undefined) parts.push(w.share(formatPercentAsGiven(h.share)));
  if (h.fte !== undefined) parts.push(w.fte(formatNumber(h.fte)));
  const base = parts.join(', ');
  if (h.over) return base ? w.over(base, formatDuration(h.over)) : w.overOnly(formatDuration(h.over));
  return base || undefined;
}

/** A span of numbers: `12`, `10 à 12`. */
export function formatSpan(value: { min: number; max: number }, format: (n: number) => string = formatNumber): string {
  return value.min === value.max ? format(value.min) : fr.format.range(format(value.min), format(value.max));
}

/** A span of minutes as hours: `31 h`, `31 h 45 à 32 h`. */
export const formatMinutesSpan = (value: { min: number; max: number }) => formatSpan(value, formatMinutes);

/** A span of cents as euros: `658,33 €`, `1 600 € à 1 920 €`. */
export const formatMoneySpan = (value: { min: number; max: number }) => formatSpan(value, (c) => formatMoney(c));

/** `chaque semaine`, `toutes les 6 semaines`, `2 fois par semaine`, `une fois`. */
export function formatFrequency(frequency: Frequency): string {
  if (frequency.kind === 'once') return fr.format.once;
  if (frequency.kind === 'every') return fr.format.every(frequency.n, frequency.unit);
  return fr.format.timesPer(frequency.n, frequency.unit);
}

/**
 * `1/4`, or `25 %`, `55,78 %` for a share written as a percentage (with the source's decimals), or
 * `la moitié`, `un tiers` for a share the source writes in words.
 */
export function formatShare(share: Fraction & { words?: true }): string {
  if (share.words) {
    const word = fr.format.shareWords[`${share.numerator}/${share.denominator}`];
    if (word) return word;
  }
  return share.denominator === 100 ? formatPercent(share.numerator, 4) : `${share.numerator}/${share.denominator}`;
}

/**
 * A percentage as the source gives it, with its own decimals (up to 4): `55.78` → `55,78 %`,
 * `40` → `40 %`. Rates computed here use {@link formatPercent} with a fixed precision instead.
 */
export function formatGivenPercent(value: number): string {
  return formatPercent(value, 4);
}

/** A percentage as a source writes it: its value, and whether it is approximate or bounded. */
export interface GivenPercentValue {
  value: number;
  approx?: ApproxStyle;
  bound?: CountBound;
}

/** A percentage as the source gives it: `55,78 %`, `environ 40 %`, `plus de 50 %`. */
export function formatPercentAsGiven(p: GivenPercentValue): string {
  const value = formatGivenPercent(p.value);
  const w = fr.facts.count;
  if (p.bound) return formatBounded(p.bound, value);
  if (p.approx === 'nearly') return w.nearly(value);
  return p.approx ? w.about(value) : value;
}

const f = () => fr.facts;

/**
 * `{ date: '2003', qualifier: 'late' }` → `fin 2003`; `début mai 2010`, `mi-2015`, `printemps 2021`,
 * `vers 2009`, `avant le 3 mai 2010`, `au plus tôt le 1er mars 2023`, `au plus tard en juin 2024`;
 * without a qualifier, as {@link formatDate}.
 */
export function formatQualifiedDate(value: QualifiedDate): string {
  const text = formatDate(value.date);
  const q = value.qualifier;
  if (!q) return text;
  const word = fr.vocab.dateQualifier[q];
  const day = value.date.length === 10;
  switch (q) {
    case 'mid':
      return `${word}${text}`;
    case 'spring':
    case 'summer':
    case 'autumn':
    case 'winter':
    case 'early':
    case 'late':
      return `${word} ${text}`;
    case 'around':
    case 'before':
    case 'after':
      return `${word} ${day ? 'le ' : ''}${text}`;
    case 'not-before':
    case 'not-after':
      return `${word} ${day ? 'le' : 'en'} ${text}`;
  }
}

/** A date the sources disagree on names each reading's source: `novembre 2009 (Unccas) ou 1er décembre 2009 (Sud Ouest)`. */
export function formatDisputedDate(
  value: QualifiedDate & { source?: string[]; note?: string; alternatives?: Array<QualifiedDate & { source?: string[]; note?: string }> },
  sourceLabel: (ids: string[]) => string = (ids) => ids.join(', '),
): string {
  const d = f().date;
  if (!value.alternatives?.length) return value.note ? d.reading(formatQualifiedDate(value), value.note) : formatQualifiedDate(value);
  const readings = [value, ...value.alternatives].map((r) => {
    const extra = [r.source?.length ? sourceLabel(r.source) : undefined, r.note].filter(Boolean).join(', ');
    return extra ? d.reading(formatQualifiedDate(r), extra) : formatQualifiedDate(r);
  });
  return d.readings(readings);
}

type DateLike = QualifiedDate & { note?: string; alternatives?: Array<QualifiedDate & { note?: string }> };
interface PeriodLike {
  start?: DateLike;
  end?: DateLike;
  ongoing?: true;
}

const dateText = (d: DateLike, label?: (ids: string[]) => string) => formatDisputedDate(d, label);
const sameDate = (a: QualifiedDate, b: QualifiedDate) => a.date === b.date && a.qualifier === b.qualifier;

/**
 * `de mars 2018 à avril 2019`, `du 1er février 2024 au 31 juillet 2024`, `2021` (the same start
 * and end), `depuis 1991` (ongoing: the source says it continues), `à partir de 2009, fin non
 * renseignée` (an end the source does not give), `jusqu'en 2010`, `en cours, début non renseigné`.
 */
export function formatPeriod(period: PeriodLike, sourceLabel?: (ids: string[]) => string): string {
  const p = f().period;
  const { start, end } = period;
  if (start && end) {
    if (!start.alternatives && !end.alternatives && sameDate(start, end)) return formatQualifiedDate(start);
    return fr.format.periodFromTo(dateText(start, sourceLabel), dateText(end, sourceLabel));
  }
  if (start) return period.ongoing ? p.since(dateText(start, sourceLabel)) : p.fromUnknownEnd(dateText(start, sourceLabel));
  if (end) return p.until(dateText(end, sourceLabel), end.qualifier || end.alternatives ? 'qualified' : end.date.length === 10 ? 'day' : 'plain');
  return p.ongoingOnly;
}

/** The span of days a date may be, over all its readings. */
export function dateLikeBounds(d: DateLike) {
  return envelope([d, ...(d.alternatives ?? [])].map(qualifiedBounds));
}

/**
 * The calendar years a period covers. An ongoing period, or one whose end is not given, runs at
 * least to the latest year the content attests (`attested`: a source's date, a dated result),
 * never to a year nobody wrote; `[]` when its first year is not known.
 */
export function periodYears(period: PeriodLike, attested?: number): number[] {
  const first = period.start && dateLikeBounds(period.start).first;
  if (!first) return [];
  const last = period.end ? dateLikeBounds(period.end).last : undefined;
  const startYear = Number(first.slice(0, 4));
  const lastYear = last ? Number(last.slice(0, 4)) : Math.max(startYear, attested ?? startYear);
  return yearsOf({ first: `${startYear}-01-01`, last: `${lastYear}-12-31` }) ?? [];
}

/** A value with the open bound the source wrote: `plus de 25 %`, `au moins 12`, `moins de 26`. */
export function formatBounded(bound: CountBound | undefined, value: string): string {
  return bound ? f().count.bounded(bound, value) : value;
}

/**
 * A figure that situates a territory, as its source gives it, on the sheet and on the call page
 * alike: `55,78 %`, `1 200 €`, `15 km`, `3 200`; a bound stays a bound (`plus de 25 %`), never
 * the figure 25 %.
 */
export function formatTerritoryFigure(figure: { value: number; unit: 'percent' | 'people' | 'count' | 'euros' | 'kilometres'; bound?: CountBound }): string {
  const { value, unit } = figure;
  const text =
    unit === 'percent' ? formatGivenPercent(value) : unit === 'euros' ? formatMoney(Math.round(value * 100)) : unit === 'kilometres' ? `${formatNumber(value)}${NBSP}${fr.format.kilometres}` : formatNumber(value);
  return formatBounded(figure.bound, text);
}

function countNumber(c: Count): string {
  const w = f().count;
  if (c.bound) return formatBounded(c.bound, formatNumber(writtenBound(c) ?? 0));
  const value = c.min === c.max ? formatNumber(c.min!) : fr.format.range(formatNumber(c.min!), formatNumber(c.max!));
  if (c.precision === 'average') return w.average(value);
  if (c.precision === 'approx') return c.approx === 'nearly' ? w.nearly(value) : w.about(value);
  return value;
}

/** `01-01` → `1er janvier`, `08-31` → `31 août`: a day of a year not given. */
export function formatDayMonth(monthDay: string): string {
  const [m, d] = monthDay.split('-');
  return `${Number(d) === 1 ? '1er' : Number(d)}${NBSP}${MONTH_NAMES[Number(m) - 1]}`;
}

/** `du 1er janvier au 31 août 2023`, or `…, année non précisée` without a year. */
export function formatWithin(within: NonNullable<Count['within']>, date?: Count['date']): string {
  return f().count.within(formatDayMonth(within.from), formatDayMonth(within.to), date && /^\d{4}$/.test(date.date) ? date.date : undefined);
}

/** When a count is, in words: `en 2005` (a yearly count), `au 31 mars 2021`, `d'ici fin 2020` (a target). */
function countWhen(c: Count): string | undefined {
  const w = f().count;
  if (c.within) return formatWithin(c.within, c.date);
  const date = c.date && formatQualifiedDate(c.date);
  if (c.period === 'year') return date ? w.perYearOf(date) : fr.vocab.countPeriod.year;
  if (c.period && c.period !== 'whole' && c.period !== 'at-date') return fr.vocab.countPeriod[c.period];
  if (!date || !c.date) return undefined;
  if (c.kind === 'target') return w.by(date);
  return c.date.date.length === 10 && !c.date.qualifier ? w.atDay(date) : w.inPeriod(date);
}

export interface CountFormatOptions {
  /** Words after the unit (`accompagnées`): the caller agrees them with the unit. */
  label?: string;
  /** Leave the period and date out (a table shows them in their own columns). */
  bare?: boolean;
  /** Another noun for the unit (`femmes` for people), singular and plural. */
  noun?: readonly [string, string];
}

/**
 * `12 postes en insertion`, `environ 60 personnes par an`, `une soixantaine de personnes par an`,
 * `près de 600 personnes en 2010`, `plus de 250 personnes accompagnées au 31 mars 2021`,
 * `en moyenne 10 personnes par séance`, `3 000 personnes d'ici 2020` (a target), `moins de 26`;
 * with `noun: ['femme', 'femmes']`, `12 femmes`.
 */
export function formatCount(c: Count, options: CountFormatOptions = {}): string {
  const [one, many] = options.noun ?? f().count.unitWords[c.unit];
  const largest = writtenBound(c) ?? c.max ?? c.min ?? 0;
  const noun = plural(largest, one, many);
  const round = c.precision === 'approx' && c.approx === 'round' && c.min === c.max && f().count.roundWord(c.min!);
  const head = round ? f().count.round(c.min!, noun) : [countNumber(c), noun].filter(Boolean).join(NBSP);
  const when = options.bare ? undefined : countWhen(c);
  return [head, options.label, when].filter(Boolean).join(' ');
}

/**
 * A value, none or unknown: with `words` `{ none: 'aucun minimum', unknown: 'minimum non précisé' }`,
 * `{ state: 'none' }` → `aucun minimum`; a value → `format(value)`.
 */
export function formatKnown<T>(fact: Known<T>, format: (value: T) => string, words: { none: string; unknown: string } = f().known): string {
  if (fact.state === 'value') return format(fact.value);
  return fact.state === 'none' ? words.none : words.unknown;
}

interface SourceLike {
  id?: string;
  title: string;
  publisher: string;
  date?: string;
}

/** How a source is named beside a fact: its publisher and date, with its title when the publisher has several. */
export function sourceLabel(source: SourceLike, all: readonly SourceLike[] = [source]): string {
  const date = source.date ? formatDate(source.date) : undefined;
  const shared = all.filter((s) => s.publisher === source.publisher).length > 1;
  return shared ? f().source.withTitle(source.publisher, source.title, date) : f().source.item(source.publisher, date);
}

/** `source : Unccas, 28 novembre 2019`; `sources : Unccas ; Sud Ouest, 2 décembre 2009`. Unknown ids are left out. */
export function formatSources(ids: readonly string[], all: readonly SourceLike[]): string | undefined {
  const labels = ids.map((id) => all.find((s) => s.id === id)).filter((s): s is SourceLike => !!s).map((s) => sourceLabel(s, all));
  return labels.length ? f().source.line(labels) : undefined;
}

/** Every reading of a fact the sources disagree on (a duration, an age), the first one first. */
export const readingsOf = <T extends object>(fact: T & { alternatives?: readonly T[] }): T[] => [fact, ...(fact.alternatives ?? [])];
