/** A call's budget cap and award criteria, as the call page and the evaluation report show them. */
import type { Tender } from '../../../schemas/index';
import { formatMoney, formatNumber, formatRange } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { bold, table, text } from '../build';
import type { TableBlock } from '../model';

/** `35 000 € à 40 000 € TTC (les deux groupes)`, a number of beneficiaries, or no cap. */
export function capText(tender: Tender): string {
  const cap = tender.budgetCap;
  if (!cap) return fr.evaluationPdf.call.noCap;
  if (cap.unit !== 'euros') return fr.site.beneficiariesCap(formatRange(cap.beneficiaries));
  const amount = cap.min ? fr.format.range(formatMoney(cap.min.cents), formatMoney(cap.max.cents, { basis: cap.basis })) : formatMoney(cap.max.cents, { basis: cap.basis });
  return `${amount}${cap.scope ? ` (${cap.scope})` : ''}`;
}

/** The award criteria with their type and weight (and the aspects each is judged on). */
export function criteriaTable(tender: Tender): TableBlock {
  const c = fr.evaluationPdf.call;
  return table(
    undefined,
    [{ label: c.criterion, width: 4, rowHeader: true }, { label: c.type, width: 1.4 }, { label: c.weight, width: 1.4, align: 'end' }],
    tender.awardCriteria.criteria.map((k) => [
      [bold(k.name), ...(k.subcriteria?.length ? [{ text: ` — ${c.aspects} : ${k.subcriteria.map((s) => s.name.toLowerCase()).join(', ')}` }] : [])],
      text(fr.vocab.criterionType[k.type]),
      text(fr.site.weight(formatNumber(k.weight), tender.awardCriteria.weighting)),
    ]),
  );
}
