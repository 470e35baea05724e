/** Contacts (name, role, organisation, e-mail, phone), links, and the source of the sheet. */
import type { Programme } from '../../../schemas/index';
import { formatDate, sourceLabel } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, link, list, missing, missingParagraph, nonEmpty, orMissing, section, table, text } from '../build';
import type { Block, FactRow } from '../model';
import { sheetSection, type SheetSection } from './section';

export function toolsSection(p: Programme): SheetSection | undefined {
  if (!nonEmpty(p.evaluationTools) && !nonEmpty(p.communicationTools)) return undefined;
  const t = fr.sheet.tools;
  const part = (items: readonly string[] | undefined): Block => (nonEmpty(items) ? list(items) : missingParagraph());
  return sheetSection('tools', [section(t.evaluation, [part(p.evaluationTools)]), section(t.communication, [part(p.communicationTools)])]);
}

export function contactsSection(p: Programme): SheetSection {
  const c = fr.sheet.contacts;
  const blocks: Block[] = [];
  const contacts = p.contacts ?? [];
  if (contacts.length) {
    const col = c.columns;
    blocks.push(
      section(c.people, [
        table(
          c.caption,
          [{ label: col.name, rowHeader: true }, { label: col.role }, { label: col.organisation }, { label: col.email }, { label: col.phone }],
          contacts.map((person) => [
            orMissing(person.name),
            orMissing(person.role),
            orMissing(person.organisation),
            person.email ? link(person.email, `mailto:${person.email}`) : missing(),
            person.phone ? link(person.phone, `tel:${person.phone.replace(/\s/g, '')}`) : missing(),
          ]),
        ),
      ]),
    );
  }
  if (nonEmpty(p.links)) blocks.push(section(c.links, [facts(p.links.map((l) => fact(l.label, link(l.url, l.url))))]));
  return sheetSection('contacts', blocks.length ? blocks : [missingParagraph()]);
}

export function sourceSection(p: Programme): SheetSection | undefined {
  const sources = p.sources ?? [];
  if (sources.length === 0) return undefined;
  const l = fr.sheet.source;
  const rows = (s: (typeof sources)[number]): FactRow[] => {
    const out: FactRow[] = [fact(l.title, text(s.title)), fact(l.publisher, text(s.publisher)), fact(l.date, orMissing(s.date && formatDate(s.date)))];
    if (s.url) out.push(fact(l.url, link(s.url, s.url)));
    if (s.kind) out.push(fact(l.kind, text(fr.vocab.sourceKind[s.kind])));
    if (s.read) out.push(fact(l.read, text(s.read)));
    if (s.note) out.push(fact(l.note, text(s.note)));
    return out;
  };
  if (sources.length === 1) return sheetSection('source', [facts(rows(sources[0]))]);
  return sheetSection('source', sources.map((s) => section(sourceLabel(s, sources), [facts(rows(s))])));
}
