/**
 * Partners and the roles they play. A role the source does not give stays absent (« rôle non
 * renseigné »); a partner the source names as foreseen (« pressenti ») says so; a collective
 * member (« 37 missions locales ») carries its count.
 */
import { z } from 'astro/zod';
import { CountSchema } from './count';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';
import { organisationKinds, partnerRoles } from './vocabulary';

export const PartnerSchema = () =>
  z
    .strictObject({
      name: TextSchema().meta({ description: 'Le nom du partenaire, ou d\'un ensemble de partenaires (« les missions locales de Nouvelle-Aquitaine »).' }),
      acronym: TextSchema().optional().meta({ description: 'Son sigle.' }),
      kind: z.enum(organisationKinds).optional().meta({ description: 'Le type d\'organisation.' }),
      roles: z
        .array(z.enum(partnerRoles))
        .min(1)
        .optional()
        .meta({
          description:
            'Ses rôles, si la source les dit : operational, facilitator, funder, prescriber, host, steering, employer, specialised-support, initiator, consortium-member, coordinator, support, technical-support, beneficiary-funding, evaluator, intermediate-body.',
        }),
      tentative: z.literal(true).optional().meta({ description: 'true quand la source le dit seulement pressenti ou envisagé.' }),
      members: CountSchema({ unit: 'structures', description: 'Combien de structures regroupe ce partenaire collectif (« 37 missions locales »).' }).optional(),
      description: TextSchema().optional().meta({ description: 'Ce qu\'il apporte.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un partenaire du programme.' });

export type Partner = z.output<ReturnType<typeof PartnerSchema>>;
