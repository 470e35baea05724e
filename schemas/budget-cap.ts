/**
 * A call's (or a lot's) budget cap: in euros, HT or TTC when the call says which, or in numbers
 * of beneficiaries; for the whole period, the firm period, a year or twelve months.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatMoney, formatNumber } from '../src/domain/format';
import { capPeriods } from './call-vocabulary';
import { report } from './issue';
import { AmountBasisSchema, MoneySchema } from './money';
import { TextSchema } from './text';

const period = () => z.enum(capPeriods).optional().meta({ description: 'total, firm-period (période ferme), year (par an) ou twelve-months (pour 12 mois) : ce que couvre le plafond, si l\'appel le dit.' });
const scope = () => TextSchema().optional().meta({ description: 'Ce que couvre le plafond, dans les mots de l\'appel (« la totalité de l\'action »).' });

export const BudgetCapSchema = () =>
  z
    .discriminatedUnion('unit', [
      z.strictObject({
        unit: z.literal('euros').meta({ description: 'Un plafond en euros.' }),
        basis: AmountBasisSchema().optional().meta({ description: 'HT ou TTC, si l\'appel le dit : la base sur laquelle les prix sont comparés au plafond.' }),
        min: MoneySchema().optional().meta({ description: 'Le minimum, si l\'appel en donne un.' }),
        max: MoneySchema().optional().meta({ description: 'Le maximum, si l\'appel le donne.' }),
        period: period(),
        scope: scope(),
      }),
      z.strictObject({
        unit: z.literal('beneficiaries').meta({ description: 'Un plafond en nombre de bénéficiaires.' }),
        min: z.int().nonnegative().optional().meta({ description: 'Le nombre minimal de bénéficiaires, si l\'appel le donne.' }),
        max: z.int().positive().optional().meta({ description: 'Le nombre maximal de bénéficiaires, si l\'appel le donne.' }),
        period: period(),
        scope: scope(),
      }),
    ])
    .superRefine((cap, ctx) => {
      if (cap.unit === 'euros') {
        for (const key of ['min', 'max'] as const) {
          const m = cap[key];
          if (m?.basis && cap.basis && m.basis !== cap.basis)
            report(ctx, fr.schema.basisConflict(m.basis, cap.basis), { rule: 'montant/base', hint: fr.schema.basisConflictHint }, [key]);
        }
        if (cap.min && cap.max && cap.min.cents > cap.max.cents)
          report(ctx, fr.schema.capOrder(formatMoney(cap.min.cents), formatMoney(cap.max.cents)), { rule: 'plafond/ordre', hint: fr.schema.rangeOrderHint }, ['min']);
        return;
      }
      if (cap.min !== undefined && cap.max !== undefined && cap.min > cap.max)
        report(ctx, fr.schema.capOrder(formatNumber(cap.min), formatNumber(cap.max)), { rule: 'plafond/ordre', hint: fr.schema.rangeOrderHint }, ['min']);
    })
    .transform((cap) => {
      if (cap.unit !== 'euros' || cap.basis) return cap;
      // A basis written on an amount (« 40 000 € TTC ») is the cap's basis.
      const written = cap.max?.basis ?? cap.min?.basis;
      return written ? { ...cap, basis: written } : cap;
    })
    .meta({ description: 'Le budget maximal : en euros (HT, TTC ou base non précisée) ou en bénéficiaires, avec ce qu\'il couvre.' });

export type BudgetCap = z.output<ReturnType<typeof BudgetCapSchema>>;
