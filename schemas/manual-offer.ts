/**
 * An offer received outside Passerelle (a Word or PDF file), entered by hand by the committee in
 * the evaluation: who made it, for which lot, its price (a lump sum, or lines), and the
 * committee's own finding on each requirement of the call (met, not met, not checked, with a
 * note). Compliance uses these findings instead of a computed verdict: nothing is computed from a
 * programme the offer does not have.
 *
 * @example
 * manual:
 *   id: asso-horizon
 *   provider: Association Horizon
 *   document: offre-horizon.docx
 *   price: { lumpSum: 31 500 € HT, vat: { kind: not-subject } }
 *   # or lines, as a response's: { lines: [{ label: Séance collective, unit: session, quantity: 12, unitPrice: 250 € }], vat: … }
 *   findings:
 *     - { requirement: duree-parcours, finding: met, note: 6 mois, page 4 }
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { report } from './issue';
import { MoneySchema } from './money';
import { PriceLineSchema } from './response';
import { IdSchema, RefSchema, TextSchema } from './text';
import { VatRegimeSchema } from './vat';

export const manualFindings = ['met', 'not-met', 'not-checked'] as const;
export type ManualFinding = (typeof manualFindings)[number];

const t = fr.evaluation.manual;

export const ManualPriceSchema = () =>
  z
    .strictObject({
      lumpSum: MoneySchema().optional().meta({ description: 'Le prix global de l\'offre, avec sa mention HT ou TTC (« 35 000 € HT »).' }),
      lines: z.array(PriceLineSchema()).min(1).optional().meta({ description: 'Les lignes de prix de l\'offre (quantité × prix unitaire HT), comme celles d\'une réponse, quand elle en donne.' }),
      vat: VatRegimeSchema().meta({ description: 'Le régime de TVA que l\'offre indique : il donne le HT et le TTC à comparer.' }),
    })
    .superRefine((price, ctx) => {
      if ((price.lumpSum === undefined) === (price.lines === undefined))
        report(ctx, t.priceOne, { rule: 'offre-manuelle/prix', expected: t.priceOneExpected, hint: t.priceOneHint });
      if (price.lumpSum && !price.lumpSum.basis)
        report(ctx, t.lumpSumBasis, { rule: 'offre-manuelle/base', expected: t.lumpSumBasisExpected, hint: t.lumpSumBasisHint }, ['lumpSum']);
    })
    .meta({ description: 'Le prix de l\'offre : un prix global ou des lignes de prix, et le régime de TVA.' });

export const ManualFindingSchema = () =>
  z
    .strictObject({
      requirement: IdSchema().meta({ description: 'L\'exigence de l\'appel (son identifiant).' }),
      finding: z.enum(manualFindings).meta({ description: 'Le constat du comité : met (conforme), not-met (non conforme) ou not-checked (non vérifié).' }),
      note: TextSchema().optional().meta({ description: 'Une précision : où l\'offre le dit, ce qui manque.' }),
    })
    .meta({ description: 'Le constat du comité sur une exigence.' });

export const ManualOfferSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'L\'identifiant de l\'offre dans l\'évaluation (« asso-horizon »).' }),
      provider: TextSchema().meta({ description: 'Le nom du prestataire, comme l\'offre l\'écrit.' }),
      providerRef: RefSchema('providers').optional().meta({ description: 'Le prestataire, s\'il a déjà une fiche dans le contenu.' }),
      document: TextSchema().optional().meta({ description: 'Le fichier reçu (« offre-horizon.docx »).' }),
      lot: IdSchema().optional().meta({ description: 'Le lot auquel l\'offre répond, si l\'appel est alloti.' }),
      price: ManualPriceSchema().optional(),
      findings: z.array(ManualFindingSchema()).optional().meta({ description: 'Les constats du comité, exigence par exigence ; une exigence sans constat reste à vérifier.' }),
    })
    .meta({ description: 'Une offre reçue hors Passerelle (un fichier Word ou PDF), saisie par le comité.' });

export type ManualOffer = z.output<ReturnType<typeof ManualOfferSchema>>;
