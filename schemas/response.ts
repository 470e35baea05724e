/**
 * A response to a call: the call and lot, the provider or consortium, the programme it proposes,
 * one answer per expected section, the price, the retro-planning, deliverables, commitments and
 * annexes. Totals, VAT and compliance are computed, never typed.
 */
import { z } from 'astro/zod';
import { DraftSchema } from './draft';
import { fr } from '../src/i18n/fr';
import { PartialDateSchema } from './date';
import { report, uniqueIds } from './issue';
import { MoneySchema } from './money';
import { ContactSchema, OrganisationSchema } from './organisation';
import { IdSchema, MarkdownSchema, RefSchema, TextSchema } from './text';
import { priceUnits } from './vocabulary';

export const PriceLineSchema = () =>
  z
    .strictObject({
      label: TextSchema().meta({ description: 'Ce qui est facturé.' }),
      unit: z.enum(priceUnits).meta({ description: 'session, hour, day, participant, group, package ou month.' }),
      quantity: z.number().positive().meta({ description: 'La quantité.' }),
      unitPrice: MoneySchema().meta({ description: 'Le prix unitaire hors taxes (HT).' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
    })
    .superRefine((line, ctx) => {
      if (line.unitPrice.basis === 'TTC')
        report(ctx, fr.schema.priceLineTtc, { rule: 'prix/base', expected: fr.details.schema.priceLineTtcExpected, hint: fr.schema.priceLineTtcHint }, ['unitPrice']);
    })
    .meta({ description: 'Une ligne de prix : quantité × prix unitaire HT.' });

export const PlanningItemSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant de l\'étape.' }),
      label: TextSchema().meta({ description: 'L\'étape.' }),
      from: z.int().positive().meta({ description: 'La semaine de début (1 = première semaine).' }),
      to: z.int().positive().meta({ description: 'La semaine de fin (incluse).' }),
      lane: TextSchema().optional().meta({ description: 'La ligne du diagramme (« Groupe 1 », « Coordination »).' }),
      milestone: z.boolean().optional().meta({ description: 'true pour un jalon (une date clé plutôt qu\'une durée).' }),
    })
    .superRefine((item, ctx) => {
      if (item.to < item.from)
        report(ctx, fr.schema.planningOrder(item.from, item.to), { rule: 'planning/ordre', expected: fr.details.schema.planningOrderExpected(item.from), hint: fr.schema.planningOrderHint }, ['to']);
    })
    .meta({ description: 'Une étape du rétroplanning, en semaines.' });

export const ConsortiumSchema = () =>
  z
    .strictObject({
      lead: RefSchema('providers').meta({ description: 'Le mandataire du groupement.' }),
      members: z
        .array(
          z
            .strictObject({
              provider: RefSchema('providers').optional().meta({ description: 'Un membre décrit dans content/providers.' }),
              organisation: OrganisationSchema().optional().meta({ description: 'Un membre décrit ici.' }),
              role: TextSchema().meta({ description: 'Son rôle dans le groupement.' }),
            })
            .superRefine((member, ctx) => {
              if (!member.provider === !member.organisation)
                report(ctx, fr.schema.memberTarget, { rule: 'groupement/membre', found: fr.details.schema.memberTargetFound(!!member.provider), expected: fr.details.schema.memberTargetExpected, hint: fr.schema.memberTargetHint });
            })
            .meta({ description: 'Un membre du groupement.' }),
        )
        .min(1)
        .meta({ description: 'Les autres membres.' }),
    })
    .meta({ description: 'Un groupement de prestataires.' });

export const ResponseSchema = () =>
  z
    .strictObject({
      draft: DraftSchema(),
      title: TextSchema().optional().meta({ description: 'Le titre de la proposition.' }),
      tender: RefSchema('tenders').meta({ description: 'L\'appel auquel la réponse répond.' }),
      lot: IdSchema().optional().meta({ description: 'Le lot, si l\'appel est alloti.' }),
      provider: RefSchema('providers').optional().meta({ description: 'Le prestataire, pour une réponse seule.' }),
      consortium: ConsortiumSchema().optional(),
      programme: RefSchema('programmes').meta({ description: 'Le programme proposé (statut proposed).' }),
      date: PartialDateSchema().optional().meta({ description: 'La date de la réponse.' }),
      contact: ContactSchema().optional().meta({ description: 'La personne à contacter pour cette réponse.' }),
      answers: z
        .array(
          z
            .strictObject({
              section: IdSchema().meta({ description: 'La section de l\'appel (responseSections) à laquelle ce texte répond ; si l\'appel ne donne pas de sections, un identifiant de votre choix.' }),
              title: TextSchema().optional().meta({ description: 'Le titre de la section, quand l\'appel ne donne pas le contenu attendu de la réponse.' }),
              body: MarkdownSchema().meta({ description: 'Le texte, en Markdown.' }),
            })
            .meta({ description: 'La réponse à une section.' }),
        )
        .min(1)
        .meta({ description: 'Une réponse par section demandée.' }),
      price: z
        .strictObject({
          lines: z.array(PriceLineSchema()).min(1).optional().meta({ description: 'Les lignes de prix (quantité × prix unitaire HT).' }),
          perBeneficiary: MoneySchema().optional().meta({ description: 'Le prix HT pour un bénéficiaire, quand l\'appel fait chiffrer par bénéficiaire ou au résultat (le prix complet, toutes parts payées).' }),
          unitRates: z
            .array(
              z.strictObject({
                unit: IdSchema().meta({ description: 'L\'unité d\'œuvre de l\'appel (priceModel.units).' }),
                unitPrice: MoneySchema().meta({ description: 'Son prix unitaire HT.' }),
              }),
            )
            .min(1)
            .optional()
            .meta({ description: 'Les prix par unité d\'œuvre, quand l\'appel fait chiffrer ainsi.' }),
          beneficiaries: z.int().positive().optional().meta({ description: 'Le nombre de bénéficiaires que l\'offre chiffre et s\'engage à accompagner.' }),
          note: TextSchema().optional().meta({ description: 'Une précision sur le prix.' }),
        })
        .superRefine((price, ctx) => {
          if (!price.lines && !price.perBeneficiary && !price.unitRates)
            report(ctx, fr.tender.schema.priceEmpty, { rule: 'prix/vide', found: fr.tender.lines.priceEmptyFound, expected: fr.tender.lines.priceEmptyExpected, hint: fr.tender.schema.priceEmptyHint });
          const ttc = (path: PropertyKey[]) => report(ctx, fr.schema.priceLineTtc, { rule: 'prix/base', expected: fr.details.schema.priceLineTtcExpected, hint: fr.schema.priceLineTtcHint }, path);
          if (price.perBeneficiary?.basis === 'TTC') ttc(['perBeneficiary']);
          (price.unitRates ?? []).forEach((rate, i) => rate.unitPrice.basis === 'TTC' && ttc(['unitRates', i, 'unitPrice']));
        })
        .optional()
        .meta({ description: 'Le prix, HT ; la TVA suit le régime du prestataire. Absent pour un appel sans prix (subvention).' }),
      planning: z
        .strictObject({
          start: PartialDateSchema().optional().meta({ description: 'La date de la semaine 1, si elle est connue.' }),
          items: uniqueIds(z.array(PlanningItemSchema()).min(1)).meta({ description: 'Les étapes.' }),
        })
        .optional()
        .meta({ description: 'Le rétroplanning.' }),
      deliverables: z
        .array(
          z
            .strictObject({
              deliverable: IdSchema().meta({ description: 'Le livrable de l\'appel.' }),
              section: IdSchema().optional().meta({ description: 'La section de la réponse (answers) qui le contient.' }),
              annex: IdSchema().optional().meta({ description: 'L\'annexe de la réponse (annexes) qui le contient.' }),
              where: TextSchema().optional().meta({ description: 'Une précision sur l\'endroit (« parties 2 et 3 ») ; ne suffit pas à le compter comme fourni.' }),
            })
            .superRefine((given, ctx) => {
              if (!given.section && !given.annex)
                report(ctx, fr.tender.schema.deliverablePlace, { rule: 'livrable/emplacement', found: fr.tender.lines.deliverablePlaceFound, expected: fr.tender.lines.deliverablePlaceExpected, hint: fr.tender.schema.deliverablePlaceHint });
            })
            .meta({ description: 'Un livrable fourni, et la section ou l\'annexe qui le contient.' }),
        )
        .optional()
        .meta({ description: 'Les livrables de l\'appel que la réponse fournit.' }),
      commitments: z
        .array(
          z
            .strictObject({
              requirement: IdSchema().meta({ description: 'L\'exigence de l\'appel (measure: commitment).' }),
              where: TextSchema().meta({ description: 'Où la réponse s\'y engage.' }),
            })
            .meta({ description: 'Un engagement pris.' }),
        )
        .optional()
        .meta({ description: 'Les engagements qualitatifs que la réponse prend.' }),
      annexes: uniqueIds(
        z
          .array(
            z
              .strictObject({
                id: IdSchema().meta({ description: 'Identifiant de l\'annexe.' }),
                title: TextSchema().meta({ description: 'Son titre.' }),
                body: MarkdownSchema().meta({ description: 'Son contenu, en Markdown (tableaux compris).' }),
              })
              .meta({ description: 'Une annexe.' }),
          )
          .optional(),
      ).meta({ description: 'Les annexes.' }),
      fictional: z.boolean().optional().meta({ description: 'true pour un exemple inventé.' }),
    })
    .superRefine((response, ctx) => {
      if (!response.provider === !response.consortium)
        report(ctx, fr.schema.providerOrConsortium, { rule: 'reponse/prestataire', found: fr.details.schema.providerOrConsortiumFound(!!response.provider), expected: fr.details.schema.providerOrConsortiumExpected, hint: fr.schema.providerOrConsortiumHint });
    })
    .meta({ title: 'Réponse', description: 'Une réponse à un appel : programme proposé, textes par section, prix, rétroplanning.' });

export type ResponseInput = z.input<ReturnType<typeof ResponseSchema>>;
export type Response = z.output<ReturnType<typeof ResponseSchema>>;
