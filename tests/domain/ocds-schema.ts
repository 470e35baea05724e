/**
 * The OCDS 1.1 fields and codelists the open data of a call uses, as strict schemas: a release
 * package that uses a field outside this list, or a code outside its codelist, fails. Written from
 * the OCDS 1.1 release and release-package schemas, the lots extension, the award criteria
 * breakdown extension, the budget breakdown extension and Passerelle's own extension (src/domain/ocds-extension.ts):
 *
 * - releaseTag `tender`; initiationType `tender` (closed); method `open`, `selective`, `limited`,
 *   `direct` (closed); procurementCategory `goods`, `works`, `services` (closed); awardCriteria
 *   `priceOnly`, `costOnly`, `qualityOnly`, `ratedCriteria`; submissionMethod
 *   `electronicSubmission`, `electronicAuction`, `written`, `inPerson`; partyRole `buyer`, `funder`; relatedProcess `framework`, `planning`, `parent`, `prior`, `unsuccessfulProcess`, `subContract`, `replacementProcess`, `renewalProcess`;
 *   documentType `biddingDocuments`, `tenderNotice`, `technicalSpecifications`,
 *   `evaluationCriteria`; currency `EUR`; itemClassificationScheme `CPV`;
 * - award criteria breakdown: criterionType `price`, `cost`, `quality`; criterionWeight
 *   `percentageExact`, `percentageRangeMiddle`, `decimalExact`, `decimalRangeMiddle`,
 *   `pointsExact`, `pointsRangeMiddle`, `order` (closed).
 */
import { z } from 'astro/zod';

/** RFC 3339 date-time, as OCDS's `format: date-time` asks. */
const dateTime = () => z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
const text = () => z.string().min(1);
const value = () => z.strictObject({ amount: z.number(), currency: z.literal('EUR') });
const period = () => z.strictObject({ startDate: dateTime().optional(), endDate: dateTime().optional() });
const classification = () => z.strictObject({ scheme: z.literal('CPV'), id: z.string().regex(/^\d{8}$/), description: text().optional() });

const capFields = {
  minValue: value().optional(),
  maxValue: value().optional(),
  valueBasis: z.enum(['HT', 'TTC']).optional(),
  minValueStatus: z.enum(['none', 'unknown']).optional(),
  maxValueStatus: z.enum(['none', 'unknown']).optional(),
  beneficiaries: z.strictObject({ minimum: z.int().nonnegative().optional(), maximum: z.int().nonnegative().optional() }).optional(),
  capPeriod: z.enum(['total', 'firm-period', 'year', 'twelve-months']).optional(),
};

const awardCriteria = () =>
  z.strictObject({
    weightingDescription: text().optional(),
    orderJustification: text().optional(),
    criteria: z
      .array(
        z.strictObject({
          type: z.enum(['price', 'cost', 'quality']).optional(),
          name: text(),
          description: text().optional(),
          numbers: z
            .array(z.strictObject({ number: z.number(), weight: z.enum(['percentageExact', 'percentageRangeMiddle', 'decimalExact', 'decimalRangeMiddle', 'pointsExact', 'pointsRangeMiddle', 'order']) }))
            .min(1)
            .optional(),
        }),
      )
      .optional(),
  });

const lot = () => z.strictObject({ id: text(), title: text().optional(), description: text().optional(), awardCriteria: awardCriteria().optional(), ...capFields });

const tender = () =>
  z.strictObject({
    id: text(),
    title: text(),
    description: text(),
    procurementMethod: z.enum(['open', 'selective', 'limited', 'direct']).optional(),
    procurementMethodDetails: text().optional(),
    mainProcurementCategory: z.enum(['goods', 'works', 'services']).optional(),
    awardCriteria: z.enum(['priceOnly', 'costOnly', 'qualityOnly', 'ratedCriteria']).optional(),
    awardCriteriaDetails: text().optional(),
    submissionMethod: z.array(z.enum(['electronicSubmission', 'electronicAuction', 'written', 'inPerson'])).min(1).optional(),
    submissionMethodDetails: text().optional(),
    eligibilityCriteria: text().optional(),
    tenderPeriod: period().optional(),
    awardPeriod: period().optional(),
    contractPeriod: period().optional(),
    items: z
      .array(z.strictObject({ id: text(), description: text(), classification: classification(), additionalClassifications: z.array(classification()).optional(), relatedLot: text() }))
      .optional(),
    documents: z
      .array(
        z.strictObject({
          id: text(),
          documentType: z.enum(['biddingDocuments', 'tenderNotice', 'technicalSpecifications', 'evaluationCriteria']).optional(),
          title: text(),
          description: text().optional(),
          url: z.url().optional(),
          datePublished: dateTime().optional(),
        }),
      )
      .optional(),
    lots: z.array(lot()).min(1),
    lotDetails: z.strictObject({ maximumLotsBidPerSupplier: z.int().positive() }).optional(),
    priceModel: z.enum(['none', 'lump-sum', 'per-beneficiary', 'unit-rates', 'result-based']).optional(),
    pricingScenario: z
      .strictObject({
        beneficiaries: z.int().positive().optional(),
        outcomes: z.array(z.strictObject({ share: text(), count: z.int().nonnegative() })).optional(),
        units: z.array(z.strictObject({ unit: text(), quantity: z.number().positive() })).optional(),
      })
      .optional(),
    ...capFields,
  });

export const OcdsReleasePackageSchema = () =>
  z.strictObject({
    uri: z.url(),
    version: z.literal('1.1'),
    publishedDate: dateTime(),
    publisher: z.strictObject({ name: text(), uri: z.url() }),
    extensions: z.array(z.url()).min(1),
    releases: z
      .array(
        z.strictObject({
          ocid: z.string().regex(/^ocds-[a-z0-9]+-.+/),
          id: text().refine((id) => !id.includes('#')),
          date: dateTime(),
          tag: z.array(z.literal('tender')).min(1),
          initiationType: z.literal('tender'),
          language: z.literal('fr'),
          parties: z
            .array(
              z.strictObject({
                id: text(),
                name: text(),
                roles: z.array(z.enum(['buyer', 'funder'])).min(1),
                address: z.strictObject({ streetAddress: text().optional(), postalCode: text().optional(), locality: text(), countryName: z.literal('France') }).optional(),
              }),
            )
            .min(1),
          buyer: z.strictObject({ id: text(), name: text() }),
          relatedProcesses: z
            .array(z.strictObject({ id: text(), relationship: z.array(z.enum(['framework', 'planning', 'parent', 'prior', 'unsuccessfulProcess', 'subContract', 'replacementProcess', 'renewalProcess'])).min(1).optional(), title: text().optional(), scheme: z.literal('ocid'), identifier: text(), uri: z.url().optional() }))
            .min(1)
            .optional(),
          planning: z
            .strictObject({
              budget: z.strictObject({
                budgetBreakdown: z.array(z.strictObject({ id: text(), description: text().optional(), sourceParty: z.strictObject({ id: text(), name: text() }) })).min(1),
              }),
            })
            .optional(),
          tender: tender(),
        }),
      )
      .length(1),
  });
