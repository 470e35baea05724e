/**
 * Phases of a programme (set-up, running, closing, evaluation, extension) with their steps, and
 * governance. Phases and steps are kept in the order written; their dates are optional, and may
 * be vague (« début de l'année 2009 ») or disputed. A dated step never comes certainly before the
 * dated step written above it.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { certainlyBefore } from '../src/domain/dates';
import { formatDisputedDate } from '../src/domain/format';
import { DisputedDateSchema, PartialDateSchema, PeriodSchema, disputedBounds } from './date';
import { report } from './issue';
import { SourceRefSchema } from './source';
import { FrequencySchema } from './workshop';
import { IdSchema, TextSchema } from './text';
import { phaseKinds } from './vocabulary';

export const StepSchema = () =>
  z
    .strictObject({
      label: TextSchema().meta({ description: 'Ce qui est fait.' }),
      date: DisputedDateSchema().optional().meta({ description: 'Quand, si la source le dit (« 2018-10 », « début de l\'année 2009 »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Une étape d\'une phase.' });

export const PhaseSchema = () =>
  z
    .strictObject({
      id: IdSchema().optional().meta({ description: 'Identifiant de la phase.' }),
      kind: z.enum(phaseKinds).meta({ description: 'setup (montage), running (mise en œuvre), closing (clôture), evaluation ou extension (extension, essaimage).' }),
      title: TextSchema().optional().meta({ description: 'Un titre, si la source en donne un.' }),
      period: PeriodSchema().optional().meta({ description: 'Ses dates, si la source les donne ; sans dates, la phase garde sa place dans la liste.' }),
      steps: z.array(StepSchema()).optional().meta({ description: 'Les étapes de la phase, dans l\'ordre.' }),
      source: SourceRefSchema().optional(),
    })
    .superRefine((phase, ctx) => {
      const dated = (phase.steps ?? []).map((step, i) => ({ step, i })).filter((x) => x.step.date);
      for (let k = 1; k < dated.length; k++) {
        const before = dated[k - 1];
        const after = dated[k];
        if (certainlyBefore(disputedBounds(after.step.date!), disputedBounds(before.step.date!)))
          report(ctx, fr.facts.steps.order(formatDisputedDate(after.step.date!), formatDisputedDate(before.step.date!)), { rule: 'etape/ordre', expected: fr.facts.steps.orderExpected(formatDisputedDate(before.step.date!)), hint: fr.facts.steps.orderHint }, ['steps', after.i, 'date']);
      }
    })
    .meta({ description: 'Une phase du programme, avec ses dates (si elles sont connues) et ses étapes.' });

export type Phase = z.output<ReturnType<typeof PhaseSchema>>;

export const GovernanceSchema = () =>
  z
    .strictObject({
      body: TextSchema().meta({ description: 'L\'instance (« comité de pilotage », « groupe opérationnel »).' }),
      frequency: FrequencySchema().optional(),
      members: z.array(TextSchema()).optional().meta({ description: 'Qui y siège.' }),
      role: TextSchema().optional().meta({ description: 'À quoi elle sert.' }),
      dates: z.array(PartialDateSchema()).optional().meta({ description: 'Les dates de réunion connues.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Une instance de pilotage ou de coordination.' });
