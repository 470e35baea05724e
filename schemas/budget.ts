/**
 * Budget: total, lines (with quantity × unit price when known) and funders.
 *
 * Lines whose amount is absent but whose quantity and unit price are given get their amount
 * computed here, in cents; a line that gives all three must agree with quantity × unit price. When the total and every line amount are known they must agree to
 * the cent; funders never add up to more than the total; HT and TTC are never mixed.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatMoney, formatNumber } from '../src/domain/format';
import { lineTotal } from '../src/domain/money';
import { report } from './issue';
import { MoneySchema, type Money } from './money';
import { ShareSchema } from './share';
import { TextSchema } from './text';
import { budgetCategories, funderKinds, priceUnits } from './vocabulary';

const BudgetLineSchema = () =>
  z
    .strictObject({
      label: TextSchema().meta({ description: 'Le poste de dépense.' }),
      category: z.enum(budgetCategories).optional().meta({ description: 'staff, services, equipment, premises, emergency-fund…' }),
      amount: MoneySchema().optional().meta({ description: 'Le montant du poste.' }),
      quantity: z.number().positive().optional().meta({ description: 'La quantité, si le poste se calcule.' }),
      unit: z.enum(priceUnits).optional().meta({ description: 'L\'unité de la quantité.' }),
      unitPrice: MoneySchema().optional().meta({ description: 'Le prix unitaire.' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
    })
    .superRefine((line, ctx) => {
      if (!line.amount || !line.quantity || !line.unitPrice) return;
      const computed = lineTotal(line.quantity, line.unitPrice.cents);
      if (computed !== line.amount.cents)
        report(
          ctx,
          fr.schema.lineAmount(formatNumber(line.quantity), formatMoney(line.unitPrice.cents), formatMoney(computed), formatMoney(line.amount.cents)),
          { rule: 'budget/ligne', expected: formatMoney(computed), hint: fr.schema.lineAmountHint },
          ['amount'],
        );
    })
    .transform((line) => {
      if (line.amount || !line.quantity || !line.unitPrice) return line;
      const amount: Money = { ...line.unitPrice, cents: lineTotal(line.quantity, line.unitPrice.cents) };
      return { ...line, amount, computed: true as const };
    })
    .meta({ description: 'Une ligne du budget.' });

const FunderSchema = () =>
  z
    .strictObject({
      name: TextSchema().meta({ description: 'Le financeur.' }),
      kind: z.enum(funderKinds).optional().meta({ description: 'state, local-authority, ccas, foundation, europe, company ou other.' }),
      amount: MoneySchema().optional().meta({ description: 'Le montant apporté, si la source le donne.' }),
      share: ShareSchema().optional().meta({ description: 'La part du financement, si elle est donnée ainsi.' }),
      inKind: z.boolean().optional().meta({ description: 'true pour un apport en nature (personnel, locaux).' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
    })
    .meta({ description: 'Un financeur.' });

export const BudgetSchema = () =>
  z
    .strictObject({
      total: MoneySchema().optional().meta({ description: 'Le coût total du programme.' }),
      lines: z.array(BudgetLineSchema()).optional().meta({ description: 'Les postes de dépense.' }),
      funders: z.array(FunderSchema()).optional().meta({ description: 'Les financeurs.' }),
      note: TextSchema().optional().meta({ description: 'Une précision sur le budget.' }),
    })
    .superRefine((budget, ctx) => {
      const amounts = [budget.total, ...(budget.lines ?? []).map((l) => l.amount), ...(budget.funders ?? []).map((f) => f.amount)];
      const bases = new Set(amounts.map((m) => m?.basis).filter(Boolean));
      if (bases.size > 1) {
        report(ctx, fr.schema.basisMix, { rule: 'budget/base', found: fr.details.schema.basisMixFound([...bases].join(' et ')), expected: fr.details.schema.basisMixExpected, hint: fr.schema.basisMixHint });
        return;
      }
      const lines = budget.lines ?? [];
      if (budget.total && lines.length > 0 && lines.every((l) => l.amount)) {
        const sum = lines.reduce((acc, l) => acc + l.amount!.cents, 0);
        if (sum !== budget.total.cents) {
          report(ctx, fr.schema.budgetSum(formatMoney(sum), formatMoney(budget.total.cents)), { rule: 'budget/somme', expected: fr.details.schema.budgetSumExpected(formatMoney(sum)), hint: fr.schema.budgetSumHint }, ['total']);
        }
      }
      const funded = (budget.funders ?? []).reduce((acc, f) => acc + (f.amount?.cents ?? 0), 0);
      if (budget.total && funded > budget.total.cents) {
        report(ctx, fr.schema.fundersOver(formatMoney(funded), formatMoney(budget.total.cents)), { rule: 'budget/financements', found: fr.details.schema.fundersOverFound(formatMoney(funded)), expected: fr.details.schema.fundersOverExpected(formatMoney(budget.total.cents)), hint: fr.schema.fundersOverHint }, ['funders']);
      }
    })
    .meta({ description: 'Le budget : total, postes et financeurs.' });

export type Budget = z.output<ReturnType<typeof BudgetSchema>>;
