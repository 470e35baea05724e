/**
 * Money: integer cents, a currency (euros) and, when the source says it, whether the amount is
 * HT (before VAT) or TTC (VAT included).
 *
 * Authors write euros: `7900`, `"7 900 €"`, `"38 400,50 € TTC"` or
 * `{ amount: 35000, basis: TTC }`. Code receives `{ cents: 790000, currency: 'EUR', basis? }`.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { amountBases, type AmountBasis } from '../src/domain/money';
import { ambiguousParts, eurosToCents, isWholeCents, parseAmount } from '../src/domain/shorthand';
import { report } from './issue';

export const AmountBasisSchema = () =>
  z.enum(amountBases).meta({ description: 'HT (hors taxes) ou TTC (toutes taxes comprises).' });

export interface Money {
  cents: number;
  currency: 'EUR';
  basis?: AmountBasis;
}

const EurosSchema = () => z.union([z.number().nonnegative(), z.string()]);

const MoneyObjectSchema = () =>
  z.strictObject({
    amount: EurosSchema().meta({ description: 'Le montant en euros : 7900 ou « 7 900,50 € ».' }),
    currency: z.literal('EUR').optional().meta({ description: 'La devise : seul l\'euro (EUR) est pris en charge.' }),
    basis: AmountBasisSchema().optional(),
  });

export const MoneySchema = () =>
  z
    .union([EurosSchema(), MoneyObjectSchema()])
    .transform((input, ctx): Money => {
      const raw = typeof input === 'object' ? input.amount : input;
      const declared = typeof input === 'object' ? input.basis : undefined;
      let cents: number;
      let written: AmountBasis | undefined;
      if (typeof raw === 'number') {
        if (!isWholeCents(raw)) {
          report(ctx, fr.schema.amount.message, { rule: 'montant/format', expected: fr.schema.amount.expected, hint: fr.schema.amount.hint });
          return z.NEVER;
        }
        cents = eurosToCents(raw);
      } else {
        const ambiguous = ambiguousParts(raw);
        if (ambiguous) {
          report(ctx, fr.schema.amountAmbiguous(raw.trim()), { rule: 'montant/separateur', expected: fr.schema.amount.expected, hint: fr.schema.amountAmbiguousHint(ambiguous) });
          return z.NEVER;
        }
        const parsed = parseAmount(raw);
        if (!parsed.ok) {
          report(ctx, fr.schema.amount.message, { rule: 'montant/format', expected: fr.schema.amount.expected, hint: fr.schema.amount.hint });
          return z.NEVER;
        }
        cents = parsed.value.cents;
        written = parsed.value.basis;
      }
      if (written && declared && written !== declared) {
        report(ctx, fr.schema.basisConflict(written, declared), { rule: 'montant/base', expected: fr.details.schema.basisConflictExpected, hint: fr.schema.basisConflictHint });
        return z.NEVER;
      }
      const basis = declared ?? written;
      return basis ? { cents, currency: 'EUR', basis } : { cents, currency: 'EUR' };
    })
    .meta({
      description: 'Un montant en euros, HT ou TTC si la source le précise.',
      expected: fr.schema.amount.expected,
      hint: fr.schema.amount.hint,
      examples: [7900, '38 400 € TTC', { amount: 35000, basis: 'TTC' }],
    });
