/**
 * The structured offer a response PDF carries as an attached file (offre.json): what a buyer's
 * tool reads back without retyping anything. It holds the computed figures (price, compliance),
 * and the response's own source files so that they can be imported and validated as they are.
 */
import { z } from 'astro/zod';
import { VatRegimeSchema } from './vat';

const Cents = () => z.int().meta({ description: 'Un montant en centimes d\'euro.' });

export const OFFER_FORMAT = 'passerelle/offre';
export const OFFER_FILE_NAME = 'offre.json';

export const StructuredOfferSchema = () =>
  z
    .strictObject({
      format: z.literal(OFFER_FORMAT),
      version: z.literal(1),
      tender: z.strictObject({ id: z.string(), title: z.string(), reference: z.string().optional(), buyer: z.string() }),
      lot: z.string().optional(),
      response: z.strictObject({ id: z.string(), title: z.string(), date: z.string().optional() }),
      providers: z
        .array(
          z.strictObject({
            id: z.string().optional(),
            name: z.string(),
            siret: z.string().optional(),
            role: z.enum(['alone', 'lead', 'member']),
            vat: VatRegimeSchema().optional(),
          }),
        )
        .min(1),
      programme: z.strictObject({
        id: z.string(),
        title: z.string(),
        participants: z.strictObject({ min: z.number(), max: z.number() }).optional(),
        minutesPerParticipant: z.strictObject({ min: z.number(), max: z.number() }).optional(),
        /** Workshops left out of the totals (no session count or no duration). */
        unquantified: z.array(z.string()).optional(),
      }),
      price: z
        .strictObject({
          lines: z.array(z.strictObject({ label: z.string(), unit: z.string(), quantity: z.number(), unitPriceCents: Cents(), totalCents: Cents() })),
          htCents: Cents(),
          vatCents: Cents(),
          ttcCents: Cents(),
          vatRateBasisPoints: z.int(),
          mention: z.string(),
          /** How the total was obtained: the lines, the offer's quantity, the buyer's scenario, one beneficiary. */
          basis: z.enum(['lines', 'quantity', 'scenario', 'one-beneficiary']).optional(),
          formula: z.string().optional(),
          perBeneficiaryCents: Cents().optional(),
          beneficiaries: z.int().optional(),
        })
        .optional(),
      compliance: z.strictObject({
        compliant: z.boolean(),
        counts: z.strictObject({ met: z.int(), notMet: z.int(), unknown: z.int() }),
        results: z.array(
          z.strictObject({
            id: z.string(),
            label: z.string(),
            mandatory: z.boolean(),
            verdict: z.enum(['met', 'not-met', 'unknown']),
            expected: z.string(),
            found: z.string(),
            sentence: z.string(),
          }),
        ),
      }),
      /** The response's source files, by path relative to content/ (responses/x.yaml…). */
      files: z.record(z.string(), z.string()),
    })
    .meta({ title: 'Offre structurée', description: 'L\'offre jointe au PDF d\'une réponse (offre.json).' });

export type Offer = z.output<ReturnType<typeof StructuredOfferSchema>>;
