/**
 * Workshops and sessions: what each participant attends, how often, for how long, with whom.
 *
 * `sessions` counts the sessions one participant attends (for a collective workshop, the sessions
 * of the group). From it and `sessionDuration` the domain computes hours per participant, per group
 * and for the facilitator.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { parseFrequency, type Frequency } from '../src/domain/shorthand';
import { report } from './issue';
import { SourceRefSchema } from './source';
import { DurationSchema, DurationRangeSchema } from './duration';
import { RangeSchema } from './range';
import { IdSchema, MarkdownSchema, TextSchema } from './text';
import { meansStatuses, workshopKinds, workshopModes, workshopThemes } from './vocabulary';

export const FrequencySchema = () =>
  z
    .union([
      z.string(),
      z.strictObject({
        every: z.int().positive().meta({ description: 'Tous les combien.' }),
        unit: z.enum(['days', 'weeks', 'months']).meta({ description: 'days, weeks ou months.' }),
      }),
    ])
    .transform((input, ctx): Frequency => {
      if (typeof input === 'object') return { kind: 'every', n: input.every, unit: input.unit };
      const parsed = parseFrequency(input);
      if (!parsed) {
        report(ctx, fr.schema.frequency.message, { rule: 'frequence/format', expected: fr.schema.frequency.expected, hint: fr.details.schema.frequencyHint });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ description: 'Le rythme : hebdomadaire, toutes les 6 semaines…', expected: fr.schema.frequency.expected, examples: ['hebdomadaire', 'toutes les 6 semaines'] });

export const FacilitatorSchema = () =>
  z
    .strictObject({
      name: TextSchema().optional().meta({ description: 'Le nom de l\'intervenant, s\'il est public.' }),
      role: TextSchema().optional().meta({ description: 'Sa fonction (« professeur de théâtre », « conseillère en insertion »).' }),
      organisation: TextSchema().optional().meta({ description: 'Son organisation (« Pôle emploi », « CIDFF »).' }),
      status: z.enum(meansStatuses).optional().meta({ description: 'salaried, invoiced, volunteer (bénévole) ou made-available.' }),
    })
    .meta({ description: 'Qui anime.' });

export type Facilitator = z.output<ReturnType<typeof FacilitatorSchema>>;

export const WorkshopSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant de l\'atelier (« trouver-un-emploi »).' }),
      title: TextSchema().meta({ description: 'Le titre de l\'atelier.' }),
      kind: z.enum(workshopKinds).meta({ description: 'Le type de séance, tel que les appels les comptent : individual-coaching, collective-coaching, thematic-workshop…' }),
      mode: z.enum(workshopModes).meta({ description: 'individual (une personne à la fois) ou collective (le groupe).' }),
      themes: z.array(z.enum(workshopThemes)).optional().meta({ description: 'Les thèmes travaillés (mobility, digital, childcare-parenting, self-confidence…).' }),
      sessions: RangeSchema({ integer: true, closed: true, least: 1, description: 'Le nombre de séances suivies par chaque personne (ou par le groupe) : 4 ou « 3 à 4 ».' }).optional(),
      sessionDuration: DurationRangeSchema().optional().meta({ description: 'La durée d\'une séance : « 2 h », « 2h30 à 3h ».' }),
      frequency: FrequencySchema().optional(),
      span: DurationSchema().optional().meta({ description: 'Sur combien de temps l\'atelier s\'étale (« 5 mois »).' }),
      facilitator: z
        .union([FacilitatorSchema(), z.array(FacilitatorSchema()).min(1)])
        .transform((input): Facilitator[] => (Array.isArray(input) ? input : [input]))
        .optional()
        .meta({ description: 'Qui anime : une personne, ou une liste (« une agente et deux bénévoles »).', expected: fr.facts.facilitatorExpected, hint: fr.facts.facilitatorHint }),
      schedule: TextSchema().optional().meta({ description: 'Le jour et l\'horaire, si la source les donne (« le mardi de 14 h à 16 h »).' }),
      cohorts: z.array(IdSchema()).optional().meta({ description: 'Les groupes concernés (identifiants de cohorts) ; tous si absent.' }),
      source: SourceRefSchema().optional(),
      description: MarkdownSchema().optional().meta({ description: 'Le contenu de l\'atelier.' }),
    })
    .meta({ description: 'Un atelier ou un type de séance.' });

export type { Frequency };
export type Workshop = z.output<ReturnType<typeof WorkshopSchema>>;
