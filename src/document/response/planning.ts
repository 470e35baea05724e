/** The retro-planning: a Gantt chart in weeks (lanes as a legend), then the same steps as a table. */
import type { Response } from '../../../schemas/index';
import { formatDate } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { note, section, table, text } from '../build';
import type { Block, GanttChart } from '../model';

const t = () => fr.pdf.response;

export function planningChart(planning: NonNullable<Response['planning']>): GanttChart {
  const units = Math.max(...planning.items.map((i) => i.to));
  return {
    kind: 'gantt',
    id: 'retroplanning',
    title: t().planning,
    description: t().planningAlt(planning.items.length, units),
    units,
    unitLabel: fr.pdf.weekShort,
    lanes: [...new Set(planning.items.flatMap((i) => (i.lane ? [i.lane] : [])))],
    rows: planning.items.map((i) => ({ label: i.label, ...(i.lane && { lane: i.lane }), from: i.from, to: i.to, ...(i.milestone && { milestone: true }) })),
  };
}

export function planningBlocks(response: Response): Block[] {
  const planning = response.planning;
  if (!planning) return [];
  const w = fr.pdf.weekShort;
  const weeks = (from: number, to: number) => (from === to ? `${w}${from}` : fr.format.range(`${w}${from}`, `${w}${to}`));
  return [
    section(t().planning, [
      ...(planning.start ? [note(t().planningStart(formatDate(planning.start)))] : []),
      { type: 'chart', chart: planningChart(planning) },
      table(
        undefined,
        [{ label: fr.pdf.planning.step, width: 5, rowHeader: true }, { label: fr.pdf.planning.lane, width: 2 }, { label: fr.pdf.planning.weeks, width: 1.5, align: 'end' }],
        planning.items.map((i) => [text(i.label), text(i.lane ?? ''), text(weeks(i.from, i.to))]),
      ),
    ]),
  ];
}
