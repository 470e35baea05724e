/**
 * A call as buyers really write it: a call for tender (cahier des charges, MAPA, accord-cadre), a
 * call for projects (AAP), a call for expressions of interest (AMI) or a national specification
 * with a regional call on top. Its requirements, expected response sections, deliverables, budget
 * cap, price model and award criteria are data, so that compliance and scoring never depend on
 * one particular call.
 *
 * Real calls are incomplete: only the title, the buyer and the object are required. A fact the
 * call does not give is absent (« non renseigné »); where « none » and « unknown » differ, the
 * field says which.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatDate } from '../src/domain/format';
import { AwardCriteriaSchema } from './award-criteria';
import { BudgetCapSchema } from './budget-cap';
import { CofinancingSchema } from './cofinancing';
import { CallEventSchema, CallPartnerSchema, DeadlineSchema, DeliverableSchema, InvoicingSchema, ResponseSectionSchema, SubmissionSchema, TenderGroupSchema, UnreadPartSchema } from './call-parts';
import { lotDesignations, tenderRelations, type UnreadPart } from './call-vocabulary';
import { ContractPeriodSchema } from './contract-period';
import { PartialDateSchema, endsBefore } from './date';
import { BoundedDurationSchema } from './duration-bound';
import { DraftSchema } from './draft';
import { report, uniqueIds } from './issue';
import { LotRulesSchema, LotSchema } from './lot';
import { ContactSchema, OrganisationSchema } from './organisation';
import { CpvSchema, IdentifierSchema, InstrumentSchema, ProcedureSchema, SelectionCriterionSchema } from './procedure';
import { PriceModelSchema, PricingScenarioSchema, checkScenario } from './price-model';
import { ObjectivesSchema } from './programme';
import { refineSources, SourceSchema, SourcesSchema } from './source';
import { CallPublicSchema } from './public';
import { RequirementSchema } from './requirement';
import { TerritorySchema } from './territory';
import { MarkdownSchema, RefSchema, TextSchema } from './text';

export { responseParts, type ResponsePart, type ResponseSection, type Deliverable, type Deadline } from './call-parts';
export type { BudgetCap } from './budget-cap';
export type { Cofinancing } from './cofinancing';
export type { Lot } from './lot';

const DatesSchema = () =>
  z
    .strictObject({
      published: PartialDateSchema().optional().meta({ description: 'La date de publication ou de lancement.' }),
      deadline: DeadlineSchema().optional(),
      decision: PartialDateSchema().optional().meta({ description: 'La date d\'examen ou d\'attribution.' }),
      start: PartialDateSchema().optional().meta({ description: 'Le démarrage prévu de l\'action.' }),
      note: TextSchema().optional().meta({ description: 'Une précision (« démarrage deuxième quinzaine de septembre »).' }),
      events: z.array(CallEventSchema()).optional().meta({ description: 'Les autres dates : lancement, réunion d\'information, auditions…' }),
    })
    .superRefine((dates, ctx) => {
      const order: Array<[string, string | undefined]> = [
        ['published', dates.published],
        ['deadline', dates.deadline?.at],
        ['decision', dates.decision],
        ['start', dates.start],
      ];
      const known = order.filter((entry): entry is [string, string] => entry[1] !== undefined);
      for (let i = 1; i < known.length; i++) {
        if (endsBefore(known[i][1], known[i - 1][1]))
          report(ctx, fr.schema.datesOrder(fr.schema.dateNames[known[i - 1][0]], formatDate(known[i - 1][1]), fr.schema.dateNames[known[i][0]], formatDate(known[i][1])), { rule: 'dates/ordre', expected: fr.details.schema.datesOrderExpected, hint: fr.schema.datesOrderHint }, [known[i][0]]);
      }
    })
    .meta({ description: 'Le calendrier de l\'appel ; une date que l\'appel ne donne pas reste absente.' });

const TenderLinkSchema = () =>
  z
    .strictObject({
      tender: RefSchema('tenders').meta({ description: 'L\'autre appel : l\'identifiant de son fichier dans content/tenders/.' }),
      relation: z.enum(tenderRelations).meta({ description: 'Le lien avec cet appel : implements (celui-ci le décline), same-specification (même cahier des charges), follows (celui-ci lui fait suite) ou other (dit dans note).' }),
      note: TextSchema().optional().meta({ description: 'Ce que le lien apporte (« ses critères y sont listés »).' }),
    })
    .meta({ description: 'Un autre appel du contenu auquel celui-ci se rattache.' });

/** What the file gives of each part that `unread` may name. */
const givenParts = (tender: { [key: string]: unknown; submission?: { attachments?: unknown } }): Record<UnreadPart, unknown> => ({
  public: tender.public,
  duration: tender.duration,
  requirements: tender.requirements,
  responseSections: tender.responseSections,
  deliverables: tender.deliverables,
  attachments: tender.submission?.attachments,
  budgetCap: tender.budgetCap,
  selectionCriteria: tender.selectionCriteria,
});

/** A part said unread is not also given, and is said once. */
function checkUnread(tender: Parameters<typeof givenParts>[0] & { unread?: Array<{ field: UnreadPart }> }, ctx: z.RefinementCtx): void {
  const t = fr.tender.schema;
  const l = fr.tender.lines;
  const given = givenParts(tender);
  const seen = new Set<UnreadPart>();
  (tender.unread ?? []).forEach(({ field: part }, i) => {
    const name = fr.tender.vocab.unreadPart[part];
    const key = part === 'attachments' ? 'submission.attachments' : part;
    if (seen.has(part)) report(ctx, t.unreadTwice(name), { rule: 'non-lu/doublon', found: l.unreadTwiceFound(name), expected: l.unreadTwiceExpected, hint: t.unreadTwiceHint }, ['unread', i, 'field']);
    else if (given[part] !== undefined) report(ctx, t.unreadGiven(name), { rule: 'non-lu/donne', found: l.unreadGivenFound(key), expected: l.unreadGivenExpected, hint: t.unreadGivenHint(key) }, ['unread', i, 'field']);
    seen.add(part);
  });
}

export const TenderSchema = () =>
  z
    .strictObject({
      draft: DraftSchema(),
      title: TextSchema().meta({ description: 'L\'intitulé de l\'appel.', missingHint: fr.tender.schema.titleMissingHint }),
      workingTitle: z.boolean().optional().meta({ description: 'true si l\'appel n\'a pas d\'intitulé formel : le titre est un titre de travail, affiché comme tel.' }),
      template: z.boolean().optional().meta({ description: 'true pour un document type (« région XXX ») : ses paramètres restent non renseignés.' }),
      buyer: OrganisationSchema().meta({ description: 'L\'acheteur ou le porteur de l\'appel.' }),
      partners: z.array(CallPartnerSchema()).optional().meta({ description: 'Les partenaires associés à l\'appel, et leurs rôles.' }),
      identifiers: z.array(IdentifierSchema()).min(1).optional().meta({ description: 'Les identifiants de l\'appel : référence interne, identifiant de procédure, de démarche, avis BOAMP ou JOUE.' }),
      procedure: ProcedureSchema().optional(),
      instrument: InstrumentSchema().optional(),
      cofinancing: z.array(CofinancingSchema()).min(1).optional().meta({ description: 'Les cofinancements de l\'appel (FSE, FEDER…), chacun avec ce que l\'appel en dit ; absent si l\'appel n\'en parle pas.' }),
      related: z.array(TenderLinkSchema()).min(1).optional().meta({ description: 'Les appels du contenu auxquels celui-ci se rattache : le cahier des charges national qu\'il décline, l\'appel de l\'année d\'avant.' }),
      cpv: z.array(CpvSchema()).min(1).optional().meta({ description: 'Les codes CPV, le principal d\'abord.' }),
      territory: TerritorySchema().optional(),
      summary: TextSchema().meta({ description: 'L\'objet en une phrase, dans les mots de l\'appel.', missingHint: fr.tender.schema.summaryMissingHint }),
      context: MarkdownSchema().optional().meta({ description: 'Le préambule et le contexte, en Markdown.' }),
      object: MarkdownSchema().optional().meta({ description: 'L\'objet de la demande, en Markdown.' }),
      objectives: ObjectivesSchema().optional(),
      public: CallPublicSchema().optional().meta({ description: 'Le public visé par l\'appel.' }),
      groups: uniqueIds(z.array(TenderGroupSchema())).optional().meta({ description: 'Les groupes prévus par l\'appel.' }),
      duration: BoundedDurationSchema('La durée du parcours d\'une personne : « 10 à 12 semaines », « 9 mois au plus ». La durée du contrat est dans contractPeriod.').optional(),
      contractPeriod: ContractPeriodSchema().optional(),
      dates: DatesSchema().optional(),
      selectionCriteria: uniqueIds(z.array(SelectionCriterionSchema()).optional()).meta({ description: 'Les critères de sélection des candidatures (chiffre d\'affaires, références, certifications), distincts des critères d\'attribution.' }),
      lotDesignation: z.enum(lotDesignations).optional().meta({ description: 'lot (par défaut) ou prestation, selon le mot de l\'appel.' }),
      lotCount: z.int().positive().optional().meta({ description: 'Le nombre de lots que l\'appel annonce, quand ils ne sont pas tous décrits ici.' }),
      lotRules: LotRulesSchema().optional(),
      lots: uniqueIds(z.array(LotSchema()).optional()).meta({ description: 'Les lots (ou prestations) ; absent si l\'appel n\'est pas alloti.' }),
      requirements: uniqueIds(z.array(RequirementSchema()).optional()).meta({ description: 'Les exigences vérifiables sur les réponses ; absent si l\'appel n\'en donne pas (une liste vide dirait « aucune »).' }),
      deliverables: uniqueIds(z.array(DeliverableSchema()).optional()).meta({ description: 'Les livrables attendus.' }),
      responseSections: uniqueIds(z.array(ResponseSectionSchema()).min(1).optional()).meta({ description: 'Le contenu attendu de la réponse : ses sections, dans l\'ordre ; absent si l\'appel ne le donne pas.' }),
      budgetCap: BudgetCapSchema().optional(),
      priceModel: PriceModelSchema().optional(),
      pricingScenario: PricingScenarioSchema().optional(),
      awardCriteria: AwardCriteriaSchema().optional(),
      submission: SubmissionSchema().optional(),
      invoicing: InvoicingSchema().optional(),
      contacts: z.array(ContactSchema()).optional().meta({ description: 'Les personnes ou services à contacter.' }),
      unread: z.array(UnreadPartSchema()).min(1).optional().meta({ description: 'Les parties que l\'appel contient mais qui n\'ont pas été lues (« le contenu attendu de la proposition, article 9 ») : la page dit « non lu dans l\'appel » au lieu de « non renseigné » ; une partie donnée dans le fichier n\'y figure pas.' }),
      source: SourceSchema().optional(),
      sources: SourcesSchema().optional(),
    })
    .superRefine((tender, ctx) => {
      const t = fr.tender.schema;
      refineSources(tender, ctx);
      checkUnread(tender, ctx);
      if (tender.source && tender.sources) report(ctx, t.sourceAndSources, { rule: 'source/doublon', found: fr.tender.lines.sourceFound, expected: fr.tender.lines.sourceExpected, hint: t.sourceAndSourcesHint }, ['source']);
      checkScenario(tender.priceModel, tender.pricingScenario, ctx, ['pricingScenario']);
      (tender.lots ?? []).forEach((lot, i) => checkScenario(tender.priceModel, lot.pricingScenario, ctx, ['lots', i, 'pricingScenario']));
      if (tender.lotCount !== undefined && (tender.lots?.length ?? 0) > tender.lotCount)
        report(ctx, t.lotCountBelow(tender.lotCount, tender.lots!.length), { rule: 'lots/nombre', expected: fr.tender.lines.lotCountExpected(tender.lots!.length), hint: t.lotCountBelowHint }, ['lotCount']);
      if (!tender.lots && (tender.lotRules || tender.lotDesignation))
        report(ctx, t.lotRulesWithoutLots, { rule: 'lots/regles', found: fr.tender.lines.lotRulesFound(tender.lotRules ? 'lotRules' : 'lotDesignation'), expected: fr.tender.lines.lotRulesExpected, hint: t.lotRulesWithoutLotsHint }, [tender.lotRules ? 'lotRules' : 'lotDesignation']);
      // A response to a lot is checked on the call's requirements and deliverables and the lot's:
      // their ids must not clash.
      const own = { requirements: new Set((tender.requirements ?? []).map((r) => r.id)), deliverables: new Set((tender.deliverables ?? []).map((d) => d.id)) };
      (tender.lots ?? []).forEach((lot, i) => {
        for (const key of ['requirements', 'deliverables'] as const)
          (lot[key] ?? []).forEach((item, j) => {
            if (own[key].has(item.id)) report(ctx, t.lotIdClash(item.id, lot.id), { rule: 'id/doublon', found: fr.common.quote(item.id), expected: fr.details.schema.duplicateIdExpected, hint: fr.schema.duplicateIdHint }, ['lots', i, key, j, 'id']);
          });
      });
    })
    .meta({ title: 'Appel', description: 'Un appel d\'offres, un appel à projets ou un AMI : procédure, instrument, cofinancement, lots, exigences, livrables, contenu de réponse, plafond, prix, critères.' });

export type TenderInput = z.input<ReturnType<typeof TenderSchema>>;
export type Tender = z.output<ReturnType<typeof TenderSchema>>;
