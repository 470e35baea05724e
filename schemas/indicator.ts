/**
 * Indicators and results.
 *
 * A quantitative result is a count with its denominator ("7 sur 12"), a count alone when the
 * source gives no denominator, or a bare percentage when that is all there is.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { PartialDateSchema } from './date';
import { report } from './issue';
import { RangeSchema } from './range';
import { PercentSchema } from './share';
import { IdSchema, MarkdownSchema, TextSchema } from './text';
import { audiences, indicatorUnits, outcomes } from './vocabulary';

export const IndicatorSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant de l\'indicateur.' }),
      label: TextSchema().meta({ description: 'Le nom de l\'indicateur.' }),
      definition: TextSchema().optional().meta({ description: 'Ce qu\'il mesure, précisément.' }),
      unit: z.enum(indicatorUnits).meta({ description: 'people, percent, hours, sessions, euros, days ou count.' }),
      computation: TextSchema().optional().meta({ description: 'Comment il se calcule et d\'où viennent les données.' }),
      target: RangeSchema({ description: 'La cible : 12, « 50 à 60 », « plus de 50 ».' }).optional(),
      actual: z.number().nonnegative().optional().meta({ description: 'La valeur atteinte, quand elle est connue.' }),
      denominator: z.int().positive().optional().meta({ description: 'Le dénominateur de la valeur atteinte, pour un taux.' }),
    })
    .meta({ description: 'Un indicateur de suivi ou de résultat.' });

export type Indicator = z.output<ReturnType<typeof IndicatorSchema>>;

export const QuantitativeResultSchema = () =>
  z
    .strictObject({
      id: IdSchema().optional().meta({ description: 'Identifiant du résultat.' }),
      label: TextSchema().meta({ description: 'Ce qui est compté (« accès à un emploi ou à une formation »).' }),
      count: z.int().nonnegative().optional().meta({ description: 'Le nombre de personnes (ou d\'objets) concernés.' }),
      of: z.int().positive().optional().meta({ description: 'Le dénominateur : sur combien.' }),
      ofLabel: TextSchema().optional().meta({ description: 'Ce que compte le dénominateur (« femmes présentes »).' }),
      percent: PercentSchema().optional().meta({ description: 'Un pourcentage, seulement quand la source ne donne pas les nombres.' }),
      outcome: z.enum(outcomes).optional().meta({ description: 'La nature du résultat (employment, training, recruited…).' }),
      cohort: IdSchema().optional().meta({ description: 'Le groupe concerné (identifiant de cohorts).' }),
      asOf: PartialDateSchema().optional().meta({ description: 'La date du constat, pour un résultat intermédiaire.' }),
      breakdown: z
        .array(
          z
            .strictObject({
              label: TextSchema().meta({ description: 'Ce que compte cette part (« dans les travaux publics »).' }),
              count: z.int().nonnegative().meta({ description: 'Le nombre de cette part.' }),
            })
            .meta({ description: 'Une part du résultat.' }),
        )
        .optional()
        .meta({ description: 'La ventilation du nombre (« 1 dans les travaux publics, 2 dans les services »).' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
    })
    .superRefine((result, ctx) => {
      if (result.count === undefined && result.percent === undefined) {
        report(ctx, fr.schema.resultNeedsValue, { rule: 'resultat/valeur', found: fr.details.schema.resultValueFound, expected: fr.details.schema.resultValueExpected, hint: fr.schema.resultNeedsValueHint });
      }
      if (result.count !== undefined && result.of !== undefined && result.count > result.of) {
        report(ctx, fr.schema.resultOver(result.count, result.of), { rule: 'resultat/denominateur', expected: fr.details.schema.resultOverExpected(result.of), hint: fr.schema.resultOverHint }, ['count']);
      }
    })
    .meta({ description: 'Un résultat chiffré.' });

export type QuantitativeResult = z.output<ReturnType<typeof QuantitativeResultSchema>>;

export const QualitativeResultSchema = () =>
  z
    .strictObject({
      audience: z.enum(audiences).optional().meta({ description: 'Pour qui : beneficiaries, staff, partners ou territory.' }),
      text: MarkdownSchema().meta({ description: 'Le constat.' }),
    })
    .meta({ description: 'Un résultat qualitatif.' });

export const ResultsSchema = () =>
  z
    .strictObject({
      asOf: PartialDateSchema().optional().meta({ description: 'La date du bilan.' }),
      interim: z.boolean().optional().meta({ description: 'true pour un bilan à mi-parcours.' }),
      quantitative: z.array(QuantitativeResultSchema()).optional().meta({ description: 'Les résultats chiffrés.' }),
      qualitative: z.array(QualitativeResultSchema()).optional().meta({ description: 'Les résultats qualitatifs.' }),
    })
    .meta({ description: 'Les résultats du programme.' });

export type Results = z.output<ReturnType<typeof ResultsSchema>>;
