/**
 * Results: as of when, a chart of every result with a denominator or given as a percentage, the
 * table of figures (count, denominator, rate and details), and the qualitative findings by
 * audience. Rows are matched to their metrics by position in the programme's own list, which the
 * metrics keep in order.
 */
import type { Programme } from '../../../schemas/index';
import { formatDate, formatNumber, formatPercent, formatRate } from '../../domain/format';
import type { ProgrammeMetrics, ResultMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { markdown, missingParagraph, nonEmpty, note, orMissing, section, table, text } from '../build';
import type { Bar, BarChart, Block } from '../model';
import { sheetSection, type SheetSection } from './section';

const r = () => fr.sheet.results;

/** The results chart: one bar per result that has a denominator or is a percentage. */
export function resultsChart(results: readonly ResultMetrics[]): BarChart | undefined {
  const bars: Bar[] = results
    .filter((x) => x.rate !== undefined)
    .map((x) =>
      x.computed
        ? { label: x.label, value: x.count!, max: x.of!, valueText: formatRate(x.count!, x.of!), counts: true }
        : { label: x.label, value: x.rate!, max: 100, valueText: formatPercent(x.rate!), counts: false },
    );
  if (bars.length === 0) return undefined;
  return {
    kind: 'bars',
    id: 'graphique-resultats',
    title: r().chartTitle,
    description: r().chartDescription(bars.map((bar) => r().chartItem(bar.label, bar.valueText))),
    bars,
  };
}

function figuresTable(p: Programme, m: ProgrammeMetrics): Block {
  const c = r().columns;
  const cohorts = p.cohorts ?? [];
  const quantitative = p.results?.quantitative ?? [];
  const rows = quantitative.map((q, index) => {
    const metrics = m.results[index];
    const details = [
      q.cohort ? r().cohort(cohorts.find((x) => x.id === q.cohort)?.name ?? q.cohort) : undefined,
      nonEmpty(q.breakdown) ? r().breakdown(q.breakdown.map((part) => r().breakdownPart(part.label, formatNumber(part.count)))) : undefined,
      q.asOf ? r().asOf(formatDate(q.asOf)) : undefined,
      !metrics.computed && metrics.rate !== undefined ? r().givenPercent : undefined,
      q.note,
    ].filter(Boolean);
    const of = q.of !== undefined ? (q.ofLabel ? r().ofLabel(formatNumber(q.of), q.ofLabel) : formatNumber(q.of)) : undefined;
    return [
      text(q.label),
      orMissing(q.count !== undefined ? formatNumber(q.count) : undefined),
      orMissing(of),
      orMissing(metrics.rate !== undefined ? formatPercent(metrics.rate) : undefined),
      text(details.join(' ; ')),
    ];
  });
  const withDetails = rows.some((row) => row[4][0].text !== '');
  return table(
    r().figuresCaption,
    [{ label: c.label, rowHeader: true }, { label: c.count, align: 'end' }, { label: c.of, align: 'end' }, { label: c.rate, align: 'end' }, ...(withDetails ? [{ label: c.detail }] : [])],
    withDetails ? rows : rows.map((row) => row.slice(0, 4)),
  );
}

export function resultsSection(p: Programme, m: ProgrammeMetrics): SheetSection {
  const results = p.results;
  const quantitative = results?.quantitative ?? [];
  const qualitative = results?.qualitative ?? [];
  if (quantitative.length === 0 && qualitative.length === 0) return sheetSection('results', [missingParagraph()]);
  const blocks: Block[] = [];
  if (results?.interim) blocks.push(note(r().interim(results.asOf && formatDate(results.asOf))));
  else if (results?.asOf) blocks.push(note(r().asOf(formatDate(results.asOf))));
  if (quantitative.length) {
    const chart = resultsChart(m.results);
    if (chart) blocks.push({ type: 'chart', chart });
    blocks.push(figuresTable(p, m));
  }
  if (qualitative.length) {
    const audiences = [...new Set(qualitative.map((q) => q.audience))];
    blocks.push(
      section(
        r().qualitative,
        audiences.map((audience) =>
          section(
            audience ? fr.vocab.audience[audience] : r().otherAudience,
            qualitative.filter((q) => q.audience === audience).flatMap((q) => markdown(q.text)),
          ),
        ),
      ),
    );
  }
  return sheetSection('results', blocks);
}
