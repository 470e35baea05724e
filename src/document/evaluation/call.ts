/** The call as the committee reports it: buyer, object, value, deadline, criteria and weights. */
import type { Tender } from '../../../schemas/index';
import { formatDate } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, markdown, section, text } from '../build';
import { capText, criteriaTable } from '../call/criteria';
import type { SectionBlock } from '../model';

export function callSection(tender: Tender): SectionBlock & { id: string } {
  const c = fr.evaluationPdf.call;
  return {
    type: 'section',
    id: 'appel',
    title: fr.evaluationPdf.sections.call,
    blocks: [
      facts([fact(c.buyer, text(tender.buyer.name)), fact(c.object, text(tender.summary)), fact(c.value, text(capText(tender))), fact(c.deadline, text(formatDate(tender.dates.deadline)))]),
      section(c.criteria, [criteriaTable(tender)]),
      ...markdown(tender.object),
    ],
  };
}
