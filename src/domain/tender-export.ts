/**
 * A call as open data: an OCDS 1.1 release package with one `tender` release.
 *
 * - `ocid` is the site's OCID prefix and the call's id; the release `id` is the call's id and a
 *   short hash of the release, so that a changed call is a new release; `date` is the call's
 *   publication date when it gives one, else the date the site was built.
 * - `tender` holds the buyer's facts as OCDS names them: `procurementMethod` only for the
 *   procedures OCDS's closed codelist names (open, selective), `procurementMethodDetails` in
 *   French, `tenderPeriod.endDate` (a deadline without a time is the end of its day, in Paris),
 *   `items` classified by CPV, `documents` for the sources, `eligibilityCriteria` for the
 *   selection of candidates.
 * - Lots use the lots extension; a call without lots is published as one lot (`id: "1"`), as OCDS
 *   for eForms does, because the award criteria breakdown extension puts criteria on lots. Each
 *   lot's `awardCriteria` has its criteria with `numbers` only where the call weights or ranks
 *   them, and `orderJustification` for ranked criteria.
 * - A budget cap is a maximum, not an estimate: it goes in `maxValue` (with `valueBasis`, HT or
 *   TTC), its minimum in `minValue`; a minimum or maximum the call says it has not, or that is
 *   not known, is `minValueStatus` / `maxValueStatus` (`none`, `unknown`). A cap in beneficiaries
 *   is `beneficiaries`. These fields, the price model and the pricing scenario are described by
 *   Passerelle's own extension (public/ocds/passerelle/), listed in the package's `extensions`.
 * - A co-financing (the FSE of a PLIE's call) is a party with the role `funder` and a part of
 *   `planning.budget.budgetBreakdown` (budget breakdown extension) that names it as its
 *   `sourceParty`, described in French (programme, axis, objective, rate); no amount, since the
 *   call gives none.
 * - A link to another call of the content (`related`) is a `relatedProcesses` entry with that call's
 *   OCID, title and address; `relationship` is `prior` for the call it follows and `parent` for
 *   the one it implements, and absent where OCDS's codelist has no code (the same specification).
 *
 * Amounts are in euros, as OCDS writes them. Pure: a call in, a plain JSON-ready object out.
 */
import type { Tender } from '../../schemas/index';
import type { AwardCriteria } from '../../schemas/award-criteria';
import type { BudgetCap } from '../../schemas/budget-cap';
import { fr } from '../i18n/fr';
import { lotName } from './call';
import { capBounds, cofinancingLines, deadlineText, fundText, procedureText } from './call-format';
import { formatNumber } from './format';
import type { AmountBasis } from './money';
import { parisDateTime } from './paris-time';

export const ocdsExtensions = {
  lots: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
  awardCriteria: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteriaBreakdown_extension/master/extension.json',
  budgetBreakdown: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_budget_breakdown_extension/master/extension.json',
} as const;

export interface OcdsValue {
  amount: number;
  currency: 'EUR';
}
export type OcdsWeight = 'percentageExact' | 'pointsExact' | 'order';
export interface OcdsCriterion {
  type?: 'price' | 'cost' | 'quality';
  name: string;
  description?: string;
  numbers?: Array<{ number: number; weight: OcdsWeight }>;
}
export interface OcdsAwardCriteria {
  weightingDescription?: string;
  orderJustification?: string;
  criteria?: OcdsCriterion[];
}
interface CapFields {
  minValue?: OcdsValue;
  maxValue?: OcdsValue;
  valueBasis?: AmountBasis;
  minValueStatus?: 'none' | 'unknown';
  maxValueStatus?: 'none' | 'unknown';
  beneficiaries?: { minimum?: number; maximum?: number };
  capPeriod?: string;
}
export interface OcdsLot extends CapFields {
  id: string;
  title?: string;
  description?: string;
  awardCriteria?: OcdsAwardCriteria;
}
export interface OcdsItem {
  id: string;
  description: string;
  classification: { scheme: 'CPV'; id: string; description?: string };
  additionalClassifications?: Array<{ scheme: 'CPV'; id: string; description?: string }>;
  relatedLot: string;
}
export interface OcdsDocument {
  id: string;
  documentType?: 'biddingDocuments';
  title: string;
  description?: string;
  url?: string;
  datePublished?: string;
}
export interface OcdsTender extends CapFields {
  id: string;
  title: string;
  description: string;
  procurementMethod?: 'open' | 'selective';
  procurementMethodDetails?: string;
  mainProcurementCategory?: 'services';
  awardCriteria?: 'priceOnly' | 'qualityOnly' | 'ratedCriteria';
  awardCriteriaDetails?: string;
  submissionMethod?: Array<'electronicSubmission' | 'written'>;
  submissionMethodDetails?: string;
  eligibilityCriteria?: string;
  tenderPeriod?: { endDate: string };
  awardPeriod?: { endDate: string };
  contractPeriod?: { startDate?: string; endDate?: string };
  items?: OcdsItem[];
  documents?: OcdsDocument[];
  lots: OcdsLot[];
  lotDetails?: { maximumLotsBidPerSupplier: number };
  priceModel?: string;
  pricingScenario?: { beneficiaries?: number; outcomes?: Array<{ share: string; count: number }>; units?: Array<{ unit: string; quantity: number }> };
}
export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: ['tender'];
  initiationType: 'tender';
  language: 'fr';
  parties: Array<{ id: string; name: string; roles: ['buyer'] | ['funder']; address?: { streetAddress?: string; postalCode?: string; locality: string; countryName: 'France' } }>;
  buyer: { id: string; name: string };
  relatedProcesses?: OcdsRelatedProcess[];
  planning?: { budget: { budgetBreakdown: Array<{ id: string; description: string; sourceParty: { id: string; name: string } }> } };
  tender: OcdsTender;
}
export interface OcdsPackage {
  uri: string;
  version: '1.1';
  publishedDate: string;
  publisher: { name: string; uri: string };
  extensions: string[];
  releases: [OcdsRelease];
}

export interface ExportOptions {
  /** The site's OCID prefix (`ocds-xxxxxx`), from its configuration. */
  ocidPrefix: string;
  /** The site's address, without a trailing slash. */
  site: string;
  /** The package's address. */
  uri: string;
  /** The address of Passerelle's OCDS extension on this site. */
  extension: string;
  /** When the site was built (a date-time): the release date of a call that gives no publication date. */
  builtAt: string;
  /** The other calls of the content this one may be linked to (`related`): their title and open data's address. */
  calls?: ReadonlyArray<{ id: string; title: string; uri: string }>;
}

/** OCDS's code for a link between calls, where its codelist has one: `prior` for the call this one follows, `parent` for the one it implements. */
const relationship = { follows: 'prior', implements: 'parent' } as const;

export interface OcdsRelatedProcess {
  id: string;
  relationship?: Array<'prior' | 'parent'>;
  title?: string;
  scheme: 'ocid';
  identifier: string;
  uri?: string;
}

/** The separator of the parts of a text (« a ; b »), with its narrow no-break space. */
const SEP = '\u202F; ';
const euros = (cents: number): OcdsValue => ({ amount: cents / 100, currency: 'EUR' });
const weightCode = { percentage: 'percentageExact', points: 'pointsExact', order: 'order' } as const;

function capFields(cap: BudgetCap | undefined): CapFields {
  if (!cap) return {};
  const status = {
    ...(cap.min && cap.min.state !== 'value' && { minValueStatus: cap.min.state }),
    ...(cap.max && cap.max.state !== 'value' && { maxValueStatus: cap.max.state }),
    ...(cap.period && { capPeriod: cap.period }),
  };
  if (cap.unit === 'beneficiaries') {
    const { min, max } = capBounds(cap);
    return { beneficiaries: { ...(min !== undefined && { minimum: min }), ...(max !== undefined && { maximum: max }) }, ...status };
  }
  const { min, max } = capBounds(cap);
  return {
    ...(min && { minValue: euros(min.cents) }),
    ...(max && { maxValue: euros(max.cents) }),
    ...(cap.basis && { valueBasis: cap.basis }),
    ...status,
  };
}

function criteriaOf(award: AwardCriteria | undefined): OcdsAwardCriteria | undefined {
  const d = fr.tender.ocds;
  if (!award) return undefined;
  if (award.status !== 'stated') return { weightingDescription: award.status === 'not-provided' ? d.notProvided(award.document) : d.unknown };
  const weight = award.weighting === 'unweighted' || award.weighting === 'unknown' ? undefined : weightCode[award.weighting];
  const total = award.pointsTotal ?? award.criteria.reduce((a, c) => a + (c.weight ?? 0), 0);
  return {
    weightingDescription: d.weighting[award.weighting](formatNumber(total)) + (award.partial ? ` ${d.partial}` : ''),
    ...(award.weighting === 'order' && { orderJustification: award.orderJustification ?? d.orderJustification }),
    criteria: award.criteria.flatMap((c): OcdsCriterion[] => {
      const subs = (c.subcriteria ?? []).map((s) => `${s.name}${s.weight !== undefined && weight ? ` (${formatNumber(s.weight)})` : ''}`);
      const description = [c.description, subs.length ? fr.tender.page.subcriteria(subs) : undefined].filter((x): x is string => typeof x === 'string' && x !== '').join(SEP);
      return [
        {
          ...(c.type && { type: c.type }),
          name: c.name,
          ...(description && { description }),
          ...(weight && c.weight !== undefined && { numbers: [{ number: c.weight, weight }] }),
        },
      ];
    }),
  };
}

/**
 * The OCDS awardCriteria code: priceOnly or qualityOnly when every criterion is of that type,
 * ratedCriteria for weighted criteria of several types; none when the types are not all known.
 */
function awardCriteriaCode(award: AwardCriteria | undefined): OcdsTender['awardCriteria'] {
  if (award?.status !== 'stated' || award.criteria.some((c) => !c.type)) return undefined;
  const types = new Set(award.criteria.map((c) => c.type));
  if (types.size === 1 && types.has('price')) return 'priceOnly';
  if (types.size === 1 && types.has('quality')) return 'qualityOnly';
  return award.weighting === 'percentage' || award.weighting === 'points' ? 'ratedCriteria' : undefined;
}

/** FNV-1a, 32 bits, in hexadecimal: a short, stable digest of a release. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const dayPrecise = (date: string | undefined): date is string => date !== undefined && /^\d{4}-\d{2}-\d{2}/.test(date);

function tenderOf(id: string, t: Tender): OcdsTender {
  const d = fr.tender.ocds;
  const lots: OcdsLot[] = t.lots?.length
    ? t.lots.map((lot) => ({
        id: lot.id,
        title: lotName(t, lot),
        ...(lot.description && { description: lot.description.source }),
        ...capFields(lot.budgetCap),
        ...(criteriaOf(lot.awardCriteria ?? t.awardCriteria) && { awardCriteria: criteriaOf(lot.awardCriteria ?? t.awardCriteria) }),
      }))
    : [{ id: '1', title: t.title, ...(criteriaOf(t.awardCriteria) && { awardCriteria: criteriaOf(t.awardCriteria) }) }];
  const cpv = t.cpv ?? [];
  const classification = (c: (typeof cpv)[number]) => ({ scheme: 'CPV' as const, id: c.code, ...(c.label && { description: c.label }) });
  const items: OcdsItem[] = cpv.length
    ? lots.map((lot, i) => ({
        id: String(i + 1),
        description: lot.title ?? t.summary,
        classification: classification(cpv[0]),
        ...(cpv.length > 1 && { additionalClassifications: cpv.slice(1).map(classification) }),
        relatedLot: lot.id,
      }))
    : [];
  const awardCode = awardCriteriaCode(t.awardCriteria);
  const method = t.procedure?.kind === 'open-tender' ? 'open' : t.procedure?.kind === 'restricted-tender' ? 'selective' : undefined;
  const details = t.procedure && procedureText(t.procedure);
  const submission = t.submission;
  const deadline = t.dates?.deadline;
  // The deadline's notes (« délai de rigueur », the platform closing) are special requirements of the submission.
  const deadlineNotes = deadline && (deadline.strict || deadline.closesFrom || deadline.before || deadline.note) ? `${d.deadline} ${deadlineText(deadline)}` : undefined;
  const submissionDetails = [submission?.platform, submission?.url, ...(submission?.emails ?? []), submission?.exclusive && d.exclusive, submission?.note, deadlineNotes].filter((x): x is string => typeof x === 'string' && x !== '').join(SEP);
  const documents: OcdsDocument[] = t.source
    ? [
        {
          id: '1',
          documentType: 'biddingDocuments',
          title: t.source.title,
          ...(t.source.note && { description: t.source.note }),
          ...(t.source.url && { url: t.source.url }),
          ...(dayPrecise(t.source.date) && { datePublished: parisDateTime(t.source.date, 'start') }),
        },
      ]
    : [];
  const period = t.contractPeriod;
  const scenario = t.pricingScenario;
  return {
    id,
    title: t.title,
    description: t.summary,
    ...(method && { procurementMethod: method }),
    ...(details && { procurementMethodDetails: details }),
    ...(cpv.length && cpv.every((c) => Number(c.code.slice(0, 2)) >= 50) && { mainProcurementCategory: 'services' as const }),
    ...(awardCode && { awardCriteria: awardCode }),
    ...(t.awardCriteria && { awardCriteriaDetails: criteriaOf(t.awardCriteria)!.weightingDescription }),
    // OCDS: electronicSubmission is through a procurement platform; a PDF sent by e-mail or a paper file is written.
    ...(submission?.format && { submissionMethod: [submission.format === 'platform' ? ('electronicSubmission' as const) : ('written' as const)] }),
    ...(submissionDetails && { submissionMethodDetails: submissionDetails }),
    ...(t.selectionCriteria?.length && { eligibilityCriteria: t.selectionCriteria.map((s) => fr.tender.page.labelled(fr.tender.vocab.selection[s.kind], s.label)).join(SEP) }),
    ...(deadline && { tenderPeriod: { endDate: parisDateTime(deadline.at) } }),
    ...(dayPrecise(t.dates?.decision) && { awardPeriod: { endDate: parisDateTime(t.dates!.decision!) } }),
    ...(period && (dayPrecise(period.start) || dayPrecise(period.end)) && {
      contractPeriod: { ...(dayPrecise(period.start) && { startDate: parisDateTime(period.start, 'start') }), ...(dayPrecise(period.end) && { endDate: parisDateTime(period.end) }) },
    }),
    ...capFields(t.budgetCap),
    ...(items.length && { items }),
    ...(documents.length && { documents }),
    lots,
    ...(t.lotRules?.maxLotsPerBidder !== undefined && { lotDetails: { maximumLotsBidPerSupplier: t.lotRules.maxLotsPerBidder } }),
    ...(t.priceModel && { priceModel: t.priceModel.kind }),
    ...(scenario && {
      pricingScenario: {
        ...(scenario.beneficiaries !== undefined && { beneficiaries: scenario.beneficiaries }),
        ...(scenario.outcomes && { outcomes: scenario.outcomes }),
        ...(scenario.units && { units: scenario.units }),
      },
    }),
  };
}

export function tenderExport(id: string, t: Tender, options: ExportOptions): OcdsPackage {
  const address = t.buyer.address;
  const buyer = { id: 'acheteur', name: t.buyer.name };
  const tender = tenderOf(id, t);
  const date = dayPrecise(t.dates?.published) ? parisDateTime(t.dates!.published!, 'start') : options.builtAt;
  const funders = (t.cofinancing ?? []).map((c, i) => ({ party: { id: `financeur-${i + 1}`, name: fundText(c) }, description: [fundText(c), ...cofinancingLines(c)].join(' ; ') }));
  const relatedProcesses = (t.related ?? []).map((r, i): OcdsRelatedProcess => {
    const other = options.calls?.find((c) => c.id === r.tender);
    const code = relationship[r.relation as keyof typeof relationship];
    return { id: String(i + 1), ...(code && { relationship: [code] }), ...(other && { title: other.title }), scheme: 'ocid', identifier: `${options.ocidPrefix}-${r.tender}`, ...(other && { uri: other.uri }) };
  });
  // A co-financing or a link changes the release; a call without them keeps the id it always had.
  const body = { buyer, tender, ...(funders.length && { funders }), ...(relatedProcesses.length && { relatedProcesses }) };
  const release: OcdsRelease = {
    ocid: `${options.ocidPrefix}-${id}`,
    id: `${id}-${digest(JSON.stringify(body))}`,
    date,
    tag: ['tender'],
    initiationType: 'tender',
    language: 'fr',
    parties: [
      {
        ...buyer,
        roles: ['buyer'],
        ...(address && { address: { ...(address.street && { streetAddress: address.street }), ...(address.postcode && { postalCode: address.postcode }), locality: address.city, countryName: 'France' as const } }),
      },
      ...funders.map((f) => ({ ...f.party, roles: ['funder'] as ['funder'] })),
    ],
    buyer,
    ...(relatedProcesses.length && { relatedProcesses }),
    ...(funders.length && { planning: { budget: { budgetBreakdown: funders.map((f, i) => ({ id: String(i + 1), description: f.description, sourceParty: f.party })) } } }),
    tender,
  };
  return {
    uri: options.uri,
    version: '1.1',
    publishedDate: options.builtAt,
    publisher: { name: fr.site.siteName, uri: options.site },
    extensions: [ocdsExtensions.lots, ocdsExtensions.awardCriteria, ...(funders.length ? [ocdsExtensions.budgetBreakdown] : []), options.extension],
    releases: [release],
  };
}
