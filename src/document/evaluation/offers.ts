/** The offers received (price, status, flags) and the offers excluded, with the committee's reasons. */
import type { EvaluationReport } from '../../domain/evaluation-report';
import { fr } from '../../i18n/fr';
import { routes } from '../../routes';
import { callout, list, note, paragraph, section, table, text } from '../build';
import type { Block, SectionBlock } from '../model';

const t = () => fr.evaluationPdf;
type Scored = Extract<EvaluationReport, { kind: 'scored' }>;
type Row = Scored['view']['rows'][number];

function status(row: Row): string {
  if (row.status === 'excluded') return t().status.excluded;
  if (row.flags.length) return t().status.kept;
  return row.status === 'ranked' ? t().status.ranked : (row.statusNote ?? '');
}

export function offersSection(report: Scored): SectionBlock & { id: string } {
  const c = t().offerColumns;
  return {
    type: 'section',
    id: 'offres',
    title: t().sections.offers,
    blocks: [
      table(
        undefined,
        [{ label: c.offer, width: 3, rowHeader: true }, { label: c.price, width: 2, align: 'end' }, { label: c.status, width: 1.8 }, { label: c.flags, width: 3.6 }],
        report.view.rows.map((row) => [
          [{ text: row.name, bold: true, href: routes.response(row.id) }],
          text(row.priceText),
          text(status(row)),
          text(row.flags.map((f) => f.text).join(' ; ') || '—'),
        ]),
      ),
      ...priceFormulas(report),
      note(report.view.basisExplain),
    ],
  };
}

/** How each price was worked out, when the call prices offers on the buyer's scenario or tariffs. */
export function priceFormulas(report: EvaluationReport): Block[] {
  const lines = report.offers.filter((o) => o.priceFormula).map((o) => `${o.name} : ${o.priceFormula}`);
  return lines.length ? [paragraph(t().priceFormulas), list(lines)] : [];
}

export function excludedSection(report: EvaluationReport): SectionBlock & { id: string } {
  const rows = report.kind === 'scored' ? report.view.rows.map((r) => ({ id: r.id, name: r.name, excluded: r.status === 'excluded', flags: r.flags })) : report.unscored.rows;
  const excluded = rows.filter((row) => row.excluded);
  const blocks: Block[] = excluded.length === 0 ? [paragraph(t().noExcluded)] : [];
  for (const row of excluded) {
    const offer = report.offers.find((o) => o.id === row.id)!;
    const own: Block[] = [];
    if (offer.decision) own.push(callout('error', [{ text: `${t().decision} : `, bold: true }, { text: offer.decision }]));
    for (const flag of row.flags) {
      own.push(paragraph(flag.text));
      if (flag.details?.length) own.push(list(flag.details));
    }
    if (offer.failures.length && !row.flags.some((f) => f.kind === 'not-compliant')) own.push(section(t().failures, [list(offer.failures)]));
    blocks.push(section(row.name, own));
  }
  return { type: 'section', id: 'ecartees', title: t().sections.excluded, blocks };
}
