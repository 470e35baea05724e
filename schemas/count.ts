/**
 * Counts: a number or a range with its unit, period, kind, precision and bound, and optionally
 * its date and source.
 *
 * Authors write `12`, `"10 à 12"`, `"environ 60"`, `"une soixantaine"`, `"près de 600"`,
 * `"en moyenne 10"`, `"plus de 250"`, `"moins de 26"`, with an optional unit and period in the
 * text (`"18 postes en insertion"`, `"une soixantaine de personnes par an"`), or an object
 * `{ value: "plus de 250", unit: people, kind: achieved, period: at-date, date: 2021-03-31,
 * source: prij }`. Code receives a {@link Count}: inclusive `min`/`max` (« plus de 250 »
 * personnes is at least 251, « moins de 26 » at most 25), the bound as written, the unit (the
 * field's own when not written), and the rest.
 *
 * @example
 * CountSchema({ unit: 'people', kind: 'achieved' }) // results
 * CountSchema({ unit: 'posts', kind: 'capacity' })   // an ACI's salaried posts
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { inclusiveBounds, parseCountText, wholeUnit, type Count, type CountText } from '../src/domain/counts';
import { formatNumber, formatQualifiedDate } from '../src/domain/format';
import { QualifiedDateSchema } from './date';
import { report } from './issue';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';
import { countKinds, countPeriods, countPrecisions, countUnits, type CountKind, type CountPeriod, type CountUnit } from './vocabulary';

export type { Count };

interface CountOptions {
  /** The unit when the author writes none (default: people). */
  unit?: CountUnit;
  /** The kind when the author writes none (a result is achieved, a field of posts a capacity). */
  kind?: CountKind;
  /** The period when the author writes none (a cohort's size is per cohort). */
  period?: CountPeriod;
  /** Read and drop a unit the field already says (`%`, `h`, `€`, `jours`): an indicator's values. */
  unitSuffix?: boolean;
  description?: string;
}

const SUFFIX = /\s*(%|h|heures?|€|euros?|jours?)\s*$/i;

/** `01-01` … `12-31`: a day of a year the source does not write (`02-29` allowed). */
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MonthDaySchema = (description: string) =>
  z
    .string()
    .superRefine((v, ctx) => {
      if (!(MONTH_DAY.test(v) && Number(v.slice(3)) <= DAYS_IN[Number(v.slice(0, 2)) - 1]))
        report(ctx, fr.facts.count.monthDay, { rule: 'compte/jour', found: fr.common.quote(v), expected: fr.facts.count.monthDayExpected, hint: fr.facts.count.monthDayHint });
    })
    .meta({ description, expected: fr.facts.count.monthDayExpected, hint: fr.facts.count.monthDayHint });

/** A span of days without a year (« du 1er janvier au 31 août », the year not written). */
const YearlessSpanSchema = () =>
  z
    .strictObject({
      from: MonthDaySchema('Le premier jour, mois-jour (« 1er janvier » : 01-01).'),
      to: MonthDaySchema('Le dernier jour, mois-jour (« 31 août » : 08-31).'),
    })
    .meta({ description: 'Une période dont la source ne donne que les jours et les mois (« du 1er janvier au 31 août ») : avec une année dans date, elle est de cette année ; sans, la page dit que l\'année n\'est pas précisée.' });

const CountObjectSchema = () =>
  z.strictObject({
    value: z
      .union([z.number().nonnegative(), z.string()])
      .meta({ description: 'Le nombre tel que la source l\'écrit : 12, « 10 à 12 », « environ 60 », « une soixantaine », « plus de 250 ».', expected: fr.facts.count.expected, hint: fr.facts.count.hint }),
    unit: z.enum(countUnits).optional().meta({ description: 'Ce qui est compté : people (personnes), households (ménages), posts (postes en insertion), fte (ETP), places, sessions, appointments (rendez-vous), trainings (formations), groups, structures, companies, worksites (chantiers), events, items.' }),
    period: z.enum(countPeriods).optional().meta({ description: 'La période : session (par séance), week, month, quarter, year (par an, ou l\'année dite par date), cohort (par groupe), whole (toute l\'action) ou at-date (à une date).' }),
    kind: z.enum(countKinds).optional().meta({ description: 'target (objectif), achieved (réalisé) ou capacity (capacité : postes, places).' }),
    precision: z.enum(countPrecisions).optional().meta({ description: 'exact, approx (environ) ou average (en moyenne), si le texte de value ne le dit pas.' }),
    date: QualifiedDateSchema().optional().meta({ description: 'Quand : l\'année d\'un compte annuel, le jour d\'un constat, l\'échéance d\'un objectif.' }),
    within: YearlessSpanSchema().optional(),
    source: SourceRefSchema().optional(),
    note: TextSchema().optional().meta({ description: 'Une précision.' }),
  });

type Ctx = Parameters<typeof report>[0];

/** The count's text read; `at` is where it is written (`['value']` in a count written as a map). */
function readValue(ctx: Ctx, value: number | string, unitSuffix = false, at: string[] = []): CountText | undefined {
  if (typeof value === 'number') return { min: value, max: value, precision: 'exact' };
  const parsed = parseCountText(unitSuffix ? value.replace(SUFFIX, '') : value);
  if (!parsed.ok) {
    report(ctx, fr.facts.count.message, { rule: 'compte/format', expected: fr.facts.count.expected, hint: fr.facts.count.hint }, at);
    return undefined;
  }
  return parsed.value;
}

export const CountSchema = (options: CountOptions = {}) =>
  z
    .union([z.number().nonnegative(), z.string(), CountObjectSchema()])
    .transform((input, ctx): Count => {
      const object = typeof input === 'object' ? input : undefined;
      const at = object ? ['value'] : [];
      const text = readValue(ctx, typeof input === 'object' ? input.value : input, options.unitSuffix, at);
      if (!text) return z.NEVER;
      if (object?.unit && text.unit && object.unit !== text.unit) {
        report(ctx, fr.facts.count.unitConflict(fr.vocab.countUnit[text.unit], fr.vocab.countUnit[object.unit]), { rule: 'compte/unite', expected: fr.details.schema.oneStatementExpected('unité'), hint: fr.facts.count.unitConflictHint }, ['unit']);
        return z.NEVER;
      }
      if (object?.period && text.period && object.period !== text.period) {
        report(ctx, fr.facts.count.periodConflict, { rule: 'compte/periode', expected: fr.details.schema.oneStatementExpected('période'), hint: fr.facts.count.periodConflictHint }, ['period']);
        return z.NEVER;
      }
      if (object?.precision && text.precision !== 'exact' && object.precision !== text.precision) {
        report(ctx, fr.facts.count.precisionConflict, { rule: 'compte/precision', expected: fr.details.schema.oneStatementExpected('précision'), hint: fr.facts.count.precisionConflictHint }, ['precision']);
        return z.NEVER;
      }
      const within = object?.within;
      if (within && object.date && (!/^\d{4}$/.test(object.date.date) || object.date.qualifier)) {
        report(ctx, fr.facts.count.withinDate, { rule: 'compte/jours-sans-annee', found: fr.facts.count.withinDateFound(object.date.qualifier ? formatQualifiedDate(object.date) : object.date.date), expected: fr.facts.count.withinDateExpected, hint: fr.facts.count.withinDateHint }, ['date']);
        return z.NEVER;
      }
      // Of one year, the days run forward (« du 1er septembre au 30 juin 2023 » is no year's).
      if (within && object.date && within.from > within.to) {
        report(ctx, fr.facts.count.withinAcross(object.date.date), { rule: 'compte/jours-sans-annee', found: fr.facts.count.withinAcrossFound(within.from, within.to), expected: fr.facts.count.withinAcrossExpected, hint: fr.facts.count.withinAcrossHint }, ['within']);
        return z.NEVER;
      }
      const periodOf = object?.period ?? text.period;
      if (within && periodOf && periodOf !== 'at-date') {
        report(ctx, fr.facts.count.withinPeriod(fr.vocab.countPeriod[periodOf]), { rule: 'compte/jours-sans-annee', found: fr.facts.count.withinPeriodFound(periodOf), expected: fr.facts.count.withinPeriodExpected, hint: fr.facts.count.withinPeriodHint }, ['within']);
        return z.NEVER;
      }
      const unit = object?.unit ?? text.unit ?? options.unit ?? 'people';
      const written = [text.min, text.max].filter((v): v is number => v !== undefined);
      if (wholeUnit(unit) && text.precision === 'exact' && written.some((v) => !Number.isInteger(v))) {
        report(ctx, fr.facts.count.whole(fr.vocab.countUnit[unit]), { rule: 'compte/entier', expected: fr.diagnostics.integer, hint: fr.facts.count.wholeHint }, at);
        return z.NEVER;
      }
      if (text.min !== undefined && text.max !== undefined && text.min > text.max) {
        report(ctx, fr.schema.rangeOrder(formatNumber(text.min), formatNumber(text.max)), { rule: 'intervalle/ordre', expected: fr.details.schema.rangeOrderExpected, hint: fr.schema.rangeOrderHint }, at);
        return z.NEVER;
      }
      const precision = text.precision !== 'exact' ? text.precision : (object?.precision ?? 'exact');
      const period = object?.period ?? text.period ?? options.period;
      const kind = object?.kind ?? options.kind;
      return {
        ...inclusiveBounds(text, unit),
        ...(text.bound && { bound: text.bound }),
        precision,
        ...(precision === 'approx' && { approx: text.approx ?? 'about' }),
        unit,
        ...(period && { period }),
        ...(kind && { kind }),
        ...(object?.date && { date: object.date }),
        ...(object?.within && { within: object.within }),
        ...(object?.source && { source: object.source }),
        ...(object?.note && { note: object.note }),
      };
    })
    .meta({
      description: options.description ?? 'Un nombre avec ce qu\'il compte et sur quelle période : 12, « 10 à 12 », « environ 60 », « plus de 250 ».',
      expected: fr.facts.count.expected,
      hint: fr.facts.count.hint,
      examples: [12, '10 à 12', 'une soixantaine par an', { value: 'plus de 250', kind: 'achieved', period: 'at-date', date: '2021-03-31' }],
    });
