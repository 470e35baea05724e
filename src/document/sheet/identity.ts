/**
 * The identity block: carriers (with their kind, role and period), other titles, territory
 * (communes, départements, régions, other areas, QPV), period and years, the programme's span and
 * one person's pathway, themes, budget with its period, status, awards and labels, identifiers.
 */
import type { Programme } from '../../../schemas/index';
import { formatCount, formatDuration, formatDurationRange, formatMoney, formatPeriod, formatQualifiedDate } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, missing, nonEmpty, orMissing, text } from '../build';
import type { FactRow, Runs } from '../model';
import { budgetText } from './budget';
import { sourcedSection, type SheetSection } from './section';
import { areaLabel, departementLabel, durationText, organisationName, sourcesOf, statusText, yearsText } from './text';

const i = () => fr.sheet.identity;

function carrierText(p: Programme, c: Programme['carriers'][number]): string {
  const name = organisationName(c);
  // The kind is left out when the name already says it (« … (CCAS) »).
  const kind = c.kind && fr.vocab.organisationKind[c.kind];
  const what = [kind && !name.includes(kind) && kind, c.role && fr.vocab.carrierRole[c.role], c.period && formatPeriod(c.period, (ids) => sourcesOf(p, ids) ?? ''), c.note].filter(Boolean);
  return what.length ? i().carrierWith(name, what.join(', ')) : name;
}

function territoryRows(p: Programme): FactRow[] {
  const t = p.territory;
  const rows: FactRow[] = [fact(i().territory, orMissing(nonEmpty(t.communes) ? t.communes.join(', ') : t.perimeter))];
  if (nonEmpty(t.communes) && t.perimeter) rows.push(fact(i().territory, text(t.perimeter)));
  const list = (items: readonly string[] | undefined): Runs[] => (nonEmpty(items) ? items.map(text) : [missing()]);
  rows.push(
    fact((t.departements?.length ?? 0) > 1 ? i().departements : i().departement, ...list(t.departements?.map(departementLabel))),
    fact((t.regions?.length ?? 0) > 1 ? i().regions : i().region, ...list(t.regions)),
  );
  if (nonEmpty(t.areas)) rows.push(fact(i().areas, ...t.areas.map((a) => text(`${areaLabel(a, t.regions)}${a.kind === 'former-region' ? '' : ` — ${fr.vocab.areaKind[a.kind]}`}`))));
  if (nonEmpty(t.qpv)) rows.push(fact(i().qpv, ...t.qpv.map(text)));
  if (t.qpvCount) rows.push(fact(i().qpvCount, text(formatCount(t.qpvCount))));
  return rows;
}

function awardText(a: NonNullable<Programme['awards']>[number]): string {
  const details = [a.rank, a.edition, a.by && i().awardBy(a.by), a.with && i().awardWith(a.with), a.amount && formatMoney(a.amount.cents), a.date && formatQualifiedDate(a.date)].filter(Boolean);
  return `${fr.vocab.awardKind[a.kind]} : ${a.name}${details.length ? ` (${details.join(', ')})` : ''}`;
}

export function identitySection(p: Programme): SheetSection {
  const rows: FactRow[] = [fact(i().carriers, ...p.carriers.map((c) => text(carrierText(p, c))))];
  if (nonEmpty(p.otherTitles))
    rows.push(fact(i().otherTitles, ...p.otherTitles.map((o) => text([o.title, [o.lang && fr.vocab.titleLanguage[o.lang], o.note].filter(Boolean).join(', ')].filter(Boolean).join(' — ')))));
  rows.push(...territoryRows(p));
  // A programme the author says is running, with no end, runs « depuis » its start.
  const period = p.period && (p.status === 'running' && !p.period.end ? { ...p.period, ongoing: true as const } : p.period);
  rows.push(fact(i().period, orMissing(period && formatPeriod(period, (ids) => sourcesOf(p, ids) ?? ''))), fact(i().years, orMissing(yearsText(p))));
  if (p.span) rows.push(fact(i().span, text(formatDuration(p.span))));
  if (p.duration) rows.push(fact(i().duration, text(durationText(p, p.duration))));
  rows.push(
    { label: i().themes, values: p.themes.map((theme) => text(fr.vocab.programmeTheme[theme])), tags: true },
    fact(i().budget, orMissing(p.budget?.total && budgetText(p.budget))),
    fact(i().status, text(statusText(p))),
  );
  if (nonEmpty(p.awards)) rows.push(fact(i().awards, ...p.awards.map((a) => text(awardText(a)))));
  if (nonEmpty(p.identifiers)) rows.push(fact(i().identifiers, ...p.identifiers.map((x) => text(i().identifier(x.register, x.id)))));
  return sourcedSection(p, 'identity', [facts(rows)], p.carriers, p.otherTitles, p.territory.communes, p.territory.areas, p.territory.qpvCount, p.territory.source, p.period, p.statusObserved, p.awards, p.identifiers);
}
