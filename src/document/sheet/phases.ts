/**
 * The phases as a timeline (one lane per dated phase, dated steps as events), then each phase in
 * words, in the order written (a phase or step without dates keeps its place), then the dated
 * milestones (creation, approval, takeover, opening…). Vague dates (« fin 2003 ») are drawn over
 * the span they cover and written as the source wrote them.
 */
import type { Programme } from '../../../schemas/index';
import { dateLikeBounds, formatDisputedDate, formatPeriod } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { list, note, nonEmpty, section } from '../build';
import type { Block, TimelineChart, TimelineLane } from '../model';
import { sourcedSection, type SheetSection } from './section';
import { sourcesOf } from './text';

type Phases = NonNullable<Programme['phases']>;
type Phase = Phases[number];

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
    const [month, y] = formatDisputedDate({ date: monthIso(m) }).split('\u00A0');
    ticks.push({ at: m - start, label: month, ...(y !== year && { year: y }) });
    year = y;
  }
  return ticks;
}

/**
 * The months a phase covers: from its start to its end; without an end, to its last dated step, or
 * over its start; undefined when nothing in it is dated from the start.
 */
function phaseMonths(ph: Phase): { first: number; last: number } | undefined {
  const start = ph.period?.start && dateLikeBounds(ph.period.start);
  const lastStep = [...(ph.steps ?? [])].reverse().find((s) => s.date)?.date;
  const end = ph.period?.end ? dateLikeBounds(ph.period.end).last : lastStep ? dateLikeBounds(lastStep).last : start?.last;
  if (!start?.first || !end) return undefined;
  return { first: monthIndex(start.first), last: monthIndex(end) };
}

const heading = (ph: Phase) => fr.sheet.phases.heading(fr.vocab.phaseKind[ph.kind], ph.title === fr.vocab.phaseKind[ph.kind] ? undefined : ph.title);
const periodText = (p: Programme | undefined, ph: Phase) => (ph.period ? formatPeriod(ph.period, p && ((ids) => sourcesOf(p, ids) ?? '')) : fr.sheet.phases.undated);

/** The dated phases as a timeline: one lane per phase, dated steps as events, graduations. */
export function phasesTimeline(phases: Phases): TimelineChart | undefined {
  const dated = phases.map((ph) => ({ ph, months: phaseMonths(ph) })).filter((x): x is { ph: Phase; months: { first: number; last: number } } => !!x.months);
  if (dated.length === 0) return undefined;
  const t = fr.sheet.phases;
  const start = Math.min(...dated.map((d) => d.months.first));
  const end = Math.max(...dated.map((d) => d.months.last)) + 1;
  const lanes: TimelineLane[] = dated.map(({ ph, months }) => ({
    label: heading(ph),
    kind: ph.kind,
    from: months.first - start,
    to: months.last + 1 - start,
    periodText: periodText(undefined, ph),
    events: (ph.steps ?? []).flatMap((s) => {
      const b = s.date && dateLikeBounds(s.date);
      if (!b?.first || !b.last) return [];
      return [{ at: (monthIndex(b.first) + monthIndex(b.last) + 1) / 2 - start, label: s.label, dateText: formatDisputedDate(s.date!) }];
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

function milestonesPart(p: Programme): Block | undefined {
  if (!nonEmpty(p.milestones)) return undefined;
  const t = fr.sheet.phases;
  const siteName = (id?: string) => id && p.sites?.find((s) => s.id === id)?.name;
  return section(t.milestones, [
    list(
      p.milestones.map((m) => {
        const what = [fr.vocab.milestoneKind[m.kind], m.label, siteName(m.site)].filter(Boolean).join(' — ');
        return m.date ? t.step(formatDisputedDate(m.date, (ids) => sourcesOf(p, ids) ?? ''), what) : t.undatedStep(what);
      }),
    ),
  ]);
}

export function phasesSection(p: Programme): SheetSection | undefined {
  const phases = p.phases ?? [];
  const milestones = milestonesPart(p);
  if (phases.length === 0 && !milestones) return undefined;
  const t = fr.sheet.phases;
  const timeline = phasesTimeline(phases);
  const details = phases.map((ph) =>
    section(heading(ph), [
      note(periodText(p, ph)),
      ...(nonEmpty(ph.steps) ? [list(ph.steps.map((s) => (s.date ? t.step(formatDisputedDate(s.date, (ids) => sourcesOf(p, ids) ?? ''), s.label) : s.label)))] : []),
    ]),
  );
  const blocks: Block[] = [...(timeline ? [{ type: 'chart' as const, chart: timeline }] : []), ...details, ...(milestones ? [milestones] : [])];
  return sourcedSection(p, 'phases', blocks, p.phases, p.milestones);
}
