/**
 * The experience sheet as plain data: a programme and its metrics become the sheet's ordered
 * sections (headings, fact rows, tables, key figures, lists, Markdown trees and chart specs), with
 * every figure already formatted in French. The HTML page and the PDF both render this, so they
 * say the same thing; nothing here knows about Astro, HTML or the file system.
 *
 * What the source does not give is never invented: a core block reads « non renseigné »
 * (`missing: true`), an optional block is left out, and a computed figure is shown only when all
 * of its inputs are known.
 *
 * @example
 * const view = sheetView(entry, programmeMetrics(entry.data));
 * view.sections.map((s) => s.heading); // ['Fiche d'identité', 'Objectifs', 'Public visé', …]
 */
import type { Root } from 'mdast';
import type { Programme } from '../../schemas/index';
import type { Entry } from '../domain/corpus';
import {
  formatAgeRange,
  formatDate,
  formatDuration,
  formatDurationRange,
  formatFrequency,
  formatHumanTime,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatRange,
  formatRate,
  formatShare,
  formatMinutesSpan,
  formatMoneySpan,
  formatSpan,
  periodYears,
} from '../domain/format';
import type { ProgrammeMetrics, ResultMetrics } from '../domain/metrics';
import { dateBounds } from '../domain/shorthand';
import { fr } from '../i18n/fr';
import { frenchTypography } from '../i18n/typography';
import type { Markdown } from '../markdown/parse';
import { partnerRoles, programmeThemes } from '../../schemas/vocabulary';

// ─── Types ──────────────────────────────────────────────────────────────────────────────────────

/** A piece of text, with a link target when it is one, or flagged as missing (« non renseigné »). */
export interface Inline {
  text: string;
  href?: string;
  missing?: boolean;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /** `note`: a precision in smaller type; `missing`: « non renseigné ». */
  tone?: 'note' | 'missing';
}

export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  items: Array<{ text: string; detail?: string }>;
}

export interface FactRow {
  label: string;
  /** One value, or several shown as a list. */
  value: Inline | Inline[];
  /** Several short values shown side by side (themes) rather than one per line. */
  tags?: boolean;
}

export interface FactsBlock {
  type: 'facts';
  rows: FactRow[];
}

export interface TableColumn {
  label: string;
  /** `end` for figures (right-aligned). */
  align?: 'start' | 'end';
}

export type TableCell = Inline;

export interface TableBlock {
  type: 'table';
  /** What the table shows, in one sentence (a caption, read by screen readers and in the PDF). */
  caption: string;
  columns: TableColumn[];
  /** The first cell of each row names the row (a row header). */
  rows: TableCell[][];
  /** Totals, shown under the rows. */
  footer?: TableCell[][];
}

export interface KeyFigure {
  /** The figure, formatted (`7 sur 12`, `658,33 €`, `31 h`). */
  value: string;
  /** What it counts (`personnes accompagnées`). */
  label: string;
  /** How it was obtained or what it leaves out. */
  detail?: string;
}

export interface FiguresBlock {
  type: 'figures';
  items: KeyFigure[];
}

export interface MarkdownBlock {
  type: 'markdown';
  mdast: Root;
}

/** Terms and their Markdown text: a group's or a workshop's description, findings by audience. */
export interface DefinitionsBlock {
  type: 'definitions';
  items: Array<{ term: string; details: Root[] }>;
}

export interface ChartBlock {
  type: 'chart';
  chart: ChartSpec;
}

/** A sub-part with its own heading, one level under the section's (h3, then h4). */
export interface GroupBlock {
  type: 'group';
  heading: string;
  blocks: Block[];
}

export type Block =
  | ParagraphBlock
  | ListBlock
  | FactsBlock
  | TableBlock
  | FiguresBlock
  | MarkdownBlock
  | DefinitionsBlock
  | ChartBlock
  | GroupBlock;

/** One bar: `value` out of `max` (a count and its denominator, or a percentage out of 100). */
export interface Bar {
  label: string;
  value: number;
  max: number;
  /** The value as a person reads it: `7 sur 12 (58 %)`. */
  valueText: string;
  /** Whether value and max count people or things (a renderer may draw one mark per unit). */
  counts: boolean;
}

export interface BarChartSpec {
  kind: 'bars';
  /** A stable id, for `aria-labelledby` and PDF anchors. */
  id: string;
  title: string;
  /** A sentence that says what the chart shows, figure by figure (its text alternative). */
  description: string;
  bars: Bar[];
}

export interface TimelineLane {
  label: string;
  kind: NonNullable<Programme['phases']>[number]['kind'];
  /** First month, counted from the timeline's first month (0). */
  from: number;
  /** Month after the last one (exclusive). */
  to: number;
  periodText: string;
  /** Dated steps, positioned at the middle of their month (or year). */
  events: Array<{ at: number; label: string; dateText: string }>;
}

export interface TimelineSpec {
  kind: 'timeline';
  id: string;
  title: string;
  description: string;
  /** First month shown (`2018-03`) and the number of months shown. */
  start: string;
  months: number;
  /** Graduations: position in months from the start, a label, and the year when it changes. */
  ticks: Array<{ at: number; label: string; year?: string }>;
  lanes: TimelineLane[];
  /** What the marks mean (the dots of dated steps). */
  legend?: string;
}

export type ChartSpec = BarChartSpec | TimelineSpec;

export type SectionKey = keyof typeof fr.sheet.headings;

export interface SheetSection {
  key: SectionKey;
  /** The anchor in the page's URL (`resultats`). */
  anchor: string;
  heading: string;
  blocks: Block[];
}

export interface SheetCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  fictional: boolean;
  status: string;
  territory: Inline;
  public: Inline;
  themes: string[];
  years: Inline;
  keyResult?: { value: string; label: string };
  /** Filter values (stable keys), by facet. */
  facets: Record<FacetKey, string[]>;
}

export type FacetKey = 'theme' | 'region' | 'departement' | 'public' | 'year';
export const facetKeys: readonly FacetKey[] = ['theme', 'region', 'departement', 'public', 'year'];

export interface Facet {
  key: FacetKey;
  label: string;
  /** Values in display order, with the number of sheets that have each. */
  values: Array<{ value: string; label: string; count: number }>;
}

export interface SheetView {
  id: string;
  title: string;
  summary: string;
  fictional: boolean;
  status: { key: Programme['status']; label: string };
  links: { page: string; pdf: string; json: string };
  /** The « Adapter cette expérience » block: the command that forks this programme. */
  adapt: { heading: string; intro: string; commandLabel: string; command: string; placeholders: string };
  sections: SheetSection[];
  card: SheetCard;
}

// ─── Small helpers ──────────────────────────────────────────────────────────────────────────────

const t = fr.sheet;
const missing = (): Inline => ({ text: fr.common.notProvided, missing: true });
const text = (value: string): Inline => ({ text: value });
const orMissing = (value: string | undefined): Inline => (value === undefined || value === '' ? missing() : text(value));
const missingParagraph = (): ParagraphBlock => ({ type: 'paragraph', text: fr.common.notProvided, tone: 'missing' });
const markdown = (value: Markdown | undefined): MarkdownBlock[] => (value ? [{ type: 'markdown', mdast: value.mdast }] : []);
const nonEmpty = <T>(items: readonly T[] | undefined): items is readonly T[] => !!items && items.length > 0;

type Workshop = NonNullable<Programme['workshops']>[number];
type Organisation = Programme['carriers'][number];

function money(value: { cents: number; basis?: 'HT' | 'TTC' }): string {
  return formatMoney(value.cents, value.basis ? { basis: value.basis } : {});
}

function organisationName(org: { name: string; acronym?: string }): string {
  return org.acronym && !org.name.includes(org.acronym) ? t.identity.withAcronym(org.name, org.acronym) : org.name;
}

/** `Hérault (34)`. */
export function departementLabel(dep: { code: string; name: string }): string {
  return t.identity.departementName(dep.name, dep.code);
}

/** Where the programme took place, in a few words: communes or perimeter, then département. */
export function territoryText(territory: Programme['territory']): string | undefined {
  const place = nonEmpty(territory.communes) ? territory.communes.join(', ') : territory.perimeter;
  const parts = [place, territory.departement && departementLabel(territory.departement)].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}

/** The years the programme ran, from its period. */
export function programmeYears(programme: Programme): number[] {
  return programme.period ? periodYears(programme.period) : [];
}

/** `12 femmes de 18 à 55 ans, habitant en quartier prioritaire`; undefined when nothing is given. */
export function publicSummary(programme: Programme): string | undefined {
  const p = programme.public;
  const s = t.index.publicSummary;
  const [one, many] = s.nouns[p.gender ?? 'unknown'];
  let people: string | undefined;
  if (p.headcount) people = s.people(formatRange(p.headcount), (p.headcount.max ?? p.headcount.min ?? 0) >= 2 ? many : one);
  else if (p.gender && p.gender !== 'mixed') people = t.public.genders[p.gender];
  const parts: string[] = [];
  if (people || p.age) parts.push(s.withAge(people, p.age && formatAgeRange(p.age)));
  if (p.gender === 'mixed') parts.push(s.mixed);
  if (p.residence?.qpv) parts.push(s.qpv);
  const cohorts = programme.cohorts ?? [];
  if (cohorts.length > 1) parts.push(s.groups(cohorts.length));
  if (parts.length === 0) return undefined;
  const sentence = parts.join(', ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Keys whose strings are not text a person reads (addresses, anchors, identifiers, commands). */
const NOT_TEXT = new Set(['href', 'anchor', 'id', 'key', 'kind', 'command', 'facets', 'links', 'start', 'type']);

/**
 * French typography for the content's own text, as the dictionary gets it (`'` → `’`, no-break
 * spaces before `: ; ! ? %` and inside « »), so that a sheet reads the same throughout. Markdown
 * trees are copied with their text nodes typeset; code stays as written.
 */
export function typesetContent<T>(value: T): T {
  if (typeof value === 'string') return frenchTypography(value) as T;
  if (Array.isArray(value)) return value.map((item) => typesetContent(item)) as T;
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (node.type === 'text' && typeof node.value === 'string') return { ...node, value: frenchTypography(node.value) } as T;
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return value;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : typesetContent(v)])) as T;
  }
  return value;
}

// ─── Sections ───────────────────────────────────────────────────────────────────────────────────

function identitySection(p: Programme): SheetSection {
  const i = t.identity;
  const rows: FactRow[] = [
    { label: i.carriers, value: p.carriers.map((c) => text(organisationName(c))) },
    { label: i.territory, value: orMissing(nonEmpty(p.territory.communes) ? p.territory.communes.join(', ') : p.territory.perimeter) },
  ];
  if (nonEmpty(p.territory.communes) && p.territory.perimeter) rows.push({ label: i.territory, value: text(p.territory.perimeter) });
  rows.push(
    { label: i.departement, value: orMissing(p.territory.departement && departementLabel(p.territory.departement)) },
    { label: i.region, value: orMissing(p.territory.region) },
  );
  if (nonEmpty(p.territory.qpv)) rows.push({ label: i.qpv, value: p.territory.qpv.map(text) });
  rows.push(
    { label: i.period, value: orMissing(p.period && formatPeriod(p.period)) },
    { label: i.years, value: orMissing(programmeYears(p).join(', ')) },
  );
  if (p.duration) rows.push({ label: i.duration, value: text(formatDurationRange(p.duration)) });
  rows.push(
    { label: i.themes, value: p.themes.map((theme) => text(fr.vocab.programmeTheme[theme])), tags: true },
    { label: i.budget, value: orMissing(p.budget?.total && money(p.budget.total)) },
    { label: i.status, value: text(t.page.status[p.status] ?? fr.vocab.programmeStatus[p.status]) },
  );
  return section('identity', [{ type: 'facts', rows }]);
}

function objectivesSection(p: Programme): SheetSection {
  const o = p.objectives;
  const blocks: Block[] = [];
  const list = (items: string[]): ListBlock => ({ type: 'list', items: items.map((item) => ({ text: item })) });
  if (nonEmpty(o?.general)) blocks.push({ type: 'group', heading: t.objectives.general, blocks: [list(o.general)] });
  if (nonEmpty(o?.operational)) blocks.push({ type: 'group', heading: t.objectives.operational, blocks: [list(o.operational)] });
  return section('objectives', blocks.length ? blocks : [missingParagraph()]);
}

function publicSection(p: Programme): SheetSection {
  const pub = p.public;
  const u = t.public;
  const residence: Inline[] = [];
  if (pub.residence?.qpv) residence.push(text(u.qpvRequired));
  if (nonEmpty(pub.residence?.areas)) residence.push(text(u.areas(pub.residence.areas)));
  const rows: FactRow[] = [
    { label: u.headcount, value: orMissing(pub.headcount && formatRange(pub.headcount, u.personWords)) },
    { label: u.gender, value: orMissing(pub.gender && u.genders[pub.gender]) },
    { label: u.age, value: orMissing(pub.age && formatAgeRange(pub.age)) },
    { label: u.criteria, value: nonEmpty(pub.criteria) ? pub.criteria.map(text) : missing() },
  ];
  if (residence.length) rows.push({ label: u.residence, value: residence });
  const blocks: Block[] = [...markdown(pub.description), { type: 'facts', rows }];
  if (nonEmpty(pub.referrals)) {
    const c = u.referralColumns;
    blocks.push({
      type: 'group',
      heading: u.referrals,
      blocks: [
        {
          type: 'table',
          caption: u.referralsCaption,
          columns: [{ label: c.prescriber }, { label: c.share, align: 'end' }, { label: c.note }],
          rows: pub.referrals.map((r) => [text(r.prescriber), orMissing(r.share && formatShare(r.share)), orMissing(r.note)]),
        },
      ],
    });
  }
  return section('public', blocks);
}

function figureValue(figure: NonNullable<Programme['territory']['figures']>[number]): string {
  switch (figure.unit) {
    case 'percent':
      return formatPercent(figure.value, 1);
    case 'euros':
      return formatMoney(Math.round(figure.value * 100));
    default:
      return formatNumber(figure.value);
  }
}

function contextSection(p: Programme): SheetSection | undefined {
  const figures = p.territory.figures ?? [];
  const blocks: Block[] = [...markdown(p.context)];
  if (figures.length) {
    blocks.push({
      type: 'group',
      heading: t.context.figures,
      blocks: [
        {
          type: 'figures',
          items: figures.map((f) => {
            const detail = [f.year !== undefined ? t.context.figureYear(f.year) : undefined, f.source ? t.context.figureSource(f.source) : undefined].filter(Boolean);
            return { value: figureValue(f), label: f.label, ...(detail.length && { detail: detail.join(', ') }) };
          }),
        },
      ],
    });
  }
  return blocks.length ? section('context', blocks) : undefined;
}

function facilitatorText(w: Workshop): string | undefined {
  const f = w.facilitator;
  if (!f) return undefined;
  const who = [f.name, f.role].filter(Boolean).join(', ');
  if (who && f.organisation) return `${who} (${f.organisation})`;
  return who || f.organisation;
}

/**
 * Why hours per person are not computed although sessions and duration are given (session counts
 * are closed ranges): the duration is in days, weeks or months, which are never turned into hours.
 */
function notComputedReason(w: Workshop): string {
  const unit = w.sessionDuration!.unit;
  return unit === 'minutes' ? fr.common.notProvided : t.operation.notComputed(fr.format.durationUnits[unit][1]);
}

/** `Atelier thématique (en groupe)`; the mode is left out when the kind already says it. */
function kindText(w: Workshop): string {
  const kind = fr.vocab.workshopKind[w.kind];
  return kind.toLowerCase().includes(t.operation.modeInKind[w.mode]) ? kind : t.operation.kindAndMode(kind, t.operation.mode[w.mode]);
}

function frequencyText(w: Workshop): string | undefined {
  const frequency = w.frequency && formatFrequency(w.frequency);
  const span = w.span && formatDuration(w.span);
  if (frequency && span) return t.operation.span(frequency, span);
  return frequency ?? (span && t.operation.spanOnly(span));
}

function operationSection(p: Programme, m: ProgrammeMetrics): SheetSection {
  const o = t.operation;
  const workshops = p.workshops ?? [];
  const cohorts = p.cohorts ?? [];
  const blocks: Block[] = [...markdown(p.description)];

  // Key figures: only those whose inputs are all known.
  const quantified = m.workshops.filter((w) => w.minutesPerParticipant);
  const countedNote = m.unquantified.length ? o.countedOnly(quantified.length, m.workshops.length) : undefined;
  const figures: KeyFigure[] = [];
  if (m.participants) figures.push({ value: formatSpan(m.participants), label: o.participants(m.participants.max) });
  if (p.duration) figures.push({ value: formatDurationRange(p.duration), label: o.duration.toLowerCase() });
  if (m.sessionsPerParticipant) figures.push({ value: formatSpan(m.sessionsPerParticipant), label: o.sessions(m.sessionsPerParticipant.max), ...(countedNote && { detail: countedNote }) });
  if (m.minutesPerParticipant) figures.push({ value: formatMinutesSpan(m.minutesPerParticipant), label: o.hoursPerParticipant, ...(countedNote && { detail: countedNote }) });
  if (m.facilitatorMinutes) figures.push({ value: formatMinutesSpan(m.facilitatorMinutes), label: o.facilitatorHours, ...(countedNote && { detail: countedNote }) });
  if (figures.length) blocks.push({ type: 'group', heading: o.keyFigures, blocks: [{ type: 'figures', items: figures }] });

  if (cohorts.length) {
    const c = o.cohortColumns;
    const hoursOf = (id: string): Inline => {
      const group = m.groups.find((g) => g.id === id);
      return group?.minutesPerParticipant ? text(formatMinutesSpan(group.minutesPerParticipant)) : missing();
    };
    const cohortPublic = (cohort: (typeof cohorts)[number]) =>
      [cohort.public, cohort.gender && t.public.genders[cohort.gender], cohort.age && formatAgeRange(cohort.age)].filter(Boolean).join(', ');
    const groupBlocks: Block[] = [
      {
        type: 'table',
        caption: o.cohortsCaption,
        columns: [{ label: c.name }, { label: c.size, align: 'end' }, { label: c.public }, { label: c.carrier }, { label: c.sites }, { label: c.hours, align: 'end' }],
        rows: cohorts.map((cohort) => [
          text(cohort.name),
          orMissing(cohort.size && formatRange(cohort.size)),
          orMissing(cohortPublic(cohort)),
          orMissing(cohort.carrier),
          orMissing(cohort.sites?.join(', ')),
          hoursOf(cohort.id),
        ]),
      },
    ];
    const described = cohorts.filter((cohort) => cohort.description);
    if (described.length) {
      groupBlocks.push({
        type: 'group',
        heading: o.cohortDescriptions,
        blocks: [{ type: 'definitions', items: described.map((cohort) => ({ term: cohort.name, details: [cohort.description!.mdast] })) }],
      });
    }
    blocks.push({ type: 'group', heading: o.cohorts, blocks: groupBlocks });
  }

  if (workshops.length) {
    const c = o.workshopColumns;
    const multi = cohorts.length > 1;
    const columns: TableColumn[] = [
      { label: c.title },
      { label: c.kind },
      { label: c.sessions, align: 'end' },
      { label: c.duration, align: 'end' },
      { label: c.frequency },
      { label: c.facilitator },
      ...(multi ? [{ label: c.cohorts }] : []),
      { label: c.hours, align: 'end' },
    ];
    const rows = workshops.map((w, index) => {
      const metrics = m.workshops[index];
      const hours: Inline = metrics.minutesPerParticipant
        ? text(formatMinutesSpan(metrics.minutesPerParticipant))
        : w.sessions && w.sessionDuration
          ? { text: notComputedReason(w), missing: true }
          : missing();
      const cohortNames = nonEmpty(w.cohorts)
        ? w.cohorts.map((id) => cohorts.find((x) => x.id === id)?.name ?? id).join(', ')
        : o.allCohorts;
      return [
        text(w.title),
        text(kindText(w)),
        orMissing(w.sessions && formatRange(w.sessions)),
        orMissing(w.sessionDuration && formatDurationRange(w.sessionDuration)),
        orMissing(frequencyText(w)),
        orMissing(facilitatorText(w)),
        ...(multi ? [text(cohortNames)] : []),
        hours,
      ];
    });
    const footer: TableCell[][] = [];
    if (quantified.length && m.sessionsPerParticipant && m.minutesPerParticipant) {
      const blank = text('');
      footer.push([
        text(o.total),
        blank,
        text(formatSpan(m.sessionsPerParticipant)),
        blank,
        blank,
        blank,
        ...(multi ? [blank] : []),
        text(formatMinutesSpan(m.minutesPerParticipant)),
      ]);
    }
    const workshopBlocks: Block[] = [{ type: 'table', caption: o.workshopsCaption, columns, rows, ...(footer.length && { footer }) }];
    if (quantified.length) workshopBlocks.push({ type: 'paragraph', text: o.hoursNote, tone: 'note' });
    // Which workshops the total leaves out (when there is a total to speak of).
    if (quantified.length && m.unquantified.length) {
      const titles = m.unquantified.map((id) => workshops.find((w) => w.id === id)?.title ?? id);
      workshopBlocks.push({ type: 'paragraph', text: o.unquantified(titles), tone: 'note' });
    }
    const described = workshops.filter((w) => w.description);
    if (described.length) {
      workshopBlocks.push({
        type: 'group',
        heading: o.workshopDescriptions,
        blocks: [{ type: 'definitions', items: described.map((w) => ({ term: w.title, details: [w.description!.mdast] })) }],
      });
    }
    blocks.push({ type: 'group', heading: o.workshops, blocks: workshopBlocks });
  }

  if (nonEmpty(p.governance)) {
    const c = o.governanceColumns;
    blocks.push({
      type: 'group',
      heading: o.governance,
      blocks: [
        {
          type: 'table',
          caption: o.governanceCaption,
          columns: [{ label: c.body }, { label: c.frequency }, { label: c.members }, { label: c.role }, { label: c.dates }],
          rows: p.governance.map((g) => [
            text(g.body),
            orMissing(g.frequency && formatFrequency(g.frequency)),
            orMissing(g.members?.join(' ; ')),
            orMissing(g.role),
            orMissing(g.dates?.map(formatDate).join(', ')),
          ]),
        },
      ],
    });
  }

  return section('operation', blocks.length ? blocks : [missingParagraph()]);
}

/** Months since year 0, so that months can be subtracted. */
const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthIso = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The phases as a timeline: one lane per phase, dated steps as events, graduations. */
export function phasesTimeline(phases: NonNullable<Programme['phases']>): TimelineSpec | undefined {
  if (phases.length === 0) return undefined;
  const bounds = phases.map((ph) => {
    const first = monthIndex(dateBounds(ph.period.start).first);
    // A phase without an end date is drawn to its last dated step, or over its first month.
    const lastDate = ph.period.end ?? [...(ph.steps ?? [])].reverse().find((s) => s.date)?.date ?? ph.period.start;
    const last = monthIndex(dateBounds(lastDate).last);
    return { first, last };
  });
  const start = Math.min(...bounds.map((b) => b.first));
  const end = Math.max(...bounds.map((b) => b.last)) + 1;
  const months = end - start;
  const ticks: TimelineSpec['ticks'] = [];
  if (months > 36) {
    for (let m = start; m < end; m++) if (m % 12 === 0) ticks.push({ at: m - start, label: String(m / 12) });
  } else {
    const step = [1, 2, 3, 6, 12].find((s) => months / s <= 6) ?? 12;
    let year = '';
    for (let m = start; m < end; m += step) {
      const [month, y] = formatDate(monthIso(m)).split('\u00A0');
      ticks.push({ at: m - start, label: month, ...(y !== year && { year: y }) });
      year = y;
    }
  }
  const lanes: TimelineLane[] = phases.map((ph, i) => {
    const kind = fr.vocab.phaseKind[ph.kind];
    return {
      label: t.phases.heading(kind, ph.title),
      kind: ph.kind,
      from: bounds[i].first - start,
      to: bounds[i].last + 1 - start,
      periodText: formatPeriod(ph.period),
      events: (ph.steps ?? [])
        .filter((s) => s.date)
        .map((s) => {
          const b = dateBounds(s.date!);
          const at = (monthIndex(b.first) + monthIndex(b.last) + 1) / 2 - start;
          return { at, label: s.label, dateText: formatDate(s.date!) };
        }),
    };
  });
  return {
    kind: 'timeline',
    id: 'frise-phases',
    title: t.phases.chartTitle,
    description: t.phases.chartDescription(lanes.map((l) => t.phases.phaseLine(l.label, l.periodText))),
    start: monthIso(start),
    months,
    ticks,
    lanes,
    ...(lanes.some((l) => l.events.length > 0) && { legend: t.phases.legend }),
  };
}

function phasesSection(p: Programme): SheetSection | undefined {
  const phases = p.phases ?? [];
  const timeline = phasesTimeline(phases);
  if (!timeline) return undefined;
  const details: Block[] = phases.map((ph) => ({
    type: 'group',
    heading: t.phases.heading(fr.vocab.phaseKind[ph.kind], ph.title),
    blocks: [
      { type: 'paragraph', text: formatPeriod(ph.period), tone: 'note' },
      ...(nonEmpty(ph.steps)
        ? [{ type: 'list' as const, items: ph.steps.map((s) => ({ text: s.date ? t.phases.step(formatDate(s.date), s.label) : s.label })) }]
        : []),
    ],
  }));
  return section('phases', [{ type: 'chart', chart: timeline }, ...details]);
}

function meansSection(p: Programme): SheetSection {
  const m = t.means;
  const blocks: Block[] = [];
  const human = p.means?.human ?? [];
  if (human.length) {
    const c = m.humanColumns;
    blocks.push({
      type: 'group',
      heading: m.human,
      blocks: [
        {
          type: 'table',
          caption: m.humanCaption,
          columns: [{ label: c.role }, { label: c.organisation }, { label: c.status }, { label: c.time }, { label: c.note }],
          rows: human.map((h) => [
            text(h.count && h.count > 1 ? m.count(h.count, h.role) : h.role),
            orMissing(h.organisation),
            orMissing(h.status && fr.vocab.meansStatus[h.status]),
            orMissing(formatHumanTime(h)),
            orMissing(h.note),
          ]),
        },
      ],
    });
  }
  if (nonEmpty(p.means?.material)) {
    blocks.push({ type: 'group', heading: m.material, blocks: [{ type: 'list', items: p.means.material.map((item) => ({ text: item })) }] });
  }
  return section('means', blocks.length ? blocks : [missingParagraph()]);
}

/**
 * The budget: its figures (the metrics leave costs per hour out while a workshop is not
 * quantified, since its hours would be missing from the divisor), lines and funders.
 */
function budgetSection(p: Programme, m: ProgrammeMetrics): SheetSection {
  const b = t.budget;
  const budget = p.budget;
  if (!budget) return section('budget', [missingParagraph()]);
  const blocks: Block[] = [];
  const figures: KeyFigure[] = [];
  if (budget.total) figures.push({ value: money(budget.total), label: b.total.toLowerCase() });
  if (budget.total && m.costPerParticipantCents && m.participants) {
    figures.push({
      value: formatMoneySpan(m.costPerParticipantCents),
      label: b.perParticipant.toLowerCase(),
      detail: b.perParticipantDetail(money(budget.total), `${formatSpan(m.participants)} ${fr.format.people(m.participants.max)}`),
    });
  }
  if (m.costPerParticipantHourCents) figures.push({ value: formatMoneySpan(m.costPerParticipantHourCents), label: b.perParticipantHour.toLowerCase(), detail: b.computed });
  if (m.costPerFacilitatorHourCents) figures.push({ value: formatMoneySpan(m.costPerFacilitatorHourCents), label: b.perFacilitatorHour.toLowerCase(), detail: b.computed });
  if (figures.length) blocks.push({ type: 'figures', items: figures });

  const lines = budget.lines ?? [];
  if (lines.length) {
    const c = b.lineColumns;
    const rows = lines.map((line) => {
      const unit = line.unit ? fr.vocab.priceUnit[line.unit] : undefined;
      const computation =
        line.quantity !== undefined && line.unitPrice
          ? b.lineComputation(formatNumber(line.quantity), unit && (line.quantity >= 2 ? unit[1] : unit[0]), money(line.unitPrice))
          : undefined;
      const label = line.note ? `${line.label} (${line.note})` : line.label;
      return [text(label), orMissing(line.category && fr.vocab.budgetCategory[line.category]), orMissing(computation), orMissing(line.amount && money(line.amount))];
    });
    const footer = budget.total ? [[text(b.linesTotal), text(''), text(''), text(money(budget.total))]] : undefined;
    blocks.push({
      type: 'group',
      heading: b.lines,
      blocks: [
        {
          type: 'table',
          caption: b.linesCaption,
          columns: [{ label: c.label }, { label: c.category }, { label: c.computation }, { label: c.amount, align: 'end' }],
          rows,
          ...(footer && { footer }),
        },
      ],
    });
  }

  const funders = budget.funders ?? [];
  if (funders.length) {
    const c = b.funderColumns;
    const total = budget.total?.cents;
    const withNotes = funders.some((f) => f.note || f.inKind);
    const rows = funders.map((f) => {
      const share = f.share
        ? formatShare(f.share)
        : f.amount && total
          ? formatPercent((f.amount.cents / total) * 100, 1)
          : undefined;
      const note = [f.inKind ? b.inKind : undefined, f.note].filter(Boolean).join(' ; ');
      return [
        text(f.name),
        orMissing(f.kind && fr.vocab.funderKind[f.kind]),
        orMissing(f.amount && money(f.amount)),
        orMissing(share),
        ...(withNotes ? [text(note)] : []),
      ];
    });
    const known = funders.filter((f) => f.amount);
    const footer: TableCell[][] | undefined =
      known.length > 1
        ? [[
            text(b.fundersTotal),
            text(''),
            text(formatMoney(known.reduce((sum, f) => sum + f.amount!.cents, 0))),
            total ? text(formatPercent((known.reduce((sum, f) => sum + f.amount!.cents, 0) / total) * 100, 1)) : text(''),
            ...(withNotes ? [text('')] : []),
          ]]
        : undefined;
    blocks.push({
      type: 'group',
      heading: b.funders,
      blocks: [
        {
          type: 'table',
          caption: b.fundersCaption,
          columns: [
            { label: c.name },
            { label: c.kind },
            { label: c.amount, align: 'end' },
            { label: c.share, align: 'end' },
            ...(withNotes ? [{ label: c.note }] : []),
          ],
          rows,
          ...(footer && { footer }),
        },
      ],
    });
  }
  if (budget.note) blocks.push({ type: 'paragraph', text: budget.note, tone: 'note' });
  return section('budget', blocks.length ? blocks : [missingParagraph()]);
}

function partnersSection(p: Programme): SheetSection {
  const partners = p.partners ?? [];
  if (partners.length === 0) return section('partners', [missingParagraph()]);
  const blocks: Block[] = partnerRoles
    .map((role) => ({ role, members: partners.filter((x) => x.roles.includes(role)) }))
    .filter((g) => g.members.length > 0)
    .map((g) => ({
      type: 'group' as const,
      heading: fr.vocab.partnerRole[g.role],
      blocks: [{ type: 'list' as const, items: g.members.map((x) => ({ text: organisationName(x), ...(x.description && { detail: x.description }) })) }],
    }));
  return section('partners', blocks);
}

/** The value of a result as a person reads it: `7 sur 12 (58 %)`, `44`, `58 %`. */
export function resultValue(r: ResultMetrics): string | undefined {
  if (r.count !== undefined && r.of !== undefined) return formatRate(r.count, r.of);
  if (r.count !== undefined) return formatNumber(r.count);
  if (r.rate !== undefined) return formatPercent(r.rate);
  return undefined;
}

/** The results chart: one bar per result that has a denominator or is a percentage. */
export function resultsChart(results: readonly ResultMetrics[]): BarChartSpec | undefined {
  const bars: Bar[] = results
    .filter((r) => r.rate !== undefined)
    .map((r) =>
      r.computed
        ? { label: r.label, value: r.count!, max: r.of!, valueText: formatRate(r.count!, r.of!), counts: true }
        : { label: r.label, value: r.rate!, max: 100, valueText: formatPercent(r.rate!), counts: false },
    );
  if (bars.length === 0) return undefined;
  return {
    kind: 'bars',
    id: 'graphique-resultats',
    title: t.results.chartTitle,
    description: t.results.chartDescription(bars.map((bar) => t.results.chartItem(bar.label, bar.valueText))),
    bars,
  };
}

function resultsSection(p: Programme, m: ProgrammeMetrics): SheetSection {
  const r = t.results;
  const results = p.results;
  const quantitative = results?.quantitative ?? [];
  const qualitative = results?.qualitative ?? [];
  if (quantitative.length === 0 && qualitative.length === 0) return section('results', [missingParagraph()]);
  const blocks: Block[] = [];
  if (results?.interim) blocks.push({ type: 'paragraph', text: r.interim(results.asOf && formatDate(results.asOf)), tone: 'note' });
  else if (results?.asOf) blocks.push({ type: 'paragraph', text: r.asOf(formatDate(results.asOf)), tone: 'note' });

  if (quantitative.length) {
    const chart = resultsChart(m.results);
    if (chart) blocks.push({ type: 'chart', chart });
    const c = r.columns;
    const cohorts = p.cohorts ?? [];
    const rows = quantitative.map((q, index) => {
      const metrics = m.results[index];
      const details = [
        q.cohort ? r.cohort(cohorts.find((x) => x.id === q.cohort)?.name ?? q.cohort) : undefined,
        nonEmpty(q.breakdown) ? r.breakdown(q.breakdown.map((part) => r.breakdownPart(part.label, formatNumber(part.count)))) : undefined,
        q.asOf ? r.asOf(formatDate(q.asOf)) : undefined,
        !metrics.computed && metrics.rate !== undefined ? r.givenPercent : undefined,
        q.note,
      ].filter(Boolean);
      const of = q.of !== undefined ? (q.ofLabel ? r.ofLabel(formatNumber(q.of), q.ofLabel) : formatNumber(q.of)) : undefined;
      return [
        text(q.label),
        orMissing(q.count !== undefined ? formatNumber(q.count) : undefined),
        orMissing(of),
        orMissing(metrics.rate !== undefined ? formatPercent(metrics.rate) : undefined),
        details.length ? text(details.join(' ; ')) : text(''),
      ];
    });
    const withDetails = rows.some((row) => row[4].text !== '');
    blocks.push({
      type: 'table',
      caption: r.figuresCaption,
      columns: [{ label: c.label }, { label: c.count, align: 'end' }, { label: c.of, align: 'end' }, { label: c.rate, align: 'end' }, ...(withDetails ? [{ label: c.detail }] : [])],
      rows: withDetails ? rows : rows.map((row) => row.slice(0, 4)),
    });
  }

  if (qualitative.length) {
    const audiences = [...new Set(qualitative.map((q) => q.audience))];
    blocks.push({
      type: 'group',
      heading: r.qualitative,
      blocks: [
        {
          type: 'definitions',
          items: audiences.map((audience) => ({
            term: audience ? fr.vocab.audience[audience] : r.otherAudience,
            details: qualitative.filter((q) => q.audience === audience).map((q) => q.text.mdast),
          })),
        },
      ],
    });
  }
  return section('results', blocks);
}

function indicatorsSection(p: Programme): SheetSection | undefined {
  const indicators = p.indicators ?? [];
  if (indicators.length === 0) return undefined;
  const c = t.indicators.columns;
  type Unit = (typeof indicators)[number]['unit'];
  const one = (n: number, unit: Unit) =>
    unit === 'percent' ? formatPercent(n, 1) : unit === 'count' ? formatNumber(n) : `${formatNumber(n)} ${fr.vocab.indicatorUnit[unit]}`;
  /** `80 % et plus`, `50 % à 60 %`, `12 à 15 personnes`. */
  const target = (range: NonNullable<(typeof indicators)[number]['target']>, unit: Unit) => {
    const { min, max } = range;
    if (min !== undefined && max !== undefined) {
      if (min === max) return one(min, unit);
      return unit === 'percent' || unit === 'count'
        ? fr.format.range(one(min, unit), one(max, unit))
        : `${fr.format.range(formatNumber(min), formatNumber(max))} ${fr.vocab.indicatorUnit[unit]}`;
    }
    return min !== undefined ? fr.format.rangeOpenMin(one(min, unit)) : fr.format.rangeOpenMax(one(max!, unit));
  };
  return section('indicators', [
    {
      type: 'table',
      caption: t.indicators.caption,
      columns: [{ label: c.label }, { label: c.definition }, { label: c.target, align: 'end' }, { label: c.actual, align: 'end' }, { label: c.computation }],
      rows: indicators.map((i) => [
        text(i.label),
        orMissing(i.definition),
        orMissing(i.target && target(i.target, i.unit)),
        orMissing(
          i.actual === undefined
            ? undefined
            : i.denominator !== undefined
              ? formatRate(i.actual, i.denominator)
              : one(i.actual, i.unit),
        ),
        orMissing(i.computation),
      ]),
    },
  ]);
}

function toolsSection(p: Programme): SheetSection | undefined {
  if (!nonEmpty(p.evaluationTools) && !nonEmpty(p.communicationTools)) return undefined;
  const list = (items: readonly string[] | undefined): Block => (nonEmpty(items) ? { type: 'list', items: items.map((item) => ({ text: item })) } : missingParagraph());
  return section('tools', [
    { type: 'group', heading: t.tools.evaluation, blocks: [list(p.evaluationTools)] },
    { type: 'group', heading: t.tools.communication, blocks: [list(p.communicationTools)] },
  ]);
}

function narrativeSection(key: 'lessons' | 'transferability', value: Markdown | undefined, required: boolean): SheetSection | undefined {
  if (value) return section(key, markdown(value));
  return required ? section(key, [missingParagraph()]) : undefined;
}

function contactsSection(p: Programme): SheetSection {
  const c = t.contacts;
  const blocks: Block[] = [];
  const contacts = p.contacts ?? [];
  if (contacts.length) {
    const col = c.columns;
    blocks.push({
      type: 'group',
      heading: c.people,
      blocks: [
        {
          type: 'table',
          caption: c.caption,
          columns: [{ label: col.name }, { label: col.role }, { label: col.organisation }, { label: col.email }, { label: col.phone }],
          rows: contacts.map((person) => [
            text(person.name),
            orMissing(person.role),
            orMissing(person.organisation),
            person.email ? { text: person.email, href: `mailto:${person.email}` } : missing(),
            person.phone ? { text: person.phone, href: `tel:${person.phone.replace(/\s/g, '')}` } : missing(),
          ]),
        },
      ],
    });
  }
  if (nonEmpty(p.links)) {
    blocks.push({ type: 'group', heading: c.links, blocks: [{ type: 'facts', rows: p.links.map((l) => ({ label: l.label, value: { text: l.url, href: l.url } })) }] });
  }
  return section('contacts', blocks.length ? blocks : [missingParagraph()]);
}

function sourceSection(p: Programme): SheetSection | undefined {
  const s = p.source;
  if (!s) return undefined;
  const l = t.source;
  const rows: FactRow[] = [
    { label: l.title, value: text(s.title) },
    { label: l.publisher, value: text(s.publisher) },
    { label: l.date, value: orMissing(s.date && formatDate(s.date)) },
  ];
  if (s.url) rows.push({ label: l.url, value: { text: s.url, href: s.url } });
  if (s.note) rows.push({ label: l.note, value: text(s.note) });
  return section('source', [{ type: 'facts', rows }]);
}

function section(key: SectionKey, blocks: Block[]): SheetSection {
  return { key, anchor: t.anchors[key], heading: t.headings[key], blocks };
}

// ─── The sheet and its card ─────────────────────────────────────────────────────────────────────

/** The sheet's sections, in reading order; optional sections without data are left out. */
export function sheetSections(p: Programme, m: ProgrammeMetrics): SheetSection[] {
  const sections = [
    identitySection(p),
    objectivesSection(p),
    publicSection(p),
    contextSection(p),
    operationSection(p, m),
    phasesSection(p),
    meansSection(p),
    budgetSection(p, m),
    partnersSection(p),
    resultsSection(p, m),
    indicatorsSection(p),
    toolsSection(p),
    narrativeSection('lessons', p.lessons, false),
    narrativeSection('transferability', p.transferability, true),
    contactsSection(p),
    sourceSection(p),
  ].filter((s): s is SheetSection => s !== undefined);
  return typesetContent(sections);
}

const PASSIVE_OUTCOMES = new Set(['participation', 'enrolment']);

/**
 * The result a card shows: a rate with its denominator first (an outcome such as a job rather
 * than mere participation), then a count, then a bare percentage.
 */
export function keyResult(results: readonly ResultMetrics[]): ResultMetrics | undefined {
  const active = (r: ResultMetrics) => !r.outcome || !PASSIVE_OUTCOMES.has(r.outcome);
  return (
    results.find((r) => r.computed && active(r)) ??
    results.find((r) => r.computed) ??
    results.find((r) => r.count !== undefined && active(r)) ??
    results.find((r) => r.rate !== undefined) ??
    results.find((r) => r.count !== undefined)
  );
}

/** The public filter values of a programme: genders (of the public and its groups), youth, QPV. */
export function publicFacets(p: Programme): string[] {
  const values = new Set<string>();
  const genders = [p.public.gender, ...(p.cohorts ?? []).map((c) => c.gender)];
  for (const g of ['women', 'men', 'mixed'] as const) if (genders.includes(g)) values.add(g);
  const ages = [p.public.age, ...(p.cohorts ?? []).map((c) => c.age)];
  if (ages.some((a) => a?.max !== undefined && a.max <= 25)) values.add('youth');
  if (p.public.residence?.qpv || nonEmpty(p.territory.qpv)) values.add('qpv');
  return [...values];
}

export function sheetCard(entry: Entry<Programme>, m: ProgrammeMetrics): SheetCard {
  const p = entry.data;
  const years = programmeYears(p);
  const key = keyResult(m.results);
  const value = key && resultValue(key);
  return typesetContent({
    id: entry.id,
    href: `/experiences/${entry.id}/`,
    title: p.title,
    summary: p.summary,
    fictional: p.fictional === true,
    status: t.page.status[p.status] ?? fr.vocab.programmeStatus[p.status],
    territory: orMissing(territoryText(p.territory)),
    public: orMissing(publicSummary(p)),
    themes: p.themes.map((theme) => fr.vocab.programmeTheme[theme]),
    years: orMissing(years.length > 3 ? formatSpan({ min: years[0], max: years[years.length - 1] }, String) : years.join(', ')),
    ...(key && value && { keyResult: { value, label: key.label } }),
    facets: {
      theme: [...p.themes],
      region: p.territory.region ? [p.territory.region] : [],
      departement: p.territory.departement ? [p.territory.departement.code] : [],
      public: publicFacets(p),
      year: years.map(String),
    },
  });
}

export function sheetView(entry: Entry<Programme>, metrics: ProgrammeMetrics): SheetView {
  const p = entry.data;
  const page = t.page;
  return {
    id: entry.id,
    title: frenchTypography(p.title),
    summary: frenchTypography(p.summary),
    fictional: p.fictional === true,
    status: { key: p.status, label: page.status[p.status] ?? fr.vocab.programmeStatus[p.status] },
    links: { page: `/experiences/${entry.id}/`, pdf: `/experiences/${entry.id}.pdf`, json: `/experiences/${entry.id}.json` },
    adapt: {
      heading: page.adaptHeading,
      intro: page.adaptIntro,
      commandLabel: page.adaptCommandLabel,
      command: `npx passerelle new response ${page.adaptResponseId} --from-programme ${entry.id} --tender ${page.adaptTenderId}`,
      placeholders: page.adaptPlaceholders,
    },
    sections: sheetSections(p, metrics),
    card: sheetCard(entry, metrics),
  };
}

// ─── The index's filters ────────────────────────────────────────────────────────────────────────

function facetLabel(key: FacetKey, value: string, programmes: readonly Programme[]): string {
  switch (key) {
    case 'theme':
      return fr.vocab.programmeTheme[value as (typeof programmeThemes)[number]] ?? value;
    case 'departement': {
      const dep = programmes.map((p) => p.territory.departement).find((d) => d?.code === value);
      return dep ? departementLabel(dep) : value;
    }
    case 'public':
      return (t.index.publicFacet as Record<string, string>)[value] ?? value;
    default:
      return value;
  }
}

/**
 * The filters of the index: every value some sheet has, with how many sheets have it. Themes and
 * public follow the vocabulary's order; places alphabetically; years from the most recent.
 */
export function sheetFacets(cards: readonly SheetCard[], programmes: readonly Programme[]): Facet[] {
  return facetKeys.map((key) => {
    const counts = new Map<string, number>();
    for (const card of cards) for (const value of card.facets[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
    let values = [...counts.keys()];
    if (key === 'theme') values = programmeThemes.filter((th) => counts.has(th));
    else if (key === 'public') values = Object.keys(t.index.publicFacet).filter((v) => counts.has(v));
    else if (key === 'year') values.sort((a, b) => Number(b) - Number(a));
    else values.sort((a, b) => facetLabel(key, a, programmes).localeCompare(facetLabel(key, b, programmes), 'fr'));
    return {
      key,
      label: t.index.facets[key],
      values: values.map((value) => ({ value, label: facetLabel(key, value, programmes), count: counts.get(value)! })),
    };
  });
}

/** Cards in the index's order: the most recent first, then by title; undated sheets last. */
export function sortCards(cards: readonly SheetCard[]): SheetCard[] {
  const last = (c: SheetCard) => (c.facets.year.length ? Math.max(...c.facets.year.map(Number)) : -Infinity);
  return [...cards].sort((a, b) => last(b) - last(a) || a.title.localeCompare(b.title, 'fr'));
}
