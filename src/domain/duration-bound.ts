/**
 * Durations as calls write them: an exact duration (« 6 mois », « 180 jours calendaires »), a bound
 * (« 9 mois au plus », « au moins 3 mois »), a range (« 10 à 12 semaines »), or a set of values the
 * call allows (« 12 ou 24 mois », which does not allow 18), with a conditional extension
 * (« jusqu'à 12 mois en situation particulière ») kept beside it.
 *
 * Pure: parsing and French formatting, one module for the schema, the page and the PDF.
 */
import type { DayKind } from '../../schemas/call-vocabulary';
import { fr } from '../i18n/fr';
import { plural } from '../i18n/sections/helpers';
import { NBSP } from '../i18n/typography';
import { formatDuration, formatDurationRange, formatNumber } from './format';
import { parseDuration, type Duration, type DurationRange, type DurationUnit, type Parsed } from './shorthand';

export interface DurationBound {
  /** Inclusive; absent for « au plus ». */
  min?: number;
  /** Inclusive; absent for « au moins ». */
  max?: number;
  /** The only values allowed (« 12 ou 24 mois »); min and max are then the smallest and largest. */
  values?: number[];
  unit: DurationUnit;
  /** Calendar or business days, when the call says which. */
  days?: DayKind;
  /** Written in years (« 3 ans »): months that are shown as years again. */
  years?: true;
}

export interface BoundedDuration extends DurationBound {
  /** A longer duration the call allows under a condition, kept apart from the bound. */
  extension?: { upTo: Duration; condition?: string };
  /** An end that falls on a non-working day moves to the next working day. */
  rollsOver?: true;
  note?: string;
  source?: string[];
}

const SPACES = /[\s\u00A0\u202F\u2009]+/g;
const fail = { ok: false } as const;

/** `jours calendaires` → calendar, `jours ouvrés` / `jours ouvrables` → business; the word is removed. */
function dayKindOf(text: string): { text: string; days?: DayKind } {
  const m = /\s+(calendaires?|ouvrés|ouvrables)$/.exec(text);
  if (!m) return { text };
  return { text: text.slice(0, m.index), days: m[1].startsWith('calendaire') ? 'calendar' : 'business' };
}

function single(text: string): Parsed<Duration> {
  return parseDuration(text);
}

/**
 * `"9 mois au plus"`, `"au plus 9 mois"`, `"9 mois maximum"`, `"jusqu'à 9 mois"` → `{ max: 9 }`;
 * `"au moins 3 mois"`, `"3 mois minimum"` → `{ min: 3 }`; `"10 à 12 semaines"` → a range;
 * `"12 ou 24 mois"` → `{ values: [12, 24] }`; `"180 jours calendaires"` → `{ min: 180, max: 180, days: 'calendar' }`.
 */
export function parseDurationBound(input: string): Parsed<DurationBound> {
  const raw = input.trim().toLowerCase().replace(SPACES, ' ').replace(/’/g, "'");
  const { text, days } = dayKindOf(raw);
  const years = /\b(an|ans|année|années)$/.test(text) && !/\s(?:à|a|ou)\s/.test(text);
  const withDays = (bound: DurationBound): Parsed<DurationBound> => {
    if (days && bound.unit !== 'days') return fail;
    return { ok: true, value: { ...bound, ...(days && { days }), ...(years && { years: true as const }) } };
  };
  let m = /^(?:au plus|au maximum|maximum|jusqu'à|pas plus de)\s+(.+)$/.exec(text) ?? /^(.+?)\s+(?:au plus|maximum|au maximum|max\.?)$/.exec(text);
  if (m) {
    const d = single(m[1]);
    return d.ok ? withDays({ max: d.value.value, unit: d.value.unit }) : fail;
  }
  m = /^(?:au moins|au minimum|minimum)\s+(.+)$/.exec(text) ?? /^(.+?)\s+(?:au moins|minimum|au minimum|min\.?)$/.exec(text);
  if (m) {
    const d = single(m[1]);
    return d.ok ? withDays({ min: d.value.value, unit: d.value.unit }) : fail;
  }
  m = /^(\d+(?:[.,]\d+)?)((?:\s*,\s*\d+(?:[.,]\d+)?)*)\s+ou\s+(.+)$/.exec(text);
  if (m) {
    const last = single(m[3]);
    const unitWord = /([a-zéè.]+)$/.exec(m[3]);
    if (!last.ok || !unitWord) return fail;
    const others = [m[1], ...m[2].split(',').map((x) => x.trim()).filter(Boolean)].map((n) => single(`${n} ${unitWord[1]}`));
    if (others.some((o) => !o.ok || o.value.unit !== last.value.unit)) return fail;
    const values = [...others.map((o) => (o as { ok: true; value: Duration }).value.value), last.value.value].sort((a, b) => a - b);
    if (new Set(values).size !== values.length) return fail;
    return withDays({ min: values[0], max: values[values.length - 1], values, unit: last.value.unit });
  }
  const parts = text.split(/\s+(?:à|a)\s+/);
  if (parts.length === 2) {
    const right = single(parts[1]);
    const unitWord = /([a-zéè.]+)$/.exec(parts[1]);
    if (!right.ok || !unitWord) return fail;
    const left = /^\d+(?:[.,]\d+)?$/.test(parts[0]) ? single(`${parts[0]} ${unitWord[1]}`) : single(parts[0]);
    if (!left.ok || left.value.unit !== right.value.unit || left.value.value > right.value.value) return fail;
    return withDays({ min: left.value.value, max: right.value.value, unit: right.value.unit });
  }
  const d = single(text);
  return d.ok ? withDays({ min: d.value.value, max: d.value.value, unit: d.value.unit }) : fail;
}

function unitText(unit: DurationUnit, n: number, days?: DayKind): string {
  if (unit === 'minutes') return '';
  const words = fr.format.durationUnits[unit];
  const base = plural(n, ...words);
  return days ? `${base} ${plural(n, ...fr.tender.vocab.dayKind[days])}` : base;
}

/** A value with its unit: `9 mois`, `3 ans` (written so), `180 jours calendaires`, `2 h 30`. */
function valueText(value: number, bound: Pick<DurationBound, 'unit' | 'days' | 'years'>): string {
  if (bound.unit === 'minutes') return formatDuration({ value, unit: 'minutes' });
  if (bound.years && value % 12 === 0) return `${formatNumber(value / 12)}${NBSP}${plural(value / 12, ...fr.tender.duration.years)}`;
  return `${formatNumber(value)}${NBSP}${unitText(bound.unit, value, bound.days)}`;
}

/**
 * `9 mois au plus`, `au moins 3 mois`, `10 à 12 semaines`, `12 ou 24 mois`, `180 jours calendaires`.
 */
export function formatDurationBound(bound: DurationBound): string {
  const t = fr.tender.duration;
  if (bound.values) {
    const numbers = bound.values.map((v) => formatNumber(v));
    const last = bound.values[bound.values.length - 1];
    if (bound.unit === 'minutes') return fr.common.orList(bound.values.map((v) => valueText(v, bound)));
    return `${fr.common.orList(numbers)}${NBSP}${unitText(bound.unit, last, bound.days)}`;
  }
  const { min, max } = bound;
  if (min !== undefined && max !== undefined) {
    if (min === max) return valueText(min, bound);
    if (bound.unit === 'minutes') return fr.format.range(valueText(min, bound), valueText(max, bound));
    return `${fr.format.range(formatNumber(min), formatNumber(max))}${NBSP}${unitText(bound.unit, max, bound.days)}`;
  }
  if (max !== undefined) return t.atMost(valueText(max, bound));
  return t.atLeast(valueText(min!, bound));
}

/**
 * A pathway's duration: `5 mois`, `10 à 12 semaines`, or `2 ans au plus` when the source gives
 * only its longest (`atMost`, see schemas/duration.ts).
 */
export function formatPathwayDuration(d: DurationRange & { atMost?: true; years?: true }): string {
  return d.atMost ? formatDurationBound({ max: d.max, unit: d.unit, ...(d.years && { years: d.years }) }) : formatDurationRange(d);
}

/** `9 mois au plus, jusqu'à 12 mois (situations particulières)`. */
export function formatBoundedDuration(d: BoundedDuration): string {
  const base = formatDurationBound(d);
  const upTo = d.extension && formatDurationBound({ min: d.extension.upTo.value, max: d.extension.upTo.value, unit: d.extension.upTo.unit });
  const text = upTo ? fr.tender.duration.extension(base, upTo, d.extension!.condition) : base;
  return d.rollsOver ? fr.tender.duration.rollsOver(text) : text;
}
