/**
 * The target public and its cohorts (groups).
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatPercent } from '../src/domain/format';
import { report, uniqueIds } from './issue';
import { RangeSchema } from './range';
import { ShareSchema } from './share';
import { IdSchema, MarkdownSchema, TextSchema } from './text';
import { genders } from './vocabulary';

const ReferralSchema = () =>
  z
    .strictObject({
      prescriber: TextSchema().meta({ description: 'Qui oriente (Mission locale, Pôle emploi, services du Département…).' }),
      share: ShareSchema().optional().meta({ description: 'La part des places orientées par ce prescripteur : « 1/4 » ou « 25 % ».' }),
      note: TextSchema().optional().meta({ description: 'Le public que ce prescripteur oriente (« femmes avec enfants »…).' }),
    })
    .meta({ description: 'Un prescripteur qui oriente des personnes vers le programme.' });

export const TargetPublicSchema = () =>
  z
    .strictObject({
      description: MarkdownSchema().optional().meta({ description: 'Le public en quelques phrases.' }),
      headcount: RangeSchema({ integer: true, description: 'Le nombre de personnes accompagnées prévu : 12 ou « 10 à 12 ».' }).optional(),
      gender: z.enum(genders).optional().meta({ description: 'women, men ou mixed.' }),
      age: RangeSchema({ integer: true, description: 'L\'âge : « 18 à 55 », « plus de 30 ».' }).optional(),
      criteria: z.array(TextSchema()).optional().meta({ description: 'Les conditions pour entrer dans le programme.' }),
      residence: z
        .strictObject({
          qpv: z.boolean().optional().meta({ description: 'true si le public doit résider en quartier prioritaire (QPV).' }),
          areas: z.array(TextSchema()).optional().meta({ description: 'Les quartiers ou communes de résidence.' }),
        })
        .optional()
        .meta({ description: 'Où le public réside.' }),
      referrals: z.array(ReferralSchema()).optional().meta({ description: 'Les prescripteurs et leur part des orientations.' }),
    })
    .superRefine((value, ctx) => {
      const shares = (value.referrals ?? []).map((r) => r.share).filter((s) => s !== undefined);
      const total = shares.reduce((sum, s) => sum + s.numerator / s.denominator, 0);
      if (total > 1 + 1e-9) {
        report(ctx, fr.schema.sharesOver(formatPercent(total * 100, 1)), { rule: 'public/parts', found: fr.details.schema.sharesFound(formatPercent(total * 100, 1)), expected: fr.details.schema.sharesExpected, hint: fr.schema.sharesOverHint }, ['referrals']);
      }
    })
    .meta({ description: 'Le public visé : qui, combien, quel âge, quelles conditions, orienté par qui.' });

export type TargetPublic = z.output<ReturnType<typeof TargetPublicSchema>>;

export const CohortSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du groupe, repris par les ateliers (« groupe-1 »).' }),
      name: TextSchema().meta({ description: 'Le nom du groupe (« Groupe 1 », « Cohorte jeunes »).' }),
      size: RangeSchema({ integer: true, description: 'Le nombre de personnes du groupe : 12 ou « 10 à 12 ».' }).optional(),
      public: TextSchema().optional().meta({ description: 'Le public de ce groupe, s\'il diffère du public général.' }),
      gender: z.enum(genders).optional().meta({ description: 'women, men ou mixed.' }),
      age: RangeSchema({ integer: true, description: 'L\'âge des personnes du groupe.' }).optional(),
      sites: z.array(TextSchema()).optional().meta({ description: 'Les lieux où le groupe se réunit.' }),
      qpv: z.array(TextSchema()).optional().meta({ description: 'Les QPV d\'où vient le groupe.' }),
      carrier: TextSchema().optional().meta({ description: 'La structure qui accompagne ce groupe.' }),
      description: MarkdownSchema().optional().meta({ description: 'Comment ce groupe est accompagné.' }),
    })
    .meta({ description: 'Un groupe (cohorte) de personnes accompagnées ensemble.' });

export type Cohort = z.output<ReturnType<typeof CohortSchema>>;

export const CohortsSchema = () => uniqueIds(z.array(CohortSchema()));
