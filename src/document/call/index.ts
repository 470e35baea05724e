/**
 * A call as a document: everything its file holds. The cover gives the buyer, the procedure and
 * instrument, the deadline, the budget and the price model; then the object and objectives, the
 * context, the buyer and partners, the procedure (legal basis, negotiation, identifiers, CPV,
 * selection of candidates, how to respond), the calendar and contract period, the territory, the
 * public, the lots with their own facts, the requirements, the expected response, the
 * deliverables, the price and the award criteria, and the source. The call page (/appels/<id>/)
 * and its PDF render this.
 */
import type { Tender } from '../../../schemas/index';
import { deadlineText, fundText, instrumentText, procedureText } from '../../domain/call-format';
import { deadlineOf, lotWord } from '../../domain/call';
import type { Entry } from '../../domain/corpus';
import { formatDate, sourceLabel } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, link, list, markdown, nonEmpty, note, orMissing, section, text } from '../build';
import type { Block, Document, FactRow, Runs, SectionBlock } from '../model';
import { routes } from '../../routes';
import { typesetDocument } from '../typography';
import { criteriaBlocks } from './criteria';
import { callCapRow, deliverablesBlocks, priceBlocks, requirementsBlocks, sectionsBlocks } from './expected';
import { lotsBlocks } from './lots';
import { actorsSection, calendarSection, procedureSection, publicBlocks, territoryBlocks } from './parts';

function coverFacts(t: Tender): FactRow[] {
  const f = fr.site.facts;
  const p = fr.tender.page;
  const rows: FactRow[] = [fact(f.buyer, text(t.buyer.name))];
  if (t.procedure && procedureText(t.procedure)) rows.push(fact(p.procedure, text(procedureText(t.procedure)!)));
  if (t.instrument) rows.push(fact(p.instrument, text(instrumentText(t.instrument))));
  if (t.cofinancing) rows.push(fact(p.cofinancing, ...t.cofinancing.map((c) => text(fundText(c)))));
  rows.push(fact(f.deadline, orMissing(t.dates?.deadline && deadlineText(t.dates.deadline))));
  if (t.lots?.length) rows.push(fact(lotWord(t, true), text(String(t.lotCount ?? t.lots.length))));
  rows.push(callCapRow(t, false));
  if (t.priceModel) rows.push(fact(p.priceModel, text(fr.tender.vocab.priceModel[t.priceModel.kind])));
  return rows;
}

function objectBlocks(t: Tender): Block[] {
  const p = fr.tender.page;
  const blocks: Block[] = [...markdown(t.object)];
  if (nonEmpty(t.objectives?.general)) blocks.push(section(p.generalObjectives, [list(t.objectives.general)]));
  if (nonEmpty(t.objectives?.operational)) blocks.push(section(p.operationalObjectives, [list(t.objectives.operational)]));
  return blocks;
}

/** The call's sources: each with its publisher, date, kind, the part read and what was adapted. */
function sourceBlocks(t: Tender): Block[] {
  const p = fr.tender.page;
  const all = t.sources ?? (t.source ? [t.source] : []);
  const one = (s: (typeof all)[number]): Block[] => {
    const rows: FactRow[] = [fact(p.sourceTitle, text(s.title)), fact(p.publisher, text(s.publisher))];
    if (s.url) rows.push(fact(p.url, link(s.url, s.url)));
    if (s.date) rows.push(fact(fr.site.facts.date, text(formatDate(s.date))));
    const about = [s.kind && p.sourceKind[s.kind], s.read && p.sourceRead(s.read)].filter((x): x is string => typeof x === 'string');
    if (about.length) rows.push(fact(p.sourceNature, text(about.join(', '))));
    return [facts(rows), ...(s.note ? [note(s.note)] : [])];
  };
  return all.length === 1 ? one(all[0]) : all.map((s) => section(sourceLabel(s, all), one(s)));
}

/**
 * The calls this one is linked to, each with its relation, linked to its page by its title; then
 * the calls that say they are linked to this one (a regional call that declines this national
 * one), which this one does not name in turn: a reader of the national call finds its
 * declinations. Their notes are not repeated here: each is written from the other call's side.
 */
function relatedBlocks(t: Tender, id: string, others: readonly Entry<Tender>[]): Block[] {
  const p = fr.tender.page;
  const own = (t.related ?? []).map((r): Runs => {
    const other = others.find((o) => o.id === r.tender);
    const target: Runs = other ? link(other.data.title, routes.call(other.id)) : [{ text: p.relatedMissing(r.tender) }];
    return [{ text: `${fr.tender.vocab.relation[r.relation]} : ` }, ...target, ...(r.note ? [{ text: ` — ${r.note}` }] : [])];
  });
  const named = new Set((t.related ?? []).map((r) => r.tender));
  const back = others.flatMap((o): Runs[] => {
    if (o.id === id || named.has(o.id)) return [];
    const links = (o.data.related ?? []).filter((r) => r.tender === id);
    // A call that links this one twice (« décline » and « fait suite à ») says both.
    return [...new Set(links.map((r) => r.relation))].map((relation) => [{ text: `${fr.tender.vocab.inverseRelation[relation]} : ` }, ...link(o.data.title, routes.call(o.id))]);
  });
  const items = [...own, ...back];
  return items.length ? [list(items)] : [];
}

/**
 * `others`: the calls of the same content, to name and link those this one is linked to (a call
 * missing from them, which validation reports, is named by its identifier).
 */
export function callDocument(entry: Entry<Tender>, others: readonly Entry<Tender>[] = []): Document {
  const t = entry.data;
  const c = fr.pdf.call;
  const p = fr.tender.page;
  const s = p.sections;
  const sections: Array<SectionBlock & { id: string }> = [];
  const add = (id: string, title: string, blocks: Block[]) => {
    if (blocks.length) sections.push({ type: 'section', id, title, blocks });
  };
  add('objet', s.object, objectBlocks(t));
  add('contexte', c.sections.context, markdown(t.context));
  add('appels-lies', p.related, relatedBlocks(t, entry.id, others));
  add('acteurs', s.actors, actorsSection(t));
  add('procedure', s.procedure, procedureSection(t));
  add('calendrier', s.calendar, calendarSection(t));
  add('territoire', s.territory, territoryBlocks(t.territory, t));
  add('public', s.public, publicBlocks(t, t.public, t.duration, t.groups));
  if (t.lots?.length) add('lots', lotWord(t, true), lotsBlocks(t));
  add('exigences', c.sections.requirements, requirementsBlocks(t.requirements, t));
  // Not « contenu »: the id of every page's main element, which the skip link goes to.
  add('contenu-attendu', c.sections.sections, sectionsBlocks(t));
  add('livrables', c.sections.deliverables, deliverablesBlocks(t.deliverables, t));
  add('prix', s.price, priceBlocks(t));
  add('criteres', c.sections.criteria, criteriaBlocks(t.awardCriteria, t));
  add('source', t.sources && t.sources.length > 1 ? p.sourcesHeading : s.source, sourceBlocks(t));
  const notice = [t.workingTitle && p.workingTitle, t.template && p.template].filter((x): x is string => typeof x === 'string').join(' ');
  return typesetDocument<Document>({
    meta: {
      title: t.title,
      author: t.buyer.name,
      subject: c.subject(t.title),
      keywords: ['Passerelle', t.buyer.name],
      ...((t.dates?.published ?? deadlineOf(t)) && { date: (t.dates?.published ?? deadlineOf(t))!.slice(0, 10) }),
      language: 'fr-FR',
    },
    header: c.header(t.buyer.name, t.title),
    cover: { kicker: c.kicker, title: t.title, subtitle: t.summary, facts: coverFacts(t), note: [notice, c.note].filter(Boolean).join(' '), ...(notice && { notice }) },
    toc: fr.pdf.toc,
    sections,
  });
}
