/**
 * What applies to a lot of a call: its own facts, else the call's. A lot's criteria, cap, pricing
 * scenario, pathway duration, territory and public override the call's; its requirements and
 * deliverables add to the call's.
 *
 * Pure: a call (and a lot id) in, plain values out.
 */
import type { Tender } from '../../schemas/index';
import type { UnreadPart } from '../../schemas/call-vocabulary';
import type { Lot } from '../../schemas/lot';
import { fr } from '../i18n/fr';

/** The lot of a call by id (undefined for a call without lots or an unknown id). */
export function lotOf(tender: Tender, lot: string | undefined): Lot | undefined {
  return lot === undefined ? undefined : (tender.lots ?? []).find((l) => l.id === lot);
}

/** `Lot`, or `Prestation` when the call calls its parts so. */
export function lotWord(tender: Tender, plural = false): string {
  return fr.tender.vocab.designation[tender.lotDesignation ?? 'lot'][plural ? 1 : 0];
}

/** `Lot 2 : Reste du Var`, `Lot 4` (its position when it has no title), for pages and reports. */
export function lotName(tender: Tender, lot: Lot): string {
  const position = (tender.lots ?? []).indexOf(lot) + 1;
  return fr.tender.page.lotName(lotWord(tender), position, lot.title);
}

export const awardCriteriaFor = (tender: Tender, lot?: string) => lotOf(tender, lot)?.awardCriteria ?? tender.awardCriteria;
export const budgetCapFor = (tender: Tender, lot?: string) => lotOf(tender, lot)?.budgetCap ?? tender.budgetCap;
export const scenarioFor = (tender: Tender, lot?: string) => lotOf(tender, lot)?.pricingScenario ?? tender.pricingScenario;
export const durationFor = (tender: Tender, lot?: string) => lotOf(tender, lot)?.duration ?? tender.duration;
export const responseSectionsOf = (tender: Tender) => tender.responseSections ?? [];

/** The call's note that it has this part but that the reading did not reach it (`unread`), if any. */
export const unreadOf = (tender: Tender, part: UnreadPart) => tender.unread?.find((u) => u.field === part);

/** The deliverables a response to a lot must provide: the call's, then the lot's. */
export function deliverablesFor(tender: Tender, lot?: string) {
  return [...(tender.deliverables ?? []), ...(lotOf(tender, lot)?.deliverables ?? [])];
}

/** The call's own reference: its internal identifier, else its first identifier. */
export function callReference(tender: Tender): string | undefined {
  const ids = tender.identifiers ?? [];
  return (ids.find((i) => i.scheme === 'internal') ?? ids[0])?.value;
}

/** The deadline's date (and time), when the call gives one. */
export const deadlineOf = (tender: Tender): string | undefined => tender.dates?.deadline?.at;
