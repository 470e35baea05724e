/**
 * A programme ("action", "dispositif"): written once, it is published as an experience sheet,
 * proposed in a response to a call, and cited as a reference.
 */
import { z } from 'astro/zod';
import { DraftSchema } from './draft';
import { fr } from '../src/i18n/fr';
import { BudgetSchema } from './budget';
import { DurationRangeSchema } from './duration';
import { PeriodSchema } from './date';
import { IndicatorSchema, ResultsSchema } from './indicator';
import { report, uniqueIds } from './issue';
import { MeansSchema } from './means';
import { ContactSchema, OrganisationSchema } from './organisation';
import { PartnerSchema } from './partner';
import { GovernanceSchema, PhaseSchema } from './phase';
import { CohortsSchema, TargetPublicSchema } from './public';
import { refineSources, SourceSchema, SourcesSchema } from './source';
import { TerritorySchema } from './territory';
import { MarkdownSchema, RefSchema, TextSchema, UrlSchema } from './text';
import { programmeStatuses, programmeThemes } from './vocabulary';
import { WorkshopSchema } from './workshop';

/** Kept here for the calls, which import it from this module. */
export { SourceSchema };

export const LinkSchema = () =>
  z
    .strictObject({
      label: TextSchema().meta({ description: 'Le texte du lien.' }),
      url: UrlSchema().meta({ description: 'L\'adresse du support (https://…).' }),
    })
    .meta({ description: 'Un lien vers un support en ligne.' });

export const ObjectivesSchema = () =>
  z
    .strictObject({
      general: z.array(TextSchema()).optional().meta({ description: 'Les objectifs généraux.' }),
      operational: z.array(TextSchema()).optional().meta({ description: 'Les objectifs opérationnels.' }),
    })
    .meta({ description: 'Les objectifs.' });

export const ProgrammeSchema = () =>
  z
    .strictObject({
      draft: DraftSchema(),
      title: TextSchema().meta({ description: 'Le titre du programme.' }),
      summary: TextSchema().meta({ description: 'Le résumé en une ou deux phrases, repris sur les cartes et dans les moteurs de recherche.' }),
      status: z.enum(programmeStatuses).meta({ description: 'proposed (proposé dans une réponse), running (en cours) ou completed (terminé).' }),
      fictional: z.boolean().optional().meta({ description: 'true pour un exemple inventé, signalé comme tel sur les pages.' }),
      derivedFrom: RefSchema('programmes').optional().meta({ description: 'Le programme publié dont celui-ci est adapté.' }),
      carriers: z.array(OrganisationSchema()).min(1).meta({ description: 'Les structures porteuses.' }),
      territory: TerritorySchema(),
      period: PeriodSchema().optional().meta({ description: 'La période couverte, du montage à la clôture : « depuis 1991 » seulement si la source dit que l\'action continue.' }),
      duration: DurationRangeSchema().optional().meta({ description: 'La durée de l\'accompagnement des personnes : « 5 mois », « 10 à 12 semaines ».' }),
      themes: z.array(z.enum(programmeThemes)).min(1).meta({ description: 'Les thèmes, pour classer et filtrer les fiches.' }),
      objectives: ObjectivesSchema().optional(),
      public: TargetPublicSchema(),
      cohorts: CohortsSchema().optional().meta({ description: 'Les groupes accompagnés.' }),
      workshops: uniqueIds(z.array(WorkshopSchema()).optional()).meta({ description: 'Les ateliers et séances.' }),
      phases: z.array(PhaseSchema()).optional().meta({ description: 'Les phases : montage, mise en œuvre, clôture.' }),
      governance: z.array(GovernanceSchema()).optional().meta({ description: 'Les instances de pilotage et de coordination.' }),
      means: MeansSchema().optional(),
      budget: BudgetSchema().optional(),
      partners: z.array(PartnerSchema()).optional().meta({ description: 'Les partenaires et leurs rôles.' }),
      indicators: uniqueIds(z.array(IndicatorSchema()).optional()).meta({ description: 'Les indicateurs.' }),
      results: ResultsSchema().optional(),
      evaluationTools: z.array(TextSchema()).optional().meta({ description: 'Les outils pour évaluer l\'action.' }),
      communicationTools: z.array(TextSchema()).optional().meta({ description: 'Les outils de communication.' }),
      context: MarkdownSchema().optional().meta({ description: 'Le contexte, en Markdown.' }),
      description: MarkdownSchema().optional().meta({ description: 'Le fonctionnement, en Markdown.' }),
      lessons: MarkdownSchema().optional().meta({ description: 'Les enseignements et observations, en Markdown.' }),
      transferability: MarkdownSchema().optional().meta({ description: 'Ce qui rend l\'action transposable ailleurs, en Markdown.' }),
      contacts: z.array(ContactSchema()).optional().meta({ description: 'Les personnes à contacter.' }),
      links: z.array(LinkSchema()).optional().meta({ description: 'Les liens vers des supports en ligne.' }),
      sources: SourcesSchema().optional(),
    })
    .superRefine((programme, ctx) => {
      refineSources(programme, ctx);
      const cohortIds = (programme.cohorts ?? []).map((c) => c.id);
      (programme.workshops ?? []).forEach((workshop, w) =>
        (workshop.cohorts ?? []).forEach((id, c) => {
          if (!cohortIds.includes(id))
            report(ctx, fr.schema.unknownCohort(id, cohortIds), { rule: 'atelier/groupe', expected: fr.details.schema.unknownCohortExpected(cohortIds), hint: fr.schema.unknownCohortHint }, ['workshops', w, 'cohorts', c]);
        }),
      );
      (programme.results?.quantitative ?? []).forEach((result, r) => {
        if (result.cohort && !cohortIds.includes(result.cohort))
          report(ctx, fr.schema.unknownCohort(result.cohort, cohortIds), { rule: 'resultat/groupe', expected: fr.details.schema.unknownCohortExpected(cohortIds), hint: fr.schema.unknownCohortHint }, ['results', 'quantitative', r, 'cohort']);
      });
    })
    .meta({ title: 'Programme', description: 'Un programme d\'insertion : public, groupes, ateliers, phases, budget, partenaires, indicateurs, résultats.' });

export type ProgrammeInput = z.input<ReturnType<typeof ProgrammeSchema>>;
export type Programme = z.output<ReturnType<typeof ProgrammeSchema>>;
