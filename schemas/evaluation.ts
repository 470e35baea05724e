/**
 * An evaluation of the offers received for one call: marks and justifications per criterion, the
 * price method, and the committee's decisions (irregular or abnormally low offers). An offer is a
 * response made with Passerelle, or one received outside it and entered by hand (`manual`).
 */
import { z } from 'astro/zod';
import { DraftSchema } from './draft';
import { fr } from '../src/i18n/fr';
import { PartialDateSchema } from './date';
import { report } from './issue';
import { AmountBasisSchema } from './money';
import { PercentSchema } from './share';
import { IdSchema, MarkdownSchema, RefSchema, TextSchema } from './text';
import { ManualOfferSchema } from './manual-offer';

export const priceMethods = ['proportional', 'linear'] as const;

export const MarkSchema = () =>
  z
    .strictObject({
      criterion: IdSchema().meta({ description: 'Le critère ou sous-critère noté (son identifiant dans l\'appel).' }),
      mark: z.number().nonnegative().meta({ description: 'La note, sur l\'échelle de l\'évaluation.' }),
      justification: MarkdownSchema().meta({ description: 'La justification de la note.' }),
    })
    .meta({ description: 'Une note et sa justification.' });

export const OfferSchema = () =>
  z
    .strictObject({
      response: RefSchema('responses').optional().meta({ description: 'La réponse évaluée, faite avec Passerelle ; absente pour une offre reçue hors Passerelle (manual).' }),
      manual: ManualOfferSchema().optional(),
      received: PartialDateSchema().optional().meta({ description: 'La date de réception.' }),
      marks: z.array(MarkSchema()).meta({ description: 'Les notes des critères techniques.' }),
      excluded: z.boolean().optional().meta({ description: 'true si le comité écarte l\'offre.' }),
      retained: z.boolean().optional().meta({ description: 'true si le comité retient l\'offre, quand l\'appel ne permet pas de classer les offres par points (critères classés ou non pondérés).' }),
      rank: z.int().positive().optional().meta({ description: 'Le rang que le comité donne à l\'offre, quand l\'appel ne permet pas de la classer par points ; motivé dans la conclusion.' }),
      reason: TextSchema().optional().meta({ description: 'La raison de la décision (offre irrégulière, inacceptable, anormalement basse…).' }),
      abnormallyLowExplanation: TextSchema().optional().meta({ description: 'Les explications obtenues sur une offre anormalement basse.' }),
    })
    .superRefine((offer, ctx) => {
      const m = fr.evaluation.manual;
      if ((offer.response === undefined) === (offer.manual === undefined))
        report(ctx, m.responseOrManual, { rule: 'evaluation/offre', expected: m.responseOrManualExpected, hint: m.responseOrManualHint }, [offer.manual ? 'manual' : 'response']);
    })
    .meta({ description: 'Une offre reçue et son évaluation.' });

/** The id an offer goes by in the evaluation: its response's, or the one given to an offer received outside Passerelle. */
export const offerId = (offer: { response?: string; manual?: { id: string } }): string => offer.response ?? offer.manual?.id ?? '';

export const EvaluationSchema = () =>
  z
    .strictObject({
      draft: DraftSchema(),
      title: TextSchema().optional().meta({ description: 'Le titre du rapport.' }),
      tender: RefSchema('tenders').meta({ description: 'L\'appel évalué.' }),
      lot: IdSchema().optional().meta({ description: 'Le lot évalué, si l\'appel est alloti.' }),
      date: PartialDateSchema().optional().meta({ description: 'La date de la séance d\'analyse.' }),
      committee: z.array(TextSchema()).optional().meta({ description: 'Les membres du comité (nom et fonction).' }),
      scale: z
        .strictObject({
          min: z.number().default(0).meta({ description: 'La note minimale.' }),
          max: z.number().positive().meta({ description: 'La note maximale (10, 20…).' }),
        })
        .superRefine((scale, ctx) => {
          if (scale.min >= scale.max) report(ctx, fr.schema.markScale(scale.min, scale.max), { rule: 'evaluation/echelle', found: fr.details.schema.markScaleFound(scale.min, scale.max), expected: fr.details.schema.markScaleExpected, hint: fr.details.schema.markScaleHint });
        })
        .meta({ description: 'L\'échelle de notation des critères techniques.' }),
      priceMethod: z.enum(priceMethods).optional().meta({ description: 'proportional (meilleur prix / prix × points) ou linear (entre le prix le plus bas et le plus haut) ; absent pour un appel sans critère de prix.' }),
      priceBasis: AmountBasisSchema().optional().meta({ description: 'HT ou TTC ; par défaut la base du plafond de l\'appel, sinon TTC.' }),
      abnormallyLowThreshold: PercentSchema().optional().meta({ description: 'Seuil de détection d\'une offre anormalement basse, en pourcentage de la moyenne des prix (par exemple 70).' }),
      offers: z.array(OfferSchema()).min(1).meta({ description: 'Les offres reçues.' }),
      conclusion: MarkdownSchema().optional().meta({ description: 'La conclusion du comité, en Markdown.' }),
      fictional: z.boolean().optional().meta({ description: 'true pour un exemple inventé.' }),
    })
    .meta({ title: 'Évaluation', description: 'L\'analyse des offres reçues pour un appel.' });

export type EvaluationInput = z.input<ReturnType<typeof EvaluationSchema>>;
export type Evaluation = z.output<ReturnType<typeof EvaluationSchema>>;
