/**
 * The period of the contract or agreement a call leads to (« convention de 3 ans », « à compter de
 * la notification et au plus tôt le 1er mars 2023, jusqu'au 31 décembre 2024 », a firm period and
 * renewals with their condition), distinct from the duration of the pathway of one beneficiary
 * (the call's `duration`).
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatDate } from '../src/domain/format';
import { periodStarts } from './call-vocabulary';
import { PartialDateSchema, endsBefore } from './date';
import { BoundedDurationSchema, DurationBoundSchema } from './duration-bound';
import { report } from './issue';
import { SourceRefSchema } from './source';
import { TextSchema } from './text';

export const ContractPeriodSchema = () =>
  z
    .strictObject({
      duration: BoundedDurationSchema('La durée du contrat ou de la convention : « 3 ans », « 12 mois », « 12 ou 24 mois ».').optional(),
      from: z.enum(periodStarts).optional().meta({ description: 'notification, signature ou date : ce qui fait partir la période, si l\'appel le dit.' }),
      start: PartialDateSchema().optional().meta({ description: 'La date de début, si l\'appel la donne.' }),
      notBefore: PartialDateSchema().optional().meta({ description: 'Le début au plus tôt (« pas avant le 1er mars 2023 »).' }),
      end: PartialDateSchema().optional().meta({ description: 'La date de fin, si l\'appel la donne.' }),
      firmPeriod: z
        .strictObject({
          duration: DurationBoundSchema().optional().meta({ description: 'Sa durée, si elle est donnée ; absente si l\'appel parle d\'une période ferme sans dire sa durée.' }),
          note: TextSchema().optional().meta({ description: 'Une précision.' }),
        })
        .optional()
        .meta({ description: 'La période ferme, quand l\'appel en prévoit une.' }),
      renewals: z
        .strictObject({
          count: z.int().positive().optional().meta({ description: 'Le nombre de reconductions possibles.' }),
          duration: DurationBoundSchema().optional().meta({ description: 'La durée de chaque reconduction (« 1 an »).' }),
          condition: TextSchema().optional().meta({ description: 'La condition, dans les mots de l\'appel (« selon les taux de sortie du RSA et vers l\'emploi »).' }),
        })
        .optional()
        .meta({ description: 'Les reconductions possibles ; absentes si l\'appel n\'en dit rien.' }),
      note: TextSchema().optional().meta({ description: 'Une précision (« période de réalisation 2023-2024 »).' }),
      source: SourceRefSchema().optional(),
    })
    .superRefine((period, ctx) => {
      const first = period.start ?? period.notBefore;
      if (first && period.end && endsBefore(period.end, first))
        report(ctx, fr.schema.periodOrder(formatDate(first), formatDate(period.end)), { rule: 'periode/ordre', expected: fr.details.schema.periodOrderExpected(formatDate(first)), hint: fr.schema.periodOrderHint }, ['end']);
      if (period.start && period.from && period.from !== 'date')
        report(ctx, fr.tender.schema.startAndFrom, { rule: 'periode/depart', found: fr.tender.lines.startAndFromFound, expected: fr.tender.lines.startAndFromExpected, hint: fr.tender.schema.startAndFromHint }, ['from']);
    })
    .meta({ description: 'La période du contrat ou de la convention : durée, départ, fin, période ferme, reconductions. La durée du parcours d\'une personne est à part (duration).' });

export type ContractPeriod = z.output<ReturnType<typeof ContractPeriodSchema>>;
