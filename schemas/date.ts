/**
 * Dates with the precision the source gives (a year, a month or a day), qualified when the source
 * is vague, and periods.
 *
 * - `PartialDateSchema`: `2018`, `"2018-03"`, `"mars 2018"`, `"2022-08-05"` or `"05/08/2022"` →
 *   ISO strings (`"2018"`, `"2018-03"`, `"2022-08-05"`). No time zone is involved.
 * - `QualifiedDateSchema`: the same, or `"fin 2003"`, `"début mai 2010"`, `"printemps 2021"`,
 *   `"vers 2009"`, `"au plus tôt le 1er mars 2023"`, or `{ date, qualifier, source, note }` →
 *   `{ date, qualifier?, source?, note? }`.
 * - `DisputedDateSchema`: a qualified date, or the readings of sources that disagree (a list, each
 *   with its source) → the first reading with the others in `alternatives`.
 * - `PeriodSchema`: `{ start, end }`, `{ start, ongoing: true }` (« depuis 1991 »: the source says
 *   it still runs), or `"depuis 1991"`, `"2007-2013"`, `"de mars 2018 à avril 2019"`. An absent
 *   end is an end the source does not give, never « en cours ».
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { certainlyBefore, envelope, parseQualifiedDate, qualifiedBounds, validQualified, type DateBounds, type QualifiedDate } from '../src/domain/dates';
import { dateBounds, parsePartialDate } from '../src/domain/shorthand';
import { report } from './issue';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';
import { dateQualifiers } from './vocabulary';

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

const qualifiedShorthand = (ctx: Parameters<typeof report>[0], input: string | number): QualifiedDate | undefined => {
  const parsed = parseQualifiedDate(input);
  if (!parsed.ok) {
    report(ctx, fr.schema.date.message, { rule: 'date/format', expected: fr.facts.date.expected, hint: fr.facts.date.hint });
    return undefined;
  }
  return parsed.value;
};

/** A date, its qualifier, and where it comes from. */
export interface DateFact extends QualifiedDate {
  source?: string[];
  note?: string;
}

const QualifiedDateObjectSchema = () =>
  z.strictObject({
    date: PartialDateSchema().meta({ description: 'La date, avec la précision que donne la source (année, mois ou jour).' }),
    qualifier: z.enum(dateQualifiers).optional().meta({ description: 'early (début), mid (mi-), late (fin), spring, summer, autumn, winter, around (vers), before (avant), after (après), not-before (au plus tôt), not-after (au plus tard).' }),
    source: SourceRefSchema().optional(),
    note: TextSchema().optional().meta({ description: 'Une précision sur cette date.' }),
  });

export const QualifiedDateSchema = () =>
  z
    .union([z.string(), z.int(), QualifiedDateObjectSchema()])
    .transform((input, ctx): DateFact => {
      if (typeof input !== 'object') return qualifiedShorthand(ctx, input) ?? z.NEVER;
      const checked = validQualified({ date: input.date, qualifier: input.qualifier });
      if (!checked.ok) {
        report(ctx, fr.facts.date.qualifierPrecision, { rule: 'date/qualificatif', expected: fr.facts.date.expected, hint: fr.facts.date.qualifierPrecisionHint }, ['qualifier']);
        return z.NEVER;
      }
      return { ...checked.value, ...(input.source && { source: input.source }), ...(input.note && { note: input.note }) };
    })
    .meta({
      description: 'Une date, précise ou telle que la source l\'écrit : « 2018-03 », « fin 2003 », « début mai 2010 », « printemps 2021 », « vers 2009 ».',
      expected: fr.facts.date.expected,
      hint: fr.facts.date.hint,
      examples: ['2018-03', 'fin 2003', { date: '2009-11', source: 'unccas' }],
    });

/** A date the sources may disagree on: the first reading, and the others. */
export interface DisputedDate extends DateFact {
  alternatives?: DateFact[];
}

export const DisputedDateSchema = () =>
  z
    .union([QualifiedDateSchema(), z.array(QualifiedDateSchema()).min(2)])
    .transform((input, ctx): DisputedDate => {
      if (!Array.isArray(input)) return input;
      input.forEach((reading, i) => {
        if (!reading.source) report(ctx, fr.facts.date.readingWithoutSource, { rule: 'date/lectures', expected: fr.details.schema.readingSourceExpected, hint: fr.facts.date.readingWithoutSourceHint }, [i]);
      });
      const [first, ...alternatives] = input;
      return { ...first, alternatives };
    })
    .meta({
      description: 'Une date, ou, quand les sources ne s\'accordent pas, la liste des dates qu\'elles donnent, chacune avec sa source.',
      expected: fr.facts.date.disputedExpected,
      hint: fr.facts.date.hint,
      examples: ['fin 2003', [{ date: '2009-11', source: 'unccas' }, { date: '2009-12-01', source: 'sud-ouest' }]],
    });

/** Every day a date may be, over all its readings. */
export function disputedBounds(date: DisputedDate): DateBounds {
  return envelope([date, ...(date.alternatives ?? [])].map(qualifiedBounds));
}


export interface Period {
  start?: DisputedDate;
  end?: DisputedDate;
  /** The source says it is still running (« depuis 1991 »); an absent end is only not given. */
  ongoing?: true;
  source?: string[];
  note?: string;
}

const OPEN = /^(?:depuis|a partir de|à partir de|dès)\s+(.+)$/i;
const SPAN = /^(?:(?:de|du)\s+|d['’]\s*)?(.+?)\s+(?:à|au|a|jusqu'à|jusqu’à)\s+(.+)$|^(\d{4})\s*[-–/]\s*(\d{4})$/i;

function periodShorthand(ctx: Parameters<typeof report>[0], input: string): Period | undefined {
  const text = input.trim();
  const open = OPEN.exec(text);
  if (open) {
    const start = qualifiedShorthand(ctx, open[1]);
    return start && { start, ongoing: true };
  }
  const span = SPAN.exec(text);
  if (span) {
    const start = qualifiedShorthand(ctx, span[1] ?? span[3]);
    const end = start && qualifiedShorthand(ctx, span[2] ?? span[4]);
    return start && end && { start, end };
  }
  const single = qualifiedShorthand(ctx, text);
  return single && { start: single, end: single };
}

const PeriodObjectSchema = () =>
  z.strictObject({
    start: DisputedDateSchema().optional().meta({ description: 'Le début, si la source le donne.' }),
    end: DisputedDateSchema().optional().meta({ description: 'La fin, si la source la donne ; absente, elle est non renseignée.' }),
    ongoing: z.literal(true).optional().meta({ description: 'true quand la source dit que l\'action continue (« depuis 1991 ») ; sans fin ni ongoing, la fin est seulement non renseignée.' }),
    source: SourceRefSchema().optional(),
    note: TextSchema().optional().meta({ description: 'Une précision sur cette période.' }),
  });

export const PeriodSchema = () =>
  z
    .union([z.string(), PeriodObjectSchema()])
    .transform((input, ctx): Period => {
      if (typeof input === 'string') return periodShorthand(ctx, input) ?? z.NEVER;
      const period: Period = {
        ...(input.start && { start: input.start }),
        ...(input.end && { end: input.end }),
        ...(input.ongoing && { ongoing: true as const }),
        ...(input.source && { source: input.source }),
        ...(input.note && { note: input.note }),
      };
      if (!period.start && !period.end && !period.ongoing) {
        report(ctx, fr.facts.period.empty, { rule: 'periode/vide', expected: fr.facts.period.expected, hint: fr.facts.period.emptyHint });
        return z.NEVER;
      }
      if (period.ongoing && period.end) {
        report(ctx, fr.facts.period.ongoingWithEnd, { rule: 'periode/en-cours', expected: fr.details.schema.ongoingExpected, hint: fr.facts.period.ongoingWithEndHint }, ['ongoing']);
        return z.NEVER;
      }
      if (period.start && period.end && certainlyBefore(disputedBounds(period.end), disputedBounds(period.start))) {
        report(ctx, fr.schema.periodOrder(period.start.date, period.end.date), { rule: 'periode/ordre', expected: fr.details.schema.periodOrderExpected(period.start.date), hint: fr.schema.periodOrderHint }, ['end']);
        return z.NEVER;
      }
      return period;
    })
    .meta({
      description: 'Une période : début et fin si la source les donne, ou « depuis » quand elle dit que l\'action continue.',
      expected: fr.facts.period.expected,
      hint: fr.facts.period.hint,
      examples: [{ start: '2018-03', end: '2019-04' }, 'depuis 1991', '2007-2013', { start: 'fin 2003', ongoing: true }],
    });
