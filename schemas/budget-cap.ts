/**
 * A call's (or a lot's) budget cap: in euros, HT or TTC when the call says which, or in numbers
 * of beneficiaries; for the whole period, the firm period, a year or twelve months.
 *
 * Each bound is a value, « aucun » (the call says there is none: an accord-cadre without a
 * minimum) or « inconnu » / « non précisé » (the call has one whose value is not given), or is
 * absent when the call does not speak of it. « Aucun minimum » and « minimum non précisé » read
 * differently on the page and in the open data.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { knownValue } from '../src/domain/known';
import { formatMoney, formatNumber } from '../src/domain/format';
import { capPeriods } from './call-vocabulary';
import { report } from './issue';
import { KnownSchema } from './known';
import { AmountBasisSchema, MoneySchema } from './money';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';

const period = () => z.enum(capPeriods).optional().meta({ description: 'total, firm-period (période ferme), year (par an) ou twelve-months (pour 12 mois) : ce que couvre le plafond, si l\'appel le dit.' });
const scope = () => TextSchema().optional().meta({ description: 'Ce que couvre le plafond, dans les mots de l\'appel (« la totalité de l\'action »).' });
const bound = <T extends z.ZodType>(value: T, description: string) =>
  KnownSchema(value)
    .optional()
    .meta({ description: `${description} : la valeur, « aucun » si l'appel dit qu'il n'y en a pas, « non précisé » s'il en a un dont la valeur n'est pas donnée.` });

export const BudgetCapSchema = () =>
  z
    .discriminatedUnion('unit', [
      z.strictObject({
        unit: z.literal('euros').meta({ description: 'Un plafond en euros.' }),
        basis: AmountBasisSchema().optional().meta({ description: 'HT ou TTC, si l\'appel le dit : la base sur laquelle les prix sont comparés au plafond.' }),
        min: bound(MoneySchema(), 'Le minimum'),
        max: bound(MoneySchema(), 'Le maximum'),
        period: period(),
        scope: scope(),
        source: SourceRefSchema().optional(),
      }),
      z.strictObject({
        unit: z.literal('beneficiaries').meta({ description: 'Un plafond en nombre de bénéficiaires.' }),
        min: bound(z.int().nonnegative(), 'Le nombre minimal de bénéficiaires'),
        max: bound(z.int().positive(), 'Le nombre maximal de bénéficiaires'),
        period: period(),
        scope: scope(),
        source: SourceRefSchema().optional(),
      }),
    ])
    .superRefine((cap, ctx) => {
      if (cap.unit === 'euros') {
        for (const key of ['min', 'max'] as const) {
          const m = knownValue(cap[key]);
          if (m?.basis && cap.basis && m.basis !== cap.basis)
            report(ctx, fr.schema.basisConflict(m.basis, cap.basis), { rule: 'montant/base', expected: fr.details.schema.basisConflictExpected, hint: fr.schema.basisConflictHint }, [key]);
        }
        const [min, max] = [knownValue(cap.min), knownValue(cap.max)];
        if (min && max && min.cents > max.cents)
          report(ctx, fr.schema.capOrder(formatMoney(min.cents), formatMoney(max.cents)), { rule: 'plafond/ordre', expected: fr.details.schema.capOrderExpected(formatMoney(max.cents)), hint: fr.schema.rangeOrderHint }, ['min']);
        if (cap.max?.state === 'none') report(ctx, fr.tender.schema.capWithoutMax, { rule: 'plafond/maximum', found: fr.tender.lines.capMaxFound, expected: fr.tender.lines.capMaxExpected, hint: fr.tender.schema.capWithoutMaxHint }, ['max']);
        return;
      }
      const [min, max] = [knownValue(cap.min), knownValue(cap.max)];
      if (min !== undefined && max !== undefined && min > max)
        report(ctx, fr.schema.capOrder(formatNumber(min), formatNumber(max)), { rule: 'plafond/ordre', expected: fr.details.schema.capOrderExpected(formatNumber(max)), hint: fr.schema.rangeOrderHint }, ['min']);
    })
    .transform((cap) => {
      if (cap.unit !== 'euros' || cap.basis) return cap;
      // A basis written on an amount (« 40 000 € TTC ») is the cap's basis.
      const written = knownValue(cap.max)?.basis ?? knownValue(cap.min)?.basis;
      return written ? { ...cap, basis: written } : cap;
    })
    .meta({ description: 'Le budget maximal de l\'appel : en euros (HT, TTC ou base non précisée) ou en bénéficiaires, chaque borne connue, absente (« aucun ») ou non précisée, avec ce qu\'il couvre ; absent si l\'appel ne dit rien de son budget.' });

export type BudgetCap = z.output<ReturnType<typeof BudgetCapSchema>>;
