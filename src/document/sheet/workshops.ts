/**
 * The workshops: kind, sessions, duration, rhythm, facilitator, groups and hours per person, with
 * a total over the quantified ones (saying which are left out), and their descriptions.
 */
import type { Programme } from '../../../schemas/index';
import { formatDuration, formatDurationRange, formatFrequency, formatMinutesSpan, formatRange, formatSpan } from '../../domain/format';
import type { ProgrammeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { markdown, missing, note, orMissing, section, table, text } from '../build';
import type { Block, Column, Runs, SectionBlock } from '../model';
import type { Workshop } from './text';

const o = () => fr.sheet.operation;

/** `Professeur de danse ; conseillère (Pôle emploi) ; formateur retraité (bénévole)`. */
export function facilitatorText(w: Workshop): string | undefined {
  const one = (f: NonNullable<Workshop['facilitator']>[number]) => {
    const who = [f.name, f.role].filter(Boolean).join(', ');
    const extra = [f.organisation, f.status && fr.vocab.meansStatus[f.status].toLowerCase()].filter(Boolean).join(', ');
    if (who && extra) return `${who} (${extra})`;
    return who || extra;
  };
  const all = (w.facilitator ?? []).map(one).filter(Boolean);
  return all.length ? all.join(' ; ') : undefined;
}

/**
 * Why hours per person are not computed although sessions and duration are given (session counts
 * are closed ranges): the duration is in days, weeks or months, which are never turned into hours.
 */
function notComputedReason(w: Workshop): string {
  const unit = w.sessionDuration!.unit;
  return unit === 'minutes' ? fr.common.notProvided : o().notComputed(fr.format.durationUnits[unit][1]);
}

/** `Atelier thématique (en groupe)`; the mode is left out when the kind already says it. */
function kindText(w: Workshop): string {
  const kind = fr.vocab.workshopKind[w.kind];
  return kind.toLowerCase().includes(o().modeInKind[w.mode]) ? kind : o().kindAndMode(kind, o().mode[w.mode]);
}

function frequencyText(w: Workshop): string | undefined {
  const frequency = w.frequency && formatFrequency(w.frequency);
  const span = w.span && formatDuration(w.span);
  const rhythm = frequency && span ? o().span(frequency, span) : (frequency ?? (span && o().spanOnly(span)));
  return [rhythm, w.schedule].filter(Boolean).join(', ') || undefined;
}

/** `Atelier thématique (en groupe)` and, below, the themes it works on. */
function kindCell(w: Workshop): Runs {
  const themes = (w.themes ?? []).map((theme) => fr.vocab.workshopTheme[theme]);
  return themes.length ? [{ text: kindText(w) }, { text: ` — ${o().themes(themes)}` }] : text(kindText(w));
}

export function workshopsPart(p: Programme, m: ProgrammeMetrics): SectionBlock | undefined {
  const workshops = p.workshops ?? [];
  if (workshops.length === 0) return undefined;
  const cohorts = p.cohorts ?? [];
  const c = o().workshopColumns;
  const multi = cohorts.length > 1;
  const columns: Column[] = [
    { label: c.title, rowHeader: true },
    { label: c.kind },
    { label: c.sessions, align: 'end' },
    { label: c.duration, align: 'end' },
    { label: c.frequency },
    { label: c.facilitator },
    ...(multi ? [{ label: c.cohorts }] : []),
    { label: c.hours, align: 'end' as const },
  ];
  const rows = workshops.map((w) => {
    const metrics = m.workshops.find((x) => x.id === w.id);
    const hours: Runs = metrics?.minutesPerParticipant
      ? text(formatMinutesSpan(metrics.minutesPerParticipant))
      : w.sessions && w.sessionDuration
        ? missing(notComputedReason(w))
        : missing();
    const cohortNames = w.cohorts?.length ? w.cohorts.map((id) => cohorts.find((x) => x.id === id)?.name ?? id).join(', ') : o().allCohorts;
    return [
      text(w.title),
      kindCell(w),
      orMissing(w.sessions && formatRange(w.sessions)),
      orMissing(w.sessionDuration && formatDurationRange(w.sessionDuration)),
      orMissing(frequencyText(w)),
      orMissing(facilitatorText(w)),
      ...(multi ? [text(cohortNames)] : []),
      hours,
    ];
  });
  const quantified = m.workshops.filter((w) => w.minutesPerParticipant);
  const footer: Runs[][] = [];
  if (quantified.length && m.sessionsPerParticipant && m.minutesPerParticipant) {
    const blank = text('');
    footer.push([text(o().total), blank, text(formatSpan(m.sessionsPerParticipant)), blank, blank, blank, ...(multi ? [blank] : []), text(formatMinutesSpan(m.minutesPerParticipant))]);
  }
  const blocks: Block[] = [table(o().workshopsCaption, columns, rows, footer)];
  if (quantified.length) blocks.push(note(o().hoursNote));
  // Which workshops the total leaves out (when there is a total to speak of).
  if (quantified.length && m.unquantified.length) {
    const titles = m.unquantified.map((id) => workshops.find((w) => w.id === id)?.title ?? id);
    blocks.push(note(o().unquantified(titles)));
  }
  const described = workshops.filter((w) => w.description);
  if (described.length) blocks.push(section(o().workshopDescriptions, described.map((w) => section(w.title, markdown(w.description)))));
  return section(o().workshops, blocks);
}
