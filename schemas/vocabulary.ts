/**
 * Controlled vocabularies shared by the schemas.
 *
 * Keys are English and stable (they are written in content files and compared by the compliance
 * engine); the French labels people read live in the dictionary (`src/i18n/fr.ts`, section
 * `vocab`), one entry per key.
 */

/** Themes a workshop works on; a call's mandatory themes are checked against them. */
export const workshopThemes = [
  'self-confidence',
  'body-expression',
  'public-speaking',
  'mobility',
  'digital',
  'childcare-parenting',
  'job-search',
  'employer-meetings',
  'gender-equality',
  'skills-assessment',
  'professional-project',
  'access-to-rights',
  'health',
  'housing',
  'budget',
  'training',
  'work-placement',
  'peer-support',
  'social-link',
  'first-aid',
  'french-language',
] as const;
export type WorkshopTheme = (typeof workshopThemes)[number];

/** What a session is, as calls count them (individual coaching, collective coaching, workshops…). */
export const workshopKinds = [
  'individual-coaching',
  'collective-coaching',
  'thematic-workshop',
  'individual-interview',
  'employer-meeting',
  'event',
  'work-placement',
  'training',
  'outreach',
  'other',
] as const;
export type WorkshopKind = (typeof workshopKinds)[number];

/** Whether a session is held with one person or with a group. */
export const workshopModes = ['individual', 'collective'] as const;
export type WorkshopMode = (typeof workshopModes)[number];

/** Themes of a programme as a whole, used to file and filter experience sheets. */
export const programmeThemes = [
  'employment-access',
  'women-employment',
  'youth',
  'seniors',
  'digital',
  'social-clause',
  'integration-through-work',
  'social-innovation',
  'mobility',
  'childcare',
  'urban-policy',
  'partnership',
  'remobilisation',
  'violence-victims',
  'food-and-gardens',
  'health',
  'environment',
  'heritage-and-building',
  'qualifying-training',
  'outreach',
  'business-creation',
  'cross-border-employment',
  'career-guidance',
  'driving-licence',
] as const;
export type ProgrammeTheme = (typeof programmeThemes)[number];

/** Where a programme stands. Only running and completed programmes are published as sheets. */
export const programmeStatuses = ['proposed', 'running', 'completed', 'unknown'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

/** Gender of a target public. */
export const genders = ['women', 'men', 'mixed'] as const;
export type Gender = (typeof genders)[number];

/** How a source ranks a public: first (« en priorité »), or after it (« à titre subsidiaire »). */
export const publicRanks = ['priority', 'subsidiary'] as const;
export type PublicRank = (typeof publicRanks)[number];

/** Kinds of organisation met in the sector. */
export const organisationKinds = [
  'ccas',
  'cias',
  'commune',
  'epci',
  'departement',
  'region',
  'state',
  'public-employment-service',
  'local-mission',
  'plie',
  'association',
  'company',
  'siae',
  'foundation',
  'opco',
  'training-body',
  'cross-border-body',
  'foreign-administration',
  'joint-syndicate',
  'caf',
  'school',
  'university',
  'social-landlord',
  'insertion-agency',
  'france-services',
  'social-centre',
  'network',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Roles a partner plays in a programme. */
export const partnerRoles = [
  'operational',
  'facilitator',
  'funder',
  'prescriber',
  'host',
  'steering',
  'employer',
  'specialised-support',
  'initiator',
  'consortium-member',
  'coordinator',
  'support',
  'technical-support',
  'beneficiary-funding',
  'evaluator',
  'intermediate-body',
] as const;
export type PartnerRole = (typeof partnerRoles)[number];

/** What a carrier is to the programme: it carries it, runs it for another, coordinates it, or manages its funds. */
export const carrierRoles = ['carrier', 'operator', 'coordinator', 'fund-manager'] as const;
export type CarrierRole = (typeof carrierRoles)[number];

/** How a person works on a programme. */
export const meansStatuses = ['salaried', 'invoiced', 'volunteer', 'made-available'] as const;
export type MeansStatus = (typeof meansStatuses)[number];

/** Phases of a programme. */
export const phaseKinds = ['setup', 'running', 'closing', 'evaluation', 'extension'] as const;
export type PhaseKind = (typeof phaseKinds)[number];

/** Categories of budget lines. */
export const budgetCategories = [
  'staff',
  'services',
  'equipment',
  'premises',
  'travel',
  'communication',
  'emergency-fund',
  'overheads',
  'other',
] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

/** Kinds of funder. */
export const funderKinds = ['state', 'local-authority', 'ccas', 'foundation', 'europe', 'company', 'other'] as const;
export type FunderKind = (typeof funderKinds)[number];

/** Legal forms of a provider. */
export const legalForms = [
  'association',
  'sarl',
  'sas',
  'sa',
  'scop',
  'scic',
  'ei',
  'micro-entreprise',
  'public-body',
  'other',
] as const;
export type LegalForm = (typeof legalForms)[number];

/** Units a price line is counted in. */
export const priceUnits = ['session', 'hour', 'day', 'participant', 'group', 'package', 'month'] as const;
export type PriceUnit = (typeof priceUnits)[number];

/** Units of an indicator. */
export const indicatorUnits = ['people', 'percent', 'hours', 'sessions', 'euros', 'days', 'count'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

/** Outcomes a result may count. */
export const outcomes = [
  'employment',
  'employment-or-training',
  'training',
  'recruited',
  'permanent-contract',
  'fixed-term-contract',
  'integration-contract',
  'temporary-work',
  'work-study',
  'civic-service',
  'active-job-search',
  'participation',
  'enrolment',
  'business-creation',
  'positive-exit',
  'driving-licence',
  'driving-theory',
  'identified',
  'remobilised',
  'perceived-usefulness',
  'other',
] as const;
export type Outcome = (typeof outcomes)[number];

/** Audiences of a qualitative result. */
export const audiences = ['beneficiaries', 'staff', 'partners', 'territory'] as const;
export type Audience = (typeof audiences)[number];

/**
 * How a source qualifies a vague date: « début 2009 », « mi-2015 », « fin 2003 », a season,
 * « vers 2009 », « avant 2009 », « après 2009 », « au plus tôt le 1er mars 2023 », « au plus tard
 * en juin 2024 ».
 */
export const dateQualifiers = [
  'early',
  'mid',
  'late',
  'spring',
  'summer',
  'autumn',
  'winter',
  'around',
  'before',
  'after',
  'not-before',
  'not-after',
] as const;
export type DateQualifier = (typeof dateQualifiers)[number];

/** Whether a source is the programme's own document (primary) or reports on it (secondary). */
export const sourceKinds = ['primary', 'secondary'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * What a count counts. People are not posts: an ACI's 18 salaried posts (capacity) are held by
 * more people over a year.
 */
export const countUnits = [
  'people',
  'households',
  'posts',
  'fte',
  'places',
  'sessions',
  'appointments',
  'trainings',
  'groups',
  'structures',
  'companies',
  'worksites',
  'events',
  'items',
] as const;
export type CountUnit = (typeof countUnits)[number];

/**
 * The period a count covers: per session, week, month, quarter, year or cohort, over the whole
 * action, or at a date (a stock, or a cumulative count up to that date).
 */
export const countPeriods = ['session', 'week', 'month', 'quarter', 'year', 'cohort', 'whole', 'at-date'] as const;
export type CountPeriod = (typeof countPeriods)[number];

/** What a count is: a target (objective), what was achieved, or a capacity (posts, places). */
export const countKinds = ['target', 'achieved', 'capacity'] as const;
export type CountKind = (typeof countKinds)[number];

/** How precise a count is: exact, approximate (« environ 60 », « une soixantaine »), or an average. */
export const countPrecisions = ['exact', 'approx', 'average'] as const;
export type CountPrecision = (typeof countPrecisions)[number];

/** How an approximate count was written: « environ 60 », « près de 600 », « une soixantaine ». */
export const approxStyles = ['about', 'nearly', 'round'] as const;
export type ApproxStyle = (typeof approxStyles)[number];

/** An open bound as written: « plus de 250 », « au moins 12 », « moins de 26 », « au plus 25 ». */
export const countBounds = ['more-than', 'at-least', 'less-than', 'at-most'] as const;
export type CountBound = (typeof countBounds)[number];

/** Areas that are not French départements: a foreign region or country, a région of before 2016, an intercommunality. */
export const areaKinds = ['foreign-region', 'country', 'former-region', 'epci', 'other'] as const;
export type AreaKind = (typeof areaKinds)[number];

/** What the amount of a budget is: the total cost of the action, its budget, the eligible cost of an EU project, an estimate, an envelope. */
export const budgetBases = ['total-cost', 'budget', 'eligible-cost', 'estimated-cost', 'envelope'] as const;
export type BudgetBasis = (typeof budgetBases)[number];

/** Kinds of award: a prize, a label, an approval (agrément), a recognition (conventionnement), being a laureate of a call. */
export const awardKinds = ['prize', 'label', 'approval', 'recognition', 'laureate'] as const;
export type AwardKind = (typeof awardKinds)[number];

/** Dated events of a programme or site besides its start and end. */
export const milestoneKinds = ['founded', 'approved', 'takeover', 'opening', 'extension', 'inauguration', 'diagnosis', 'other'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

/** Languages a title may be in besides French (BCP 47). */
export const titleLanguages = ['eu', 'es', 'oc', 'br', 'ca', 'co', 'de', 'en', 'it', 'fr'] as const;
export type TitleLanguage = (typeof titleLanguages)[number];

/** Units of a site's surface. */
export const surfaceUnits = ['m2', 'ha'] as const;
export type SurfaceUnit = (typeof surfaceUnits)[number];
