/**
 * Dates as sources write them: a year, a month or a day, with a qualifier when the source is
 * vague (« fin 2003 », « début mai 2010 », « printemps 2021 », « vers 2009 », « au plus tôt le
 * 1er mars 2023 »), and periods that may be open (« depuis 1991 ») or of unknown end.
 *
 * Each qualified date covers a span of days, its bounds, by which dates are ordered: « fin 2003 »
 * is September to December 2003, « avant 2009 » ends on 31 December 2008 and has no first day.
 * Two dates are in order unless one certainly ends before the other begins.
 *
 * Pure: `parseQualifiedDate` returns `{ ok, value }`; the schemas turn a failure into a French
 * error.
 */
import type { DateQualifier } from '../../schemas/vocabulary';
import { dateBounds, foldWords, parsePartialDate, type PartialDate, type Parsed } from './shorthand';

export type { DateQualifier };

/** A date with the precision the source gives and, when it is vague, how. */
export interface QualifiedDate {
  /** ISO: `2003`, `2010-05`, `2023-03-01`. */
  date: PartialDate;
  qualifier?: DateQualifier;
}

/** The first and last day a date may be (ISO days); an open side is absent. */
export interface DateBounds {
  first?: string;
  last?: string;
}

const SEASONS = new Set<DateQualifier>(['spring', 'summer', 'autumn', 'winter']);

/** The words authors write before a date, folded (lower case, no accents), longest first. */
const QUALIFIER_WORDS: Array<[RegExp, DateQualifier]> = [
  [/^au plus tot (?:le |en )?/, 'not-before'],
  [/^au plus tard (?:le |en )?/, 'not-after'],
  [/^pas avant (?:le |en )?/, 'not-before'],
  [/^(?:au )?debut (?:de l'annee |de l'an |d'|de |du mois de )?/, 'early'],
  [/^(?:a la |en )?mi-?\s?/, 'mid'],
  [/^(?:au milieu de l'annee |milieu (?:de l'annee |de |d')?)/, 'mid'],
  [/^(?:a la )?fin (?:de l'annee |de l'an |d'|de |du mois de )?/, 'late'],
  [/^(?:au )?printemps /, 'spring'],
  [/^(?:l'|en )?ete /, 'summer'],
  [/^(?:a l'|en )?automne /, 'autumn'],
  [/^(?:l'|en )?hiver /, 'winter'],
  [/^(?:vers|environ|aux alentours de|autour de) (?:le |l'annee )?/, 'around'],
  [/^avant (?:le |l'annee )?/, 'before'],
  [/^apres (?:le |l'annee )?/, 'after'],
  [/^(?:depuis au moins|au moins depuis) /, 'not-after'],
];


/**
 * `"fin 2003"` → `{ date: '2003', qualifier: 'late' }`; `"début mai 2010"` → `{ date: '2010-05',
 * qualifier: 'early' }`; `"printemps 2021"`, `"vers 2009"`, `"au plus tôt le 1er mars 2023"`;
 * a plain date (`"2018-03"`, `"mars 2018"`, `2018`) has no qualifier.
 */
export function parseQualifiedDate(input: string | number): Parsed<QualifiedDate> {
  if (typeof input === 'number') {
    const plain = parsePartialDate(input);
    return plain.ok ? { ok: true, value: { date: plain.value } } : { ok: false };
  }
  const t = foldWords(input).replace(/^(?:le|en|l'annee) /, '');
  for (const [pattern, qualifier] of QUALIFIER_WORDS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length).trim().replace(/^(?:le|en) /, '');
    const plain = parsePartialDate(rest);
    if (!plain.ok) return { ok: false };
    return validQualified({ date: plain.value, qualifier });
  }
  const plain = parsePartialDate(t);
  return plain.ok ? { ok: true, value: { date: plain.value } } : { ok: false };
}

/**
 * Whether a qualifier fits the date's precision: a season needs a year alone; « début », « mi- »
 * and « fin » a year or a month (not a day).
 */
export function validQualified(value: QualifiedDate): Parsed<QualifiedDate> {
  const { date, qualifier } = value;
  if (!qualifier) return { ok: true, value: { date } };
  if (SEASONS.has(qualifier) && date.length !== 4) return { ok: false };
  if ((qualifier === 'early' || qualifier === 'mid' || qualifier === 'late') && date.length === 10) return { ok: false };
  return { ok: true, value: { date, qualifier } };
}

const pad = (n: number) => String(n).padStart(2, '0');

function shiftDay(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Thirds of a year (January–April, May–August, September–December) or of a month (1–10, 11–20, 21–end). */
function thirdOf(date: PartialDate, third: 0 | 1 | 2): DateBounds {
  const { first, last } = dateBounds(date);
  if (date.length === 4) {
    const starts = ['01-01', '05-01', '09-01'];
    const ends = ['04-30', '08-31', '12-31'];
    return { first: `${date}-${starts[third]}`, last: `${date}-${ends[third]}` };
  }
  const starts = ['01', '11', '21'];
  const ends = ['10', '20', last.slice(8)];
  return { first: `${first.slice(0, 8)}${starts[third]}`, last: `${first.slice(0, 8)}${ends[third]}` };
}

/** Widens a date by one of its own units (a year, a month, a week for a day). */
function around(date: PartialDate): DateBounds {
  const { first, last } = dateBounds(date);
  if (date.length === 4) return { first: `${Number(date) - 1}-01-01`, last: `${Number(date) + 1}-12-31` };
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    const before = m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
    const after = m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
    return { first: dateBounds(before).first, last: dateBounds(after).last };
  }
  return { first: shiftDay(first, -7), last: shiftDay(last, 7) };
}

/**
 * The days a qualified date may be. Seasons are astronomical: spring 20 March – 20 June, summer
 * 21 June – 22 September, autumn 23 September – 20 December, and « hiver 2021 » the winter that
 * ends in 2021 (21 December 2020 – 19 March 2021).
 */
export function qualifiedBounds(value: QualifiedDate): DateBounds {
  const { date, qualifier } = value;
  const plain = dateBounds(date);
  const y = Number(date.slice(0, 4));
  switch (qualifier) {
    case undefined:
      return plain;
    case 'early':
      return thirdOf(date, 0);
    case 'mid':
      return thirdOf(date, 1);
    case 'late':
      return thirdOf(date, 2);
    case 'spring':
      return { first: `${y}-03-20`, last: `${y}-06-20` };
    case 'summer':
      return { first: `${y}-06-21`, last: `${y}-09-22` };
    case 'autumn':
      return { first: `${y}-09-23`, last: `${y}-12-20` };
    case 'winter':
      return { first: `${y - 1}-12-21`, last: `${y}-03-19` };
    case 'around':
      return around(date);
    case 'before':
      return { last: shiftDay(plain.first, -1) };
    case 'after':
      return { first: shiftDay(plain.last, 1) };
    case 'not-before':
      return { first: plain.first };
    case 'not-after':
      return { last: plain.last };
  }
}

/** The bounds covering several dates (readings that sources disagree on). */
export function envelope(bounds: readonly DateBounds[]): DateBounds {
  if (bounds.length === 0) return {};
  const firsts = bounds.map((b) => b.first);
  const lasts = bounds.map((b) => b.last);
  return {
    ...(firsts.every((f): f is string => f !== undefined) && { first: firsts.reduce((a, b) => (a < b ? a : b)) }),
    ...(lasts.every((l): l is string => l !== undefined) && { last: lasts.reduce((a, b) => (a > b ? a : b)) }),
  };
}

/** Whether `a` certainly ends before `b` begins (its last day before `b`'s first). */
export function certainlyBefore(a: DateBounds, b: DateBounds): boolean {
  return a.last !== undefined && b.first !== undefined && a.last < b.first;
}

/**
 * How two dates compare: `before`, `after`, or `overlap` when either may come first
 * (« 2009 » and « fin 2009 », « vers 2009 » and 2010).
 */
export function compareBounds(a: DateBounds, b: DateBounds): 'before' | 'after' | 'overlap' {
  if (certainlyBefore(a, b)) return 'before';
  if (certainlyBefore(b, a)) return 'after';
  return 'overlap';
}

/** A sort key: the earliest day a date may be (an open start sorts first). */
export function sortKey(bounds: DateBounds): string {
  return bounds.first ?? bounds.last ?? '';
}

/** The calendar years a span of days covers, when both ends are known. */
export function yearsOf(bounds: DateBounds): number[] | undefined {
  if (!bounds.first || !bounds.last) return undefined;
  const first = Number(bounds.first.slice(0, 4));
  const last = Number(bounds.last.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
