/**
 * Ranges are first-class values: "10 à 12 femmes", "3 à 4 séances", "plus de 30 ans".
 *
 * Authors write `12`, `"10 à 12"`, `"10-12"`, `"plus de 30"` or `{ min: 10, max: 12 }`.
 * Code receives `{ min?, max? }` (a single value gives `min === max`); a range's minimum is never
 * above its maximum.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { parseNumberRange, type NumberRange } from '../src/domain/shorthand';
import { formatNumber } from '../src/domain/format';
import { report } from './issue';

export type { NumberRange };

interface RangeOptions {
  /** Both ends required (counts of sessions, group sizes). Default: open ends allowed. */
  closed?: boolean;
  /** Whole numbers only (counts). */
  integer?: boolean;
  /** The smallest value that makes sense (1 session: a workshop of 0 sessions is a mistake). */
  least?: number;
  description?: string;
}

const RangeObjectSchema = (integer: boolean) => {
  const n = integer ? z.int().nonnegative() : z.number().nonnegative();
  return z.strictObject({
    min: n.optional().meta({ description: 'La borne basse (incluse : « plus de 30 » compte 30).' }),
    max: n.optional().meta({ description: 'La borne haute (incluse).' }),
  });
};

export const RangeSchema = (options: RangeOptions = {}) => {
  const { closed = false, integer = false, least } = options;
  return z
    .union([integer ? z.int().nonnegative() : z.number().nonnegative(), z.string(), RangeObjectSchema(integer)])
    .transform((input, ctx): NumberRange => {
      let range: NumberRange;
      if (typeof input === 'number') range = { min: input, max: input };
      else if (typeof input === 'string') {
        const parsed = parseNumberRange(input);
        if (!parsed.ok || (integer && [parsed.value.min, parsed.value.max].some((v) => v !== undefined && !Number.isInteger(v)))) {
          report(ctx, fr.schema.range.message, { rule: 'intervalle/format', expected: fr.schema.range.expected, hint: fr.schema.range.hint });
          return z.NEVER;
        }
        range = parsed.value;
      } else range = { ...(input.min !== undefined && { min: input.min }), ...(input.max !== undefined && { max: input.max }) };
      if (range.min === undefined && range.max === undefined) {
        report(ctx, fr.schema.rangeNeedsBound, { rule: 'intervalle/vide', expected: fr.schema.range.expected, hint: fr.details.schema.rangeNeedsBoundHint });
        return z.NEVER;
      }
      if (closed && (range.min === undefined || range.max === undefined)) {
        report(ctx, fr.schema.rangeClosed, { rule: 'intervalle/ouvert', expected: fr.details.schema.rangeClosedExpected, hint: fr.schema.rangeClosedHint });
        return z.NEVER;
      }
      if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
        report(ctx, fr.schema.rangeOrder(formatNumber(range.min), formatNumber(range.max)), { rule: 'intervalle/ordre', expected: fr.details.schema.rangeOrderExpected, hint: fr.schema.rangeOrderHint });
        return z.NEVER;
      }
      const lowest = range.min ?? range.max!;
      if (least !== undefined && lowest < least) {
        report(ctx, fr.schema.rangeTooSmall(formatNumber(lowest), formatNumber(least)), { rule: 'intervalle/minimum', expected: fr.schema.rangeTooSmallExpected(formatNumber(least)), hint: fr.schema.rangeTooSmallHint });
        return z.NEVER;
      }
      return range;
    })
    .meta({
      description: options.description ?? 'Une valeur ou un intervalle : 12, « 10 à 12 », « plus de 30 ».',
      expected: fr.schema.range.expected,
      hint: fr.schema.range.hint,
      examples: [12, '10 à 12', { min: 10, max: 12 }],
    });
};
