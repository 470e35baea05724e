/**
 * Results: as of when, a chart of every result with a computed rate or an exact percentage the
 * source gives (unless it contradicts its own counts), the table of figures (count, denominator, rate, outcome and details: its date, its
 * source, why no rate is computed, a percentage that does not match its counts), and the
 * qualitative findings by audience. Rows are matched to their metrics by position in the
 * programme's own list, which the metrics keep in order.
 */
import type { Programme } from '../../../schemas/index';
import { formatCount, formatPercent, formatQualifiedDate, formatRate, formatWithin } from '../../domain/format';
import type { ProgrammeMetrics, ResultMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { markdown, missing, missingParagraph, nonEmpty, note, orMissing, section, table, text } from '../build';
import type { Bar, BarChart, Block } from '../model';
import { sourcedSection, type SheetSection } from './section';
import { givenPercent, sourcesOf } from './text';

const r = () => fr.sheet.results;

/** The results chart: one bar per computed rate, and per exact percentage the source gives. */
export function resultsChart(results: readonly ResultMetrics[]): BarChart | undefined {
  const bars: Bar[] = results.flatMap((x): Bar[] => {
    if (x.rate !== undefined && x.count && x.of) return [{ label: x.label, value: x.count.min!, max: x.of.min!, valueText: formatRate(x.count.min!, x.of.min!), counts: true }];
    if (x.percent && !x.percent.approx && !x.percent.bound && !x.inconsistent) return [{ label: x.label, value: x.percent.value, max: 100, valueText: givenPercent(x.percent), counts: false }];
    return [];
  });
  if (bars.length === 0) return undefined;
  return {
    kind: 'bars',
    id: 'graphique-resultats',
    title: r().chartTitle,
    description: r().chartDescription(bars.map((bar) => r().chartItem(bar.label, bar.valueText))),
    bars,
  };
}

/** A count in a table cell: people as a bare number (the column says what is counted), other units with their noun. */
const cell = (c: NonNullable<ResultMetrics['count']>) => formatCount(c.unit === 'people' ? { ...c, unit: 'items' } : c, { bare: true });

function figuresTable(p: Programme, m: ProgrammeMetrics): Block {
  const c = r().columns;
  const cohorts = p.cohorts ?? [];
  const quantitative = p.results?.quantitative ?? [];
  const rows = quantitative.map((q, index) => {
    const metrics = m.results[index];
    const when = q.asOf ?? q.count?.date;
    const details = [
      q.cohort ? r().cohort(cohorts.find((x) => x.id === q.cohort)?.name ?? q.cohort) : undefined,
      nonEmpty(q.breakdown) ? r().breakdown(q.breakdown.map((part) => r().breakdownPart(part.label, cell(part.count)))) : undefined,
      // Days without a year (« du 1er janvier au 31 août ») say more than the count's year alone.
      q.count?.within ? formatWithin(q.count.within, q.count.date) : undefined,
      when && !(q.count?.within && !q.asOf) ? r().asOf(formatQualifiedDate(when)) : undefined,
      metrics.withheld ? fr.facts.result.withheld[metrics.withheld] : undefined,
      metrics.inconsistent ? fr.facts.result.inconsistent : undefined,
      q.note,
      sourcesOf(p, q.source ?? q.count?.source),
    ].filter(Boolean);
    // The denominator's own days without a year, beside it: the rate is withheld when they differ.
    const ofCount = q.of && (q.of.within ? `${cell(q.of)} (${formatWithin(q.of.within, q.of.date)})` : cell(q.of));
    const ofText = ofCount && (q.ofLabel ? r().ofLabel(ofCount, q.ofLabel) : ofCount);
    const of = ofText && (q.of!.kind === 'target' ? r().ofTarget(ofText) : ofText);
    const rate = metrics.rate !== undefined ? formatPercent(metrics.rate) : metrics.percent ? r().givenRate(givenPercent(metrics.percent)) : undefined;
    return [
      text(q.label),
      orMissing(q.count && cell(q.count)),
      orMissing(of),
      rate !== undefined ? text(rate) : metrics.withheld ? missing(r().notComputed) : missing(),
      orMissing(q.outcome && fr.vocab.outcome[q.outcome]),
      text(details.join(' ; ')),
    ];
  });
  const withDetails = rows.some((row) => row[5][0].text !== '');
  const withOutcome = quantitative.some((q) => q.outcome);
  const columns = [
    { label: c.label, rowHeader: true },
    { label: c.count, align: 'end' as const },
    { label: c.of, align: 'end' as const },
    { label: c.rate, align: 'end' as const },
    ...(withOutcome ? [{ label: c.outcome }] : []),
    ...(withDetails ? [{ label: c.detail }] : []),
  ];
  return table(
    r().figuresCaption,
    columns,
    rows.map((row) => [...row.slice(0, 4), ...(withOutcome ? [row[4]] : []), ...(withDetails ? [row[5]] : [])]),
  );
}

export function resultsSection(p: Programme, m: ProgrammeMetrics): SheetSection {
  const results = p.results;
  const quantitative = results?.quantitative ?? [];
  const qualitative = results?.qualitative ?? [];
  if (quantitative.length === 0 && qualitative.length === 0) return sourcedSection(p, 'results', [missingParagraph()], results);
  const blocks: Block[] = [];
  const asOf = results?.asOf && formatQualifiedDate(results.asOf);
  if (results?.interim) blocks.push(note(r().interim(asOf)));
  else if (asOf) blocks.push(note(r().asOfAll(asOf)));
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
  return sourcedSection(p, 'results', blocks, results);
}
