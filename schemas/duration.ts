/**
 * Durations: minutes, hours, days, weeks and months. Hours are normalised to minutes, so
 * `"2h30"` becomes `{ value: 150, unit: 'minutes' }` and is shown as "2 h 30".
 *
 * A duration range covers "2h30 à 3h" or "10 à 12 semaines": `{ min, max, unit }`, with
 * `min === max` for a single duration.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { parseDuration, parseDurationRange, type Duration, type DurationRange, type DurationUnit } from '../src/domain/shorthand';
import { formatDuration } from '../src/domain/format';
import { parseDurationBound } from '../src/domain/duration-bound';
import { report } from './issue';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';

export type { Duration, DurationRange, DurationUnit };

export const durationUnits = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;

function normalise(value: number, unit: (typeof durationUnits)[number]): Duration {
  return unit === 'hours' ? { value: value * 60, unit: 'minutes' } : { value, unit };
}

const DurationObjectSchema = () =>
  z.strictObject({
    value: z.number().positive().meta({ description: 'La quantité, dans l\'unité choisie.' }),
    unit: z.enum(durationUnits).meta({ description: 'minutes, hours, days, weeks ou months.' }),
  });

export const DurationSchema = () =>
  z
    .union([z.string(), DurationObjectSchema()])
    .transform((input, ctx): Duration => {
      if (typeof input === 'object') {
        const d = normalise(input.value, input.unit);
        if (!Number.isInteger(d.value)) {
          report(ctx, fr.schema.duration.message, { rule: 'duree/format', expected: fr.schema.duration.expected, hint: fr.schema.duration.hint });
          return z.NEVER;
        }
        return d;
      }
      const parsed = parseDuration(input);
      if (!parsed.ok) {
        report(ctx, fr.schema.duration.message, { rule: 'duree/format', expected: fr.schema.duration.expected, hint: fr.schema.duration.hint });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta({
      description: 'Une durée : « 2h30 », « 45 min », « 10 semaines », « 5 mois ».',
      expected: fr.schema.duration.expected,
      hint: fr.schema.duration.hint,
      examples: ['2h30', '10 semaines', { value: 5, unit: 'months' }],
    });

const DurationRangeObjectSchema = () =>
  z.strictObject({
    min: z.number().positive().meta({ description: 'La durée la plus courte.' }),
    max: z.number().positive().meta({ description: 'La durée la plus longue.' }),
    unit: z.enum(durationUnits).meta({ description: 'minutes, hours, days, weeks ou months.' }),
  });

/**
 * A pathway's duration that a source gives only as its longest (« un contrat de deux ans au
 * maximum »): `atMost` says so, and `min` is `max`, the shortest being unknown; `years` keeps it
 * written in years. Only the pathway's duration of a programme takes it.
 */
export interface AtMostDuration extends DurationRange {
  atMost?: true;
  years?: true;
}

/** `"2 ans au plus"`, `"au maximum 9 mois"` → `{ min: 24, max: 24, unit: 'months', atMost: true, years: true }`. */
function atMostDuration(input: string): AtMostDuration | undefined {
  const bound = parseDurationBound(input);
  if (!bound.ok || bound.value.max === undefined || bound.value.min !== undefined || bound.value.values || bound.value.days) return undefined;
  // « 2 ans au plus »: the bound's parser sees years only at the end of its text.
  const years = bound.value.years ?? (bound.value.unit === 'months' && /\b(?:an|ans|année|années)\b/i.test(input) ? true : undefined);
  const { max, unit } = bound.value;
  return { min: max, max, unit, atMost: true, ...(years && { years }) };
}

export const DurationRangeSchema = ({ atMost = false }: { atMost?: boolean } = {}) =>
  z
    .union([z.string(), DurationRangeObjectSchema()])
    .transform((input, ctx): AtMostDuration => {
      let range: DurationRange;
      if (typeof input === 'object') {
        const min = normalise(input.min, input.unit);
        const max = normalise(input.max, input.unit);
        range = { min: min.value, max: max.value, unit: min.unit };
      } else {
        const parsed = parseDurationRange(input);
        const bounded = !parsed.ok && atMost ? atMostDuration(input) : undefined;
        if (bounded) return bounded;
        if (!parsed.ok) {
          report(ctx, fr.schema.durationRange.message, {
            rule: 'duree/format',
            expected: fr.schema.durationRange.expected,
            hint: fr.schema.durationRange.hint,
          });
          return z.NEVER;
        }
        range = parsed.value;
      }
      if (range.min > range.max) {
        report(ctx, fr.schema.rangeOrder(formatDuration({ value: range.min, unit: range.unit }), formatDuration({ value: range.max, unit: range.unit })), { rule: 'intervalle/ordre', expected: fr.details.schema.rangeOrderExpected, hint: fr.schema.rangeOrderHint });
        return z.NEVER;
      }
      return range;
    })
    .meta({
      description: 'Une durée ou un intervalle de durées : « 2 h », « 2h30 à 3h », « 10 à 12 semaines ».',
      expected: fr.schema.durationRange.expected,
      hint: fr.schema.durationRange.hint,
      examples: ['2 h', '2h30 à 3h', '30 min à 1 h', '10 à 12 semaines'],
    });

/**
 * The duration of one person's pathway, or the durations that sources give for different times or
 * disagree on, each with its source and what it covers (« cinq mois » for the first promotion,
 * « quatre mois » later): the first reading, the others in `alternatives`. Every consumer that
 * reads a single duration reads the first; the pages show them all.
 */
export interface DurationFact extends AtMostDuration {
  source?: string[];
  note?: string;
  alternatives?: Array<AtMostDuration & { source?: string[]; note?: string }>;
}

const DurationReadingSchema = () =>
  z
    .strictObject({
      value: DurationRangeSchema({ atMost: true }),
      source: SourceRefSchema(),
      note: TextSchema().optional().meta({ description: 'Ce que couvre cette durée (« première promotion », « à partir de 2012 »).' }),
    })
    .transform(({ value, source, note }) => ({ ...value, source, ...(note !== undefined && { note }) }))
    .meta({ description: 'Une durée, la source qui la donne et ce qu\'elle couvre.' });

export const DurationFactSchema = () =>
  z
    .union([DurationRangeSchema({ atMost: true }), DurationReadingSchema(), z.array(DurationReadingSchema()).min(2)])
    .transform((input): DurationFact => {
      if (!Array.isArray(input)) return input;
      const [first, ...alternatives] = input;
      return { ...first, alternatives };
    })
    .meta({
      description:
        'La durée du parcours d\'une personne (« 5 mois », « 10 à 12 semaines », « 2 ans au plus » quand la source ne donne que le maximum), ou les durées que donnent des sources pour des moments différents ou en désaccord, chacune avec sa source : [{ value: 5 mois, source: a, note: première promotion }, { value: 4 mois, source: b }].',
      expected: fr.schema.durationRange.readingsExpected,
      hint: fr.schema.durationRange.hint,
    });
