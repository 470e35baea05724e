/**
 * The sections of a call about who and how: the buyer and partners, the procedure and instrument
 * (with legal basis, negotiation, identifiers, CPV, selection of candidates and how to respond),
 * the calendar (deadline with its notes, events, contract period), the territory and the public.
 */
import type { Tender } from '../../../schemas/index';
import type { Organisation } from '../../../schemas/organisation';
import { addressText, cofinancingLines, contractPeriodLines, deadlineText, fundText, identifierText, instrumentText, procedureText } from '../../domain/call-format';
import { formatBoundedDuration } from '../../domain/duration-bound';
import { formatAgeRange, formatCount, formatDate, formatSources, formatMoney, formatNumber, formatPercent, formatRange, formatShare, formatTerritoryFigure } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, link, list, markdown, missing, missingParagraph, nonEmpty, orMissing, paragraph, section, table, text } from '../build';
import type { Block, FactRow, Runs } from '../model';
import { eligibilityPart, priorityRows, residenceRuns, shareText } from '../sheet/public';
import { countLine } from '../sheet/text';
import { absent, isUnread, sourceRuns, withSource } from './source';

const p = () => fr.tender.page;

/** `Creativ’ (association), 17 avenue Champollion, 21000 Dijon, https://…`. */
export function organisationRuns(o: Organisation & { role?: string; source?: string[] }, t?: Tender): Runs {
  const parts = [o.acronym ? `${o.name} (${o.acronym})` : o.name];
  if (o.kind) parts.push(fr.vocab.organisationKind[o.kind]);
  if (o.address) parts.push(addressText(o.address));
  const runs: Runs = [{ text: parts.join(', ') }];
  if (o.role) runs.push({ text: ` — ${o.role}` });
  if (o.website) runs.push({ text: ', ' }, ...link(o.website, o.website));
  return t ? [...runs, ...sourceRuns(o.source, t)] : runs;
}

export function actorsSection(t: Tender): Block[] {
  const rows: FactRow[] = [fact(p().buyer, organisationRuns(t.buyer))];
  if (nonEmpty(t.partners)) rows.push(fact(p().partners, ...t.partners.map((o) => organisationRuns(o, t))));
  if (t.invoicing) rows.push(fact(p().invoicing, organisationRuns(t.invoicing)));
  if (nonEmpty(t.contacts))
    rows.push(
      fact(
        p().contacts,
        ...t.contacts.map((c): Runs => [
          { text: [c.name, c.role, c.organisation].filter(Boolean).join(', ') },
          ...(c.email ? [{ text: ' — ' }, ...link(c.email, `mailto:${c.email}`)] : []),
          ...(c.phone ? [{ text: ` — ${c.phone.replace(/ /g, '\u00A0')}` }] : []),
        ]),
      ),
    );
  return [facts(rows)];
}

export function procedureSection(t: Tender): Block[] {
  const v = fr.tender.vocab;
  const rows: FactRow[] = [
    fact(p().procedure, t.procedure && procedureText(t.procedure) ? withSource(procedureText(t.procedure)!, t.procedure.source, t) : missing()),
    fact(p().instrument, t.instrument ? withSource(instrumentText(t.instrument), t.instrument.source, t) : missing()),
  ];
  // A co-financing is said only when the call speaks of one: most calls have none, and the page
  // must not suggest they lack something.
  for (const c of t.cofinancing ?? []) rows.push(fact(p().cofinancing, withSource(fundText(c), c.source, t), ...cofinancingLines(c).map((line) => text(line))));
  if (t.procedure?.legalBasis)
    rows.push(
      fact(p().legalBasis, ...t.procedure.legalBasis.map((b): Runs => [{ text: b.article ? `${b.text}, ${b.article}` : b.text }, ...(b.url ? [{ text: ' ' }, ...link(b.url, b.url)] : []), ...sourceRuns(b.source, t)])),
    );
  const negotiation = t.procedure?.negotiation;
  if (negotiation) rows.push(fact(p().negotiation, text(negotiation.on ? p().negotiationOn(v.negotiation[negotiation.kind], negotiation.on) : v.negotiation[negotiation.kind])));
  rows.push(fact(p().identifiers, ...(nonEmpty(t.identifiers) ? t.identifiers.map((i) => withSource(identifierText(i), i.source, t)) : [missing()])));
  if (nonEmpty(t.cpv)) rows.push(fact(p().cpv, ...t.cpv.map((c) => text(c.label ? `${c.code}${c.check ? `-${c.check}` : ''} ${c.label}` : `${c.code}${c.check ? `-${c.check}` : ''}`))));
  const blocks: Block[] = [facts(rows)];
  for (const c of t.cofinancing ?? []) if (c.obligations) blocks.push(section(p().cofinancingObligations(fundText(c)), markdown(c.obligations)));
  if (nonEmpty(t.selectionCriteria))
    blocks.push(
      section(p().selection, [
        list(t.selectionCriteria.map((s) => withSource(p().labelled(v.selection[s.kind], s.threshold ? `${s.label} — ${p().threshold(formatMoney(s.threshold.cents, s.threshold.basis ? { basis: s.threshold.basis } : {}))}` : s.label), s.source, t))),
      ]),
    );
  else if (isUnread(t, 'selectionCriteria')) blocks.push(section(p().selection, [paragraph(absent(t, 'selectionCriteria'))]));
  blocks.push(section(p().submission, [submissionFacts(t)]));
  return blocks;
}

function submissionFacts(t: Tender): Block {
  const s = t.submission;
  const v = fr.tender.vocab;
  if (!s) return facts([fact(p().channel, missing()), ...(isUnread(t, 'attachments') ? [fact(p().attachments, absent(t, 'attachments'))] : [])]);
  const channel = s.format && (s.exclusive ? p().exclusive(v.submissionFormat[s.format]) : v.submissionFormat[s.format]);
  const rows: FactRow[] = [fact(p().channel, channel ? withSource(channel, s.source, t) : [...missing(), ...sourceRuns(s.source, t)])];
  if (s.platform || s.url) rows.push(fact(p().platform, [...(s.platform ? [{ text: s.platform }] : []), ...(s.url ? [{ text: s.platform ? ' ' : '' }, ...link(s.url, s.url)] : [])]));
  if (nonEmpty(s.emails)) rows.push(fact(p().emails, ...s.emails.map((e) => link(e, `mailto:${e}`))));
  if (s.address) rows.push(fact(p().address, text(addressText(s.address))));
  if (s.consortium) rows.push(fact(p().consortium, text(p().consortiumIs(v.consortium[s.consortium]))));
  if (s.hearing) rows.push(fact(p().hearing, text(s.hearing)));
  if (nonEmpty(s.attachments)) rows.push(fact(p().attachments, ...s.attachments.map((d) => text(d))));
  else if (isUnread(t, 'attachments')) rows.push(fact(p().attachments, absent(t, 'attachments')));
  if (s.note) rows.push(fact(p().submissionNote, text(s.note)));
  return facts(rows);
}

/** `10:00` → `10 h`, `18:30` → `18 h 30`. */
function hourText(time: string): string {
  const [h, m] = time.split(':');
  return p().hour(String(Number(h)), m === '00' ? undefined : m);
}

export function calendarSection(t: Tender): Block[] {
  const d = t.dates;
  const v = fr.tender.vocab;
  const rows: FactRow[] = [];
  if (d?.published) rows.push(fact(p().published, text(formatDate(d.published))));
  rows.push(fact(fr.site.facts.deadline, d?.deadline ? withSource(deadlineText(d.deadline), d.deadline.source, t) : missing()));
  if (d?.decision) rows.push(fact(fr.site.facts.decision, text(formatDate(d.decision))));
  if (d?.start) rows.push(fact(fr.site.facts.start, text(formatDate(d.start))));
  if (d?.note) rows.push(fact(p().dateNote, text(d.note)));
  for (const e of d?.events ?? []) {
    const when = e.until && e.date.includes('T') ? p().slot(formatDate(e.date.slice(0, 10)), hourText(e.date.slice(11)), hourText(e.until)) : formatDate(e.date);
    const details = [e.mode && v.eventMode[e.mode], e.place, e.note].filter(Boolean).join(', ');
    rows.push(
      fact(v.event[e.kind], [{ text: details ? `${when}, ${details}` : when }, ...(e.registration ? [{ text: `, ${p().registration} ` }, ...link(e.registration, `mailto:${e.registration}`)] : []), ...sourceRuns(e.source, t)]),
    );
  }
  const blocks: Block[] = [facts(rows)];
  const period = t.contractPeriod;
  blocks.push(section(p().contractPeriod, period ? [list(contractPeriodLines(period).map((line, i, all) => (i === all.length - 1 ? withSource(line, period.source, t) : text(line))))] : [missingParagraph()]));
  return blocks;
}

/** The territory: communes, département, région, QPV, perimeter and its figures. */
export function territoryBlocks(territory: Tender['territory'], t: Tender): Block[] {
  if (!territory) return [missingParagraph()];
  const rows: FactRow[] = [];
  if (territory.perimeter) rows.push(fact(p().perimeter, text(territory.perimeter)));
  if (nonEmpty(territory.communes)) rows.push(fact(p().communes, text(territory.communes.join(', '))));
  if (nonEmpty(territory.departements)) rows.push(fact(p().departements(territory.departements.length), ...territory.departements.map((d) => text(`${d.name} (${d.code})`))));
  if (nonEmpty(territory.regions)) rows.push(fact(p().regions(territory.regions.length), ...territory.regions.map(text)));
  if (nonEmpty(territory.areas)) rows.push(fact(p().areas, ...territory.areas.map((a) => text(a.country ? `${a.name} (${a.country})` : a.name))));
  if (territory.qpvCount) rows.push(fact(p().qpvCount, text(formatCount(territory.qpvCount))));
  if (nonEmpty(territory.qpv)) rows.push(fact(p().qpv, ...territory.qpv.map(text)));
  const blocks: Block[] = [facts(rows)];
  if (nonEmpty(territory.figures)) {
    blocks.push(
      table(
        p().figuresCaption,
        [{ label: p().figure, rowHeader: true, width: 4 }, { label: p().value, align: 'end', width: 1.4 }, { label: p().figureSource, width: 2 }],
        territory.figures.map((f) => [
          text(f.label),
          text(formatTerritoryFigure(f)),
          orMissing([f.year !== undefined ? String(f.year) : undefined, f.source && formatSources(f.source, t.sources ?? [])].filter(Boolean).join(', ') || undefined),
        ]),
      ),
    );
  }
  return blocks;
}

/** The public, its groups and the pathway duration of one person. */
export function publicBlocks(t: Tender, pub: Tender['public'], duration: Tender['duration'], groups?: Tender['groups'], withPathway = true): Block[] {
  const u = fr.sheet.public;
  const rows: FactRow[] = [];
  if (pub) {
    if (nonEmpty(pub.headcount)) rows.push(fact(u.headcount, ...pub.headcount.map((c) => text(countLine(t, c)))));
    if (pub.gender) rows.push(fact(u.gender, text(u.genders[pub.gender])));
    if (pub.age) rows.push(fact(u.age, text(formatAgeRange(pub.age))));
    if (nonEmpty(pub.criteria)) rows.push(fact(u.criteria, ...pub.criteria.map(text)));
    rows.push(...priorityRows(t, pub));
    if (nonEmpty(pub.shares)) rows.push(fact(u.shares, ...pub.shares.map((s) => text(shareText(t, s)))));
    const residence = residenceRuns(pub);
    if (residence.length) rows.push(fact(u.residence, ...residence));
    if (nonEmpty(pub.referrals)) rows.push(fact(u.referrals, ...pub.referrals.map((r) => text([r.prescriber, r.share && formatShare(r.share), r.note].filter(Boolean).join(', ')))));
  }
  // The call's own duration and public only: a lot without them follows the call's.
  if (withPathway) rows.push(fact(p().pathway, duration ? withSource(formatBoundedDuration(duration), duration.source, t) : absent(t, 'duration')));
  if (duration?.note) rows.push(fact(p().durationNote, text(duration.note)));
  const blocks: Block[] = [...(pub ? markdown(pub.description) : withPathway && isUnread(t, 'public') ? [paragraph(absent(t, 'public'))] : []), facts(rows)];
  const eligibility = pub && eligibilityPart(pub);
  if (eligibility) blocks.push(eligibility);
  if (nonEmpty(groups))
    blocks.push(
      section(p().groups, [
        list(groups.map((g) => [g.name, g.size && p().groupSize(formatRange(g.size)), nonEmpty(g.areas) && g.areas.join(', '), g.indicative && p().indicative].filter(Boolean).join(' — '))),
      ]),
    );
  return blocks;
}
