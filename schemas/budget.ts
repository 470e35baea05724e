/**
 * Budget: total with what it is (the action's total cost, its budget, an EU project's eligible
 * cost, an estimate) and the period it covers (a year, the whole action, a programming period),
 * lines (with quantity × unit price when known) and funders.
 *
 * Lines whose amount is absent but whose quantity and unit price are given get their amount
 * computed here, in cents; a line that gives all three must agree with quantity × unit price.
 * When the total and every line amount are known they must agree to the cent, unless the lines
 * detail only part of the total (`linesComplete: false`); funders never add up to more than the
 * total; a funder's share must agree with its amount ÷ the total; HT and TTC are never mixed. An
 * approximate total (« près de 900 000 € ») is kept as such and never divided.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatMoney, formatNumber, formatPercent, formatShare } from '../src/domain/format';
import { lineTotal } from '../src/domain/money';
import { report } from './issue';
import { ambiguousParts, foldWords, parseAmount } from '../src/domain/shorthand';
import { MoneySchema, type Money } from './money';
import { PeriodSchema, QualifiedDateSchema } from './date';
import { GivenShareSchema } from './share';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';
import { budgetBases, budgetCategories, funderKinds, priceUnits, type ApproxStyle } from './vocabulary';

/** An amount, possibly approximate as the source writes it. */
export interface BudgetAmount extends Money {
  approx?: ApproxStyle;
}

const APPROX_AMOUNT: Array<[RegExp, ApproxStyle]> = [
  [/^(?:environ|quelque|quelques|a peu pres|autour de) /, 'about'],
  [/^(?:pres de|presque|quasiment|pas loin de) /, 'nearly'],
];

/** `7900`, `"7 900 €"`, `"35 000 € TTC"`, or approximate: `"près de 900 000 €"`, `"environ 250 000 € TTC"`. */
export const BudgetAmountSchema = () =>
  z
    .union([
      z.string().transform((input, ctx): BudgetAmount => {
        const folded = foldWords(input);
        const match = APPROX_AMOUNT.find(([re]) => re.test(folded));
        const written = match ? folded.replace(match[0], '') : input;
        const ambiguous = ambiguousParts(written);
        if (ambiguous) {
          report(ctx, fr.schema.amountAmbiguous(written.trim()), { rule: 'montant/separateur', expected: fr.facts.amount.expected, hint: fr.schema.amountAmbiguousHint(ambiguous) });
          return z.NEVER;
        }
        const parsed = parseAmount(written);
        if (!parsed.ok) {
          report(ctx, fr.schema.amount.message, { rule: 'montant/format', expected: fr.facts.amount.expected, hint: fr.schema.amount.hint });
          return z.NEVER;
        }
        return { cents: parsed.value.cents, currency: 'EUR', ...(parsed.value.basis && { basis: parsed.value.basis }), ...(match && { approx: match[1] }) };
      }),
      MoneySchema(),
    ])
    .transform((amount): BudgetAmount => amount)
    .meta({ description: 'Un montant en euros, tel que la source l\'écrit : 7900, « 7 900 € », « 35 000 € TTC », « près de 900 000 € ».', expected: fr.facts.amount.expected, hint: fr.schema.amount.hint });

const BudgetLineSchema = () =>
  z
    .strictObject({
      label: TextSchema().meta({ description: 'Le poste de dépense.' }),
      category: z.enum(budgetCategories).optional().meta({ description: 'staff, services, equipment, premises, emergency-fund…' }),
      amount: MoneySchema().optional().meta({ description: 'Le montant du poste.' }),
      quantity: z.number().positive().optional().meta({ description: 'La quantité, si le poste se calcule.' }),
      unit: z.enum(priceUnits).optional().meta({ description: 'L\'unité de la quantité.' }),
      unitPrice: MoneySchema().optional().meta({ description: 'Le prix unitaire (un coût par personne sans quantité : jamais multiplié par Passerelle).' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
      source: SourceRefSchema().optional(),
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
      amount: BudgetAmountSchema().optional().meta({ description: 'Le montant apporté, si la source le donne.' }),
      share: GivenShareSchema().optional().meta({ description: 'La part du financement, si elle est donnée ainsi (« 65 % », « la moitié ») : Passerelle n\'en déduit pas de montant.' }),
      inKind: z.boolean().optional().meta({ description: 'true pour un apport en nature (personnel, locaux).' }),
      period: TextSchema().optional().meta({ description: 'Ce que ce financement couvre dans le temps (« les six premiers mois »), si la source le dit.' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un financeur.' });

export const BudgetSchema = () =>
  z
    .strictObject({
      total: BudgetAmountSchema().optional().meta({ description: 'Le montant du budget, tel que la source le donne.' }),
      basis: z.enum(budgetBases).optional().meta({ description: 'Ce que ce montant représente : total-cost (coût total de l\'action), budget, eligible-cost (coût éligible d\'un projet européen), estimated-cost (coût estimé) ou envelope (enveloppe).' }),
      period: z.enum(['year', 'whole']).optional().meta({ description: 'La période que couvre le montant : year (un an : l\'année dans year si la source la donne) ou whole (toute l\'action). Absente, elle est inconnue et aucun coût par personne n\'est calculé.' }),
      year: QualifiedDateSchema().optional().meta({ description: 'L\'année d\'un budget annuel (2016), si la source la donne.' }),
      span: PeriodSchema().optional().meta({ description: 'La période de programmation couverte (« 2007-2013 »), quand ce n\'est ni un an ni toute l\'action.' }),
      lines: z.array(BudgetLineSchema()).optional().meta({ description: 'Les postes de dépense.' }),
      linesComplete: z.literal(false).optional().meta({ description: 'false quand les postes ne détaillent qu\'une partie du total (« dont 60 000 € de personnel »).' }),
      funders: z.array(FunderSchema()).optional().meta({ description: 'Les financeurs.' }),
      note: TextSchema().optional().meta({ description: 'Une précision sur le budget.' }),
      source: SourceRefSchema().optional(),
    })
    .superRefine((budget, ctx) => {
      const amounts = [budget.total, ...(budget.lines ?? []).map((l) => l.amount), ...(budget.funders ?? []).map((f) => f.amount)];
      const bases = new Set(amounts.map((m) => m?.basis).filter(Boolean));
      if (bases.size > 1) {
        report(ctx, fr.schema.basisMix, { rule: 'budget/base', found: fr.details.schema.basisMixFound([...bases].join(' et ')), expected: fr.details.schema.basisMixExpected, hint: fr.schema.basisMixHint });
        return;
      }
      const lines = budget.lines ?? [];
      if (budget.period === 'whole' && (budget.year || budget.span)) {
        report(ctx, fr.facts.budget.wholeWithDate, { rule: 'budget/periode', expected: fr.facts.budget.wholeWithDateExpected, hint: fr.facts.budget.wholeWithDateHint }, ['period']);
      }
      if (budget.total && !budget.total.approx && budget.linesComplete !== false && lines.length > 0 && lines.every((l) => l.amount)) {
        const sum = lines.reduce((acc, l) => acc + l.amount!.cents, 0);
        if (sum !== budget.total.cents) {
          report(ctx, fr.schema.budgetSum(formatMoney(sum), formatMoney(budget.total.cents)), { rule: 'budget/somme', expected: fr.details.schema.budgetSumExpected(formatMoney(sum)), hint: fr.schema.budgetSumHint }, ['total']);
        }
      }
      const funded = (budget.funders ?? []).reduce((acc, f) => acc + (f.amount && !f.amount.approx ? f.amount.cents : 0), 0);
      if (budget.total && !budget.total.approx && funded > budget.total.cents) {
        report(ctx, fr.schema.fundersOver(formatMoney(funded), formatMoney(budget.total.cents)), { rule: 'budget/financements', found: fr.details.schema.fundersOverFound(formatMoney(funded)), expected: fr.details.schema.fundersOverExpected(formatMoney(budget.total.cents)), hint: fr.schema.fundersOverHint }, ['funders']);
      }
      // A share the source gives must agree with the amount it gives, to half a point.
      (budget.funders ?? []).forEach((f, i) => {
        if (!budget.total || budget.total.approx || !budget.total.cents || !f.amount || f.amount.approx || !f.share || f.share.approx) return;
        const written = (f.share.numerator / f.share.denominator) * 100;
        const computed = (f.amount.cents / budget.total.cents) * 100;
        if (Math.abs(written - computed) > 0.5)
          report(ctx, fr.facts.budget.shareContradicts(f.name, formatShare(f.share), formatMoney(f.amount.cents), formatMoney(budget.total.cents), formatPercent(computed, 1)), { rule: 'budget/part', expected: fr.facts.budget.shareContradictsExpected(formatPercent(computed, 1)), hint: fr.facts.budget.shareContradictsHint }, ['funders', i, 'share']);
      });
    })
    .meta({ description: 'Le budget : montant avec ce qu\'il représente et sa période, postes et financeurs.' });

export type Budget = z.output<ReturnType<typeof BudgetSchema>>;
