/** The phases as a timeline (one lane per phase, dated steps as events), then each phase in words. */
import type { Programme } from '../../../schemas/index';
import { dateLikeBounds, formatDate, formatPeriod } from '../../domain/format';
import { dateBounds } from '../../domain/shorthand';
import { fr } from '../../i18n/fr';
import { list, note, nonEmpty, section } from '../build';
import type { TimelineChart, TimelineLane } from '../model';
import { sheetSection, type SheetSection } from './section';

type Phases = NonNullable<Programme['phases']>;

/** Months since year 0, so that months can be subtracted. */
const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthIso = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

function ticksOf(start: number, end: number): TimelineChart['ticks'] {
  const months = end - start;
  const ticks: TimelineChart['ticks'] = [];
  if (months > 36) {
    for (let m = start; m < end; m++) if (m % 12 === 0) ticks.push({ at: m - start, label: String(m / 12) });
    return ticks;
  }
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= 6) ?? 12;
  let year = '';
  for (let m = start; m < end; m += step) {
    const [month, y] = formatDate(monthIso(m)).split('\u00A0');
    ticks.push({ at: m - start, label: month, ...(y !== year && { year: y }) });
    year = y;
  }
  return ticks;
}

/** The phases as a timeline: one lane per phase, dated steps as events, graduations. */
export function phasesTimeline(phases: Phases): TimelineChart | undefined {
  if (phases.length === 0) return undefined;
  const t = fr.sheet.phases;
  const bounds = phases.map((ph) => {
    const start = ph.period.start && dateLikeBounds(ph.period.start).first;
    // A phase without an end date is drawn to its last dated step, or over its first month.
    const lastStep = [...(ph.steps ?? [])].reverse().find((s) => s.date)?.date;
    const end = ph.period.end ? dateLikeBounds(ph.period.end).last : lastStep ? dateBounds(lastStep).last : start && dateLikeBounds(ph.period.start!).last;
    return { first: monthIndex(start ?? end ?? '0000-01'), last: monthIndex(end ?? start ?? '0000-01') };
  });
  const start = Math.min(...bounds.map((b) => b.first));
  const end = Math.max(...bounds.map((b) => b.last)) + 1;
  const lanes: TimelineLane[] = phases.map((ph, i) => ({
    label: t.heading(fr.vocab.phaseKind[ph.kind], ph.title),
    kind: ph.kind,
    from: bounds[i].first - start,
    to: bounds[i].last + 1 - start,
    periodText: formatPeriod(ph.period),
    events: (ph.steps ?? [])
      .filter((s) => s.date)
      .map((s) => {
        const b = dateBounds(s.date!);
        return { at: (monthIndex(b.first) + monthIndex(b.last) + 1) / 2 - start, label: s.label, dateText: formatDate(s.date!) };
      }),
  }));
  return {
    kind: 'timeline',
    id: 'frise-phases',
    title: t.chartTitle,
    description: t.chartDescription(lanes.map((l) => t.phaseLine(l.label, l.periodText))),
    start: monthIso(start),
    months: end - start,
    ticks: ticksOf(start, end),
    lanes,
    ...(lanes.some((l) => l.events.length > 0) && { legend: t.legend }),
  };
}

export function phasesSection(p: Programme): SheetSection | undefined {
  const phases = p.phases ?? [];
  const timeline = phasesTimeline(phases);
  if (!timeline) return undefined;
  const t = fr.sheet.phases;
  const details = phases.map((ph) =>
    section(t.heading(fr.vocab.phaseKind[ph.kind], ph.title), [
      note(formatPeriod(ph.period)),
      ...(nonEmpty(ph.steps) ? [list(ph.steps.map((s) => (s.date ? t.step(formatDate(s.date), s.label) : s.label)))] : []),
    ]),
  );
  return sheetSection('phases', [{ type: 'chart', chart: timeline }, ...details]);
}
