/**
 * The ranking (a sentence, the table, the stacked chart, the lines), the grid of marks, the
 * sensitivity of the result, and the offer ranked first with the committee's conclusion.
 */
import type { EvaluationReport } from '../../domain/evaluation-report';
import { fr } from '../../i18n/fr';
import { callout, list, markdown, note, paragraph, section } from '../build';
import type { Block, SectionBlock } from '../model';
import { scoreChart } from './chart';
import { marksGrid, rankingTable } from './tables';

type Scored = Extract<EvaluationReport, { kind: 'scored' }>;

const t = () => fr.evaluationPdf;

export function rankingSection(report: Scored): SectionBlock & { id: string } {
  const view = report.view;
  const p = fr.evaluation.page;
  const s = fr.evaluation.sensitivity;
  const blocks: Block[] = [paragraph(view.rankingSentence, 'lead')];
  if (view.method.warning) blocks.push(callout('warning', view.method.warning));
  blocks.push(rankingTable(view, 'classement-publie', p.rankingCaption, report.input.priceBasis));
  blocks.push({ type: 'chart', chart: scoreChart(view, 'graphique-publie', p.chartTitle) });
  if (view.rankingLines.length) blocks.push(list(view.rankingLines));
  const guides = view.columns.filter((c) => c.guides).map((c) => note(p.guides(c.name, p.wholeCriterion, c.guides!)));
  blocks.push(section(p.matrixHeading, [marksGrid(view), ...guides]));
  blocks.push(section(t().sensitivity, [paragraph(`${s.intro} ${s.weightRule}`), ...(view.sensitivityLines.length ? [list(view.sensitivityLines)] : [])]));
  return { type: 'section', id: 'classement', title: t().sections.ranking, blocks };
}

export function winnerSection(report: Scored): SectionBlock & { id: string } {
  const firsts = report.view.rows.filter((row) => row.rank === 1 && row.status === 'ranked');
  // Offers tied at the top: no offer is named as the best, the committee decides between them.
  if (firsts.length > 1) {
    const blocks: Block[] = [callout('warning', [{ text: report.view.rankingSentence, bold: true }])];
    if (report.conclusion) blocks.push(section(t().conclusion, markdown(report.conclusion)));
    return { type: 'section', id: 'attributaire', title: t().sections.winner, blocks };
  }
  const first = firsts[0];
  const blocks: Block[] = [first ? callout('ok', [{ text: t().winner(first.name, first.totalText, report.view.maxTotalText), bold: true }]) : paragraph(t().noWinner)];
  if (first) {
    const offer = report.offers.find((o) => o.id === first.id)!;
    blocks.push(list(offer.justifications.map((j) => t().mark(j.name, j.markText))));
  }
  if (report.conclusion) blocks.push(section(t().conclusion, markdown(report.conclusion)));
  return { type: 'section', id: 'attributaire', title: t().sections.winner, blocks };
}
