/**
 * How the programme runs: its description, key figures (only those whose inputs are all known),
 * the groups, the workshops and the governance bodies.
 */
import type { Programme } from '../../../schemas/index';
import { formatDate, formatDurationRange, formatFrequency, formatMinutesSpan, formatSpan } from '../../domain/format';
import type { ProgrammeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { markdown, missingParagraph, nonEmpty, orMissing, section, table, text } from '../build';
import type { Block, KeyFigure } from '../model';
import { cohortsPart } from './cohorts';
import { sheetSection, type SheetSection } from './section';
import { workshopsPart } from './workshops';

function keyFigures(p: Programme, m: ProgrammeMetrics): KeyFigure[] {
  const o = fr.sheet.operation;
  const quantified = m.workshops.filter((w) => w.minutesPerParticipant);
  const detail = m.unquantified.length ? { detail: o.countedOnly(quantified.length, m.workshops.length) } : {};
  const figures: KeyFigure[] = [];
  if (m.participants) figures.push({ value: formatSpan(m.participants), label: o.participants(m.participants.max) });
  if (p.duration) figures.push({ value: formatDurationRange(p.duration), label: o.duration.toLowerCase() });
  if (m.sessionsPerParticipant) figures.push({ value: formatSpan(m.sessionsPerParticipant), label: o.sessions(m.sessionsPerParticipant.max), ...detail });
  if (m.minutesPerParticipant) figures.push({ value: formatMinutesSpan(m.minutesPerParticipant), label: o.hoursPerParticipant, ...detail });
  if (m.facilitatorMinutes) figures.push({ value: formatMinutesSpan(m.facilitatorMinutes), label: o.facilitatorHours, ...detail });
  return figures;
}

function governancePart(p: Programme): Block | undefined {
  if (!nonEmpty(p.governance)) return undefined;
  const o = fr.sheet.operation;
  const c = o.governanceColumns;
  return section(o.governance, [
    table(
      o.governanceCaption,
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
    ...(figures.length ? [section(fr.sheet.operation.keyFigures, [{ type: 'figures' as const, items: figures }])] : []),
    ...[cohortsPart(p, m), workshopsPart(p, m), governancePart(p)].filter((b): b is Block => b !== undefined),
  ];
  return sheetSection('operation', blocks.length ? blocks : [missingParagraph()]);
}
