/**
 * The pathway proposed in a response: duration, participants and public; the groups; the
 * workshops with their sessions and hours per person (and totals that name what they leave out);
 * the means; the indicators.
 */
import type { Programme } from '../../../schemas/index';
import { formatAgeRange, formatDurationRange, formatHumanTime, formatMinutesSpan, formatRange, formatSpan } from '../../domain/format';
import { programmeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { bold, fact, facts, list, missing, paragraph, section, table, text } from '../build';
import type { Block, FactRow, Runs } from '../model';
import { indicatorValue } from '../sheet/indicators';
import { durationText, facilitatorScopeText, lowerBound } from '../sheet/text';
import { facilitatorText } from '../sheet/workshops';

const t = () => fr.pdf.response;

function workshopsTable(programme: Programme): Block[] {
  const m = programmeMetrics(programme);
  if (m.workshops.length === 0) return [];
  const c = t().columns;
  const rows = (programme.workshops ?? []).map((w) => {
    const wm = m.workshops.find((x) => x.id === w.id);
    const facilitator = facilitatorText(w);
    return [
      [bold(w.title), ...(w.themes?.length ? [{ text: ` (${w.themes.map((x) => fr.vocab.workshopTheme[x]).join(', ')})` }] : [])],
      text(fr.vocab.workshopKind[w.kind]),
      wm?.sessions ? text(formatSpan(wm.sessions)) : missing(),
      w.sessionDuration ? text(formatDurationRange(w.sessionDuration)) : missing(),
      wm?.minutesPerParticipant ? text(formatMinutesSpan(wm.minutesPerParticipant)) : missing(),
      facilitator ? text(facilitator) : missing(),
    ];
  });
  const blocks: Block[] = [
    table(
      undefined,
      [
        { label: c.workshop, width: 3.2, rowHeader: true },
        { label: c.kind, width: 2 },
        { label: c.sessions, width: 1, align: 'end' },
        { label: c.duration, width: 1.6, align: 'end' },
        { label: c.hoursPerParticipant, width: 1.6, align: 'end' },
        { label: c.facilitator, width: 2.4 },
      ],
      rows,
    ),
  ];
  if (m.sessionsPerParticipant && m.minutesPerParticipant) {
    const sessions = lowerBound(m.partial, m.sessionsPerParticipant, (s) => formatRange(s, t().sessionWords));
    blocks.push(paragraph(t().totals(sessions, lowerBound(m.partial, m.minutesPerParticipant, formatMinutesSpan))));
  }
  if (m.facilitatorMinutes) {
    blocks.push(paragraph(t().facilitatorHours(lowerBound(m.facilitatorPartial, m.facilitatorMinutes, formatMinutesSpan), facilitatorScopeText(programme, m))));
  }
  // A total over some workshops only says so, and names the workshops it leaves out.
  if (m.unquantified.length && (m.sessionsPerParticipant || m.facilitatorMinutes)) {
    const titles = m.unquantified.map((id) => programme.workshops?.find((w) => w.id === id)?.title ?? id);
    blocks.push(paragraph(`${fr.sheet.operation.countedOnly(m.workshops.length - m.unquantified.length, m.workshops.length)} ${fr.sheet.operation.unquantified(titles)}`));
  }
  return [section(t().workshopsTable, blocks)];
}

function meansList(programme: Programme): Block[] {
  const human = programme.means?.human ?? [];
  const material = programme.means?.material ?? [];
  if (human.length === 0 && material.length === 0) return [];
  const items: Runs[] = [
    ...human.map((h) => [
      bold(`${h.count && h.count > 1 ? `${h.count} × ` : ''}${h.role}`),
      { text: [h.organisation, h.status && fr.vocab.meansStatus[h.status].toLowerCase(), formatHumanTime(h), h.note].filter(Boolean).map((x) => ` · ${x}`).join('') },
    ]),
    ...material.map(text),
  ];
  return [section(t().means, [list(items)])];
}

function indicatorsTable(programme: Programme): Block[] {
  if (!programme.indicators?.length) return [];
  const c = fr.pdf.indicators;
  return [
    section(t().indicators, [
      table(
        undefined,
        [{ label: c.label, width: 3, rowHeader: true }, { label: c.definition, width: 4 }, { label: c.target, width: 1.4, align: 'end' }],
        programme.indicators.map((i) => [
          text(i.label),
          [i.definition, i.computation].filter(Boolean).length ? text([i.definition, i.computation].filter(Boolean).join(' ')) : missing(),
          i.target ? text(indicatorValue(i.target, i.unit)) : missing(),
        ]),
      ),
    ]),
  ];
}

export function programmeBlocks(programme: Programme): Block[] {
  const m = programmeMetrics(programme);
  const rows: FactRow[] = [];
  if (programme.duration) rows.push(fact(fr.pdf.programme.duration, text(durationText(programme, programme.duration))));
  if (m.participants) rows.push(fact(fr.pdf.programme.participants, text(formatSpan(m.participants))));
  if (programme.public.gender || programme.public.age) {
    const who = [programme.public.gender && fr.vocab.gender[programme.public.gender], programme.public.age && formatAgeRange(programme.public.age)].filter(Boolean).join(', ');
    rows.push(fact(fr.pdf.programme.public, text(who)));
  }
  const groups: Block[] = programme.cohorts?.length
    ? [
        section(t().groups, [
          list(programme.cohorts.map((c) => t().groupLine(c.name, c.size ? formatRange(c.size, t().personWords) : t().sizeUnknown, [...(c.qpv ?? []), ...(c.sites ?? [])].join(', ')))),
        ]),
      ]
    : [];
  return [section(t().pathway, [...(rows.length ? [facts(rows)] : []), ...groups, ...workshopsTable(programme), ...meansList(programme), ...indicatorsTable(programme)])];
}
