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

/** `{ start: '2018-03', end: '2019-04' }` → `de mars 2018 à avril 2019`; same year → `2021`. */
export function formatPeriod(period: { start: string; end?: string }): string {
  if (!period.end) return fr.format.periodSince(formatDate(period.start));
  if (period.start === period.end) return formatDate(period.start);
  return fr.format.periodFromTo(formatDate(period.start), formatDate(period.end));
}

/** The years a period covers: `2021, 2022`. */
export function periodYears(period: { start: string; end?: string }): number[] {
  const first = Number(period.start.slice(0, 4));
  const last = Number((period.end ?? period.start).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
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

/** `{ min: 18, max: 55 }` → `de 18 à 55 ans`; `{ min: 30 }` → `plus de 30 ans`. */
export function formatAgeRange(range: NumberRange): string {
  if (range.min !== undefined && range.max !== undefined) return fr.format.ageRange(formatNumber(range.min), formatNumber(range.max));
  if (range.min !== undefined) return fr.format.ageOver(formatNumber(range.min));
  return fr.format.ageUnder(formatNumber(range.max!));
}

/** `35 h par semaine, pendant 6 mois`, `50 % du temps de travail`: the time a person gives. */
export function formatHumanTime(h: { hours?: number; weeklyHours?: number; share?: number; fte?: number; over?: Duration }): string | undefined {
  const w = fr.format.humanTime;
  const parts: string[] = [];
  if (h.hours !== undefined) parts.push(formatMinutes(h.hours * 60));
  if (h.weeklyHours !== undefined) parts.push(w.weeklyHours(formatMinutes(h.weeklyHours * 60)));
  if (h.share !== undefined) parts.push(w.share(formatPercent(h.share)));
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

/** `1/4`, or `25 %` for a share written as a percentage. */
export function formatShare(share: Fraction): string {
  return share.denominator === 100 ? formatPercent(share.numerator, 1) : `${share.numerator}/${share.denominator}`;
}
