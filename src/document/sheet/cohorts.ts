/**
 * The groups accompanied: size (with its kind and precision: a gauge is not a count of people
 * present), period, public, carrier, sites and hours per person; how each is run.
 */
import type { Programme } from '../../../schemas/index';
import { formatAgeRange, formatCount, formatMinutesSpan, formatPeriod } from '../../domain/format';
import type { ProgrammeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { markdown, missing, orMissing, section, table, text } from '../build';
import type { Block, Runs, SectionBlock } from '../model';
import { lowerBound, recurrenceText } from './text';

export function cohortsPart(p: Programme, m: ProgrammeMetrics): SectionBlock | undefined {
  const o = fr.sheet.operation;
  const cohorts = p.cohorts ?? [];
  if (cohorts.length === 0 && !p.recurrence) return undefined;
  const c = o.cohortColumns;
  const hoursOf = (id: string): Runs => {
    const group = m.groups.find((g) => g.id === id);
    return group?.minutesPerParticipant ? text(lowerBound(group.partial, group.minutesPerParticipant, formatMinutesSpan)) : missing();
  };
  const cohortPublic = (cohort: (typeof cohorts)[number]) =>
    [cohort.specialty, cohort.public, cohort.gender && fr.sheet.public.genders[cohort.gender], cohort.age && formatAgeRange(cohort.age)].filter(Boolean).join(', ');
  const sizeText = (size: NonNullable<(typeof cohorts)[number]['size']>) => {
    const count = formatCount(size, { bare: true });
    return size.kind ? `${count} (${fr.vocab.countKind[size.kind].toLowerCase()})` : count;
  };
  const siteName = (id: string) => p.sites?.find((s) => s.id === id)?.name ?? id;
  const withPeriod = cohorts.some((cohort) => cohort.period);
  const blocks: Block[] = cohorts.length === 0 ? [] : [
    table(
      o.cohortsCaption,
      [
        { label: c.name, rowHeader: true },
        { label: c.size, align: 'end' },
        ...(withPeriod ? [{ label: c.period }] : []),
        { label: c.public },
        { label: c.carrier },
        { label: c.sites },
        { label: c.hours, align: 'end' as const },
      ],
      cohorts.map((cohort) => [
        text(cohort.name),
        orMissing(cohort.size && sizeText(cohort.size)),
        ...(withPeriod ? [orMissing(cohort.period && formatPeriod(cohort.period))] : []),
        orMissing(cohortPublic(cohort)),
        orMissing(cohort.carrier),
        orMissing(cohort.sites?.map(siteName).join(', ')),
        hoursOf(cohort.id),
      ]),
    ),
  ];
  if (p.recurrence) blocks.push({ type: 'paragraph', runs: text(recurrenceText(p, p.recurrence)), style: 'note' });
  const described = cohorts.filter((cohort) => cohort.description);
  if (described.length) blocks.push(section(o.cohortDescriptions, described.map((cohort) => section(cohort.name, markdown(cohort.description)))));
  return section(o.cohorts, blocks);
}
