/** Partners grouped by role, a partner with two roles in both. */
import type { Programme } from '../../../schemas/index';
import { partnerRoles } from '../../../schemas/vocabulary';
import { fr } from '../../i18n/fr';
import { missingParagraph, note, paragraph, section } from '../build';
import { sheetSection, type SheetSection } from './section';
import { organisationName } from './text';

export function partnersSection(p: Programme): SheetSection {
  const partners = p.partners ?? [];
  if (partners.length === 0) return sheetSection('partners', [missingParagraph()]);
  const groups = partnerRoles
    .map((role) => ({ role, members: partners.filter((x) => x.roles.includes(role)) }))
    .filter((g) => g.members.length > 0)
    .map((g) =>
      section(fr.vocab.partnerRole[g.role], [
        {
          type: 'list' as const,
          items: g.members.map((x) => [paragraph([{ text: organisationName(x), bold: !!x.description }]), ...(x.description ? [note(x.description)] : [])]),
        },
      ]),
    );
  return sheetSection('partners', groups);
}
