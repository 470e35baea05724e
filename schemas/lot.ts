/**
 * Lots that are real lots: each may have its own territory, public, pathway duration, contract
 * period, requirements, deliverables, budget cap (in euros or beneficiaries), award criteria and
 * pricing scenario. What a lot does not give, it takes from the call.
 *
 * Several services of one call (« quatre projets attendus ») are lots too, designated
 * « prestation » when the call does not call them lots: a response answers one of them, and
 * compliance and scoring work on it as on a lot (see the README).
 */
import { z } from 'astro/zod';
import { AwardCriteriaSchema } from './award-criteria';
import { BudgetCapSchema } from './budget-cap';
import { DeliverableSchema } from './call-parts';
import { lotBidRules, lotKinds } from './call-vocabulary';
import { ContractPeriodSchema } from './contract-period';
import { BoundedDurationSchema } from './duration-bound';
import { uniqueIds } from './issue';
import { PricingScenarioSchema } from './price-model';
import { CallPublicSchema } from './public';
import { RequirementSchema } from './requirement';
import { SourceRefSchema } from './source';
import { TerritorySchema } from './territory';
import { IdSchema, MarkdownSchema, TextSchema } from './text';

export const LotSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du lot (« lot-1 »).' }),
      title: TextSchema().optional().meta({ description: 'L\'intitulé du lot, s\'il est donné.' }),
      kind: z.enum(lotKinds).optional().meta({ description: 'geographic, thematic, technical ou service, si l\'appel le dit.' }),
      description: MarkdownSchema().optional().meta({ description: 'Son objet.' }),
      territory: TerritorySchema().optional().meta({ description: 'Le territoire du lot.' }),
      public: CallPublicSchema().optional().meta({ description: 'Le public du lot, s\'il diffère de celui de l\'appel.' }),
      duration: BoundedDurationSchema('La durée du parcours d\'une personne dans ce lot.').optional(),
      contractPeriod: ContractPeriodSchema().optional(),
      requirements: uniqueIds(z.array(RequirementSchema()).optional()).meta({ description: 'Les exigences propres au lot ; une réponse à ce lot est vérifiée sur celles de l\'appel et celles-ci.' }),
      deliverables: uniqueIds(z.array(DeliverableSchema()).optional()).meta({ description: 'Les livrables propres au lot.' }),
      budgetCap: BudgetCapSchema().optional(),
      awardCriteria: AwardCriteriaSchema().optional().meta({ description: 'Les critères d\'attribution du lot, s\'ils diffèrent de ceux de l\'appel.' }),
      pricingScenario: PricingScenarioSchema().optional().meta({ description: 'Le scénario de chiffrage du lot, s\'il diffère de celui de l\'appel.' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un lot de l\'appel (ou une prestation, quand l\'appel en attend plusieurs).' });

export type Lot = z.output<ReturnType<typeof LotSchema>>;

export const LotRulesSchema = () =>
  z
    .strictObject({
      bid: z.enum(lotBidRules).optional().meta({ description: 'Les lots qu\'un candidat peut viser : one (un seul lot par candidat), one-or-more (« lot 1 et/ou lot 2 ») ou all.' }),
      maxLotsPerBidder: z.int().positive().optional().meta({ description: 'Le nombre maximal de lots auxquels un candidat peut répondre.' }),
      coverWholePublic: z.boolean().optional().meta({ description: 'true si l\'offre doit couvrir tout le public du lot.' }),
      note: TextSchema().optional().meta({ description: 'Une précision.' }),
    })
    .meta({ description: 'Ce que l\'appel dit de la réponse aux lots.' });
