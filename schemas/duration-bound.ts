/**
 * Durations that are bounds, as calls write them: « 9 mois au plus », « au moins 3 mois »,
 * « 10 à 12 semaines », « 12 ou 24 mois » (18 is not allowed), « 180 jours calendaires ». Used for
 * the pathway of one beneficiary, a contract's period and its firm period.
 *
 * Authors write the French text or `{ max: 9, unit: months }`; code receives a `DurationBound`
 * (`src/domain/duration-bound.ts`). A conditional extension (« jusqu'à 12 mois en situation
 * particulière ») is a field beside the bound, never merged into it.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { parseDurationBound, type BoundedDuration, type DurationBound } from '../src/domain/duration-bound';
import { parseDuration, type Duration } from '../src/domain/shorthand';
import { dayKinds } from './call-vocabulary';
import { durationUnits } from './duration';
import { report } from './issue';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';

export type { BoundedDuration, DurationBound };

const positive = () => z.number().positive();

const BoundObjectSchema = () =>
  z.strictObject({
    min: positive().optional().meta({ description: 'La durée la plus courte (incluse).' }),
    max: positive().optional().meta({ description: 'La durée la plus longue (incluse).' }),
    values: z.array(positive()).min(2).optional().meta({ description: 'Les seules durées admises (« 12 ou 24 mois »).' }),
    unit: z.enum(durationUnits).meta({ description: 'minutes, hours, days, weeks ou months.' }),
    days: z.enum(dayKinds).optional().meta({ description: 'Pour des jours : calendar (calendaires) ou business (ouvrés).' }),
  });

export const DurationBoundSchema = () =>
  z
    .union([z.string(), BoundObjectSchema()])
    .transform((input, ctx): DurationBound => {
      const t = fr.tender.schema.durationBound;
      if (typeof input === 'string') {
        const parsed = parseDurationBound(input);
        if (!parsed.ok) {
          report(ctx, t.message, { rule: 'duree/borne', expected: t.expected, hint: t.hint });
          return z.NEVER;
        }
        return parsed.value;
      }
      const factor = input.unit === 'hours' ? 60 : 1;
      const unit = input.unit === 'hours' ? 'minutes' : input.unit;
      if (input.days && input.unit !== 'days') {
        report(ctx, t.daysNeedDays, { rule: 'duree/jours', found: fr.tender.lines.daysFound, expected: fr.tender.lines.daysExpected, hint: t.daysNeedDaysHint }, ['days']);
        return z.NEVER;
      }
      if (input.values) {
        const values = [...new Set(input.values.map((v) => v * factor))].sort((a, b) => a - b);
        return { min: values[0], max: values[values.length - 1], values, unit, ...(input.days && { days: input.days }) };
      }
      if (input.min === undefined && input.max === undefined) {
        report(ctx, t.needsBound, { rule: 'duree/borne', expected: t.expected, hint: t.hint });
        return z.NEVER;
      }
      if (input.min !== undefined && input.max !== undefined && input.min > input.max) {
        report(ctx, fr.schema.rangeOrder(String(input.min), String(input.max)), { rule: 'intervalle/ordre', expected: fr.details.schema.rangeOrderExpected, hint: fr.schema.rangeOrderHint });
        return z.NEVER;
      }
      return {
        ...(input.min !== undefined && { min: input.min * factor }),
        ...(input.max !== undefined && { max: input.max * factor }),
        unit,
        ...(input.days && { days: input.days }),
      };
    })
    .meta({
      description: 'Une durée, une borne ou des durées admises : « 6 mois », « 9 mois au plus », « au moins 3 mois », « 10 à 12 semaines », « 12 ou 24 mois », « 180 jours calendaires ».',
      expected: fr.tender.schema.durationBound.expected,
      hint: fr.tender.schema.durationBound.hint,
      examples: ['9 mois au plus', '10 à 12 semaines', '12 ou 24 mois', { max: 9, unit: 'months' }],
    });

const OneDurationSchema = () =>
  z
    .string()
    .transform((input, ctx): Duration => {
      const parsed = parseDuration(input);
      if (!parsed.ok) {
        report(ctx, fr.schema.duration.message, { rule: 'duree/format', expected: fr.schema.duration.expected, hint: fr.schema.duration.hint });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta({ description: 'Une durée : « 12 mois ».', expected: fr.schema.duration.expected });

/**
 * A duration with what the call adds: « 9 mois au plus, jusqu'à 12 mois en situation
 * particulière ». Written as the bound alone, or `{ bound, extension: { upTo, condition }, note }`.
 */
export const BoundedDurationSchema = (description: string) =>
  z
    .union([
      DurationBoundSchema(),
      z.strictObject({
        bound: DurationBoundSchema(),
        extension: z
          .strictObject({
            upTo: OneDurationSchema().meta({ description: 'La durée la plus longue permise sous condition (« 12 mois »).' }),
            condition: TextSchema().optional().meta({ description: 'La condition, dans les mots de l\'appel.' }),
          })
          .optional()
          .meta({ description: 'Une prolongation permise sous condition.' }),
        rollsOver: z
          .literal(true)
          .optional()
          .meta({ description: 'true si une échéance qui tombe un samedi, un dimanche ou un jour férié passe au premier jour ouvré suivant, quand l\'appel le dit.' }),
        note: TextSchema().optional().meta({ description: 'Une précision (une formulation ambiguë de la source, par exemple).' }),
        source: SourceRefSchema().optional(),
      }),
    ])
    .transform((input): BoundedDuration =>
      'bound' in input
        ? {
            ...input.bound,
            ...(input.extension && { extension: input.extension }),
            ...(input.rollsOver && { rollsOver: true as const }),
            ...(input.note && { note: input.note }),
            ...(input.source && { source: input.source }),
          }
        : input,
    )
    .meta({ description, examples: ['9 mois au plus', { bound: '9 mois au plus', extension: { upTo: '12 mois', condition: 'situations particulières' } }] });
