/**
 * Shares and percentages as sources write them: `"55,78 %"` keeps its decimals, `"un tiers"` is
 * 1/3, `"environ 40 %"` is approximate, `"plus de 50 %"` bounded.
 */
import type { ApproxStyle, CountBound } from '../../schemas/vocabulary';
import { parseCountText } from './counts';
import { foldWords, parseShare, type Fraction, type Parsed } from './shorthand';

const WORDS: Record<string, Fraction> = {
  'la moitie': { numerator: 1, denominator: 2 },
  'une moitie': { numerator: 1, denominator: 2 },
  'un tiers': { numerator: 1, denominator: 3 },
  'deux tiers': { numerator: 2, denominator: 3 },
  'les deux tiers': { numerator: 2, denominator: 3 },
  'un quart': { numerator: 1, denominator: 4 },
  'trois quarts': { numerator: 3, denominator: 4 },
  'les trois quarts': { numerator: 3, denominator: 4 },
  'un cinquieme': { numerator: 1, denominator: 5 },
  'un dixieme': { numerator: 1, denominator: 10 },
};

const APPROX: Array<[RegExp, ApproxStyle]> = [
  [/^(?:environ|a peu pres|autour de) /, 'about'],
  [/^(?:pres d'|pres de|presque|quasiment|proche des|proche de|proche d') ?/, 'nearly'],
];

/** The text without its approximation word, and how it approximated: `près d'un tiers` → `un tiers`, nearly. */
function withoutApprox(text: string): [string, ApproxStyle | undefined] {
  for (const [re, style] of APPROX) {
    const m = re.exec(text);
    if (m) return [text.slice(m[0].length).trim(), style];
  }
  return [text, undefined];
}

/** `"un tiers"` → 1/3; `"environ 40 %"` → 40/100, about; `"1/4"`, `"25 %"`, `25`. */
export function parseGivenShare(input: string | number): Parsed<Fraction & { approx?: ApproxStyle; words?: true }> {
  if (typeof input === 'number') return parseShare(input);
  const [t, approx] = withoutApprox(foldWords(input));
  const word = WORDS[t.replace(/^d'/, '')];
  const parsed = word ? { ok: true as const, value: { ...word, words: true as const } } : parseShare(t);
  if (!parsed.ok) return parsed;
  return { ok: true, value: approx ? { ...parsed.value, approx } : parsed.value };
}

/** `58`, `"55,78 %"`, `"environ 40 %"`, `"proche des 100 %"`, `"plus de 50 %"`. */
export function parseGivenPercent(input: string | number): Parsed<{ value: number; approx?: ApproxStyle; bound?: CountBound }> {
  if (typeof input === 'number') return input >= 0 && input <= 100 ? { ok: true, value: { value: input } } : { ok: false };
  // A percentage is at most 100: a point in it is a decimal one (« 58.33 % » as « 58,33 % »).
  const [t, approx] = withoutApprox(foldWords(input).replace(/ ?%$/, '').replace(/(\d)\.(\d)/, '$1,$2'));
  const parsed = parseCountText(t);
  if (!parsed.ok || parsed.value.unit || parsed.value.period || parsed.value.precision === 'average') return { ok: false };
  const c = parsed.value;
  const value = c.bound === 'less-than' || c.bound === 'at-most' ? c.max : c.min;
  if (value === undefined || (c.min !== undefined && c.max !== undefined && c.min !== c.max) || value > 100) return { ok: false };
  const style = approx ?? c.approx;
  return { ok: true, value: { value, ...(style && { approx: style }), ...(c.bound && { bound: c.bound }) } };
}
