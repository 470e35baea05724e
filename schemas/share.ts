/**
 * Shares: "1/4 par la Mission locale", "25 %". Kept as a fraction so that "1/4" is shown as the
 * source wrote it.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { parseGivenPercent, parseGivenShare } from '../src/domain/shares';
import { parseShare, type Fraction } from '../src/domain/shorthand';
import { report } from './issue';
import type { ApproxStyle, CountBound } from './vocabulary';

export type { Fraction };

export const ShareSchema = () =>
  z
    .union([z.number(), z.string()])
    .transform((input, ctx): Fraction => {
      const parsed = parseShare(input);
      if (!parsed.ok) {
        report(ctx, fr.schema.share.message, { rule: 'part/format', expected: fr.schema.share.expected, hint: fr.schema.share.hint });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta({ description: 'Une part : « 1/4 » ou « 25 % ».', expected: fr.schema.share.expected, examples: ['1/4', '25 %'] });

/** A percentage between 0 and 100 (`58`, `"58 %"`, `"58,3 %"`). */
export const PercentSchema = () =>
  z
    .union([z.number(), z.string()])
    .transform((input, ctx) => {
      const n = typeof input === 'number' ? input : Number(input.replace(/[\s\u00A0\u202F%]/g, '').replace(',', '.'));
      if (!Number.isFinite(n) || n < 0 || n > 100) {
        report(ctx, fr.diagnostics.invalidEntry, { rule: 'pourcentage/format', expected: fr.schema.percent.expected, hint: fr.details.schema.percentHint });
        return z.NEVER;
      }
      return n;
    })
    .meta({ description: 'Un pourcentage entre 0 et 100.', expected: fr.schema.percent.expected, examples: [58, '58 %'] });

/** A share as a source writes it, possibly approximate (« environ 40 % », « près d'un tiers »). */
export interface GivenShare extends Fraction {
  approx?: ApproxStyle;
  /** Written in words (« la moitié », « un tiers »), shown so. */
  words?: true;
}

/**
 * `"55,78 %"` (kept with its decimals), `"1/4"`, `"un tiers"`, `"un quart"`, `"la moitié"`,
 * `"environ 40 %"`, `"près d'un tiers"`.
 */
export const GivenShareSchema = () =>
  z
    .union([z.number(), z.string()])
    .transform((input, ctx): GivenShare => {
      const parsed = parseGivenShare(input);
      if (!parsed.ok) {
        report(ctx, fr.schema.share.message, { rule: 'part/format', expected: fr.facts.share.expected, hint: fr.schema.share.hint });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta({ description: 'Une part : « 55 % », « 1/4 », « un tiers », « environ 40 % ».', expected: fr.facts.share.expected, examples: ['55,78 %', 'un tiers', 'environ 40 %'] });

/** A percentage as a source gives it: its value (with its decimals), and whether it is approximate or bounded. */
export interface GivenPercent {
  value: number;
  approx?: ApproxStyle;
  bound?: CountBound;
}

/** `58`, `"55,78 %"`, `"environ 40 %"`, `"près de 100 %"`, `"plus de 50 %"`: between 0 and 100. */
export const GivenPercentSchema = () =>
  z
    .union([z.number(), z.string()])
    .transform((input, ctx): GivenPercent => {
      const parsed = parseGivenPercent(input);
      if (!parsed.ok) {
        report(ctx, fr.diagnostics.invalidEntry, { rule: 'pourcentage/format', expected: fr.facts.percent.expected, hint: fr.facts.percent.hint });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta({ description: 'Un pourcentage tel que la source l\'écrit : 58, « 55,78 % », « environ 40 % », « plus de 50 % ».', expected: fr.facts.percent.expected, examples: [58, '55,78 %', 'environ 40 %'] });
