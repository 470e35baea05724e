/**
 * The target public: how many (each count with its kind, period, date and source: a target is
 * never shown as an achievement, a capacity never as people), gender, age (the ages sources
 * disagree on, each with its source), shares of the public, entry criteria and the conditions
 * that differ by part of the public, place or period, residence, and referral shares.
 */
import type { Programme } from '../../../schemas/index';
import type { TargetPublic } from '../../../schemas/public';
import { publicRanks } from '../../../schemas/vocabulary';
import { formatAgeRange, formatCount, formatPeriod, formatShare } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, markdown, missing, nonEmpty, orMissing, section, table, text } from '../build';
import type { Block, FactRow, Runs } from '../model';
import { sourcedSection, type SheetSection } from './section';
import { ageText, countLine, sourcesOf, type Sourced } from './text';

const u = () => fr.sheet.public;

/** `55 % hommes des personnes accompagnées (source)`. */
export function shareText(p: Sourced, s: NonNullable<TargetPublic['shares']>[number]): string {
  const value = formatShare(s.share);
  const approx = s.share.approx === 'nearly' ? fr.facts.count.nearly(value) : s.share.approx ? fr.facts.count.about(value) : value;
  const source = sourcesOf(p, s.source);
  return [u().share(approx, s.label, s.of), source && `(${source})`].filter(Boolean).join(' ');
}

/** The conditions that differ by part of the public, place or period, as a table (sites named from `sites`). */
export function eligibilityPart(pub: TargetPublic, sites: Programme['sites'] = []): Block | undefined {
  const rules = pub.eligibility ?? [];
  if (rules.length === 0) return undefined;
  const c = u().eligibilityColumns;
  const siteName = (id: string | undefined) => id && (sites?.find((s) => s.id === id)?.name ?? id);
  return section(u().eligibility, [
    table(
      u().eligibilityCaption,
      [{ label: c.public, rowHeader: true }, { label: c.places, align: 'end' }, { label: c.criteria }, { label: c.where }, { label: c.when }],
      rules.map((r) => [
        text([r.public, r.age && formatAgeRange(r.age)].filter(Boolean).join(', ')),
        orMissing(r.places && formatCount(r.places)),
        orMissing(r.criteria?.join(' ; ')),
        orMissing([siteName(r.site), r.area].filter(Boolean).join(', ') || undefined),
        orMissing(r.period && formatPeriod(r.period)),
      ]),
    ),
  ]);
}

/** « En priorité : … », then « À titre subsidiaire : … », each public in its source's words, with its source. */
export function priorityRows(p: Sourced, pub: TargetPublic): FactRow[] {
  return publicRanks.flatMap((rank) => {
    const ranked = (pub.priorities ?? []).filter((x) => x.rank === rank);
    if (ranked.length === 0) return [];
    return [
      fact(
        fr.vocab.publicRank[rank],
        ...ranked.map((x) => {
          const source = sourcesOf(p, x.source);
          return text(source ? `${x.label} (${source})` : x.label);
        }),
      ),
    ];
  });
}

/** Where the public lives: required or a priority, and the areas. */
export function residenceRuns(pub: TargetPublic): Runs[] {
  const residence: Runs[] = [];
  if (pub.residence?.qpv) residence.push(text(pub.residence.priority ? u().qpvPriority : u().qpvRequired));
  else if (pub.residence?.priority) residence.push(text(u().priority));
  if (nonEmpty(pub.residence?.areas)) residence.push(text(u().areas(pub.residence.areas)));
  return residence;
}

export function publicSection(p: Programme): SheetSection {
  const pub = p.public;
  const residence = residenceRuns(pub);
  const counts = pub.headcount ?? [];
  const rows: FactRow[] = [
    fact(u().headcount, ...(counts.length ? counts.map((c) => text(countLine(p, c))) : [missing()])),
    fact(u().gender, orMissing(pub.gender && u().genders[pub.gender])),
    fact(u().age, orMissing(pub.age && ageText(p, pub.age))),
  ];
  if (nonEmpty(pub.shares)) rows.push(fact(u().shares, ...pub.shares.map((s) => text(shareText(p, s)))));
  rows.push(fact(u().criteria, ...(nonEmpty(pub.criteria) ? pub.criteria.map(text) : [missing()])));
  rows.push(...priorityRows(p, pub));
  if (residence.length) rows.push(fact(u().residence, ...residence));
  const blocks: Block[] = [...markdown(pub.description), facts(rows)];
  const eligibility = eligibilityPart(pub, p.sites);
  if (eligibility) blocks.push(eligibility);
  if (nonEmpty(pub.referrals)) {
    const c = u().referralColumns;
    blocks.push(
      section(u().referrals, [
        table(
          u().referralsCaption,
          [{ label: c.prescriber, rowHeader: true }, { label: c.share, align: 'end' }, { label: c.note }],
          pub.referrals.map((r) => [text(r.prescriber), orMissing(r.share && formatShare(r.share)), orMissing(r.note)]),
        ),
      ]),
    );
  }
  return sourcedSection(p, 'public', blocks, pub);
}
