/**
 * Partners and the roles they play.
 */
import { z } from 'astro/zod';
import { TextSchema } from './text';
import { organisationKinds, partnerRoles } from './vocabulary';

export const PartnerSchema = () =>
  z
    .strictObject({
      name: TextSchema().meta({ description: 'Le nom du partenaire.' }),
      acronym: TextSchema().optional().meta({ description: 'Son sigle.' }),
      kind: z.enum(organisationKinds).optional().meta({ description: 'Le type d\'organisation.' }),
      roles: z.array(z.enum(partnerRoles)).min(1).meta({ description: 'Ses rôles : operational, facilitator, funder, prescriber, host, steering, employer, specialised-support.' }),
      description: TextSchema().optional().meta({ description: 'Ce qu\'il apporte.' }),
    })
    .meta({ description: 'Un partenaire du programme.' });

export type Partner = z.output<ReturnType<typeof PartnerSchema>>;
