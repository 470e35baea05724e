/**
 * Controlled vocabularies of a call: its procedure and instrument, how it may be negotiated, its
 * identifiers, its lots, its price model, its events. Keys are English and stable; the French
 * labels live in the dictionary (`src/i18n/sections/tender.ts`, section `vocab`).
 */

/**
 * The procedure: how candidates are put in competition. `adapted` is the French « procédure
 * adaptée » (MAPA); `call-for-projects` an « appel à projets » (AAP); `call-for-expressions-of-interest`
 * an « appel à manifestation d'intérêt » (AMI); `call-for-proposals` an « appel à propositions »;
 * `consultation` a competition the buyer runs without naming a procedure.
 */
export const procedureKinds = [
  'adapted',
  'open-tender',
  'restricted-tender',
  'negotiated',
  'competitive-dialogue',
  'call-for-projects',
  'call-for-expressions-of-interest',
  'call-for-proposals',
  'consultation',
  'other',
] as const;
export type ProcedureKind = (typeof procedureKinds)[number];

/** Whether the buyer negotiates with candidates. */
export const negotiationKinds = ['none', 'possible', 'systematic'] as const;
export type NegotiationKind = (typeof negotiationKinds)[number];

/**
 * The instrument the call leads to: a public contract (« marché »), a framework agreement
 * (« accord-cadre »), a subsidy (« convention de financement »), a multi-year agreement of
 * objectives and means or a public-service compensation (« convention pluriannuelle »).
 */
export const instrumentKinds = ['contract', 'framework-agreement', 'subsidy', 'agreement', 'other'] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];

/**
 * The fund that co-finances a call: the European Social Fund of 2014-2020 (`esf`, « FSE »), its
 * successor of 2021-2027 (`esf-plus`, « FSE+ »), the European Regional Development Fund (`erdf`,
 * « FEDER »), the Youth Employment Initiative (`yei`, « IEJ »), or another fund, named in `name`.
 */
export const cofinancingFunds = ['esf', 'esf-plus', 'erdf', 'yei', 'other'] as const;
export type CofinancingFund = (typeof cofinancingFunds)[number];

/**
 * How a call is linked to another call of the content: it implements it (a regional call of a
 * national specification), it comes under the same specification, it follows it (the next year's
 * call), or another link, said in its note.
 */
export const tenderRelations = ['implements', 'same-specification', 'follows', 'other'] as const;
export type TenderRelation = (typeof tenderRelations)[number];

/**
 * The parts of a call that the call has but that were not read (a copy cut short, an article the
 * reading did not reach): the page says « non lu dans l'appel » where it would say « non renseigné ».
 */
export const unreadParts = ['public', 'duration', 'requirements', 'responseSections', 'deliverables', 'attachments', 'budgetCap', 'selectionCriteria'] as const;
export type UnreadPart = (typeof unreadParts)[number];

/** How a framework agreement is executed: purchase orders, subsequent contracts, or both. */
export const callOffKinds = ['purchase-orders', 'subsequent-contracts'] as const;
export type CallOffKind = (typeof callOffKinds)[number];

/** How many providers a framework agreement (or each of its lots) is awarded to. */
export const awardeeKinds = ['single', 'multiple'] as const;

/** Where an identifier comes from. */
export const identifierSchemes = ['internal', 'procedure', 'platform', 'boamp', 'joue', 'series', 'other'] as const;
export type IdentifierScheme = (typeof identifierSchemes)[number];

/** What a selection criterion of the candidates bears on (not the offers: see award criteria). */
export const selectionKinds = ['turnover', 'references', 'certification', 'eligibility', 'capacity', 'other'] as const;
export type SelectionKind = (typeof selectionKinds)[number];

/** What a lot divides: a territory, a theme, a technical part, or one service of several. */
export const lotKinds = ['geographic', 'thematic', 'technical', 'service'] as const;
export type LotKind = (typeof lotKinds)[number];

/** What the call calls its parts: « lot » or « prestation » (a call may hold several services without allotting). */
export const lotDesignations = ['lot', 'prestation'] as const;
export type LotDesignation = (typeof lotDesignations)[number];

/**
 * How offers are priced: `none` (a subsidy or a compensation: no price), `lump-sum` (one global
 * price, in lines), `per-beneficiary` (a price per person), `unit-rates` (a price per unit of work,
 * ordered by purchase orders), `result-based` (a price per person paid in shares, some on
 * outcomes).
 */
export const priceModelKinds = ['none', 'lump-sum', 'per-beneficiary', 'unit-rates', 'result-based'] as const;
export type PriceModelKind = (typeof priceModelKinds)[number];

/** When a share of a result-based price is paid: for every person who starts, or per outcome. */
export const shareTriggers = ['entry', 'outcome'] as const;
export type ShareTrigger = (typeof shareTriggers)[number];

/** Days counted as the call counts them: calendar days, or business days (« jours ouvrés »). */
export const dayKinds = ['calendar', 'business'] as const;
export type DayKind = (typeof dayKinds)[number];

/** What a budget cap covers. */
export const capPeriods = ['total', 'firm-period', 'year', 'twelve-months'] as const;
export type CapPeriod = (typeof capPeriods)[number];

/** When a contract period starts. */
export const periodStarts = ['notification', 'signature', 'date'] as const;
export type PeriodStart = (typeof periodStarts)[number];

/** Events of a call besides its deadline. */
export const callEventKinds = ['launch', 'information-meeting', 'questions-deadline', 'hearing', 'board-decision', 'other'] as const;
export type CallEventKind = (typeof callEventKinds)[number];

/** How an event is held. */
export const eventModes = ['on-site', 'remote', 'hybrid'] as const;

/** How a response is sent. */
export const submissionFormats = ['pdf', 'paper', 'platform'] as const;

/** How many lots a candidate may answer. */
export const lotBidRules = ['one', 'one-or-more', 'all'] as const;
export type LotBidRule = (typeof lotBidRules)[number];
