/**
 * Partners grouped by role (a partner with two roles in both), with their kind; a partner whose
 * role the source does not give under « rôle non renseigné »; a foreseen partner says so; a
 * collective partner gives its count; an incomplete list says it is incomplete.
 */
import type { Programme } from '../../../schemas/index';
import { partnerRoles } from '../../../schemas/vocabulary';
import { formatCount } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { missingParagraph, note, paragraph, section } from '../build';
import type { Block } from '../model';
import { sourcedSection, type SheetSection } from './section';
import { organisationName } from './text';

type Partner = NonNullable<Programme['partners']>[number];

function item(x: Partner): Block[] {
  const p = fr.sheet.partners;
  const name = organisationName(x);
  const kind = x.kind && fr.vocab.organisationKind[x.kind];
  const details = [kind && !name.includes(kind) && kind, x.members && formatCount(x.members), x.tentative && p.tentative].filter(Boolean).join(', ');
  return [paragraph([{ text: name, bold: !!x.description }, ...(details ? [{ text: ` — ${details}` }] : [])]), ...(x.description ? [note(x.description)] : [])];
}

export function partnersSection(p: Programme): SheetSection {
  const partners = p.partners ?? [];
  if (partners.length === 0) return sourcedSection(p, 'partners', [missingParagraph()]);
  const groups: Block[] = partnerRoles
    .map((role) => ({ title: fr.vocab.partnerRole[role], members: partners.filter((x) => x.roles?.includes(role)) }))
    .concat([{ title: fr.sheet.partners.noRole, members: partners.filter((x) => !x.roles) }])
    .filter((g) => g.members.length > 0)
    .map((g) => section(g.title, [{ type: 'list' as const, items: g.members.map(item) }]));
  if (p.partnersComplete === false) groups.push(note(fr.sheet.partners.incomplete));
  return sourcedSection(p, 'partners', groups, partners);
}
