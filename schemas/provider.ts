/**
 * A provider (association, training body, company, SIAE): who answers calls.
 */
import { z } from 'astro/zod';
import { DraftSchema } from './draft';
import { fr } from '../src/i18n/fr';
import { PartialDateSchema } from './date';
import { report } from './issue';
import { AddressSchema, ContactSchema, SiretSchema } from './organisation';
import { MarkdownSchema, RefSchema, TextSchema, UrlSchema } from './text';
import { VatRegimeSchema } from './vat';
import { legalForms } from './vocabulary';

export const ReferenceSchema = () =>
  z
    .strictObject({
      programme: RefSchema('programmes').optional().meta({ description: 'Un programme publié dans content/programmes, avec ses résultats.' }),
      role: TextSchema().optional().meta({ description: 'Le rôle du prestataire dans ce programme.' }),
      title: TextSchema().optional().meta({ description: 'Le titre, pour une référence qui n\'est pas un programme publié.' }),
      client: TextSchema().optional().meta({ description: 'Le commanditaire.' }),
      year: z.int().optional().meta({ description: 'L\'année.' }),
      summary: MarkdownSchema().optional().meta({ description: 'Ce qui a été fait et obtenu.' }),
    })
    .superRefine((ref, ctx) => {
      if (!ref.programme && !(ref.title && ref.summary))
        report(ctx, fr.schema.referenceNeedsTarget, { rule: 'reference/cible', expected: fr.details.schema.referenceNeedsTargetExpected, hint: fr.schema.referenceNeedsTargetHint });
    })
    .meta({ description: 'Une référence : un programme publié, ou une prestation décrite ici.' });

export const ProviderSchema = () =>
  z
    .strictObject({
      draft: DraftSchema(),
      name: TextSchema().meta({ description: 'La raison sociale ou le nom d\'usage.' }),
      legalForm: z.enum(legalForms).meta({ description: 'association, sarl, sas, scop, scic, ei, micro-entreprise, public-body…' }),
      siret: SiretSchema().optional(),
      address: AddressSchema(),
      vat: VatRegimeSchema(),
      founded: z.int().optional().meta({ description: 'L\'année de création.' }),
      presentation: MarkdownSchema().meta({ description: 'La présentation du prestataire, en Markdown.' }),
      team: z
        .array(
          z
            .strictObject({
              name: TextSchema().optional().meta({ description: 'Le nom, s\'il est public.' }),
              role: TextSchema().meta({ description: 'La fonction.' }),
              qualification: TextSchema().optional().meta({ description: 'Le diplôme ou la qualification.' }),
              count: z.int().positive().optional().meta({ description: 'Combien de personnes tiennent ce rôle.' }),
              fte: z.number().positive().optional().meta({ description: 'En équivalents temps plein.' }),
            })
            .meta({ description: 'Un membre ou un rôle de l\'équipe.' }),
        )
        .optional()
        .meta({ description: 'L\'équipe.' }),
      certifications: z
        .array(
          z
            .strictObject({
              name: TextSchema().meta({ description: 'La certification (« Qualiopi »).' }),
              scope: TextSchema().optional().meta({ description: 'Les actions certifiées.' }),
              validUntil: PartialDateSchema().optional().meta({ description: 'La fin de validité.' }),
            })
            .meta({ description: 'Une certification.' }),
        )
        .optional()
        .meta({ description: 'Les certifications (Qualiopi…).' }),
      references: z.array(ReferenceSchema()).optional().meta({ description: 'Les références sur des prestations de ce type.' }),
      contacts: z.array(ContactSchema()).min(1).meta({ description: 'Les personnes à contacter.' }),
      website: UrlSchema().optional().meta({ description: 'Le site web.' }),
      fictional: z.boolean().optional().meta({ description: 'true pour un exemple inventé.' }),
    })
    .meta({ title: 'Prestataire', description: 'Un prestataire qui répond aux appels.' });

export type ProviderInput = z.input<ReturnType<typeof ProviderSchema>>;
export type Provider = z.output<ReturnType<typeof ProviderSchema>>;
