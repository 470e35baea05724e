/**
 * A call for tender as a document: its facts (buyer, kind, dates, budget cap), its context, its
 * requirements, the expected contents of a response, the deliverables and the award criteria.
 * The call page (/appels/<id>/) and its PDF render this.
 */
import type { Tender } from '../../../schemas/index';
import type { Entry } from '../../domain/corpus';
import { formatDate } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, list, markdown, text } from '../build';
import type { Document, FactRow, SectionBlock } from '../model';
import { typesetDocument } from '../typography';
import { capText, criteriaTable } from './criteria';

export function callDocument(entry: Entry<Tender>): Document {
  const t = entry.data;
  const f = fr.site.facts;
  const c = fr.pdf.call;
  const facts: FactRow[] = [
    fact(f.buyer, text(t.buyer.name)),
    ...(t.reference ? [fact(fr.pdf.response.facts.reference, text(t.reference))] : []),
    fact(f.kind, text(fr.vocab.tenderKind[t.kind])),
    fact(f.deadline, text(formatDate(t.dates.deadline))),
    ...(t.dates.decision ? [fact(f.decision, text(formatDate(t.dates.decision)))] : []),
    ...(t.dates.start ? [fact(f.start, text(`${formatDate(t.dates.start)}${t.dates.note ? ` (${t.dates.note})` : ''}`))] : []),
    fact(f.budgetCap, text(capText(t))),
  ];
  const sections: Array<SectionBlock & { id: string }> = [];
  const context = markdown(t.context);
  if (context.length) sections.push({ type: 'section', id: 'contexte', title: c.sections.context, blocks: context });
  sections.push({
    type: 'section',
    id: 'exigences',
    title: c.sections.requirements,
    blocks: [list(t.requirements.map((r) => (r.mandatory ? r.label : `${r.label} (${fr.site.optional})`)))],
  });
  sections.push({
    type: 'section',
    id: 'contenu',
    title: c.sections.sections,
    blocks: [list(t.responseSections.map((s) => (s.pageLimit ? `${s.title} (${fr.site.pageLimit(s.pageLimit)})` : s.title)), true)],
  });
  if (t.deliverables?.length) sections.push({ type: 'section', id: 'livrables', title: c.sections.deliverables, blocks: [list(t.deliverables.map((d) => d.label))] });
  sections.push({ type: 'section', id: 'criteres', title: c.sections.criteria, blocks: [criteriaTable(t)] });
  return typesetDocument<Document>({
    meta: {
      title: t.title,
      author: t.buyer.name,
      subject: c.subject(t.title),
      keywords: ['Passerelle', t.buyer.name],
      date: t.dates.deadline.slice(0, 10),
      language: 'fr-FR',
    },
    header: c.header(t.buyer.name, t.title),
    cover: { kicker: c.kicker, title: t.title, subtitle: t.summary, facts, note: c.note },
    toc: fr.pdf.toc,
    sections,
  });
}
