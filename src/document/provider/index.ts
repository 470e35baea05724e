/** A provider as a document: its facts (legal form, SIRET, address, VAT regime), presentation and team. */
import type { Provider } from '../../../schemas/index';
import type { Entry } from '../../domain/corpus';
import { fr } from '../../i18n/fr';
import { markdown } from '../build';
import type { Block, Document } from '../model';
import { providerFacts, teamTable } from '../response/provider';
import { typesetDocument } from '../typography';

export function providerDocument(entry: Entry<Provider>): Document {
  const p = entry.data;
  const team = teamTable(p);
  const blocks: Block[] = [...markdown(p.presentation), ...(team ? [team] : [])];
  return typesetDocument<Document>({
    meta: { title: p.name, author: p.name, subject: p.name, keywords: ['Passerelle'], language: 'fr-FR' },
    header: p.name,
    cover: { title: p.name, facts: providerFacts(p), ...(p.fictional && { note: fr.site.fictionalNote }) },
    sections: [{ type: 'section', id: 'presentation', title: fr.site.headings.presentation, blocks }],
  });
}
