/**
 * The provider (or each member of a consortium): legal form, SIRET, address, VAT regime,
 * certifications, presentation and team. The provider page shows the same facts.
 */
import { addressText } from '../../domain/call-format';
import type { Provider, Response } from '../../../schemas/index';
import { byId, type Corpus } from '../../domain/corpus';
import { formatNumber } from '../../domain/format';
import { vatRegimeLabel } from '../../domain/money';
import { fr } from '../../i18n/fr';
import { fact, facts, markdown, missing, section, table, text } from '../build';
import type { Block, FactRow } from '../model';

/** `123 456 789 00012`: a SIRET in its usual groups. */
export const siretText = (siret: string) => siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');

export function providerFacts(p: Provider): FactRow[] {
  const f = fr.site.facts;
  return [
    fact(f.legalForm, text(fr.vocab.legalForm[p.legalForm])),
    ...(p.siret ? [fact(f.siret, text(siretText(p.siret)))] : []),
    fact(f.address, text(addressText(p.address))),
    fact(f.vat, text(vatRegimeLabel(p.vat))),
    ...(p.certifications?.length ? [fact(fr.pdf.provider.certifications, ...p.certifications.map((c) => text(c.scope ? `${c.name} (${c.scope})` : c.name)))] : []),
  ];
}

export function teamTable(p: Provider): Block | undefined {
  if (!p.team?.length) return undefined;
  const t = fr.pdf.provider;
  return section(t.team, [
    table(
      undefined,
      [{ label: t.role, width: 3, rowHeader: true }, { label: t.qualification, width: 3 }, { label: t.time, width: 1.4, align: 'end' }],
      p.team.map((m) => [
        text(`${m.count && m.count > 1 ? `${m.count} × ` : ''}${m.role}${m.name ? ` (${m.name})` : ''}`),
        m.qualification ? text(m.qualification) : missing(),
        m.fte !== undefined ? text(t.fte(formatNumber(m.fte))) : missing(),
      ]),
    ),
  ]);
}

/** The providers a response names: its provider, or the consortium's lead then its members. */
export function providerIds(response: Response): string[] {
  return response.provider ? [response.provider] : [response.consortium!.lead, ...response.consortium!.members.flatMap((m) => (m.provider ? [m.provider] : []))];
}

export function providerBlocks(response: Response, corpus: Corpus): Block[] {
  const ids = providerIds(response);
  const blocks: Block[] = [];
  ids.forEach((id, i) => {
    const p = byId(corpus.providers, id)!.data;
    const rows = providerFacts(p);
    if (i === 0 && response.consortium) rows.unshift(fact(fr.pdf.response.facts.consortium, text(fr.pdf.provider.leadRole)));
    const own: Block[] = [facts(rows), ...markdown(p.presentation), ...[teamTable(p)].filter((b): b is Block => b !== undefined)];
    if (ids.length > 1) blocks.push(section(p.name, own));
    else blocks.push(...own);
  });
  for (const member of response.consortium?.members ?? []) {
    if (!member.organisation) continue;
    blocks.push(section(member.organisation.name, [facts([fact(fr.pdf.provider.memberRole, text(member.role))])]));
  }
  return blocks;
}
