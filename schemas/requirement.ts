/**
 * Requirements of a call, as data: each says what it measures on the proposed programme and its
 * bound. The compliance engine (`src/domain/compliance.ts`) evaluates them; nothing about one
 * particular call is written in code.
 */
import { z } from 'astro/zod';
import { DurationRangeSchema } from './duration';
import { DurationBoundSchema } from './duration-bound';
import { RangeSchema } from './range';
import { SourceRefSchema } from './source';
import { IdSchema, TextSchema } from './text';
import { genders, workshopKinds, workshopThemes } from './vocabulary';

const base = {
  id: IdSchema().meta({ description: 'Identifiant de l\'exigence (« nombre-de-groupes »).' }),
  label: TextSchema().meta({ description: 'L\'exigence telle que l\'appel la formule.' }),
  mandatory: z.boolean().default(true).meta({ description: 'false pour une simple indication (la réponse peut s\'en écarter en le justifiant).' }),
  where: TextSchema().optional().meta({ description: 'La partie de l\'appel où elle figure (« IV. Déroulé de l\'action »).' }),
  source: SourceRefSchema().optional(),
};

const bound = (description: string) => RangeSchema({ description }).meta({ description });

export const requirementMeasures = [
  'group-count',
  'group-size',
  'programme-duration',
  'session-count',
  'session-duration',
  'workshop-themes',
  'public-gender',
  'public-age',
  'public-residence',
  'price-cap',
  'beneficiary-count',
  'deliverables',
  'response-sections',
  'page-limit',
  'commitment',
] as const;
export type RequirementMeasure = (typeof requirementMeasures)[number];

export const RequirementSchema = () =>
  z
    .discriminatedUnion('measure', [
      z.strictObject({
        ...base,
        measure: z.literal('group-count').meta({ description: 'Le nombre de groupes.' }),
        bound: bound('Le nombre de groupes attendu : 2 ou « 2 à 3 ».'),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('group-size').meta({ description: 'La taille de chaque groupe.' }),
        bound: bound('La taille attendue de chaque groupe : « 10 à 12 ».'),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('programme-duration').meta({ description: 'La durée de l\'accompagnement d\'une personne.' }),
        bound: DurationBoundSchema().meta({ description: 'La durée attendue : « 10 à 12 semaines », « 4 mois au plus ».' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('session-count').meta({ description: 'Le nombre de séances d\'un type, par personne.' }),
        workshopKind: z.enum(workshopKinds).meta({ description: 'Le type de séance compté.' }),
        bound: bound('Le nombre de séances attendu : 1, « 3 à 4 ».'),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('session-duration').meta({ description: 'La durée d\'une séance d\'un type.' }),
        workshopKind: z.enum(workshopKinds).meta({ description: 'Le type de séance.' }),
        bound: DurationRangeSchema().meta({ description: 'La durée attendue d\'une séance : « 2h30 à 3h ».' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('workshop-themes').meta({ description: 'Des thèmes d\'ateliers obligatoires.' }),
        themes: z.array(z.enum(workshopThemes)).min(1).meta({ description: 'Les thèmes qui doivent tous être couverts.' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('public-gender').meta({ description: 'Le genre du public.' }),
        gender: z.enum(genders).meta({ description: 'women, men ou mixed.' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('public-age').meta({ description: 'L\'âge du public.' }),
        bound: bound('L\'âge attendu : « plus de 30 », « 16 à 25 ».'),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('public-residence').meta({ description: 'La résidence du public.' }),
        qpv: z.boolean().meta({ description: 'true si le public doit résider en QPV.' }),
        areas: z.array(TextSchema()).optional().meta({ description: 'Les quartiers ou communes attendus, à titre indicatif.' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('price-cap').meta({ description: 'Le prix total face au plafond de l\'appel (budgetCap).' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('beneficiary-count').meta({ description: 'Le nombre de bénéficiaires que l\'offre chiffre.' }),
        bound: bound('Le nombre attendu : « 20 à 24 », « au moins 50 ».'),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('deliverables').meta({ description: 'Tous les livrables obligatoires sont fournis.' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('response-sections').meta({ description: 'Toutes les sections obligatoires de la réponse sont rédigées.' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('page-limit').meta({ description: 'Un nombre de pages maximal.' }),
        section: IdSchema().optional().meta({ description: 'La section limitée ; la réponse entière si absent.' }),
        maxPages: z.int().positive().meta({ description: 'Le nombre de pages maximal.' }),
      }),
      z.strictObject({
        ...base,
        measure: z.literal('commitment').meta({ description: 'Un engagement qualitatif que la réponse doit prendre explicitement (commitments).' }),
      }),
    ])
    .meta({ description: 'Une exigence de l\'appel, vérifiable sur la réponse.' });

export type Requirement = z.output<ReturnType<typeof RequirementSchema>>;
