/**
 * VAT regime of a provider: subject to VAT at a rate, not subject, exempt under article 261-7-1°
 * of the CGI (social services by non-profit bodies), or the franchise of article 293 B (small
 * businesses). It decides how an HT price becomes TTC and which legal mention a price carries.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { report } from './issue';

export const vatRegimeKinds = ['subject', 'not-subject', 'exempt-261-7-1', 'franchise-293-b'] as const;
export type VatRegimeKind = (typeof vatRegimeKinds)[number];

/** French VAT rates in force (normal, intermediate, reduced, special), in percent. */
export const vatRates = [20, 10, 5.5, 2.1] as const;

export const VatRegimeSchema = () =>
  z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('subject').meta({ description: 'Assujetti à la TVA.' }),
        rate: z
          .union([z.number(), z.string()])
          .transform((value, ctx) => {
            const n = typeof value === 'number' ? value : Number(value.replace(',', '.').replace('%', '').trim());
            if (!vatRates.includes(n as (typeof vatRates)[number])) {
              report(ctx, fr.schema.vatRate.message, { rule: 'tva/taux', expected: fr.schema.vatRate.expected, hint: fr.details.schema.vatRateHint });
              return z.NEVER;
            }
            return n;
          })
          .meta({ description: 'Le taux de TVA en pourcentage (20 pour 20 %).', expected: fr.schema.vatRate.expected }),
      }),
      z.strictObject({ kind: z.literal('not-subject').meta({ description: 'Non assujetti à la TVA (par exemple un établissement public pour une activité non économique).' }) }),
      z.strictObject({ kind: z.literal('exempt-261-7-1').meta({ description: 'Exonéré au titre de l\'article 261-7-1° du CGI (organisme sans but lucratif à gestion désintéressée).' }) }),
      z.strictObject({ kind: z.literal('franchise-293-b').meta({ description: 'Franchise en base de TVA, article 293 B du CGI.' }) }),
    ])
    .meta({ description: 'Le régime de TVA du prestataire : il fixe le passage du HT au TTC et la mention légale.' });

export type VatRegime = z.output<ReturnType<typeof VatRegimeSchema>>;
