/** Contacts (name, role, organisation, e-mail, phone), links, and the source of the sheet. */
import type { Programme } from '../../../schemas/index';
import { formatDate } from '../../domain/format';
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
            text(person.name),
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
  const s = p.source;
  if (!s) return undefined;
  const l = fr.sheet.source;
  const rows: FactRow[] = [fact(l.title, text(s.title)), fact(l.publisher, text(s.publisher)), fact(l.date, orMissing(s.date && formatDate(s.date)))];
  if (s.url) rows.push(fact(l.url, link(s.url, s.url)));
  if (s.note) rows.push(fact(l.note, text(s.note)));
  return sheetSection('source', [facts(rows)]);
}
