/** The call as the committee reports it: buyer, lot, object, value, deadline, criteria and weights. */
import type { Tender } from '../../../schemas/index';
import { awardCriteriaFor, budgetCapFor, lotWord } from '../../domain/call';
import { capLabel, capText, deadlineText } from '../../domain/call-format';
import { fr } from '../../i18n/fr';
import { fact, facts, markdown, orMissing, section, text } from '../build';
import { criteriaBlocks } from '../call/criteria';
import { absent } from '../call/source';
import type { FactRow, SectionBlock } from '../model';

export function callSection(tender: Tender, lot?: { id: string; name: string }): SectionBlock & { id: string } {
  const c = fr.evaluationPdf.call;
  const rows: FactRow[] = [fact(c.buyer, text(tender.buyer.name))];
  if (lot) rows.push(fact(lotWord(tender), text(lot.name)));
  rows.push(
    fact(c.object, text(tender.summary)),
  );
  const cap = budgetCapFor(tender, lot?.id);
  // A call that asks no price and sets no amount: its price model says so, not « non renseigné ».
  if (cap || tender.priceModel?.kind !== 'none') rows.push(fact(capLabel(cap), cap ? text(capText(cap)) : absent(tender, 'budgetCap')));
  if (tender.priceModel) rows.push(fact(fr.tender.page.priceModel, text(fr.tender.vocab.priceModel[tender.priceModel.kind])));
  rows.push(fact(c.deadline, orMissing(tender.dates?.deadline && deadlineText(tender.dates.deadline))));
  return {
    type: 'section',
    id: 'appel',
    title: fr.evaluationPdf.sections.call,
    blocks: [facts(rows), section(c.criteria, criteriaBlocks(awardCriteriaFor(tender, lot?.id), tender)), ...markdown(tender.object)],
  };
}
