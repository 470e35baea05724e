/**
 * Shares: "1/4 par la Mission locale", "25 %". Kept as a fraction so that "1/4" is shown as the
 * source wrote it.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { parseShare, type Fraction } from '../src/domain/shorthand';
import { report } from './issue';

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
