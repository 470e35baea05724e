/**
 * Phases of a programme (set-up, running, closing) with their dated steps, and governance.
 */
import { z } from 'astro/zod';
import { PartialDateSchema, PeriodSchema } from './date';
import { FrequencySchema } from './workshop';
import { IdSchema, TextSchema } from './text';
import { phaseKinds } from './vocabulary';

export const StepSchema = () =>
  z
    .strictObject({
      label: TextSchema().meta({ description: 'Ce qui est fait.' }),
      date: PartialDateSchema().optional().meta({ description: 'Quand, si la source le dit.' }),
    })
    .meta({ description: 'Une étape d\'une phase.' });

export const PhaseSchema = () =>
  z
    .strictObject({
      id: IdSchema().optional().meta({ description: 'Identifiant de la phase.' }),
      kind: z.enum(phaseKinds).meta({ description: 'setup (montage), running (mise en œuvre), closing (clôture) ou evaluation.' }),
      title: TextSchema().optional().meta({ description: 'Un titre, si la source en donne un.' }),
      period: PeriodSchema(),
      steps: z.array(StepSchema()).optional().meta({ description: 'Les étapes de la phase.' }),
    })
    .meta({ description: 'Une phase du programme, avec ses dates et ses étapes.' });

export type Phase = z.output<ReturnType<typeof PhaseSchema>>;

export const GovernanceSchema = () =>
  z
    .strictObject({
      body: TextSchema().meta({ description: 'L\'instance (« comité de pilotage », « groupe opérationnel »).' }),
      frequency: FrequencySchema().optional(),
      members: z.array(TextSchema()).optional().meta({ description: 'Qui y siège.' }),
      role: TextSchema().optional().meta({ description: 'À quoi elle sert.' }),
      dates: z.array(PartialDateSchema()).optional().meta({ description: 'Les dates de réunion connues.' }),
    })
    .meta({ description: 'Une instance de pilotage ou de coordination.' });
