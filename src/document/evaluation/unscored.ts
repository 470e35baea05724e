/**
 * The sections of an evaluation whose call cannot be scored by weights (criteria ranked, listed
 * without weights, not provided or unknown): the offers with their prices and flags, the
 * committee's appreciations, why there are no points and what the committee records instead, and
 * its decision (ranks, offers retained, conclusion).
 */
import type { EvaluationReport } from '../../domain/evaluation-report';
import { fr } from '../../i18n/fr';
import { priceFormulas } from './offers';
import { routes } from '../../routes';
import { callout, list, markdown, note, paragraph, section, table, text } from '../build';
import type { Block, Column, SectionBlock } from '../model';

type Unscored = Extract<EvaluationReport, { kind: 'unscored' }>;
const t = () => fr.evaluationPdf;
const u = () => fr.tender.unscored;

export function unscoredOffersSection(report: Unscored): SectionBlock & { id: string } {
  const c = t().offerColumns;
  const rows = report.unscored.rows;
  // A call that asks no price (a subsidy): no price column, unless an offer gives one anyway.
  const priced = report.unscored.priced;
  const columns: Column[] = [{ label: c.offer, width: 3, rowHeader: true }];
  if (priced) columns.push({ label: c.price, width: 2.4, align: 'end' });
  columns.push({ label: c.status, width: 1.8 }, { label: c.flags, width: 3.2 });
  const blocks: Block[] = [
    table(
      undefined,
      columns,
      rows.map((row) => [
        [{ text: row.name, bold: true, href: routes.response(row.id) }],
        ...(priced ? [text(row.priceText)] : []),
        text(row.excluded ? t().status.excluded : row.retained ? u().retained : row.rankText),
        text(row.flags.map((f) => f.text).join(' ; ') || '—'),
      ]),
    ),
  ];
  if (!priced) blocks.push(note(u().noPriceAsked));
  blocks.push(...priceFormulas(report));
  if (rows.some((row) => row.priceText !== fr.common.notProvided)) blocks.push(note(fr.evaluation.basisExplain(report.input.priceBasis)));
  return { type: 'section', id: 'offres', title: t().sections.offers, blocks };
}

export function unscoredMarksSection(report: Unscored): SectionBlock & { id: string } {
  const blocks: Block[] = [];
  for (const offer of report.offers) {
    const own: Block[] = offer.justifications.map((j) => section(t().mark(j.name, j.markText), markdown(j.justification)));
    if (offer.unmarked) own.push(note(u().unmarked(offer.unmarked)));
    if (offer.abnormallyLowExplanation) own.push(callout('warning', [{ text: `${t().explanation} : `, bold: true }, { text: offer.abnormallyLowExplanation }]));
    blocks.push(section(offer.name, own.length ? own : [paragraph(u().noMarks)]));
  }
  return { type: 'section', id: 'notes', title: u().marksHeading, blocks };
}

export function whySection(report: Unscored): SectionBlock & { id: string } {
  return {
    type: 'section',
    id: 'pourquoi',
    title: u().heading,
    blocks: [callout('info', report.unscored.explanation), section(u().recordHeading, [paragraph(report.unscored.record)])],
  };
}

export function decisionSection(report: Unscored): SectionBlock & { id: string } {
  const retained = report.unscored.rows.filter((row) => row.retained);
  const ranked = report.unscored.rows.filter((row) => row.rank !== undefined && !row.excluded);
  const blocks: Block[] = [];
  if (retained.length) blocks.push(callout('ok', u().retainedSentence(retained.map((row) => row.name))));
  else blocks.push(paragraph(u().noDecision));
  if (ranked.length) blocks.push(list(ranked.map((row) => `${row.rankText} : ${row.name}`)));
  if (report.conclusion) blocks.push(section(t().conclusion, markdown(report.conclusion)));
  return { type: 'section', id: 'decision', title: u().decisionHeading, blocks };
}
