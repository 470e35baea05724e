/**
 * How the programme runs: its description, key figures (only those whose inputs are all known,
 * each saying its period), the sites, the groups, the workshops and the governance bodies.
 */
import type { Programme } from '../../../schemas/index';
import { formatPathwayDuration } from '../../domain/duration-bound';
import { formatCount, formatDate, formatDisputedDate, formatDuration, formatDurationRange, formatFrequency, formatMinutesSpan, formatNumber, formatPeriod, formatQualifiedDate, formatSpan, readingsOf } from '../../domain/format';
import type { ProgrammeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { markdown, missingParagraph, nonEmpty, orMissing, section, table, text } from '../build';
import type { Block, KeyFigure } from '../model';
import { cohortsPart } from './cohorts';
import { sourcedSection, type SheetSection } from './section';
import { facilitatorScopeText, lowerBound, sourcesOf } from './text';
import { workshopsPart } from './workshops';

const o = () => fr.sheet.operation;

/** `personnes accompagnées`, `personnes prévues`, `personnes` (a count whose kind the source does not say). */
function participantsFigure(p: Programme, m: ProgrammeMetrics): KeyFigure | undefined {
  const basis = m.participantsBasis;
  if (!m.participants || !basis) return undefined;
  const n = m.participants.max;
  const label = basis.kind === 'achieved' ? o().participants(n) : basis.kind === 'target' ? o().planned(n) : fr.format.people(n);
  const date = basis.date && formatQualifiedDate(basis.date);
  const when =
    basis.kind === 'target' && date
      ? fr.facts.count.by(date)
      : basis.period === 'year'
        ? date
          ? o().inYear(date)
          : o().perYear
        : basis.period === 'at-date' && date
          ? basis.date!.date.length === 10 ? fr.facts.count.atDay(date) : fr.facts.count.inPeriod(date)
          : basis.period && basis.period !== 'at-date'
            ? fr.vocab.countPeriod[basis.period]
            : undefined;
  const detail =
    basis.from === 'cohorts'
      ? basis.groups === 1
        ? o().oneGroup
        : o().summedGroups(basis.groups!)
      : basis.from === 'recurrence'
        ? o().recurringGroups(basis.groups!, basis.groupSize!, [p.recurrence?.period && formatPeriod(p.recurrence.period), p.recurrence?.note].filter(Boolean).join(', ') || undefined)
        : undefined;
  return { value: formatSpan(m.participants), label: [label, when].filter(Boolean).join(' '), ...(detail && { detail }) };
}

/** `d'animation en tout`, `d'animation par an`, `d'animation pour les 2 groupes décrits`. */
function facilitatorLabel(p: Programme, m: ProgrammeMetrics): string {
  const per = facilitatorScopeText(p, m);
  return per ? o().facilitatorHoursPer(per) : o().facilitatorHours;
}

function keyFigures(p: Programme, m: ProgrammeMetrics): KeyFigure[] {
  const quantified = m.workshops.filter((w) => w.minutesPerParticipant);
  const detail = m.unquantified.length ? { detail: o().countedOnly(quantified.length, m.workshops.length) } : {};
  const facilitation = m.unquantified.length ? detail : m.facilitatorPartial ? { detail: o().facilitationPartial } : {};
  const figures: KeyFigure[] = [];
  const people = participantsFigure(p, m);
  if (people) figures.push(people);
  if (p.recurrence) figures.push({ value: formatCount(p.recurrence.groups), label: p.recurrence.groups.kind === 'target' ? o().plannedRecurrence : o().recurrence, ...(p.recurrence.size && { detail: o().eachOf(formatCount(p.recurrence.size, { bare: true })) }) });
  if (p.span) figures.push({ value: formatDuration(p.span), label: o().programmeSpan });
  // Several durations (at different times, or by different sources): all of them, never the first alone.
  if (p.duration) figures.push({ value: fr.facts.date.readings(readingsOf(p.duration).map(formatPathwayDuration)), label: o().duration.toLowerCase(), ...(p.duration.alternatives?.length && { detail: o().durationReadings }) });
  if (m.sessionsPerParticipant) figures.push({ value: lowerBound(m.partial, m.sessionsPerParticipant, formatSpan), label: o().sessions(m.sessionsPerParticipant.max), ...detail });
  if (m.minutesPerParticipant) figures.push({ value: lowerBound(m.partial, m.minutesPerParticipant, formatMinutesSpan), label: o().hoursPerParticipant, ...detail });
  if (m.facilitatorMinutes) figures.push({ value: lowerBound(m.facilitatorPartial, m.facilitatorMinutes, formatMinutesSpan), label: facilitatorLabel(p, m), ...facilitation });
  return figures;
}

function sitesPart(p: Programme): Block | undefined {
  if (!nonEmpty(p.sites)) return undefined;
  const c = o().siteColumns;
  return section(o().sites, [
    table(
      o().sitesCaption,
      [{ label: c.name, rowHeader: true }, { label: c.place }, { label: c.surface, align: 'end' }, { label: c.opened }, { label: c.note }],
      p.sites.map((site) => [
        text(site.planned ? o().plannedSite(site.name) : site.name),
        orMissing(site.address && [site.address.street, site.address.postcode, site.address.city].filter(Boolean).join(', ')),
        orMissing(site.surface && o().surface(formatNumber(site.surface.value), fr.vocab.surfaceUnit[site.surface.unit])),
        orMissing(site.opened && formatDisputedDate(site.opened, (ids) => sourcesOf(p, ids) ?? '')),
        orMissing(site.description),
      ]),
    ),
  ]);
}

function governancePart(p: Programme): Block | undefined {
  if (!nonEmpty(p.governance)) return undefined;
  const c = o().governanceColumns;
  return section(o().governance, [
    table(
      o().governanceCaption,
      [{ label: c.body, rowHeader: true }, { label: c.frequency }, { label: c.members }, { label: c.role }, { label: c.dates }],
      p.governance.map((g) => [
        text(g.body),
        orMissing(g.frequency && formatFrequency(g.frequency)),
        orMissing(g.members?.join(' ; ')),
        orMissing(g.role),
        orMissing(g.dates?.map(formatDate).join(', ')),
      ]),
    ),
  ]);
}

export function operationSection(p: Programme, m: ProgrammeMetrics): SheetSection {
  const figures = keyFigures(p, m);
  const blocks: Block[] = [
    ...markdown(p.description),
    ...(figures.length ? [section(o().keyFigures, [{ type: 'figures' as const, items: figures }])] : []),
    ...[sitesPart(p), cohortsPart(p, m), workshopsPart(p, m), governancePart(p)].filter((b): b is Block => b !== undefined),
  ];
  return sourcedSection(p, 'operation', blocks.length ? blocks : [missingParagraph()], p.sites, p.cohorts, p.recurrence, p.workshops, p.governance);
}
