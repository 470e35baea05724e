/** The retro-planning: a Gantt chart in weeks (lanes as a legend), then the same steps as a table. */
import type { Response } from '../../../schemas/index';
import { formatDate } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { note, section, table, text } from '../build';
import type { Block, GanttChart } from '../model';

const t = () => fr.pdf.response;

export function planningChart(planning: NonNullable<Response['planning']>): GanttChart {
  const units = Math.max(...planning.items.map((i) => i.to));
  const named = [...new Set(planning.items.flatMap((i) => (i.lane ? [i.lane] : [])))];
  // Steps without a lane beside steps with one are common to all: a lane of their own, so that no
  // bar takes the colour and pattern of the first named lane.
  const common = named.length > 0 && planning.items.some((i) => !i.lane) ? t().commonLane : undefined;
  return {
    kind: 'gantt',
    id: 'retroplanning',
    title: t().planning,
    description: t().planningAlt(planning.items.length, units),
    units,
    unitLabel: fr.pdf.weekShort,
    lanes: common ? [common, ...named] : named,
    rows: planning.items.map((i) => {
      const lane = i.lane ?? common;
      return { label: i.label, ...(lane && { lane }), from: i.from, to: i.to, ...(i.milestone && { milestone: true }) };
    }),
  };
}

export function planningBlocks(response: Response): Block[] {
  const planning = response.planning;
  if (!planning) return [];
  const w = fr.pdf.weekShort;
  const chart = planningChart(planning);
  const weeks = (from: number, to: number) => (from === to ? `${w}${from}` : fr.format.range(`${w}${from}`, `${w}${to}`));
  return [
    section(t().planning, [
      ...(planning.start ? [note(t().planningStart(formatDate(planning.start)))] : []),
      { type: 'chart', chart },
      table(
        undefined,
        [{ label: fr.pdf.planning.step, width: 5, rowHeader: true }, { label: fr.pdf.planning.lane, width: 2 }, { label: fr.pdf.planning.weeks, width: 1.5, align: 'end' }],
        planning.items.map((i, k) => [text(i.label), text(chart.rows[k].lane ?? ''), text(weeks(i.from, i.to))]),
      ),
    ]),
  ];
}
