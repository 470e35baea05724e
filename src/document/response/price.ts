/**
 * The price: one line per service (quantity × unit price HT), the totals HT, VAT and TTC, and the
 * legal VAT mention of the provider's regime, once (none for a provider subject to VAT: the VAT
 * line says the rate). Amounts in a column show with one precision.
 */
import type { Response } from '../../../schemas/index';
import type { ComplianceReport } from '../../domain/compliance';
import { formatMoney, formatNumber, formatPercent } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { bold, callout, fact, facts, note, paragraph, section, table, text } from '../build';
import type { Block, Runs } from '../model';

const t = () => fr.pdf.response;

/** Amounts of one column: with cents for all when one of them has cents. */
function moneyColumn(cents: readonly number[]): (value: number) => string {
  const withCents = cents.some((c) => c % 100 !== 0);
  return (value) => formatMoney(value, { cents: withCents });
}

export function priceBlocks(report: ComplianceReport, response: Response): Block[] {
  const price = report.price;
  if (!response.price) return [];
  if (!price) return [section(t().price, [note(fr.tender.response.priceUncomputed)])];
  const c = t().priceColumns;
  const totals = t().priceTotals;
  const unitWord = (unit: string, q: number) => {
    const words = fr.vocab.priceUnit[unit];
    return words ? (Math.abs(q) >= 2 ? words[1] : words[0]) : unit;
  };
  const unitPrice = moneyColumn(price.lines.map((l) => l.unitPriceCents));
  const total = moneyColumn([...price.lines.map((l) => l.totalCents), price.ht, price.vat, price.ttc]);
  const rate = price.rateBasisPoints > 0 ? totals.vat(formatPercent(price.rateBasisPoints / 100, 1)) : totals.vatNone;
  const blank: Runs = text('');
  const r = fr.tender.response;
  const blocks: Block[] = [];
  const tariffs: Runs[] = [];
  if (price.perBeneficiary !== undefined) tariffs.push(text(r.perBeneficiary(formatMoney(price.perBeneficiary, { basis: 'HT' }))));
  for (const u of price.unitRates ?? []) tariffs.push(text(r.unitRate(u.label, formatMoney(u.unitPriceCents, { basis: 'HT' }))));
  if (price.beneficiaries !== undefined) tariffs.push(text(r.beneficiaries(formatNumber(price.beneficiaries))));
  if (tariffs.length) blocks.push(facts([fact(r.tariffs, ...tariffs)]));
  if (price.formula) blocks.push(paragraph([bold(`${r.basis[price.basis]} : `), { text: price.formula }]));
  if (price.lines.length) {
    blocks.push(
      table(
        undefined,
        [
          { label: c.line, width: 4.5, rowHeader: true },
          { label: c.quantity, width: 1.6, align: 'end' },
          { label: c.unitPrice, width: 1.6, align: 'end' },
          { label: c.total, width: 1.6, align: 'end' },
        ],
        price.lines.map((l) => [
          [{ text: l.label }, ...(l.note ? [{ text: ` (${l.note})`, italic: true }] : [])],
          text(`${formatNumber(l.quantity)} ${unitWord(l.unit, l.quantity)}`),
          text(unitPrice(l.unitPriceCents)),
          text(total(l.totalCents)),
        ]),
        price.basis === 'lines'
          ? [
              [[bold(totals.ht)], blank, blank, [bold(total(price.ht))]],
              [text(rate), blank, blank, text(total(price.vat))],
              [[bold(totals.ttc)], blank, blank, [bold(total(price.ttc))]],
            ]
          : undefined,
      ),
    );
  }
  if (price.basis !== 'lines') {
    blocks.push(
      facts([
        { label: totals.ht, values: [[bold(formatMoney(price.ht))]] },
        { label: rate, values: [text(formatMoney(price.vat))] },
        { label: totals.ttc, values: [[bold(formatMoney(price.ttc))]] },
      ]),
    );
  }
  if (price.mention) blocks.push(callout('info', price.mention));
  if (response.price.note) blocks.push(note(response.price.note));
  return [section(t().price, blocks)];
}
