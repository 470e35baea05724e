/**
 * The price of a response under its call's price model: lines (quantity × unit price HT), a price
 * per beneficiary, prices per unit of work, or a result-based price paid in shares. Total HT, VAT
 * by the provider's regime, total TTC and the legal mention. Computed, never typed.
 *
 * Offers are compared on one price: for a price per beneficiary, per unit of work or by results,
 * it is the price **on the buyer's pricing scenario** (its number of beneficiaries, outcomes and
 * quantities), whatever quantities the bidder assumed, so that two offers with the same tariffs
 * cost the same. The formula says how it was obtained. A lump sum is compared as it is.
 */
import type { Response } from '../../schemas/index';
import type { PriceModel, PricingScenario } from '../../schemas/price-model';
import type { VatRegime } from '../../schemas/vat';
import { fr } from '../i18n/fr';
import { formatMoney, formatNumber, formatPercent } from './format';
import { fromHt, lineTotal, roundCents, sumCents, type VatBreakdown } from './money';

export interface PriceLine {
  label: string;
  unit: string;
  quantity: number;
  unitPriceCents: number;
  totalCents: number;
  note?: string;
}

/** How the compared total was obtained. */
export type PriceBasis = 'lines' | 'quantity' | 'scenario' | 'one-beneficiary';

export interface Price extends VatBreakdown {
  /** The offer's own lines, as it wrote them. */
  lines: PriceLine[];
  regime: VatRegime;
  basis: PriceBasis;
  /** How the total is computed, in French (« 100 bénéficiaires × 2 000 € = 200 000 € HT »). */
  formula?: string;
  /** The price HT for one beneficiary, in cents. */
  perBeneficiary?: number;
  unitRates?: Array<{ unit: string; label: string; unitPriceCents: number }>;
  /** The number of beneficiaries the offer prices, when it says or its lines count them. */
  beneficiaries?: number;
  /** The offer's own total (its lines) when the compared total is another (the scenario's). */
  own?: VatBreakdown;
}

export interface PricingContext {
  model?: PriceModel;
  scenario?: PricingScenario;
}

type LineInput = NonNullable<NonNullable<Response['price']>['lines']>[number];

/** An offer's price lines as it wrote them, each with its total (quantity × unit price HT). */
export function priceLines(lines: readonly LineInput[]): PriceLine[] {
  return lines.map((line) => ({
    label: line.label,
    unit: line.unit,
    quantity: line.quantity,
    unitPriceCents: line.unitPrice.cents,
    totalCents: lineTotal(line.quantity, line.unitPrice.cents),
    ...(line.note && { note: line.note }),
  }));
}

/** The beneficiaries an offer prices: its own count, else the quantities of its lines per participant. */
function pricedBeneficiaries(response: Response, lines: PriceLine[]): number | undefined {
  if (response.price?.beneficiaries !== undefined) return response.price.beneficiaries;
  const perPerson = lines.filter((l) => l.unit === 'participant');
  return perPerson.length ? perPerson.reduce((a, l) => a + l.quantity, 0) : undefined;
}

const euros = (cents: number) => formatMoney(cents);

/** The total on the scenario and its formula, or undefined when the offer or the scenario lacks a figure. */
function onScenario(response: Response, context: PricingContext): { cents: number; formula: string } | undefined {
  const f = fr.tender.price;
  const { model, scenario } = context;
  const price = response.price;
  if (!model || !scenario || !price) return undefined;
  if (model.kind === 'per-beneficiary') {
    if (price.perBeneficiary === undefined || scenario.beneficiaries === undefined) return undefined;
    const cents = lineTotal(scenario.beneficiaries, price.perBeneficiary.cents);
    return { cents, formula: f.formula([f.perBeneficiaryTerm(formatNumber(scenario.beneficiaries), euros(price.perBeneficiary.cents))], euros(cents)) };
  }
  if (model.kind === 'result-based') {
    const unit = price.perBeneficiary?.cents;
    const n = scenario.beneficiaries;
    if (unit === undefined || n === undefined) return undefined;
    const terms: Array<{ text: string; cents: number }> = [];
    for (const share of model.shares ?? []) {
      const count = share.on === 'entry' ? n : scenario.outcomes?.find((o) => o.share === share.id)?.count;
      if (count === undefined) return undefined;
      terms.push({ text: f.shareTerm(formatNumber(count), formatPercent(share.share, 1), euros(unit), share.label), cents: roundCents((count * share.share * unit) / 100) });
    }
    const cents = sumCents(terms.map((t) => t.cents));
    return { cents, formula: f.formula(terms.map((t) => t.text), euros(cents)) };
  }
  if (model.kind === 'unit-rates') {
    const terms: Array<{ text: string; cents: number }> = [];
    for (const unit of model.units ?? []) {
      const quantity = scenario.units?.find((u) => u.unit === unit.id)?.quantity;
      const rate = price.unitRates?.find((r) => r.unit === unit.id)?.unitPrice.cents;
      if (quantity === undefined || rate === undefined) return undefined;
      terms.push({ text: f.unitTerm(formatNumber(quantity), euros(rate), unit.label), cents: lineTotal(quantity, rate) });
    }
    const cents = sumCents(terms.map((t) => t.cents));
    return { cents, formula: f.formula(terms.map((t) => t.text), euros(cents)) };
  }
  return undefined;
}

/**
 * The price an offer is capped and compared on, or undefined when it cannot be computed (no price
 * for a call without one; a result-based price without the buyer's scenario).
 */
export function responsePrice(response: Response, regime: VatRegime, context: PricingContext = {}): Price | undefined {
  if (!response.price) return undefined;
  const lines = priceLines(response.price?.lines ?? []);
  const linesHt = lines.length ? sumCents(lines.map((l) => l.totalCents)) : undefined;
  const beneficiaries = pricedBeneficiaries(response, lines);
  const perBeneficiary = response.price.perBeneficiary?.cents;
  const labels = new Map((context.model?.units ?? []).map((u) => [u.id, u.label]));
  const common = {
    lines,
    regime,
    ...(perBeneficiary !== undefined && { perBeneficiary }),
    ...(response.price.unitRates && { unitRates: response.price.unitRates.map((r) => ({ unit: r.unit, label: labels.get(r.unit) ?? r.unit, unitPriceCents: r.unitPrice.cents })) }),
    ...(beneficiaries !== undefined && { beneficiaries }),
  };
  const f = fr.tender.price;
  // The offer's own total: its lines, or its tariff times the beneficiaries it prices.
  const ownHt = linesHt ?? (perBeneficiary !== undefined && beneficiaries !== undefined ? lineTotal(beneficiaries, perBeneficiary) : undefined);
  const own = ownHt !== undefined ? { own: fromHt(ownHt, regime) } : {};
  const kind = context.model?.kind;
  if (kind === 'per-beneficiary' || kind === 'result-based' || kind === 'unit-rates') {
    if (context.scenario) {
      const scenario = onScenario(response, context);
      return scenario ? { ...common, ...fromHt(scenario.cents, regime), basis: 'scenario', formula: scenario.formula, ...own } : undefined;
    }
    // Without the buyer's scenario, a price per beneficiary is compared for one beneficiary; the
    // other models cannot be compared.
    if (kind === 'per-beneficiary' && perBeneficiary !== undefined)
      return { ...common, ...fromHt(perBeneficiary, regime), basis: 'one-beneficiary', formula: f.oneBeneficiary(euros(perBeneficiary)), ...own };
    if (kind !== 'unit-rates' || linesHt === undefined) return undefined;
  }
  if (linesHt !== undefined) return { ...common, ...fromHt(linesHt, regime), basis: 'lines' };
  if (ownHt !== undefined)
    return { ...common, ...fromHt(ownHt, regime), basis: 'quantity', formula: f.formula([f.perBeneficiaryTerm(formatNumber(beneficiaries!), euros(perBeneficiary!))], euros(ownHt)) };
  return undefined;
}
