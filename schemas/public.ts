/**
 * The target public and its cohorts (groups).
 *
 * How many people is a list of counts, each with its unit, period, kind, date and source: the
 * target (« 3 000 jeunes d'ici 2020 »), what was achieved (« plus de 4 000 au 9 mars 2021 »), a
 * capacity (« 18 postes en insertion »). A single number is accepted, as before.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { parseCountText } from '../src/domain/counts';
import { formatPercent } from '../src/domain/format';
import { CountSchema, type Count } from './count';
import { PeriodSchema } from './date';
import { report, uniqueIds } from './issue';
import { GivenShareSchema, ShareSchema } from './share';
import { SourceRefSchema } from './source';
import { IdSchema, MarkdownSchema, TextSchema } from './text';
import { genders, publicRanks } from './vocabulary';

/** An age range with its bound as written: « moins de 26 » is at most 25, « plus de 30 » at least 31. */
export interface AgeRange {
  min?: number;
  max?: number;
  bound?: Count['bound'];
}

const AgeObjectSchema = () =>
  z.strictObject({
    min: z.int().nonnegative().optional().meta({ description: 'L\'âge le plus bas (inclus).' }),
    max: z.int().nonnegative().optional().meta({ description: 'L\'âge le plus haut (inclus).' }),
  });

/** The oldest age a public is written with (beyond, a typing slip). */
const OLDEST = 120;

export const AgeSchema = (description = 'L\'âge : « 18 à 55 », « plus de 30 », « moins de 26 » (25 ans au plus).') =>
  z
    .union([z.int().nonnegative(), z.string(), AgeObjectSchema()])
    .transform((input, ctx): AgeRange => {
      if (typeof input === 'number') return { min: input, max: input };
      if (typeof input === 'object') {
        if (input.min === undefined && input.max === undefined) {
          report(ctx, fr.schema.rangeNeedsBound, { rule: 'intervalle/vide', expected: fr.facts.age.expected });
          return z.NEVER;
        }
        if (input.min !== undefined && input.max !== undefined && input.min > input.max) {
          report(ctx, fr.schema.rangeOrder(String(input.min), String(input.max)), { rule: 'intervalle/ordre', expected: fr.details.schema.rangeOrderExpected, hint: fr.schema.rangeOrderHint });
          return z.NEVER;
        }
        return { ...(input.min !== undefined && { min: input.min }), ...(input.max !== undefined && { max: input.max }) };
      }
      const parsed = parseCountText(input.replace(/\s*ans?\s*$/i, ''));
      const value = parsed.ok ? parsed.value : undefined;
      const whole = value && [value.min, value.max].every((n) => n === undefined || Number.isInteger(n));
      if (!value || value.precision !== 'exact' || value.unit || value.period || !whole) {
        report(ctx, fr.schema.range.message, { rule: 'intervalle/format', expected: fr.facts.age.expected, hint: fr.facts.age.hint });
        return z.NEVER;
      }
      if (value.min !== undefined && value.max !== undefined && value.min > value.max) {
        report(ctx, fr.schema.rangeOrder(String(value.min), String(value.max)), { rule: 'intervalle/ordre', expected: fr.details.schema.rangeOrderExpected, hint: fr.schema.rangeOrderHint });
        return z.NEVER;
      }
      if (value.bound === 'more-than') return { min: value.min! + 1, bound: 'more-than' };
      if (value.bound === 'less-than') return { max: value.max! - 1, bound: 'less-than' };
      return { ...(value.min !== undefined && { min: value.min }), ...(value.max !== undefined && { max: value.max }), ...(value.bound && { bound: value.bound }) };
    })
    .transform((age, ctx): AgeRange => {
      // « 18 à 550 » is a slip of the keyboard, printed as it was on the sheet and in its PDF.
      const oldest = Math.max(age.min ?? 0, age.max ?? 0);
      if (oldest > OLDEST) {
        report(ctx, fr.facts.age.implausible(String(oldest), String(OLDEST)), { rule: 'age/plausible', expected: fr.facts.age.expected, hint: fr.facts.age.implausibleHint });
        return z.NEVER;
      }
      return age;
    })
    .meta({ description, expected: fr.facts.age.expected, hint: fr.facts.age.hint, examples: ['18 à 55', 'plus de 30', 'moins de 26'] });

/** An age, or the ages that sources disagree on, each with its source. */
export interface AgeFact extends AgeRange {
  source?: string[];
  alternatives?: Array<AgeRange & { source?: string[] }>;
}

const AgeReadingSchema = () =>
  z
    .strictObject({ value: AgeSchema(), source: SourceRefSchema() })
    .transform(({ value, source }) => ({ ...value, source }))
    .meta({ description: 'Un âge et la source qui le donne.' });

const AgeFactSchema = () =>
  z
    .union([AgeSchema(), AgeReadingSchema(), z.array(AgeReadingSchema()).min(2)])
    .transform((input): AgeFact => {
      if (!Array.isArray(input)) return input;
      const [first, ...alternatives] = input;
      return { ...first, alternatives };
    })
    .meta({
      description: 'L\'âge, ou les âges que donnent des sources en désaccord, chacun avec sa source : [{ value: 15 à 30, source: a }, { value: 13 à 30, source: b }].',
      expected: fr.facts.age.readingsExpected,
      hint: fr.facts.age.hint,
    });

const ReferralSchema = () =>
  z
    .strictObject({
      prescriber: TextSchema().meta({ description: 'Qui oriente (Mission locale, Pôle emploi, services du Département…).' }),
      share: ShareSchema().optional().meta({ description: 'La part des places orientées par ce prescripteur : « 1/4 » ou « 25 % ».' }),
      note: TextSchema().optional().meta({ description: 'Le public que ce prescripteur oriente (« femmes avec enfants »…).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un prescripteur qui oriente des personnes vers le programme.' });

/** A count, or a list of counts (a target, an achievement, a capacity), as a list. */
export const CountsSchema = (options: Parameters<typeof CountSchema>[0]) =>
  z
    .union([CountSchema(options), z.array(CountSchema(options)).min(1)])
    .transform((input): Count[] => (Array.isArray(input) ? input : [input]))
    .meta({
      description: options?.description ?? 'Un compte, ou une liste de comptes (objectif, réalisé, capacité), chacun avec sa période, sa date et sa source.',
      expected: fr.facts.count.expected,
      hint: fr.facts.count.hint,
    });

const PublicShareSchema = () =>
  z
    .strictObject({
      label: TextSchema().meta({ description: 'Qui (« hommes », « jeunes de moins de 26 ans », « femmes seules avec enfants »).' }),
      share: GivenShareSchema().meta({ description: 'La part, telle que la source l\'écrit : « 55 % », « 55,78 % », « un tiers », « 1/4 », « environ 40 % ».' }),
      of: TextSchema().optional().meta({ description: 'De quoi c\'est la part (« des personnes accompagnées en 2019 »), si la source le dit.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Une part du public, quand la source ne donne pas de nombre (« 55 % d\'hommes »).' });

const EligibilitySchema = () =>
  z
    .strictObject({
      public: TextSchema().meta({ description: 'Le sous-public (« bénéficiaires du RSA », « jeunes de moins de 26 ans »).' }),
      places: CountSchema({ unit: 'places', kind: 'capacity', description: 'Les places réservées à ce public (« 10 places »), si la source les donne.' }).optional(),
      criteria: z.array(TextSchema()).optional().meta({ description: 'Ses conditions d\'entrée.' }),
      age: AgeSchema('L\'âge de ce sous-public.').optional(),
      area: TextSchema().optional().meta({ description: 'Le lieu ou la zone où ces conditions valent.' }),
      site: IdSchema().optional().meta({ description: 'Le site où ces conditions valent (identifiant d\'un élément de sites).' }),
      period: PeriodSchema().optional().meta({ description: 'Depuis quand ou jusqu\'à quand ces conditions valent (« à partir de fin 2016 »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Des conditions propres à une part du public, à un lieu ou à une période (un quota de places).' });

const RankedPublicSchema = () =>
  z
    .strictObject({
      rank: z.enum(publicRanks).meta({ description: 'Sa priorité : priority (en priorité) ou subsidiary (à titre subsidiaire).' }),
      label: TextSchema().meta({ description: 'Ce public, dans les mots de la source (« les personnes les plus éloignées de l\'emploi, non inscrites comme demandeuses d\'emploi »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un public que la source place en priorité, ou à titre subsidiaire.' });

/** The public, with the kind of eligibility rule its document can hold. */
const publicSchema = <E extends z.ZodType>(eligibility: E) =>
  z
    .strictObject({
      description: MarkdownSchema().optional().meta({ description: 'Le public en quelques phrases.' }),
      headcount: CountsSchema({
        unit: 'people',
        description:
          'Combien de personnes : 12, « 10 à 12 », « environ 60 par an », ou une liste de comptes (objectif, réalisé, capacité), chacun avec son unité, sa période, sa date et sa source.',
      }).optional(),
      gender: z.enum(genders).optional().meta({ description: 'women, men ou mixed.' }),
      age: AgeFactSchema().optional(),
      shares: z.array(PublicShareSchema()).optional().meta({ description: 'Les parts du public, quand la source les donne sans nombres.' }),
      criteria: z.array(TextSchema()).optional().meta({ description: 'Les conditions pour entrer dans le programme.' }),
      priorities: z.array(RankedPublicSchema()).min(1).optional().meta({ description: 'Les publics que la source place en priorité, puis ceux qu\'elle accepte à titre subsidiaire : chacun avec son rang, ses mots et sa source.' }),
      eligibility: z.array(eligibility).optional().meta({ description: 'Les conditions qui diffèrent selon une part du public, un lieu ou une période (quotas de places).' }),
      residence: z
        .strictObject({
          qpv: z.boolean().optional().meta({ description: 'true si le public réside en quartier prioritaire (QPV).' }),
          priority: z.literal(true).optional().meta({ description: 'true quand la résidence est prioritaire (« prioritairement en QPV ») et non exigée.' }),
          areas: z.array(TextSchema()).optional().meta({ description: 'Les quartiers ou communes de résidence.' }),
          source: SourceRefSchema().optional(),
        })
        .optional()
        .meta({ description: 'Où le public réside : exigé, ou prioritaire (priority: true).' }),
      referrals: z.array(ReferralSchema()).optional().meta({ description: 'Les prescripteurs et leur part des orientations.' }),
      source: SourceRefSchema().optional(),
    })
    .superRefine((value, ctx) => {
      const shares = (value.referrals ?? []).map((r) => r.share).filter((s) => s !== undefined);
      const total = shares.reduce((sum, s) => sum + s.numerator / s.denominator, 0);
      if (total > 1 + 1e-9) {
        report(ctx, fr.schema.sharesOver(formatPercent(total * 100, 1)), { rule: 'public/parts', found: fr.details.schema.sharesFound(formatPercent(total * 100, 1)), expected: fr.details.schema.sharesExpected, hint: fr.schema.sharesOverHint }, ['referrals']);
      }
    })
    .meta({ description: 'Le public visé : qui, combien, quel âge, quelles conditions, orienté par qui.' });

/** The public of a programme: its eligibility rules may name one of its sites. */
export const TargetPublicSchema = () => publicSchema(EligibilitySchema());

/** The public of a call or a lot, which has no sites to name. */
export const CallPublicSchema = () => publicSchema(EligibilitySchema().omit({ site: true }));

export type TargetPublic = z.output<ReturnType<typeof TargetPublicSchema>>;

export const CohortSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du groupe, repris par les ateliers (« groupe-1 »).' }),
      name: TextSchema().meta({ description: 'Le nom du groupe (« Groupe 1 », « Cohorte jeunes », « Session 1 »).' }),
      size: CountSchema({
        unit: 'people',
        period: 'cohort',
        description: 'L\'effectif du groupe : 12, « 10 à 12 », « 7-8 », « environ 12 » ; kind: capacity pour une jauge, achieved pour les présents.',
      }).optional(),
      period: PeriodSchema().optional().meta({ description: 'Quand ce groupe a été accompagné (« de septembre 2009 à fin janvier 2010 »).' }),
      specialty: TextSchema().optional().meta({ description: 'Sa spécialité ou son métier (« maçonnerie », « charpente »).' }),
      public: TextSchema().optional().meta({ description: 'Le public de ce groupe, s\'il diffère du public général.' }),
      gender: z.enum(genders).optional().meta({ description: 'women, men ou mixed.' }),
      age: AgeSchema('L\'âge des personnes du groupe.').optional(),
      sites: z.array(TextSchema()).optional().meta({ description: 'Les lieux où le groupe se réunit : l\'identifiant d\'un élément de sites, ou un nom.' }),
      qpv: z.array(TextSchema()).optional().meta({ description: 'Les QPV d\'où vient le groupe.' }),
      carrier: TextSchema().optional().meta({ description: 'La structure qui accompagne ce groupe.' }),
      description: MarkdownSchema().optional().meta({ description: 'Comment ce groupe est accompagné.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un groupe (cohorte, session, promotion) de personnes accompagnées ensemble.' });

export type Cohort = z.output<ReturnType<typeof CohortSchema>>;

export const CohortsSchema = () => uniqueIds(z.array(CohortSchema()));

/**
 * How groups follow one another: « 2 sessions par an », « 3 promotions de 11 par an », for the
 * period it holds (« à partir de septembre 2016 »). People per year are derived from it only when
 * both the groups per year and their size are exact.
 */
export const RecurrenceSchema = () =>
  z
    .strictObject({
      groups: CountSchema({ unit: 'groups', period: 'year', description: 'Combien de groupes, et à quel rythme : « 2 sessions par an », « 3 promotions par an ».' }),
      size: CountSchema({ unit: 'people', period: 'cohort', description: 'L\'effectif de chacun de ces groupes (« 11 stagiaires »), si la source le donne.' }).optional(),
      period: PeriodSchema().optional().meta({ description: 'Quand ce rythme vaut (« à partir de la rentrée 2016 »), si la source le dit.' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Le rythme des groupes : combien par an, de quel effectif, pour quelle période.' });

export type Recurrence = z.output<ReturnType<typeof RecurrenceSchema>>;
