/**
 * Passerelle's OCDS extension: the fields the open data of a call adds to OCDS 1.1 and its lots
 * and award-criteria breakdown extensions, each described as OCDS describes its own (a release
 * schema patch, merged into `Tender` and `Lot`). Published at `/ocds/passerelle/extension.json`
 * and `/ocds/passerelle/release-schema.json`, and listed in each package's `extensions`.
 */

const value = { $ref: '#/definitions/Value' } as const;
const status = (what: string) => ({
  title: `${what} status`,
  description: `Why the ${what.toLowerCase()} is not given: "none" when the call says there is none (a framework agreement without a minimum), "unknown" when the call has one whose value is not known.`,
  type: ['string', 'null'],
  enum: ['none', 'unknown', null],
});

/** The fields a budget cap adds to a tender or a lot. */
const capFields = {
  maxValue: {
    title: 'Maximum value',
    description: 'The maximum the buyer sets (a budget cap): a ceiling, not an estimate.',
    ...value,
  },
  valueBasis: {
    title: 'Value basis',
    description: 'Whether minValue and maxValue are before VAT (HT) or VAT included (TTC); absent when the call does not say.',
    type: ['string', 'null'],
    enum: ['HT', 'TTC', null],
  },
  minValueStatus: status('Minimum value'),
  maxValueStatus: status('Maximum value'),
  beneficiaries: {
    title: 'Beneficiaries',
    description: 'A cap expressed in numbers of beneficiaries rather than in money.',
    type: 'object',
    properties: {
      minimum: { type: ['integer', 'null'], minimum: 0 },
      maximum: { type: ['integer', 'null'], minimum: 0 },
    },
  },
  capPeriod: {
    title: 'Cap period',
    description: 'What the cap covers: the whole period, the firm period, a year or twelve months.',
    type: ['string', 'null'],
    enum: ['total', 'firm-period', 'year', 'twelve-months', null],
  },
} as const;

export const passerelleReleaseSchema = {
  definitions: {
    Tender: {
      properties: {
        ...capFields,
        priceModel: {
          title: 'Price model',
          description: 'How offers are priced: none (a subsidy or compensation), lump-sum, per-beneficiary, unit-rates or result-based.',
          type: ['string', 'null'],
          enum: ['none', 'lump-sum', 'per-beneficiary', 'unit-rates', 'result-based', null],
        },
        pricingScenario: {
          title: 'Pricing scenario',
          description: "The buyer's scenario every offer is priced on before scoring: beneficiaries, expected outcomes per price share, quantities per unit of work.",
          type: 'object',
          properties: {
            beneficiaries: { type: ['integer', 'null'], minimum: 1 },
            outcomes: { type: 'array', items: { type: 'object', properties: { share: { type: 'string' }, count: { type: 'integer', minimum: 0 } } } },
            units: { type: 'array', items: { type: 'object', properties: { unit: { type: 'string' }, quantity: { type: 'number' } } } },
          },
        },
      },
    },
    Lot: { properties: capFields },
  },
} as const;

/** The extension's own description; `self` is its address (its documentation is its schema, beside it). */
export function passerelleExtension(self: string) {
  return {
    name: { en: 'Passerelle: calls as buyers write them', fr: 'Passerelle : les appels tels que les acheteurs les écrivent' },
    description: {
      en: 'Adds budget caps as maxima (with their HT or TTC basis, none or unknown bounds, caps in beneficiaries), the price model and the pricing scenario of a call.',
      fr: 'Ajoute les plafonds comme des maximums (avec leur base HT ou TTC, leurs bornes absentes ou inconnues, les plafonds en bénéficiaires), le modèle de prix et le scénario de chiffrage d’un appel.',
    },
    documentationUrl: { en: self.replace(/extension\.json$/, 'release-schema.json') },
    compatibility: ['1.1'],
    schemas: ['release-schema.json'],
  };
}
