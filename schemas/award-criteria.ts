/**
 * Award criteria, in the shape of the OCDS award-criteria breakdown (eForms vocabulary), and as
 * calls really state them:
 *
 * - `weighting: percentage` or `points`: each criterion weighted, the weights adding up;
 * - `weighting: order`: ranked by order of importance (1, 2, 3…), not weighted;
 * - `weighting: unweighted`: listed, with sub-criteria, but neither weighted nor ranked (the
 *   national AMI texts); the order of the list is the order of the text, not an order of importance;
 * - `weighting: unknown`: listed (a table of contents read), but whether they are weighted or
 *   ranked was not read: no weight, and no « sans pondération » either;
 * - `status: not-provided`: fixed in a document the call refers to and that is not at hand
 *   (« fixés au règlement de la consultation »);
 * - `status: unknown`: the call has criteria that were not read.
 *
 * A criterion's type (price, cost, quality) is required only when the criteria are weighted, since
 * scoring depends on it. Nothing is defaulted: no weight is ever given to an unweighted criterion.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatNumber } from '../src/domain/format';
import { report, uniqueIds } from './issue';
import { SourceRefSchema } from './source';
import { IdSchema, TextSchema } from './text';

export const criterionTypes = ['price', 'cost', 'quality'] as const;
export const weightings = ['percentage', 'points', 'order', 'unweighted', 'unknown'] as const;
export type Weighting = (typeof weightings)[number];
export const criteriaStatuses = ['stated', 'not-provided', 'unknown'] as const;

export const SubCriterionSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du sous-critère.' }),
      name: TextSchema().meta({ description: 'Le sous-critère tel que l\'appel le nomme.' }),
      description: TextSchema().optional().meta({ description: 'Ce qui est apprécié.' }),
      weight: z.number().positive().optional().meta({ description: 'Sa pondération, dans la même unité que le critère ; absente si l\'appel n\'en donne pas.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un sous-critère.' });

export const CriterionSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du critère (« valeur-technique »).' }),
      type: z.enum(criterionTypes).optional().meta({ description: 'price, cost ou quality ; obligatoire quand les critères sont pondérés.' }),
      name: TextSchema().meta({ description: 'Le critère tel que l\'appel le nomme.' }),
      description: TextSchema().optional().meta({ description: 'Ce qui est apprécié.' }),
      weight: z.number().positive().optional().meta({ description: 'La pondération (un pourcentage ou des points) ou le rang (weighting: order) ; absente quand l\'appel ne pondère pas ses critères.' }),
      subcriteria: uniqueIds(z.array(SubCriterionSchema()).optional()).meta({ description: 'Les sous-critères.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un critère d\'attribution.' });

type CriterionInput = z.output<ReturnType<typeof CriterionSchema>>;
export type Criterion = CriterionInput;

/** A criterion of weighted criteria: its type and weight are known. */
export type WeightedCriterion = Criterion & { type: NonNullable<Criterion['type']>; weight: number };

interface Provenance {
  /** The sources the criteria come from (ids of the call's sources). */
  source?: string[];
  /** The sources the weighting comes from, when they differ. */
  weightingSource?: string[];
}

export interface StatedCriteria extends Provenance {
  status: 'stated';
  weighting: Weighting;
  pointsTotal?: number;
  criteria: Criterion[];
  /** Only part of the list was read (two criteria of an unknown number). */
  partial?: boolean;
  /** Why the call only ranks its criteria (OCDS `orderJustification`). */
  orderJustification?: string;
  note?: string;
}
export interface NotProvidedCriteria extends Provenance {
  status: 'not-provided';
  /** The document the criteria are in (« règlement de la consultation »). */
  document?: string;
  note?: string;
}
export interface UnknownCriteria extends Provenance {
  status: 'unknown';
  note?: string;
}
export type AwardCriteria = StatedCriteria | NotProvidedCriteria | UnknownCriteria;

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

export const AwardCriteriaSchema = () =>
  z
    .strictObject({
      status: z.enum(criteriaStatuses).optional().meta({ description: 'stated (par défaut : l\'appel donne ses critères), not-provided (dans un document auquel l\'appel renvoie, non fourni) ou unknown (l\'appel a des critères qui n\'ont pas été lus).' }),
      weighting: z.enum(weightings).optional().meta({ description: 'percentage (pourcentages), points, order (ordre d\'importance), unweighted (listés sans pondération ni rang) ou unknown (listés, leur pondération n\'est pas lue).' }),
      pointsTotal: z.number().positive().optional().meta({ description: 'Le total des points, avec weighting: points.' }),
      criteria: uniqueIds(z.array(CriterionSchema()).min(1).optional()).meta({ description: 'Les critères, dans l\'ordre de l\'appel.' }),
      partial: z.boolean().optional().meta({ description: 'true si seule une partie de la liste a été lue.' }),
      orderJustification: TextSchema().optional().meta({ description: 'Avec weighting: order, pourquoi l\'appel classe ses critères sans les pondérer, s\'il le dit.' }),
      document: TextSchema().optional().meta({ description: 'Avec status: not-provided, le document qui fixe les critères (« règlement de la consultation »).' }),
      note: TextSchema().optional().meta({ description: 'Une précision (une hiérarchie incertaine entre critères et sous-critères, par exemple).' }),
      source: SourceRefSchema().optional(),
      weightingSource: SourceRefSchema().optional().meta({ description: 'La source de la pondération, quand elle n\'est pas celle des critères (« pondération : source … »).' }),
    })
    .superRefine((award, ctx) => {
      const t = fr.tender.schema.criteria;
      const status = award.status ?? 'stated';
      if (status !== 'stated') {
        for (const key of ['weighting', 'pointsTotal', 'criteria', 'partial', 'orderJustification'] as const)
          if (award[key] !== undefined) report(ctx, t.notStatedHasCriteria(key), { rule: 'criteres/statut', expected: fr.tender.lines.notStatedExpected(key), hint: t.notStatedHasCriteriaHint }, [key]);
        if (status === 'unknown' && award.document) report(ctx, t.documentOnlyNotProvided, { rule: 'criteres/statut', found: fr.tender.lines.documentFound, expected: fr.tender.lines.documentExpected, hint: t.documentOnlyNotProvidedHint }, ['document']);
        return;
      }
      if (award.document) report(ctx, t.documentOnlyNotProvided, { rule: 'criteres/statut', found: fr.tender.lines.documentFound, expected: fr.tender.lines.documentExpected, hint: t.documentOnlyNotProvidedHint }, ['document']);
      if (!award.weighting) report(ctx, fr.diagnostics.missingField('weighting'), { rule: 'schema/champ-manquant', expected: t.weightingExpected, hint: t.weightingMissingHint }, ['weighting']);
      if (!award.criteria) {
        report(ctx, fr.diagnostics.missingField('criteria'), { rule: 'schema/champ-manquant', found: fr.diagnostics.value.missing, expected: fr.tender.lines.criteriaExpected, hint: t.criteriaMissingHint }, ['criteria']);
        return;
      }
      if (!award.weighting) return;
      const criteria = award.criteria;
      if (award.orderJustification && award.weighting !== 'order') report(ctx, t.justificationOnlyOrder, { rule: 'criteres/ordre', found: fr.tender.lines.justificationFound, expected: fr.tender.lines.justificationExpected, hint: t.justificationOnlyOrderHint }, ['orderJustification']);
      if (award.weighting === 'unweighted' || award.weighting === 'unknown') {
        const unread = award.weighting === 'unknown';
        const message = unread ? t.unknownWeightingHasWeight : t.unweightedHasWeight;
        const details = unread
          ? { rule: 'criteres/sans-ponderation', expected: fr.tender.lines.unknownWeightingExpected, hint: t.unknownWeightingHasWeightHint }
          : { rule: 'criteres/sans-ponderation', expected: fr.tender.lines.unweightedExpected, hint: t.unweightedHasWeightHint };
        criteria.forEach((c, i) => {
          if (c.weight !== undefined) report(ctx, message(c), details, ['criteria', i, 'weight']);
          (c.subcriteria ?? []).forEach((s, j) => {
            if (s.weight !== undefined) report(ctx, message(s), details, ['criteria', i, 'subcriteria', j, 'weight']);
          });
        });
        return;
      }
      const missing = criteria.flatMap((c, i) => (c.weight === undefined ? [i] : []));
      for (const i of missing) report(ctx, t.weightMissing(criteria[i]), { rule: 'criteres/ponderation', found: fr.diagnostics.value.missing, expected: fr.tender.lines.weightExpected, hint: t.weightMissingHint }, ['criteria', i, 'weight']);
      if (award.weighting !== 'order') {
        criteria.forEach((c, i) => {
          if (c.type === undefined) report(ctx, t.typeMissing(c), { rule: 'criteres/type', expected: t.typeExpected, hint: t.typeMissingHint }, ['criteria', i, 'type']);
        });
      }
      if (missing.length > 0) return;
      const weights = criteria.map((c) => c.weight!);
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
      criteria.forEach((criterion, i) => {
        const subs = criterion.subcriteria ?? [];
        const weighted = subs.filter((s) => s.weight !== undefined);
        if (weighted.length === 0) return;
        const subSum = weighted.reduce((a, s) => a + s.weight!, 0);
        if (weighted.length !== subs.length || !close(subSum, criterion.weight!)) {
          report(ctx, fr.schema.subWeightsSum(formatNumber(subSum), formatNumber(criterion.weight!)), { rule: 'criteres/sous-ponderation', found: fr.details.schema.weightsFound(formatNumber(subSum)), expected: fr.details.schema.subWeightsExpected(formatNumber(criterion.weight!)), hint: fr.schema.weightsSumHint }, ['criteria', i, 'subcriteria']);
        }
      });
    })
    .transform((award): AwardCriteria => {
      const note = { ...(award.note && { note: award.note }), ...(award.source && { source: award.source }), ...(award.weightingSource && { weightingSource: award.weightingSource }) };
      if (award.status === 'not-provided') return { status: 'not-provided', ...(award.document && { document: award.document }), ...note };
      if (award.status === 'unknown') return { status: 'unknown', ...note };
      return {
        status: 'stated',
        weighting: award.weighting!,
        ...(award.pointsTotal !== undefined && { pointsTotal: award.pointsTotal }),
        criteria: award.criteria!,
        ...(award.partial && { partial: true }),
        ...(award.orderJustification && { orderJustification: award.orderJustification }),
        ...note,
      };
    })
    .meta({ description: 'Les critères d\'attribution des offres et leur pondération, ou ce que l\'on sait de critères non fournis.' });

/** The criteria when the call weights them in percentages or points (the only ones scored by weights). */
export function weightedCriteria(award: AwardCriteria | undefined): { weighting: 'percentage' | 'points'; criteria: WeightedCriterion[]; pointsTotal?: number } | undefined {
  if (!award || award.status !== 'stated' || (award.weighting !== 'percentage' && award.weighting !== 'points')) return undefined;
  return { weighting: award.weighting, criteria: award.criteria as WeightedCriterion[], ...(award.pointsTotal !== undefined && { pointsTotal: award.pointsTotal }) };
}

/** The criteria a call lists, whatever their weighting (none when not provided or unknown). */
export function listedCriteria(award: AwardCriteria | undefined): Criterion[] {
  return award?.status === 'stated' ? award.criteria : [];
}
