/**
 * Award criteria, in the shape of the OCDS award-criteria breakdown (eForms vocabulary): each
 * criterion has a type (price, cost, quality), a name, a weight (percentage, points or order of
 * importance) and optional sub-criteria. A call for projects with no price criterion is valid.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatNumber } from '../src/domain/format';
import { report, uniqueIds } from './issue';
import { IdSchema, TextSchema } from './text';

export const criterionTypes = ['price', 'cost', 'quality'] as const;
export const weightings = ['percentage', 'points', 'order'] as const;

export const SubCriterionSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du sous-critère.' }),
      name: TextSchema().meta({ description: 'Le sous-critère tel que l\'appel le nomme.' }),
      description: TextSchema().optional().meta({ description: 'Ce qui est apprécié.' }),
      weight: z.number().positive().optional().meta({ description: 'Sa pondération, dans la même unité que le critère ; absente si l\'appel n\'en donne pas.' }),
    })
    .meta({ description: 'Un sous-critère.' });

export const CriterionSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du critère (« valeur-technique »).' }),
      type: z.enum(criterionTypes).meta({ description: 'price, cost ou quality.' }),
      name: TextSchema().meta({ description: 'Le critère tel que l\'appel le nomme.' }),
      description: TextSchema().optional().meta({ description: 'Ce qui est apprécié.' }),
      weight: z.number().positive().meta({ description: 'La pondération : un pourcentage, des points ou un rang selon weighting.' }),
      subcriteria: uniqueIds(z.array(SubCriterionSchema()).optional()).meta({ description: 'Les sous-critères.' }),
    })
    .meta({ description: 'Un critère d\'attribution.' });

export type Criterion = z.output<ReturnType<typeof CriterionSchema>>;

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

export const AwardCriteriaSchema = () =>
  z
    .strictObject({
      weighting: z.enum(weightings).meta({ description: 'percentage (pourcentages), points ou order (ordre d\'importance).' }),
      pointsTotal: z.number().positive().optional().meta({ description: 'Le total des points, avec weighting: points.' }),
      criteria: uniqueIds(z.array(CriterionSchema()).min(1)).meta({ description: 'Les critères.' }),
    })
    .superRefine((award, ctx) => {
      const weights = award.criteria.map((c) => c.weight);
      const sum = weights.reduce((a, b) => a + b, 0);
      if (award.weighting === 'percentage' && !close(sum, 100)) {
        report(ctx, fr.schema.weightsSum(`${formatNumber(sum)} %`, '100 %'), { rule: 'criteres/ponderation', found: fr.details.schema.weightsFound(`${formatNumber(sum)} %`), expected: fr.details.schema.weightsExpected('100 %'), hint: fr.schema.weightsSumHint }, ['criteria']);
      }
      if (award.weighting === 'points') {
        if (award.pointsTotal === undefined) {
          report(ctx, fr.schema.pointsTotalMissing, { rule: 'criteres/points', expected: fr.details.schema.pointsTotalExpected, hint: fr.schema.pointsTotalMissingHint }, ['pointsTotal']);
        } else if (!close(sum, award.pointsTotal)) {
          report(ctx, fr.schema.weightsSum(`${formatNumber(sum)} points`, `${formatNumber(award.pointsTotal)} points`), { rule: 'criteres/ponderation', found: fr.details.schema.weightsFound(`${formatNumber(sum)} points`), expected: fr.details.schema.weightsExpected(`${formatNumber(award.pointsTotal)} points`), hint: fr.schema.weightsSumHint }, ['criteria']);
        }
      }
      if (award.weighting === 'order') {
        const sorted = [...weights].sort((a, b) => a - b);
        if (!sorted.every((w, i) => w === i + 1)) report(ctx, fr.schema.orderWeights, { rule: 'criteres/ordre', found: fr.details.schema.orderFound(weights.map((w) => formatNumber(w))), expected: fr.details.schema.orderExpected(weights.length), hint: fr.details.schema.orderHint }, ['criteria']);
        return;
      }
      award.criteria.forEach((criterion, i) => {
        const subs = criterion.subcriteria ?? [];
        const weighted = subs.filter((s) => s.weight !== undefined);
        if (weighted.length === 0) return;
        const subSum = weighted.reduce((a, s) => a + s.weight!, 0);
        if (weighted.length !== subs.length || !close(subSum, criterion.weight)) {
          report(ctx, fr.schema.subWeightsSum(formatNumber(subSum), formatNumber(criterion.weight)), { rule: 'criteres/sous-ponderation', found: fr.details.schema.weightsFound(formatNumber(subSum)), expected: fr.details.schema.subWeightsExpected(formatNumber(criterion.weight)), hint: fr.schema.weightsSumHint }, ['criteria', i, 'subcriteria']);
        }
      });
    })
    .meta({ description: 'Les critères d\'attribution et leur pondération.' });

export type AwardCriteria = z.output<ReturnType<typeof AwardCriteriaSchema>>;
