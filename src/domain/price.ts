/**
 * The price of a response: lines (quantity × unit price HT), total HT, VAT by the provider's
 * regime, total TTC and the legal mention. Computed, never typed.
 */
import type { Response } from '../../schemas/index';
import type { VatRegime } from '../../schemas/vat';
import { fromHt, lineTotal, sumCents, type VatBreakdown } from './money';

export interface PriceLine {
  label: string;
  unit: string;
  quantity: number;
  unitPriceCents: number;
  totalCents: number;
  note?: string;
}

export interface Price extends VatBreakdown {
  lines: PriceLine[];
  regime: VatRegime;
}

export function responsePrice(response: Response, regime: VatRegime): Price {
  const lines = response.price.lines.map((line) => ({
    label: line.label,
    unit: line.unit,
    quantity: line.quantity,
    unitPriceCents: line.unitPrice.cents,
    totalCents: lineTotal(line.quantity, line.unitPrice.cents),
    ...(line.note && { note: line.note }),
  }));
  return { lines, regime, ...fromHt(sumCents(lines.map((l) => l.totalCents)), regime) };
}
