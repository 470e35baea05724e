/**
 * The weighted points of each offer as a stacked bar chart: one bar per offer, one segment per
 * criterion. The report, the page and the what-if panel draw this one spec.
 */
import { commonDecimals, formatNumber } from '../../domain/format';
import type { ScoringView } from '../../domain/scoring-view';
import { fr } from '../../i18n/fr';
import type { StackedChart } from '../model';
import { typesetText } from '../typography';

/** Figures of one series (or of the totals), all with the same decimals. */
function column(values: readonly number[]): (n: number) => string {
  const decimals = commonDecimals(values, 2);
  return (n) => formatNumber(n, decimals, decimals);
}

export function scoreChart(view: Pick<ScoringView, 'rows' | 'columns' | 'maxTotal'>, id: string, title: string): StackedChart {
  const p = fr.evaluation.page;
  const series = view.columns.map((_, j) => column(view.rows.map((row) => row.cells[j].points)));
  const totals = column(view.rows.map((row) => row.total));
  const label = (row: ScoringView['rows'][number]) => (row.status === 'ranked' ? `${row.rankText} · ${row.name}` : `${row.rankText} · ${row.name} ${p.chartInfo}`);
  return {
    kind: 'stacked',
    id,
    title,
    description: typesetText(
      p.chartDesc(
        view.rows.map((row) =>
          p.chartLine(row.status === 'ranked' ? row.name : `${row.name} ${p.chartInfo}`, view.columns.map((c, j) => p.chartPart(c.name, row.cells[j].pointsText)), row.totalText),
        ),
      ),
    ),
    max: view.maxTotal,
    series: view.columns.map((c) => ({ label: c.header })),
    bars: view.rows.map((row) => ({
      label: typesetText(label(row)),
      values: row.cells.map((cell) => cell.points),
      valueTexts: row.cells.map((cell, j) => series[j](cell.points)),
      totalText: totals(row.total),
      ...(row.status !== 'ranked' && { aside: true }),
    })),
    ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ at: f * view.maxTotal, label: formatNumber(f * view.maxTotal, 1) })),
  };
}
