/**
 * Who co-finances a call beside its buyer: the European Social Fund for most PLIE and many
 * départements' calls, with the programme, the priority axis and the specific objective the call
 * comes under, the rate, who manages the credits (an intermediate body, a « subvention globale »)
 * and what the co-financing imposes on the holder (publicity, the follow-up of participants).
 *
 * Every field but the fund is optional: real calls name the FSE and its programme far more often
 * than its rate. A rate the call has but does not give is « non précisé »; a rate it does not
 * speak of is absent.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { cofinancingFunds } from './call-vocabulary';
import { report } from './issue';
import { KnownSchema } from './known';
import { GivenPercentSchema } from './share';
import { SourceRefSchema } from './source';
import { MarkdownSchema, TextSchema } from './text';

export const CofinancingSchema = () =>
  z
    .strictObject({
      fund: z.enum(cofinancingFunds).meta({ description: 'Le fonds : esf, esf-plus, erdf, yei, ou other pour un autre fonds, nommé dans name.' }),
      name: TextSchema().optional().meta({ description: 'Le fonds dans les mots de l\'appel (« Fonds social européen pour l\'emploi et l\'inclusion ») ; obligatoire avec other.' }),
      programme: TextSchema().optional().meta({ description: 'Le programme (« programme opérationnel national Emploi et Inclusion 2014-2020 »).' }),
      priority: TextSchema().optional().meta({ description: 'L\'axe prioritaire (« axe 3 : lutter contre la pauvreté et promouvoir l\'inclusion »).' }),
      objective: TextSchema().optional().meta({ description: 'L\'objectif spécifique (« objectif spécifique 2 : mobiliser les employeurs »).' }),
      rate: KnownSchema(GivenPercentSchema())
        .optional()
        .meta({ description: 'Le taux de cofinancement : « 50 % », « au plus 60 % », ou « non précisé » si l\'appel en a un dont la valeur n\'est pas donnée.', expected: fr.tender.lines.rateNoneExpected }),
      managedBy: TextSchema().optional().meta({ description: 'Qui gère les crédits pour l\'appel (organisme intermédiaire, subvention globale), dans les mots de l\'appel.' }),
      obligations: MarkdownSchema().optional().meta({ description: 'Ce que le cofinancement impose au porteur (publicité, suivi des participants, pièces à garder), en Markdown.' }),
      note: TextSchema().optional().meta({ description: 'Une précision (ce que la partie lue ne montre pas).' }),
      source: SourceRefSchema().optional(),
    })
    .superRefine((c, ctx) => {
      const t = fr.tender;
      if (c.fund === 'other' && !c.name) report(ctx, t.schema.cofinancingOtherName, { rule: 'cofinancement/fonds', found: t.lines.otherFundFound, expected: t.lines.otherFundExpected, hint: t.schema.cofinancingOtherNameHint }, ['name']);
      if (c.rate?.state === 'none') report(ctx, t.schema.cofinancingRateNone, { rule: 'cofinancement/taux', found: t.lines.rateNoneFound, expected: t.lines.rateNoneExpected, hint: t.schema.cofinancingRateNoneHint }, ['rate']);
    })
    .meta({ description: 'Un cofinancement de l\'appel : le fonds, son programme, son axe, son objectif, son taux, sa gestion et ses obligations.' });

export type Cofinancing = z.output<ReturnType<typeof CofinancingSchema>>;
