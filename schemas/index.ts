/**
 * The one source of truth for content: the five collections and their schemas. The site (through
 * Astro's content layer), the CLI, the tests and the editor (through the generated JSON Schema)
 * all validate with these objects.
 */
import { z } from 'astro/zod';
import { EvaluationSchema } from './evaluation';
import { ProgrammeSchema } from './programme';
import { ProviderSchema } from './provider';
import { ResponseSchema } from './response';
import { TenderSchema } from './tender';

z.config(z.locales.fr());

export const collections = {
  programmes: ProgrammeSchema,
  tenders: TenderSchema,
  providers: ProviderSchema,
  responses: ResponseSchema,
  evaluations: EvaluationSchema,
} as const;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The singular name used by the CLI and the templates (`programme`, `tender`…). */
export const singular: Record<CollectionName, string> = {
  programmes: 'programme',
  tenders: 'tender',
  providers: 'provider',
  responses: 'response',
  evaluations: 'evaluation',
};

export type { Programme, ProgrammeInput } from './programme';
export type { Tender, TenderInput, ResponseSection, Deliverable, BudgetCap } from './tender';
export type { Provider, ProviderInput } from './provider';
export type { Response, ResponseInput } from './response';
export type { Evaluation, EvaluationInput } from './evaluation';
export type { Requirement, RequirementMeasure } from './requirement';
export type { AwardCriteria, Criterion } from './award-criteria';
export type { Money } from './money';
export type { VatRegime } from './vat';
export type { Workshop } from './workshop';
export type { Cohort, TargetPublic } from './public';
export { ProgrammeSchema, TenderSchema, ProviderSchema, ResponseSchema, EvaluationSchema };
