/**
 * The analysis report of an evaluation: what a technical committee signs. The call (buyer, object,
 * value, criteria), the offers received, the offers excluded and why, marks and justifications per
 * criterion, the price method and its formula, the ranking with a stacked bar chart and its
 * sensitivity, the offer ranked first and the reasons.
 *
 * Pure: the scoring report (src/domain/evaluation-report.ts) in, a document spec out.
 */
import type { Corpus } from '../../domain/corpus';
import { byId } from '../../domain/corpus';
import { evaluationReport, type EvaluationReport } from '../../domain/evaluation-report';
import { formatDate, formatMoney, formatNumber, formatRange } from '../../domain/format';
import { fr } from '../../i18n/fr';
import type { FontSet } from '../fonts';
import { blocksFromMdast } from '../from-mdast';
import type { Block, DocumentSpec, Inline, SectionSpec } from '../model';
import { PdfError, renderPdf, type RenderedPdf } from '../render';
import { measureResponsePages, type ResponsePages } from './response';

const t = () => fr.evaluationPdf;
const plain = (text: string): Inline[] => [{ text }];
const para = (text: string, style?: 'small' | 'lead'): Block => ({ type: 'paragraph', inlines: plain(text), ...(style && { style }) });

function callSection(report: EvaluationReport, corpus: Corpus): SectionSpec {
  const tender = byId(corpus.tenders, report.tender.id)!.data;
  const c = t().call;
  const cap = tender.budgetCap;
  const capText = !cap
    ? c.noCap
    : cap.unit === 'euros'
      ? `${cap.min ? fr.format.range(formatMoney(cap.min.cents), formatMoney(cap.max.cents, { basis: cap.basis })) : formatMoney(cap.max.cents, { basis: cap.basis })}${cap.scope ? ` (${cap.scope})` : ''}`
      : fr.site.beneficiariesCap(formatRange(cap.beneficiaries));
  const weighting = tender.awardCriteria.weighting;
  const blocks: Block[] = [
    {
      type: 'facts',
      rows: [
        [c.buyer, plain(tender.buyer.name)],
        [c.object, plain(tender.summary)],
        [c.value, plain(capText)],
        [c.deadline, plain(formatDate(tender.dates.deadline))],
      ],
    },
    { type: 'heading', level: 2, text: c.criteria },
    {
      type: 'table',
      columns: [{ header: c.criterion, width: 4 }, { header: c.type, width: 1.4 }, { header: c.weight, width: 1.4, align: 'right' }],
      rows: tender.awardCriteria.criteria.map((k) => [
        [{ text: k.name, bold: true }, ...(k.subcriteria?.length ? [{ text: ` — ${c.aspects} : ${k.subcriteria.map((s) => s.name.toLowerCase()).join(', ')}` }] : [])],
        plain(fr.vocab.criterionType[k.type]),
        plain(fr.site.weight(formatNumber(k.weight), weighting)),
      ]),
    },
  ];
  if (tender.object) blocks.push(...blocksFromMdast(tender.object.mdast));
  return { id: 'appel', title: t().sections.call, blocks };
}

function offersSection(report: EvaluationReport): SectionSpec {
  const c = t().offerColumns;
  const status = (row: EvaluationReport['view']['rows'][number]) =>
    row.status === 'excluded' ? t().status.excluded : row.flags.length ? t().status.kept : row.status === 'ranked' ? t().status.ranked : row.statusNote ?? '';
  return {
    id: 'offres',
    title: t().sections.offers,
    blocks: [
      {
        type: 'table',
        small: true,
        columns: [{ header: c.offer, width: 3 }, { header: c.price, width: 2, align: 'right' }, { header: c.status, width: 1.8 }, { header: c.flags, width: 3.6 }],
        rows: report.view.rows.map((row) => [
          [{ text: row.name, bold: true }],
          plain(row.priceText),
          plain(status(row)),
          plain(row.flags.map((f) => f.text).join(' ; ') || '—'),
        ]),
      },
      para(report.view.basisExplain, 'small'),
    ],
  };
}

function excludedSection(report: EvaluationReport): SectionSpec {
  const excluded = report.view.rows.filter((row) => row.status === 'excluded');
  const blocks: Block[] = [];
  if (excluded.length === 0) blocks.push(para(t().noExcluded));
  for (const row of excluded) {
    const offer = report.offers.find((o) => o.id === row.id)!;
    blocks.push({ type: 'heading', level: 2, text: row.name });
    if (offer.decision) blocks.push({ type: 'callout', tone: 'error', inlines: [{ text: `${t().decision} : `, bold: true }, { text: offer.decision }] });
    for (const flag of row.flags) {
      blocks.push(para(flag.text));
      if (flag.details?.length) blocks.push({ type: 'list', ordered: false, items: flag.details.map((d) => [para(d)]) });
    }
    if (offer.failures.length && !row.flags.some((f) => f.kind === 'not-compliant')) {
      blocks.push({ type: 'heading', level: 3, text: t().failures });
      blocks.push({ type: 'list', ordered: false, items: offer.failures.map((f) => [para(f)]) });
    }
  }
  return { id: 'ecartees', title: t().sections.excluded, blocks };
}

function marksSection(report: EvaluationReport): SectionSpec {
  const blocks: Block[] = [para(report.view.qualityExplain, 'small')];
  for (const offer of report.offers) {
    blocks.push({ type: 'heading', level: 2, text: offer.name });
    for (const j of offer.justifications) {
      blocks.push({ type: 'heading', level: 3, text: t().mark(j.name, j.markText) });
      blocks.push(...blocksFromMdast(j.justification.mdast, { headingBase: 4 }));
    }
    if (offer.abnormallyLowExplanation) blocks.push({ type: 'callout', tone: 'warning', inlines: [{ text: `${t().explanation} : `, bold: true }, { text: offer.abnormallyLowExplanation }] });
  }
  return { id: 'notes', title: t().sections.marks, blocks };
}

function methodSection(report: EvaluationReport): SectionSpec {
  const m = report.view.method;
  const blocks: Block[] = [
    { type: 'facts', rows: [[m.name, plain(m.explain)], [t().formula, [{ text: m.formula, bold: true }]]] },
    para(report.view.basisExplain),
  ];
  if (m.warning) blocks.push({ type: 'callout', tone: 'warning', inlines: plain(m.warning) });
  return { id: 'methode', title: t().sections.method, blocks };
}

function rankingSection(report: EvaluationReport): SectionSpec {
  const view = report.view;
  const columns = [
    { header: fr.evaluation.page.columns.rank, width: 1.3 },
    { header: t().offerColumns.offer, width: 3.2 },
    ...view.columns.map((c) => ({ header: c.header, width: 1.8, align: 'right' as const })),
    { header: view.totalHeader, width: 1.5, align: 'right' as const },
  ];
  const blocks: Block[] = [
    para(view.rankingSentence, 'lead'),
    {
      type: 'table',
      small: true,
      columns,
      rows: view.rows.map((row) => [
        plain(row.rankText),
        [{ text: row.name, bold: row.rank === 1 }],
        ...row.cells.map((cell) => plain(cell.markText ? `${cell.pointsText} (${cell.markText})` : cell.pointsText)),
        [{ text: row.totalText, bold: true }],
      ]),
    },
    {
      type: 'chart',
      chart: {
        kind: 'stacked',
        max: view.maxTotal,
        series: view.columns.map((c) => ({ label: c.name })),
        bars: view.rows.map((row) => ({ label: row.name, values: row.cells.map((cell) => cell.points), text: row.totalText })),
      },
      alt: t().chartAlt(view.rankingSentence),
    },
  ];
  if (view.rankingLines.length) blocks.push({ type: 'list', ordered: false, items: view.rankingLines.map((l) => [para(l)]) });
  blocks.push({ type: 'heading', level: 2, text: t().sensitivity });
  blocks.push({ type: 'list', ordered: false, items: view.sensitivityLines.map((l) => [para(l)]) });
  return { id: 'classement', title: t().sections.ranking, blocks };
}

function winnerSection(report: EvaluationReport): SectionSpec {
  const first = report.view.rows.find((row) => row.rank === 1 && row.status === 'ranked');
  const blocks: Block[] = [first ? { type: 'callout', tone: 'ok', inlines: [{ text: t().winner(first.name, first.totalText, report.view.maxTotalText), bold: true }] } : para(t().noWinner)];
  if (first) {
    const offer = report.offers.find((o) => o.id === first.id)!;
    blocks.push({ type: 'list', ordered: false, items: offer.justifications.map((j) => [para(t().mark(j.name, j.markText))]) });
  }
  if (report.conclusion) {
    blocks.push({ type: 'heading', level: 2, text: t().conclusion });
    blocks.push(...blocksFromMdast(report.conclusion.mdast, { headingBase: 3 }));
  }
  return { id: 'attributaire', title: t().sections.winner, blocks };
}

export function evaluationDocument(
  corpus: Corpus,
  id: string,
  pagesOf?: (responseId: string) => ResponsePages | undefined,
): { spec: DocumentSpec; report: EvaluationReport } {
  const built = evaluationReport(corpus, id, pagesOf);
  if (!built.ok) throw new PdfError(built.error);
  const report = built.report;
  const spec: DocumentSpec = {
    meta: {
      title: report.title,
      author: report.tender.buyer,
      subject: t().subject(report.tender.title),
      keywords: ['Passerelle', fr.site.keywords.evaluation, report.tender.buyer],
      date: byId(corpus.evaluations, id)!.data.date ?? byId(corpus.tenders, report.tender.id)!.data.dates.deadline.slice(0, 10),
      language: 'fr-FR',
    },
    header: truncate(t().header(report.tender.buyer, report.tender.title), 110),
    cover: {
      kicker: t().kicker,
      title: report.title,
      subtitle: report.tender.title,
      facts: [...report.facts.map((f) => [f.label, f.value] as [string, string]), ...(report.committee.length ? [[t().committee, report.committee.join(' ; ')] as [string, string]] : [])],
      note: [t().note, report.fictional ? fr.pdf.response.fictional : ''].filter(Boolean).join(' '),
    },
    toc: { title: fr.pdf.toc },
    sections: [callSection(report, corpus), offersSection(report), excludedSection(report), marksSection(report), methodSection(report), rankingSection(report), winnerSection(report)],
  };
  return { spec, report };
}

export async function renderEvaluation(corpus: Corpus, id: string, fonts: FontSet): Promise<RenderedPdf & { report: EvaluationReport }> {
  const { spec, report } = evaluationDocument(corpus, id, (responseId) => measureResponsePages(corpus, responseId, fonts));
  return { ...(await renderPdf(spec, fonts)), report };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
