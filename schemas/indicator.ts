/**
 * Indicators and results.
 *
 * A quantitative result is a count with its denominator (« 7 sur 12 »), a count alone when the
 * source gives no denominator, a percentage as the source writes it (« 55,78 % », « environ
 * 40 % »), or a percentage and counts when the source gives both. Counts carry their precision
 * and bound (« près de 17 000 », « plus de 4 000 »), their date and their source. A result is
 * achieved: a target goes in `indicators` (or `public.headcount` with `kind: target`).
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { isExact } from '../src/domain/counts';
import { formatCount } from '../src/domain/format';
import { CountSchema } from './count';
import { QualifiedDateSchema } from './date';
import { report, uniqueIds } from './issue';
import { GivenPercentSchema } from './share';
import { SourceRefSchema } from './source';
import { IdSchema, MarkdownSchema, TextSchema } from './text';
import { audiences, indicatorUnits, outcomes } from './vocabulary';

/**
 * An indicator's target or value: `12`, `"50 à 60"`, `"plus de 80 %"`, `"près de 17 000"`, or
 * `{ value, date, source }`. The indicator's own unit says what is counted, so a `%`, `h` or `€`
 * after the number is read and dropped.
 */
const IndicatorValueSchema = (kind: 'target' | 'achieved', description: string) => CountSchema({ unit: 'items', kind, unitSuffix: true, description });

export const IndicatorSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant de l\'indicateur.' }),
      label: TextSchema().meta({ description: 'Le nom de l\'indicateur.' }),
      definition: TextSchema().optional().meta({ description: 'Ce qu\'il mesure, précisément.' }),
      unit: z.enum(indicatorUnits).meta({ description: 'people, percent, hours, sessions, euros, days ou count.' }),
      computation: TextSchema().optional().meta({ description: 'Comment il se calcule et d\'où viennent les données.' }),
      target: IndicatorValueSchema('target', 'La cible : 12, « 50 à 60 », « plus de 50 », ou { value: 10000, date: fin 2020, source: prefecture }.').optional(),
      actual: IndicatorValueSchema('achieved', 'La valeur atteinte, quand elle est connue : 86, « près de 17 000 », ou { value, date, source }.').optional(),
      denominator: z.int().positive().optional().meta({ description: 'Le dénominateur de la valeur atteinte, pour un taux (jamais la cible).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un indicateur de suivi ou de résultat.' });

export type Indicator = z.output<ReturnType<typeof IndicatorSchema>>;

export const QuantitativeResultSchema = () =>
  z
    .strictObject({
      id: IdSchema().optional().meta({ description: 'Identifiant du résultat.' }),
      label: TextSchema().meta({ description: 'Ce qui est compté (« accès à un emploi ou à une formation »).' }),
      count: CountSchema({ unit: 'people', kind: 'achieved', description: 'Le nombre de personnes (ou d\'objets) concernés : 7, « près de 200 », « plus de 4 000 ».' }).optional(),
      of: CountSchema({ unit: 'people', description: 'Le dénominateur : sur combien de personnes (présentes, entrées) ; jamais une cible.' }).optional(),
      ofLabel: TextSchema().optional().meta({ description: 'Ce que compte le dénominateur (« femmes présentes »).' }),
      percent: GivenPercentSchema().optional().meta({ description: 'Un pourcentage tel que la source l\'écrit (« 55,78 % », « environ 40 % ») ; avec des nombres s\'ils sont aussi donnés, même s\'ils ne s\'accordent pas.' }),
      outcome: z.enum(outcomes).optional().meta({ description: 'La nature du résultat (employment, training, business-creation, driving-licence, identified…).' }),
      cohort: IdSchema().optional().meta({ description: 'Le groupe concerné (identifiant de cohorts).' }),
      asOf: QualifiedDateSchema().optional().meta({ description: 'La date du constat, pour un résultat intermédiaire ou cumulé.' }),
      breakdown: z
        .array(
          z
            .strictObject({
              label: TextSchema().meta({ description: 'Ce que compte cette part (« dans les travaux publics »).' }),
              count: CountSchema({ unit: 'people', kind: 'achieved', description: 'Le nombre de cette part.' }),
            })
            .meta({ description: 'Une part du résultat.' }),
        )
        .optional()
        .meta({ description: 'La ventilation du nombre (« 1 dans les travaux publics, 2 dans les services »), jamais additionnée par Passerelle.' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
      source: SourceRefSchema().optional(),
    })
    .superRefine((result, ctx) => {
      if (result.count === undefined && result.percent === undefined) {
        report(ctx, fr.schema.resultNeedsValue, { rule: 'resultat/valeur', found: fr.details.schema.resultValueFound, expected: fr.details.schema.resultValueExpected, hint: fr.schema.resultNeedsValueHint });
      }
      if (result.count && result.of && isExact(result.count) && isExact(result.of) && result.count.unit === result.of.unit && result.count.min! > result.of.max!) {
        const of = formatCount(result.of, { bare: true });
        report(ctx, fr.schema.resultOver(formatCount(result.count, { bare: true }), of), { rule: 'resultat/denominateur', expected: fr.details.schema.resultOverExpected(of), hint: fr.schema.resultOverHint }, ['count']);
      }
      if (result.count?.kind === 'target') {
        report(ctx, fr.facts.result.targetAsResult, { rule: 'resultat/cible', expected: fr.facts.result.targetAsResultExpected, hint: fr.facts.result.targetAsResultHint }, ['count', 'kind']);
      }
    })
    .meta({ description: 'Un résultat chiffré.' });

export type QuantitativeResult = z.output<ReturnType<typeof QuantitativeResultSchema>>;

export const QualitativeResultSchema = () =>
  z
    .strictObject({
      audience: z.enum(audiences).optional().meta({ description: 'Pour qui : beneficiaries, staff, partners ou territory.' }),
      text: MarkdownSchema().meta({ description: 'Le constat.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un résultat qualitatif.' });

export const ResultsSchema = () =>
  z
    .strictObject({
      asOf: QualifiedDateSchema().optional().meta({ description: 'La date du bilan.' }),
      interim: z.boolean().optional().meta({ description: 'true pour un bilan à mi-parcours.' }),
      quantitative: uniqueIds(z.array(QuantitativeResultSchema()).optional()).meta({ description: 'Les résultats chiffrés.' }),
      qualitative: z.array(QualitativeResultSchema()).optional().meta({ description: 'Les résultats qualitatifs.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Les résultats du programme.' });

export type Results = z.output<ReturnType<typeof ResultsSchema>>;
