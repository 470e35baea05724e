/**
 * Human and material means.
 */
import { z } from 'astro/zod';
import { DurationSchema } from './duration';
import { GivenPercentSchema } from './share';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';
import { meansStatuses } from './vocabulary';

export const HumanMeansSchema = () =>
  z
    .strictObject({
      role: TextSchema().meta({ description: 'La fonction (« responsable du service social du CCAS »).' }),
      organisation: TextSchema().optional().meta({ description: 'Son organisation.' }),
      count: z.int().positive().optional().meta({ description: 'Combien de personnes tiennent ce rôle.' }),
      status: z.enum(meansStatuses).optional().meta({ description: 'salaried, invoiced, volunteer ou made-available.' }),
      hours: z.number().positive().optional().meta({ description: 'Le nombre total d\'heures, si la source le donne.' }),
      weeklyHours: z.number().positive().max(80).optional().meta({ description: 'Les heures par semaine, si la source les donne ainsi.' }),
      share: GivenPercentSchema().optional().meta({ description: 'La part du temps de travail, en pourcentage, telle que la source l\'écrit (« 10 % », « environ 10 % »).' }),
      fte: z.number().positive().optional().meta({ description: 'En équivalents temps plein.' }),
      over: DurationSchema().optional().meta({ description: 'Sur quelle durée (« 1 an », « 5 mois »).' }),
      note: TextSchema().optional().meta({ description: 'Ce que recouvre ce temps.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Une personne ou un rôle mobilisé, avec son temps.' });

export type HumanMeans = z.output<ReturnType<typeof HumanMeansSchema>>;

export const MeansSchema = () =>
  z
    .strictObject({
      human: z.array(HumanMeansSchema()).optional().meta({ description: 'Les moyens humains.' }),
      material: z.array(TextSchema()).optional().meta({ description: 'Les moyens matériels (locaux, équipements).' }),
    })
    .meta({ description: 'Les moyens humains et matériels.' });
