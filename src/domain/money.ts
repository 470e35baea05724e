/**
 * Money in integer cents: VAT by regime (HT → TVA → TTC), rounding to the cent, sums that
 * reconcile, and shares of a total that add up exactly.
 *
 * VAT is computed once on the total HT (as on an invoice), not line by line, so that
 * HT + TVA = TTC holds to the cent.
 */
import type { VatRegime } from '../../schemas/vat';
import { fr } from '../i18n/fr';
import { formatPercent } from './format';

/** Rounds half away from zero to a whole number of cents. */
export function roundCents(value: number): number {
  const rounded = Math.round(Math.abs(value) + 1e-9);
  return value < 0 ? -rounded : rounded;
}

/** The VAT rate in basis points (20 % → 2000); 0 when the regime charges no VAT. */
export function vatRateBasisPoints(regime: VatRegime): number {
  return regime.kind === 'subject' ? Math.round(regime.rate * 100) : 0;
}

export interface VatBreakdown {
  ht: number;
  vat: number;
  ttc: number;
  /** The rate applied, in basis points (2000 = 20 %). */
  rateBasisPoints: number;
  /** The legal mention the price must carry ("TVA non applicable, article 293 B du CGI"). */
  mention: string;
}

/** HT → VAT → TTC for an amount in cents under a VAT regime. */
export function fromHt(htCents: number, regime: VatRegime): VatBreakdown {
  const rateBasisPoints = vatRateBasisPoints(regime);
  const vat = roundCents((htCents * rateBasisPoints) / 10000);
  return { ht: htCents, vat, ttc: htCents + vat, rateBasisPoints, mention: vatMention(regime) };
}

/** TTC → HT and VAT (the HT is rounded, the VAT is what remains, so HT + TVA = TTC). */
export function fromTtc(ttcCents: number, regime: VatRegime): VatBreakdown {
  const rateBasisPoints = vatRateBasisPoints(regime);
  const ht = roundCents((ttcCents * 10000) / (10000 + rateBasisPoints));
  return { ht, vat: ttcCents - ht, ttc: ttcCents, rateBasisPoints, mention: vatMention(regime) };
}

/** The two bases an amount is given on: HT (before VAT) or TTC (VAT included). */
export const amountBases = ['HT', 'TTC'] as const;
export type AmountBasis = (typeof amountBases)[number];

/** The amount on a basis: `{ ht: 2600000, ttc: 3120000 }` on `'TTC'` → `3120000`. */
export function onBasis(amounts: { ht: number; ttc: number }, basis: AmountBasis): number {
  return basis === 'HT' ? amounts.ht : amounts.ttc;
}

export function vatMention(regime: VatRegime): string {
  return fr.vocab.vatMention[regime.kind];
}

/** "Assujetti à la TVA (taux 20 %)", "Franchise en base de TVA (article 293 B du CGI)"… */
export function vatRegimeLabel(regime: VatRegime): string {
  return regime.kind === 'subject' ? fr.vocab.vatRegime.subject(formatPercent(regime.rate, 1)) : fr.vocab.vatRegime[regime.kind];
}

export function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((a, b) => a + b, 0);
}

/** A price line: quantity × unit price, rounded to the cent. */
export function lineTotal(quantity: number, unitPriceCents: number): number {
  return roundCents(quantity * unitPriceCents);
}

/**
 * Splits a total into parts proportional to weights, in whole cents, so that the parts add up to
 * the total exactly (largest remainders get the leftover cents; ties go to the earlier part).
 */
export function allocate(totalCents: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || weightSum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (totalCents * w) / weightSum);
  const parts = exact.map((x) => Math.floor(x));
  let leftover = totalCents - sumCents(parts);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; leftover > 0; k = (k + 1) % order.length, leftover--) parts[order[k].i] += 1;
  return parts;
}
