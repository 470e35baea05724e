/**
 * A call: a call for tender (cahier des charges, MAPA…), a framework contract or a call for
 * projects. Its requirements, expected response sections, deliverables, budget cap and award
 * criteria are data, so that compliance and scoring never depend on one particular call.
 */
import { z } from 'astro/zod';
import { DraftSchema } from './draft';
import { fr } from '../src/i18n/fr';
import { formatDate, formatMoney } from '../src/domain/format';
import { AwardCriteriaSchema } from './award-criteria';
import { DateTimeSchema, PartialDateSchema, endsBefore } from './date';
import { DurationRangeSchema } from './duration';
import { report, uniqueIds } from './issue';
import { AmountBasisSchema, MoneySchema } from './money';
import { ContactSchema, OrganisationSchema } from './organisation';
import { ObjectivesSchema, SourceSchema } from './programme';
import { TargetPublicSchema } from './public';
import { RangeSchema } from './range';
import { RequirementSchema } from './requirement';
import { TerritorySchema } from './territory';
import { EmailSchema, IdSchema, MarkdownSchema, TextSchema } from './text';
import { tenderKinds } from './vocabulary';

/** The computed parts of a response PDF a section can hold. */
export const responseParts = ['provider', 'programme', 'planning', 'references', 'price'] as const;
export type ResponsePart = (typeof responseParts)[number];

export const BudgetCapSchema = () =>
  z
    .discriminatedUnion('unit', [
      z.strictObject({
        unit: z.literal('euros').meta({ description: 'Un plafond en euros.' }),
        basis: AmountBasisSchema().meta({ description: 'HT ou TTC : la base sur laquelle les prix sont comparés au plafond.' }),
        min: MoneySchema().optional().meta({ description: 'Le bas de la fourchette, si l\'appel donne une fourchette.' }),
        max: MoneySchema().meta({ description: 'Le plafond.' }),
        scope: TextSchema().optional().meta({ description: 'Ce que couvre le plafond (« la totalité de l\'action »).' }),
      }),
      z.strictObject({
        unit: z.literal('beneficiaries').meta({ description: 'Un plafond exprimé en nombre de bénéficiaires.' }),
        beneficiaries: RangeSchema({ integer: true, description: 'Le nombre de bénéficiaires financés.' }),
        scope: TextSchema().optional().meta({ description: 'Ce que couvre le plafond.' }),
      }),
    ])
    .superRefine((cap, ctx) => {
      if (cap.unit !== 'euros') return;
      for (const key of ['min', 'max'] as const) {
        const m = cap[key];
        if (m?.basis && m.basis !== cap.basis)
          report(ctx, fr.schema.basisConflict(m.basis, cap.basis), { rule: 'montant/base', expected: fr.details.schema.basisConflictExpected, hint: fr.schema.basisConflictHint }, [key]);
      }
      if (cap.min && cap.min.cents > cap.max.cents)
        report(ctx, fr.schema.capOrder(formatMoney(cap.min.cents), formatMoney(cap.max.cents)), { rule: 'plafond/ordre', expected: fr.details.schema.capOrderExpected(formatMoney(cap.max.cents)), hint: fr.schema.rangeOrderHint }, ['min']);
    })
    .meta({ description: 'Le budget maximal de l\'appel : en euros HT ou TTC, ou en bénéficiaires.' });

export type BudgetCap = z.output<ReturnType<typeof BudgetCapSchema>>;

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

export const DeliverableSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du livrable.' }),
      label: TextSchema().meta({ description: 'Le livrable tel que l\'appel le décrit.' }),
      description: TextSchema().optional().meta({ description: 'Des précisions.' }),
      required: z.boolean().default(true).meta({ description: 'false si le livrable est facultatif.' }),
    })
    .meta({ description: 'Un livrable attendu.' });

export const LotSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du lot (« lot-1 »).' }),
      title: TextSchema().meta({ description: 'L\'intitulé du lot.' }),
      description: MarkdownSchema().optional().meta({ description: 'Son objet.' }),
      requirements: uniqueIds(z.array(RequirementSchema())).optional().meta({ description: 'Les exigences propres au lot.' }),
      budgetCap: BudgetCapSchema().optional(),
    })
    .meta({ description: 'Un lot de l\'appel.' });

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

export const TenderSchema = () =>
  z
    .strictObject({
      draft: DraftSchema(),
      title: TextSchema().meta({ description: 'L\'intitulé de l\'appel.' }),
      reference: TextSchema().optional().meta({ description: 'La référence de la consultation.' }),
      kind: z.enum(tenderKinds).meta({ description: 'public-contract-mapa, public-contract-formal, framework-agreement, subsidy-call ou consultation.' }),
      buyer: OrganisationSchema().meta({ description: 'L\'acheteur ou le porteur de l\'appel.' }),
      partners: z.array(OrganisationSchema()).optional().meta({ description: 'Les partenaires associés à l\'appel.' }),
      territory: TerritorySchema().optional(),
      summary: TextSchema().meta({ description: 'L\'objet en une phrase.' }),
      context: MarkdownSchema().optional().meta({ description: 'Le préambule et le contexte, en Markdown.' }),
      object: MarkdownSchema().optional().meta({ description: 'L\'objet de la demande, en Markdown.' }),
      objectives: ObjectivesSchema().optional(),
      public: TargetPublicSchema().optional().meta({ description: 'Le public visé par l\'appel.' }),
      groups: uniqueIds(z.array(TenderGroupSchema())).optional().meta({ description: 'Les groupes prévus par l\'appel.' }),
      duration: DurationRangeSchema().optional().meta({ description: 'La durée de l\'accompagnement demandée.' }),
      dates: z
        .strictObject({
          published: PartialDateSchema().optional().meta({ description: 'La date de publication.' }),
          deadline: DateTimeSchema().meta({ description: 'La date limite de dépôt des réponses.' }),
          decision: PartialDateSchema().optional().meta({ description: 'La date d\'examen ou d\'attribution.' }),
          start: PartialDateSchema().optional().meta({ description: 'Le démarrage prévu de l\'action.' }),
          note: TextSchema().optional().meta({ description: 'Une précision (« démarrage deuxième quinzaine de septembre »).' }),
        })
        .superRefine((dates, ctx) => {
          const order: Array<[string, string | undefined]> = [
            ['published', dates.published],
            ['deadline', dates.deadline],
            ['decision', dates.decision],
            ['start', dates.start],
          ];
          const known = order.filter((entry): entry is [string, string] => entry[1] !== undefined);
          for (let i = 1; i < known.length; i++) {
            if (endsBefore(known[i][1], known[i - 1][1]))
              report(ctx, fr.schema.datesOrder(fr.schema.dateNames[known[i - 1][0]], formatDate(known[i - 1][1]), fr.schema.dateNames[known[i][0]], formatDate(known[i][1])), { rule: 'dates/ordre', expected: fr.details.schema.datesOrderExpected, hint: fr.schema.datesOrderHint }, [known[i][0]]);
          }
        })
        .meta({ description: 'Le calendrier de l\'appel.' }),
      lots: uniqueIds(z.array(LotSchema())).optional().meta({ description: 'Les lots ; absent si l\'appel n\'est pas alloti.' }),
      requirements: uniqueIds(z.array(RequirementSchema())).meta({ description: 'Les exigences vérifiables sur les réponses.' }),
      deliverables: uniqueIds(z.array(DeliverableSchema())).optional().meta({ description: 'Les livrables attendus.' }),
      responseSections: uniqueIds(z.array(ResponseSectionSchema()).min(1)).meta({ description: 'Le contenu attendu de la réponse : ses sections, dans l\'ordre.' }),
      budgetCap: BudgetCapSchema().optional(),
      awardCriteria: AwardCriteriaSchema(),
      submission: z
        .strictObject({
          format: z.enum(['pdf', 'paper', 'platform']).optional().meta({ description: 'pdf, paper ou platform.' }),
          emails: z.array(EmailSchema()).optional().meta({ description: 'Les adresses où envoyer la réponse.' }),
          platform: TextSchema().optional().meta({ description: 'La plateforme de dépôt.' }),
          consortium: z.enum(['recommended', 'allowed', 'forbidden']).optional().meta({ description: 'Ce que l\'appel dit des réponses en groupement.' }),
          hearing: TextSchema().optional().meta({ description: 'Les auditions prévues.' }),
        })
        .optional()
        .meta({ description: 'Comment répondre.' }),
      invoicing: OrganisationSchema().optional().meta({ description: 'À qui la facture est adressée.' }),
      contacts: z.array(ContactSchema()).optional().meta({ description: 'Les personnes à contacter.' }),
      extension: TextSchema().optional().meta({ description: 'Une prolongation possible (« en 2023 »).' }),
      source: SourceSchema().optional(),
    })
    .meta({ title: 'Appel', description: 'Un appel d\'offres ou un appel à projets : exigences, livrables, contenu de réponse, plafond, critères.' });

export type TenderInput = z.input<ReturnType<typeof TenderSchema>>;
export type Tender = z.output<ReturnType<typeof TenderSchema>>;
export type ResponseSection = z.output<ReturnType<typeof ResponseSectionSchema>>;
export type Deliverable = z.output<ReturnType<typeof DeliverableSchema>>;
