/**
 * A programme ("action", "dispositif"): written once, it is published as an experience sheet,
 * proposed in a response to a call, and cited as a reference.
 *
 * Real sheets are incomplete and sometimes contradict one another: every fact may name its source
 * (`source: <id>` of the file's `sources`), counts say their unit, period and kind, dates may be
 * vague or disputed, and what the source does not give stays absent.
 */
import { z } from 'astro/zod';
import { DraftSchema } from './draft';
import { fr } from '../src/i18n/fr';
import { BudgetSchema } from './budget';
import { DurationFactSchema, DurationSchema } from './duration';
import { RecurrenceSchema } from './public';
import { PartialDateSchema, PeriodSchema } from './date';
import { IndicatorSchema, ResultsSchema } from './indicator';
import { report, uniqueIds } from './issue';
import { MeansSchema } from './means';
import { CarrierSchema, ContactSchema } from './organisation';
import { PartnerSchema } from './partner';
import { GovernanceSchema, PhaseSchema } from './phase';
import { CohortsSchema, TargetPublicSchema } from './public';
import { refineSources, SourceRefSchema, SourceSchema, SourcesSchema } from './source';
import { AwardSchema, IdentifierSchema, MilestoneSchema, OtherTitleSchema, SiteSchema } from './site';
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
      otherTitles: z.array(OtherTitleSchema()).optional().meta({ description: 'Ses autres titres : dans une autre langue, un nom d\'usage.' }),
      summary: TextSchema().meta({ description: 'Le résumé en une ou deux phrases, repris sur les cartes et dans les moteurs de recherche.' }),
      status: z.enum(programmeStatuses).meta({ description: 'proposed (proposé dans une réponse), running (en cours), completed (terminé) ou unknown (la source ne dit pas si l\'action continue : une fiche ancienne).' }),
      statusObserved: z
        .strictObject({
          status: z.enum(['running', 'completed']).meta({ description: 'running (en cours) ou completed (terminé) : ce que la source constate.' }),
          date: PartialDateSchema().meta({ description: 'La date du constat (« octobre 2019 » : 2019-10), celle de la source s\'il n\'y en a pas d\'autre.' }),
          source: SourceRefSchema().optional(),
        })
        .optional()
        .meta({ description: 'Le statut qu\'une source constate à une date (« en activité en octobre 2019 ») : la fiche dit ce constat et sa date, et le statut d\'aujourd\'hui reste celui de status.' }),
      fictional: z.boolean().optional().meta({ description: 'true pour un exemple inventé, signalé comme tel sur les pages.' }),
      derivedFrom: RefSchema('programmes').optional().meta({ description: 'Le programme publié dont celui-ci est adapté.' }),
      carriers: z.array(CarrierSchema()).min(1).meta({ description: 'Les structures porteuses, avec leur rôle et leur période quand elles se sont succédé.' }),
      territory: TerritorySchema(),
      sites: uniqueIds(z.array(SiteSchema()).optional()).meta({ description: 'Les lieux où le programme se déroule.' }),
      period: PeriodSchema().optional().meta({ description: 'La période couverte, du montage à la clôture : « depuis 1991 » seulement si la source dit que l\'action continue.' }),
      span: DurationSchema().optional().meta({ description: 'La durée du programme lui-même (« 2 ans »), quand la source la donne sans dates ; ce n\'est pas la durée du parcours d\'une personne.' }),
      duration: DurationFactSchema().optional(),
      themes: z.array(z.enum(programmeThemes)).min(1).meta({ description: 'Les thèmes, pour classer et filtrer les fiches.' }),
      objectives: ObjectivesSchema().optional(),
      public: TargetPublicSchema().prefault({}).meta({ description: 'Le public visé ; absent quand la source ne le décrit pas (un projet d\'étude sans bénéficiaires directs).' }),
      cohorts: CohortsSchema().optional().meta({ description: 'Les groupes accompagnés.' }),
      recurrence: RecurrenceSchema().optional(),
      workshops: uniqueIds(z.array(WorkshopSchema()).optional()).meta({ description: 'Les ateliers et séances.' }),
      phases: uniqueIds(z.array(PhaseSchema()).optional()).meta({ description: 'Les phases, dans l\'ordre : montage, mise en œuvre, clôture, évaluation, extension.' }),
      milestones: z.array(MilestoneSchema()).optional().meta({ description: 'Les événements datés : création, agrément, reprise par un autre porteur, ouverture d\'un site…' }),
      governance: z.array(GovernanceSchema()).optional().meta({ description: 'Les instances de pilotage et de coordination.' }),
      means: MeansSchema().optional(),
      budget: BudgetSchema().optional(),
      partners: z.array(PartnerSchema()).optional().meta({ description: 'Les partenaires et leurs rôles.' }),
      partnersComplete: z.literal(false).optional().meta({ description: 'false quand la source ne nomme qu\'une partie des partenaires (« 37 missions locales », sans la liste).' }),
      indicators: uniqueIds(z.array(IndicatorSchema()).optional()).meta({ description: 'Les indicateurs.' }),
      results: ResultsSchema().optional(),
      awards: z.array(AwardSchema()).optional().meta({ description: 'Les prix, labels et agréments.' }),
      identifiers: z.array(IdentifierSchema()).optional().meta({ description: 'Ses identifiants dans d\'autres registres (FEJ, Ma démarche FSE, Keep.eu…).' }),
      evaluationTools: z.array(TextSchema()).optional().meta({ description: 'Les outils pour évaluer l\'action.' }),
      communicationTools: z.array(TextSchema()).optional().meta({ description: 'Les outils de communication.' }),
      context: MarkdownSchema().optional().meta({ description: 'Le contexte, en Markdown.' }),
      description: MarkdownSchema().optional().meta({ description: 'Le fonctionnement, en Markdown.' }),
      lessons: MarkdownSchema().optional().meta({ description: 'Les enseignements et observations, en Markdown.' }),
      transferability: MarkdownSchema().optional().meta({ description: 'Ce qui rend l\'action transposable ailleurs, en Markdown.' }),
      contacts: z.array(ContactSchema()).optional().meta({ description: 'Les personnes à contacter (leur fonction suffit).' }),
      links: z.array(LinkSchema()).optional().meta({ description: 'Les liens vers des supports en ligne.' }),
      sources: SourcesSchema().optional(),
    })
    .superRefine((programme, ctx) => {
      refineSources(programme, ctx);
      if (programme.statusObserved && programme.status === 'proposed')
        report(ctx, fr.schema.statusObservedProposed, { rule: 'statut/constat', found: fr.details.schema.statusObservedProposedFound, expected: fr.details.schema.statusObservedProposedExpected, hint: fr.schema.statusObservedProposedHint }, ['statusObserved']);
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
      const siteIds = (programme.sites ?? []).map((site) => site.id);
      const siteRef = (id: string | undefined, path: Array<string | number>) => {
        if (id && !siteIds.includes(id)) report(ctx, fr.facts.site.unknown(id, siteIds), { rule: 'site/inconnu', expected: fr.facts.site.unknownExpected(siteIds), hint: fr.facts.site.unknownHint }, path);
      };
      (programme.public.eligibility ?? []).forEach((rule, i) => siteRef(rule.site, ['public', 'eligibility', i, 'site']));
      (programme.milestones ?? []).forEach((milestone, i) => siteRef(milestone.site, ['milestones', i, 'site']));
    })
    .meta({ title: 'Programme', description: 'Un programme d\'insertion : public, groupes, ateliers, phases, budget, partenaires, indicateurs, résultats.' });

export type ProgrammeInput = z.input<ReturnType<typeof ProgrammeSchema>>;
export type Programme = z.output<ReturnType<typeof ProgrammeSchema>>;
