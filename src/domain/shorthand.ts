/**
 * Parsers for the shorthands authors type in content files: amounts (`"38 400 € TTC"`), ranges
 * (`"10 à 12"`), durations (`"2h30"`, `"30 mn à 1h"`, `"10 à 12 semaines"`), dates (`"05/08/2022"`,
 * `"2018-03"`) and shares (`"1/4"`, `"25 %"`).
 *
 * Pure: each returns `{ ok: true, value }` or `{ ok: false }`; the schemas turn a failure into a
 * French error with the expected forms.
 */
import type { AmountBasis } from './money';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = { ok: false } as const;

/** Every kind of space authors paste (normal, no-break, narrow no-break, thin). */
const SPACES = /[\s\u00A0\u202F\u2009]+/g;

/**
 * How free words are compared: lower case, no accents, typographic apostrophes as `'`, every run
 * of spaces as one space: `"Fin  Janvier"` → `"fin janvier"`.
 */
export function foldWords(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’]/g, "'")
    .replace(SPACES, ' ');
}

function toNumber(text: string): number | undefined {
  const cleaned = text.replace(SPACES, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** Whether a number of euros has at most two decimals (so that it is a whole number of cents). */
export function isWholeCents(euros: number): boolean {
  return Math.abs(Math.round(euros * 100) - euros * 100) < 1e-6;
}

export function eurosToCents(euros: number): number {
  return Math.round(euros * 100);
}

/**
 * `"7 900 €"`, `"38 400,50 € TTC"`, `"26000 EUR HT"`, `"7900"` → cents and, when written, the basis.
 */
/**
 * An amount whose one separator is followed by exactly three digits (`7.900`, `40.000 €`,
 * `7,900`): a thousands separator (7 900 €) or a decimal one (7,90 €)? Read as either, the other
 * is a wrong figure on every page and PDF; an amount has two decimals at most, so it is refused.
 */
export const AMBIGUOUS_AMOUNT = /^\d{1,3}[.,]\d{3}$/;

/** The figures of an amount as written, without its mention HT/TTC and its euro sign. */
function amountFigures(text: string): { figures: string; basis?: AmountBasis } {
  let rest = text.trim();
  let basis: AmountBasis | undefined;
  const basisMatch = /\b(HT|TTC|H\.T\.|T\.T\.C\.)\s*$/i.exec(rest);
  if (basisMatch) {
    basis = basisMatch[1].replace(/\./g, '').toUpperCase() as AmountBasis;
    rest = rest.slice(0, basisMatch.index).trim();
  }
  return { figures: rest.replace(/(€|eur(os?)?)\s*$/i, '').trim(), ...(basis && { basis }) };
}

/** The two readings' figures of an ambiguous amount: `"7.900 €"` → `['7', '900']`; undefined if it is not one. */
export function ambiguousParts(text: string): [whole: string, part: string] | undefined {
  const { figures } = amountFigures(String(text));
  if (!AMBIGUOUS_AMOUNT.test(figures)) return undefined;
  const [whole, part] = figures.split(/[.,]/);
  return [whole, part];
}

export function parseAmount(text: string): Parsed<{ cents: number; basis?: AmountBasis }> {
  const { figures, basis } = amountFigures(text);
  if (AMBIGUOUS_AMOUNT.test(figures)) return fail;
  const euros = toNumber(figures);
  if (euros === undefined || euros < 0 || !isWholeCents(euros)) return fail;
  return ok(basis ? { cents: eurosToCents(euros), basis } : { cents: eurosToCents(euros) });
}

export interface NumberRange {
  min?: number;
  max?: number;
}

/**
 * `"10 à 12"`, `"10-12"`, `"3 à 4"`, `"12"`, `"plus de 30"`, `"30+"`, `"jusqu'à 25"`, `"≤ 25"`.
 * Open ends are allowed; the caller decides whether a closed range is required.
 */
export function parseNumberRange(text: string): Parsed<NumberRange> {
  // A unit word after the numbers ("18 à 55 ans", "10 à 12 femmes") says what is counted: drop it.
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/(\d)\s+[a-zà-ÿ]{2,}$/u, '$1');
  const num = String.raw`(\d+(?:[.,]\d+)?)`;
  let m = new RegExp(String.raw`^(?:de\s+|entre\s+)?${num}\s*(?:-|–|à|a|et)\s*${num}$`).exec(t);
  if (m) return ok({ min: toNumber(m[1]), max: toNumber(m[2]) });
  m = new RegExp(String.raw`^${num}$`).exec(t);
  if (m) return ok({ min: toNumber(m[1]), max: toNumber(m[1]) });
  m = new RegExp(String.raw`^(?:plus de|au moins|minimum|min\.?|≥|>=|>)\s*${num}$|^${num}\s*(?:\+|et plus|ou plus)$`).exec(t);
  if (m) return ok({ min: toNumber(m[1] ?? m[2]) });
  m = new RegExp(String.raw`^(?:jusqu'à|au plus|maximum|max\.?|moins de|≤|<=|<)\s*${num}$`).exec(t);
  if (m) return ok({ max: toNumber(m[1]) });
  return fail;
}

/** Units of a normalised duration: hours are stored as minutes. */
export type DurationUnit = 'minutes' | 'days' | 'weeks' | 'months';

export interface Duration {
  value: number;
  unit: DurationUnit;
}

const UNIT_WORDS: Array<[RegExp, DurationUnit, number]> = [
  [/^(mn|min|mins|minute|minutes)$/, 'minutes', 1],
  [/^(h|heure|heures|hr|hrs)$/, 'minutes', 60],
  [/^(j|jour|jours|journée|journées)$/, 'days', 1],
  [/^(sem|sem\.|semaine|semaines)$/, 'weeks', 1],
  [/^(mois)$/, 'months', 1],
  [/^(an|ans|année|années)$/, 'months', 12],
];

function unitOf(word: string): [DurationUnit, number] | undefined {
  const found = UNIT_WORDS.find(([re]) => re.test(word));
  return found ? [found[1], found[2]] : undefined;
}

/**
 * One duration: `"2h30"`, `"2 h 30"`, `"2 heures"`, `"1h15 min"`, `"30 mn"`, `"10 semaines"`,
 * `"5 mois"`, `"1 an"`. A bare number has no unit and is refused here (use
 * {@link parseDurationRange}, which lets the right side give the left its unit).
 */
export function parseDuration(text: string): Parsed<Duration> {
  const t = text.trim().toLowerCase().replace(SPACES, ' ');
  const hm = /^(\d+)\s*h\s*(\d{1,2})(?:\s*(?:min|mn))?$/.exec(t);
  if (hm) {
    const minutes = Number(hm[2]);
    if (minutes >= 60) return fail;
    return ok({ value: Number(hm[1]) * 60 + minutes, unit: 'minutes' });
  }
  const m = /^(\d+(?:[.,]\d+)?)\s*([a-zéè.]+)$/.exec(t);
  if (!m) return fail;
  const unit = unitOf(m[2]);
  const n = toNumber(m[1]);
  if (!unit || n === undefined) return fail;
  const value = n * unit[1];
  if (!Number.isInteger(value)) return fail;
  return ok({ value, unit: unit[0] });
}

export interface DurationRange {
  min: number;
  max: number;
  unit: DurationUnit;
}

/**
 * A duration or a range of durations: `"2 h"`, `"2h30 à 3h"`, `"30 mn à 1h"`, `"10 à 12 semaines"`.
 */
export function parseDurationRange(text: string): Parsed<DurationRange> {
  const t = text.trim().toLowerCase().replace(SPACES, ' ');
  const parts = t.split(/\s+(?:à|a)\s+|\s*[-–]\s*/);
  if (parts.length === 1) {
    const single = parseDuration(parts[0]);
    return single.ok ? ok({ min: single.value.value, max: single.value.value, unit: single.value.unit }) : fail;
  }
  if (parts.length !== 2) return fail;
  const right = parseDuration(parts[1]);
  if (!right.ok) return fail;
  let left = parseDuration(parts[0]);
  if (!left.ok && /^\d+(?:[.,]\d+)?$/.test(parts[0].trim())) {
    // "10 à 12 semaines": the left side borrows the right side's unit.
    const unitWord = /([a-zéè.]+)$/.exec(parts[1].trim());
    if (!unitWord) return fail;
    left = parseDuration(`${parts[0]} ${unitWord[1]}`);
  }
  if (!left.ok || left.value.unit !== right.value.unit) return fail;
  return ok({ min: left.value.value, max: right.value.value, unit: right.value.unit });
}

/** A calendar date with the precision the source gives: a year, a month or a day. */
export type PartialDate = string;

const MONTHS = [
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
];

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `"2022-08-05"`, `"05/08/2022"`, `"5 août 2022"`, `"2018-03"`, `"mars 2018"`, `"2018"`, `2018`
 * → ISO `"2022-08-05"`, `"2018-03"`, `"2018"`.
 */
export function parsePartialDate(input: string | number): Parsed<PartialDate> {
  const t = String(input)
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPACES, ' ');
  let m = /^(\d{4})$/.exec(t);
  if (m) return ok(m[1]);
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? ok(`${m[1]}-${m[2]}`) : fail;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return isRealDay(+m[1], +m[2], +m[3]) ? ok(`${m[1]}-${m[2]}-${m[3]}`) : fail;
  m = /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/.exec(t);
  if (m) return isRealDay(+m[3], +m[2], +m[1]) ? ok(`${m[3]}-${pad(+m[2])}-${pad(+m[1])}`) : fail;
  m = /^(?:(\d{1,2}|1er) )?([a-z]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]) + 1;
    if (month === 0) return fail;
    if (!m[1]) return ok(`${m[3]}-${pad(month)}`);
    const day = m[1] === '1er' ? 1 : Number(m[1]);
    return isRealDay(+m[3], month, day) ? ok(`${m[3]}-${pad(month)}-${pad(day)}`) : fail;
  }
  return fail;
}

/** The first and last day a partial date covers, as ISO days, for comparisons. */
export function dateBounds(date: PartialDate): { first: string; last: string } {
  if (date.length === 4) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (date.length === 7) {
    const [y, mo] = date.split('-').map(Number);
    const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return { first: `${date}-01`, last: `${date}-${pad(lastDay)}` };
  }
  return { first: date, last: date };
}

export interface Fraction {
  numerator: number;
  denominator: number;
}

/** `"1/4"` → 1/4; `"25 %"`, `25` → 25/100. */
export function parseShare(input: string | number): Parsed<Fraction> {
  if (typeof input === 'number') {
    return input >= 0 && input <= 100 ? ok({ numerator: input, denominator: 100 }) : fail;
  }
  const t = input.trim().replace(SPACES, '');
  let m = /^(\d+)\/(\d+)$/.exec(t);
  if (m) {
    const [n, d] = [Number(m[1]), Number(m[2])];
    return d > 0 && n <= d ? ok({ numerator: n, denominator: d }) : fail;
  }
  m = /^(\d+(?:[.,]\d+)?)%?$/.exec(t);
  if (m) {
    const n = Number(m[1].replace(',', '.'));
    return n <= 100 ? ok({ numerator: n, denominator: 100 }) : fail;
  }
  return fail;
}

export type Frequency =
  | { kind: 'every'; n: number; unit: 'days' | 'weeks' | 'months' }
  | { kind: 'times'; n: number; unit: 'days' | 'weeks' | 'months' }
  | { kind: 'once' };

const FREQUENCY_WORDS: Record<string, Frequency> = {
  quotidien: { kind: 'every', n: 1, unit: 'days' },
  quotidienne: { kind: 'every', n: 1, unit: 'days' },
  daily: { kind: 'every', n: 1, unit: 'days' },
  hebdomadaire: { kind: 'every', n: 1, unit: 'weeks' },
  weekly: { kind: 'every', n: 1, unit: 'weeks' },
  'chaque semaine': { kind: 'every', n: 1, unit: 'weeks' },
  mensuel: { kind: 'every', n: 1, unit: 'months' },
  mensuelle: { kind: 'every', n: 1, unit: 'months' },
  monthly: { kind: 'every', n: 1, unit: 'months' },
  'chaque mois': { kind: 'every', n: 1, unit: 'months' },
  once: { kind: 'once' },
  'une fois': { kind: 'once' },
  ponctuel: { kind: 'once' },
  ponctuelle: { kind: 'once' },
};

const UNIT_OF: Record<string, 'days' | 'weeks' | 'months'> = {
  jour: 'days', jours: 'days', semaine: 'weeks', semaines: 'weeks', mois: 'months',
};

/**
 * `"hebdomadaire"`, `"mensuel"`, `"toutes les 6 semaines"`, `"2 fois par semaine"`, `"une fois"`.
 */
export function parseFrequency(text: string): Frequency | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (FREQUENCY_WORDS[t]) return FREQUENCY_WORDS[t];
  let m = /^toutes les (\d+) (jours|semaines|mois)$/.exec(t);
  if (m) return { kind: 'every', n: Number(m[1]), unit: UNIT_OF[m[2]] };
  m = /^(\d+) fois par (jour|semaine|mois)$/.exec(t);
  if (m) return { kind: 'times', n: Number(m[1]), unit: UNIT_OF[m[2]] };
  return undefined;
}


