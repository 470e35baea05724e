/**
 * A call as open data: its id, title, buyer, value and award criteria in the shape of the OCDS
 * award criteria breakdown extension
 * (github.com/open-contracting-extensions/ocds_awardCriteriaBreakdown_extension): each criterion
 * has a `type` (price, cost, quality), a `name`, a `description` and `numbers`, each number with its
 * `weight` code (`percentageExact`, `pointsExact` or `order`).
 *
 * Two additional fields, outside the extension: `subcriteria` on a criterion (same shape as a
 * criterion, without type; `numbers` only when the call weights them), and `valueBasis` (HT or
 * TTC), because OCDS values do not say whether VAT is included and a French cap often does.
 * Amounts are in euros, as OCDS writes them.
 *
 * Pure: a call in, a plain JSON-ready object out.
 */
import type { Tender } from '../../schemas/index';
import type { AmountBasis } from './money';
import { fr } from '../i18n/fr';
import { formatNumber } from './format';

export type OcdsWeight = 'percentageExact' | 'pointsExact' | 'order';

export interface OcdsNumber {
  number: number;
  weight: OcdsWeight;
}

export interface OcdsSubcriterion {
  name: string;
  description?: string;
  numbers?: OcdsNumber[];
}

export interface OcdsCriterion {
  type: 'price' | 'cost' | 'quality';
  name: string;
  description?: string;
  numbers: OcdsNumber[];
  subcriteria?: OcdsSubcriterion[];
}

export interface OcdsValue {
  amount: number;
  currency: 'EUR';
}

export interface TenderExport {
  id: string;
  title: string;
  description: string;
  buyer: { name: string };
  value?: OcdsValue;
  minValue?: OcdsValue;
  valueBasis?: AmountBasis;
  tenderPeriod: { endDate: string };
  lots?: Array<{ id: string; title: string; value?: OcdsValue; minValue?: OcdsValue; valueBasis?: AmountBasis }>;
  awardCriteria: {
    weightingDescription: string;
    criteria: OcdsCriterion[];
  };
}

const weightCode: Record<Tender['awardCriteria']['weighting'], OcdsWeight> = {
  percentage: 'percentageExact',
  points: 'pointsExact',
  order: 'order',
};

const euros = (cents: number): OcdsValue => ({ amount: cents / 100, currency: 'EUR' });

function capValues(cap: Tender['budgetCap']) {
  if (!cap || cap.unit !== 'euros') return {};
  return { value: euros(cap.max.cents), ...(cap.min && { minValue: euros(cap.min.cents) }), valueBasis: cap.basis };
}

export function tenderExport(id: string, tender: Tender): TenderExport {
  const award = tender.awardCriteria;
  const weight = weightCode[award.weighting];
  const d = fr.evaluation.export.weightingDescription;
  return {
    id,
    title: tender.title,
    description: tender.summary,
    buyer: { name: tender.buyer.name },
    ...capValues(tender.budgetCap),
    tenderPeriod: { endDate: tender.dates.deadline },
    ...(tender.lots && { lots: tender.lots.map((lot) => ({ id: lot.id, title: lot.title, ...capValues(lot.budgetCap) })) }),
    awardCriteria: {
      weightingDescription:
        award.weighting === 'points' ? d.points(formatNumber(award.pointsTotal ?? award.criteria.reduce((a, c) => a + c.weight, 0))) : d[award.weighting],
      criteria: award.criteria.map((c) => ({
        type: c.type,
        name: c.name,
        ...(c.description && { description: c.description }),
        numbers: [{ number: c.weight, weight }],
        ...(c.subcriteria && {
          subcriteria: c.subcriteria.map((s) => ({
            name: s.name,
            ...(s.description && { description: s.description }),
            ...(s.weight !== undefined && { numbers: [{ number: s.weight, weight }] }),
          })),
        }),
      })),
    },
  };
}
