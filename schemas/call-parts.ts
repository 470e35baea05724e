/**
 * The smaller parts of a call: its partners and their roles, its planned groups, the expected
 * sections of a response, its deliverables, its calendar (a deadline with its notes, events such
 * as an information meeting) and how to respond.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatDate } from '../src/domain/format';
import { callEventKinds, eventModes, submissionFormats, unreadParts } from './call-vocabulary';
import { DateTimeSchema, PartialDateSchema, endsBefore } from './date';
import { report } from './issue';
import { AddressSchema, OrganisationSchema } from './organisation';
import { RangeSchema } from './range';
import { SourceRefSchema } from './source';
import { EmailSchema, IdSchema, TextSchema, UrlSchema } from './text';

/** The computed parts of a response PDF a section can hold. */
export const responseParts = ['provider', 'programme', 'planning', 'references', 'price'] as const;
export type ResponsePart = (typeof responseParts)[number];

export const CallPartnerSchema = () =>
  z
    .strictObject({
      ...OrganisationSchema().shape,
      role: TextSchema().optional().meta({ description: 'Son rôle dans l\'appel, dans les mots de l\'appel (« décide de poursuivre le PLIE », « délivre l\'agrément »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un partenaire associé à l\'appel, et son rôle.' });

export const ResponseSectionSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant de la section (« presentation-prestataire »).' }),
      title: TextSchema().meta({ description: 'Le titre de la section, tel que l\'appel le donne.' }),
      description: TextSchema().optional().meta({ description: 'Ce que la section doit contenir.' }),
      required: z.boolean().default(true).meta({ description: 'false si la section est facultative.' }),
      pageLimit: z.int().positive().optional().meta({ description: 'Le nombre de pages maximal, s\'il est fixé.' }),
      includes: z
        .array(z.enum(responseParts))
        .optional()
        .meta({
          description:
            'Les éléments calculés que le PDF de la réponse place dans cette section, après le texte du prestataire : provider (présentation), programme (groupes, ateliers, heures, moyens, indicateurs), planning (rétroplanning), references (références et leurs résultats), price (prix HT, TVA, TTC). Un élément qu\'aucune section ne prend est placé dans une section à part.',
        }),
    })
    .meta({ description: 'Une section attendue dans la réponse, dans l\'ordre de l\'appel.' });

export type ResponseSection = z.output<ReturnType<typeof ResponseSectionSchema>>;

export const DeliverableSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du livrable.' }),
      label: TextSchema().meta({ description: 'Le livrable tel que l\'appel le décrit.' }),
      description: TextSchema().optional().meta({ description: 'Des précisions.' }),
      required: z.boolean().default(true).meta({ description: 'false si le livrable est facultatif.' }),
      parts: z
        .array(z.enum(responseParts))
        .min(1)
        .optional()
        .meta({ description: 'Les éléments que la réponse doit contenir pour que ce livrable compte : planning (un rétroplanning), price, programme, references, provider.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un livrable attendu.' });

export type Deliverable = z.output<ReturnType<typeof DeliverableSchema>>;

export const TenderGroupSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du groupe.' }),
      name: TextSchema().meta({ description: 'Son nom (« Groupe 1 »).' }),
      size: RangeSchema({ integer: true, description: 'Sa taille : « 10 à 12 ».' }).optional(),
      areas: z.array(TextSchema()).optional().meta({ description: 'Les quartiers ou communes d\'où viennent les personnes.' }),
      indicative: z.boolean().optional().meta({ description: 'true si la composition est indicative.' }),
    })
    .meta({ description: 'Un groupe prévu par l\'appel.' });

export interface Deadline {
  at: string;
  source?: string[];
  /** « délai de rigueur »: a response received after it is refused. */
  strict?: boolean;
  /** « avant le … » : the time given is excluded. */
  before?: boolean;
  /** When the platform stops taking responses, if the call says (« à compter du 16 mai 2020 »). */
  closesFrom?: string;
  note?: string;
}

export const DeadlineSchema = () =>
  z
    .union([
      DateTimeSchema(),
      z.strictObject({
        at: DateTimeSchema().meta({ description: 'La date limite, avec l\'heure si elle est donnée.' }),
        strict: z.boolean().optional().meta({ description: 'true si l\'appel dit « délai de rigueur » (un dossier reçu après est refusé).' }),
        before: z.boolean().optional().meta({ description: 'true si l\'appel écrit « avant le … » : l\'heure donnée est exclue.' }),
        closesFrom: PartialDateSchema().optional().meta({ description: 'La date à partir de laquelle la plateforme ne prend plus de dossier, si l\'appel la donne (« à compter du 16 mai »).' }),
        note: TextSchema().optional().meta({ description: 'Une précision (l\'heure n\'est donnée que par un site tiers, par exemple).' }),
        source: SourceRefSchema().optional(),
      }),
    ])
    .transform((input): Deadline => (typeof input === 'string' ? { at: input } : input))
    .superRefine((deadline, ctx) => {
      if (deadline.closesFrom && endsBefore(deadline.closesFrom, deadline.at))
        report(ctx, fr.tender.schema.closesBefore(formatDate(deadline.closesFrom), formatDate(deadline.at)), { rule: 'dates/cloture', expected: fr.tender.lines.closesExpected(formatDate(deadline.at)), hint: fr.schema.datesOrderHint }, ['closesFrom']);
    })
    .meta({ description: 'La date limite de dépôt : une date (« 2022-08-05 », « 2023-01-15T23:59 ») ou { at, strict, before, closesFrom, note }.', examples: ['2022-08-05', '2025-10-02T18:00', { at: '2020-05-15', strict: true, closesFrom: '2020-05-16' }] });

export const CallEventSchema = () =>
  z
    .strictObject({
      kind: z.enum(callEventKinds).meta({ description: 'launch (lancement), information-meeting (réunion d\'information), questions-deadline, hearing (auditions), board-decision (décision de lancement) ou other.' }),
      date: DateTimeSchema().meta({ description: 'Le jour, avec l\'heure de début si elle est donnée.' }),
      until: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: fr.tender.schema.timeMessage })
        .optional()
        .meta({ description: 'L\'heure de fin (« 12:00 »), pour un créneau.', expected: fr.tender.schema.timeExpected }),
      mode: z.enum(eventModes).optional().meta({ description: 'on-site (en présentiel), remote ou hybrid.' }),
      place: TextSchema().optional().meta({ description: 'Le lieu.' }),
      registration: EmailSchema().optional().meta({ description: 'L\'adresse où s\'inscrire.' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un événement de l\'appel : lancement, réunion d\'information, auditions…' });

export const SubmissionSchema = () =>
  z
    .strictObject({
      format: z.enum(submissionFormats).optional().meta({ description: 'pdf, paper ou platform.' }),
      exclusive: z.boolean().optional().meta({ description: 'true si l\'appel n\'admet que ce canal (une réponse envoyée autrement est irrecevable).' }),
      platform: TextSchema().optional().meta({ description: 'Le nom de la plateforme de dépôt (« démarches-simplifiées »).' }),
      url: UrlSchema().optional().meta({ description: 'L\'adresse de la démarche ou de la consultation sur la plateforme.' }),
      emails: z.array(EmailSchema()).optional().meta({ description: 'Les adresses où envoyer la réponse.' }),
      address: AddressSchema().optional().meta({ description: 'L\'adresse postale d\'envoi, pour un dossier papier.' }),
      consortium: z.enum(['recommended', 'allowed', 'forbidden']).optional().meta({ description: 'Ce que l\'appel dit des réponses en groupement.' }),
      hearing: TextSchema().optional().meta({ description: 'Les auditions prévues.' }),
      attachments: z.array(TextSchema()).min(1).optional().meta({ description: 'Les pièces à joindre à la réponse (statuts, RIB, budget prévisionnel), dans les mots de l\'appel ; ce ne sont pas les livrables, remis pendant l\'exécution.' }),
      note: TextSchema().optional().meta({ description: 'Une précision (« voie dématérialisée », la plateforme n\'étant pas nommée dans la partie lue).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Comment répondre.' });

export const UnreadPartSchema = () =>
  z
    .strictObject({
      field: z.enum(unreadParts).meta({ description: 'public (le public visé), duration (la durée du parcours), requirements (les exigences), responseSections (le contenu attendu de la réponse), deliverables (les livrables), attachments (les pièces à joindre), budgetCap (le budget maximal) ou selectionCriteria (les critères de sélection des candidatures).' }),
      where: TextSchema().optional().meta({ description: 'Où l\'appel en parle (« article 9 », « annexe 2 »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Une partie que l\'appel contient mais qui n\'a pas été lue (copie incomplète, page non atteinte).' });

export const InvoicingSchema = () => OrganisationSchema().meta({ description: 'À qui la facture est adressée.' });
