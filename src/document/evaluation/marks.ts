/** The marks and their justifications, offer by offer, and the price method with its formula. */
import type { EvaluationReport } from '../../domain/evaluation-report';
import { fr } from '../../i18n/fr';
import { callout, fact, facts, markdown, note, paragraph, section, text } from '../build';
import type { Block, SectionBlock } from '../model';

type Scored = Extract<EvaluationReport, { kind: 'scored' }>;

const t = () => fr.evaluationPdf;

export function marksSection(report: Scored): SectionBlock & { id: string } {
  const blocks: Block[] = [note(report.view.qualityExplain)];
  report.offers.forEach((offer) => {
    const row = report.view.rows.find((r) => r.id === offer.id)!;
    const own: Block[] = offer.justifications.map((j) => section(t().mark(j.name, j.markText), markdown(j.justification)));
    if (offer.abnormallyLowExplanation) own.push(callout('warning', [{ text: `${t().explanation} : `, bold: true }, { text: offer.abnormallyLowExplanation }]));
    blocks.push(section(`${offer.name} (${row.rankText})`, own));
  });
  return { type: 'section', id: 'notes', title: t().sections.marks, blocks };
}

export function methodSection(report: Scored): SectionBlock & { id: string } {
  const m = report.view.method;
  const blocks: Block[] = [
    facts([fact(m.name, text(m.explain)), fact(t().formula, [{ text: m.formula, bold: true }])]),
    paragraph(report.view.basisExplain),
    paragraph(fr.evaluation.subcriteriaRule),
  ];
  if (m.warning) blocks.push(callout('warning', m.warning));
  return { type: 'section', id: 'methode', title: t().sections.method, blocks };
}
