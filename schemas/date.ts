/**
 * Dates with the precision the source gives (a year, a month or a day) and periods.
 *
 * Authors write `2018`, `"2018-03"`, `"mars 2018"`, `"2022-08-05"` or `"05/08/2022"`; code
 * receives ISO strings (`"2018"`, `"2018-03"`, `"2022-08-05"`). No time zone is involved.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { dateBounds, parsePartialDate } from '../src/domain/shorthand';
import { report } from './issue';

export const PartialDateSchema = () =>
  z
    .union([z.string(), z.int()])
    .transform((input, ctx) => {
      const parsed = parsePartialDate(input);
      if (!parsed.ok) {
        report(ctx, fr.schema.date.message, { rule: 'date/format', expected: fr.schema.date.expected, hint: fr.schema.date.hint });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta({
      description: 'Une date (« 2022-08-05 »), un mois (« 2018-03 ») ou une année (2018).',
      expected: fr.schema.date.expected,
      hint: fr.schema.date.hint,
      examples: ['2022-08-05', '2018-03', 2018],
    });

/** A full day, optionally with a time: `"2022-08-05"` or `"2022-08-05T12:00"`. */
export const DateTimeSchema = () =>
  z
    .string()
    .trim()
    .transform((input, ctx) => {
      const m = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:[T ](\d{2}):(\d{2}))?$/.exec(input);
      const day = m ? parsePartialDate(m[1]) : undefined;
      if (!m || !day?.ok || day.value.length !== 10 || (m[2] && (Number(m[2]) > 23 || Number(m[3]) > 59))) {
        report(ctx, fr.schema.dateTime.message, { rule: 'date/format', expected: fr.schema.dateTime.expected, hint: fr.schema.dateTime.hint });
        return z.NEVER;
      }
      return m[2] ? `${day.value}T${m[2]}:${m[3]}` : day.value;
    })
    .meta({ description: 'Une date, avec une heure si elle est donnée.', expected: fr.schema.dateTime.expected, examples: ['2022-08-05', '2022-08-05T12:00'] });

/** Whether `a` is before `b` without doubt (a's last day before b's first day). */
export function endsBefore(a: string, b: string): boolean {
  return dateBounds(a.slice(0, 10)).last < dateBounds(b.slice(0, 10)).first;
}

export const PeriodSchema = () =>
  z
    .strictObject({
      start: PartialDateSchema().meta({ description: 'Le début de la période.' }),
      end: PartialDateSchema().optional().meta({ description: 'La fin de la période, si elle est connue.' }),
    })
    .superRefine((period, ctx) => {
      if (period.end && endsBefore(period.end, period.start)) {
        report(ctx, fr.schema.periodOrder(period.start, period.end), { rule: 'periode/ordre', expected: fr.details.schema.periodOrderExpected(period.start), hint: fr.schema.periodOrderHint }, ['end']);
      }
    })
    .meta({ description: 'Une période : début et, si elle est connue, fin.' });

export type Period = z.output<ReturnType<typeof PeriodSchema>>;
