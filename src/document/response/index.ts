/**
 * The response: what a provider sends to the buyer. The call's sections in the call's order, each
 * with the provider's text and the computed parts the call's section asks for (`includes`), parts
 * no section takes in sections of their own, the annexes, then the compliance annex. The
 * structured offer is attached. The preview page (/reponses/<id>/) and the PDF render this.
 *
 * Pure: the corpus in, a document out. `pages` are the page counts a first layout measured, for
 * the call's page limits (see src/pdf/documents/response.ts).
 */
import type { Tender } from '../../../schemas/index';
import { OFFER_FILE_NAME } from '../../../schemas/offer';
import type { ResponsePart } from '../../../schemas/tender';
import { checkCompliance, type ComplianceReport } from '../../domain/compliance';
import { callReference, lotName, lotOf, lotWord, responseSectionsOf } from '../../domain/call';
import { deadlineText } from '../../domain/call-format';
import { byId, invoicingProvider, type Corpus } from '../../domain/corpus';
import { formatDate } from '../../domain/format';
import { buildOffer } from '../../domain/offer';
import { fr } from '../../i18n/fr';
import { fact, link, markdown, missingParagraph, text } from '../build';
import { DocumentError } from '../errors';
import type { Block, Document, FactRow, Runs, SectionBlock } from '../model';
import { typesetDocument } from '../typography';
import { complianceBlocks } from './compliance';
import { priceBlocks } from './price';
import { programmeBlocks } from './programme';
import { planningBlocks } from './planning';
import { providerBlocks } from './provider';
import { referenceBlocks } from './references';

const t = () => fr.pdf.response;

/** Page counts a response's compliance needs, measured by laying its PDF out. */
export type ResponsePages = { total?: number; sections?: Record<string, number> };

export interface ResponseDocument {
  document: Document;
  report: ComplianceReport;
}

/** The id of the compliance annex, the last section (left out of the page counts it judges). */
export const COMPLIANCE_SECTION = 'annexe-conformite';

/** The section id of a section of the call. */
export const callSectionId = (id: string) => `section-${id}`;

/** The parts each section of the call holds; parts no section takes get a section of their own. */
function partsBySection(tender: Tender): { bySection: Map<string, ResponsePart[]>; orphans: ResponsePart[] } {
  const bySection = new Map<string, ResponsePart[]>();
  for (const s of responseSectionsOf(tender)) bySection.set(s.id, s.includes ?? []);
  const taken = new Set([...bySection.values()].flat());
  const orphans = (['provider', 'programme', 'planning', 'references', 'price'] as const).filter((p) => !taken.has(p));
  return { bySection, orphans };
}

export function responseDocument(corpus: Corpus, responseId: string, pages?: ResponsePages): ResponseDocument {
  const response = byId(corpus.responses, responseId);
  if (!response) throw new DocumentError(fr.pdf.errors.unknownResponse(responseId, corpus.responses.map((r) => r.id)));
  const r = response.data;
  const file = response.file ?? `content/responses/${responseId}.yaml`;
  const tender = byId(corpus.tenders, r.tender);
  if (!tender) throw new DocumentError(fr.pdf.errors.missing(file, 'tender', fr.vocab.collection.tenders, r.tender));
  const programme = byId(corpus.programmes, r.programme);
  if (!programme) throw new DocumentError(fr.pdf.errors.missing(file, 'programme', fr.vocab.collection.programmes, r.programme));
  const invoicing = invoicingProvider(r, corpus);
  if (!invoicing) throw new DocumentError(fr.pdf.errors.missing(file, r.provider ? 'provider' : 'consortium.lead', fr.vocab.collection.providers, r.provider ?? r.consortium?.lead ?? ''));
  if (r.lot && !(tender.data.lots ?? []).some((l) => l.id === r.lot)) throw new DocumentError(fr.pdf.errors.missing(file, 'lot', 'le lot', r.lot));

  const references = invoicing.data.references?.length ?? 0;
  const report = checkCompliance({ tender: tender.data, response: r, programme: programme.data, regime: invoicing.data.vat, pages, references });
  const offer = buildOffer(corpus, response, report);
  const title = r.title ?? programme.data.title;
  const providerNames = offer.providers.map((p) => p.name);

  const partBlocks: Record<ResponsePart, () => Block[]> = {
    provider: () => providerBlocks(r, corpus),
    programme: () => programmeBlocks(programme.data),
    planning: () => planningBlocks(r),
    references: () => referenceBlocks(r, corpus),
    price: () => priceBlocks(report, r),
  };
  const { bySection, orphans } = partsBySection(tender.data);
  // The call's sections in its order; a call that gives none gets the response's own.
  const expected = tender.data.responseSections ?? r.answers.map((a) => ({ id: a.section, title: a.title ?? a.section }));
  const sections: Array<SectionBlock & { id: string }> = expected.map((s) => {
    const answer = r.answers.find((a) => a.section === s.id);
    const blocks: Block[] = answer ? markdown(answer.body) : [missingParagraph()];
    for (const part of bySection.get(s.id) ?? []) blocks.push(...partBlocks[part]());
    return { type: 'section', id: callSectionId(s.id), title: s.title, blocks };
  });
  for (const part of orphans) {
    const blocks = partBlocks[part]();
    if (blocks.length) sections.push({ type: 'section', id: `partie-${part}`, title: fr.pdf.partTitles[part], blocks });
  }
  (r.annexes ?? []).forEach((annex, i) => {
    sections.push({ type: 'section', id: `annexe-${annex.id}`, title: t().annex(i + 1, annex.title), blocks: markdown(annex.body), newPage: true });
  });
  sections.push({ type: 'section', id: COMPLIANCE_SECTION, title: t().compliance, blocks: complianceBlocks(report), newPage: true });

  const f = t().facts;
  const cover: FactRow[] = [fact(f.tender, text(tender.data.title))];
  const reference = callReference(tender.data);
  if (reference) cover.push(fact(f.reference, text(reference)));
  const lot = lotOf(tender.data, r.lot);
  if (lot) cover.push(fact(lotWord(tender.data), text(lotName(tender.data, lot))));
  cover.push(fact(f.buyer, text(tender.data.buyer.name)));
  if (r.consortium) cover.push(fact(f.consortium, text(offer.providers.map((p) => (p.role === 'lead' ? `${p.name} (${f.lead})` : p.name)).join(', '))));
  else cover.push(fact(f.provider, text(providerNames[0])));
  if (r.date) cover.push(fact(f.date, text(formatDate(r.date))));
  if (r.contact) {
    const who = [r.contact.name, r.contact.role].filter(Boolean).join(', ');
    const contact: Runs = [
      { text: who },
      ...(r.contact.email ? [{ text: ', ' }, ...link(r.contact.email, `mailto:${r.contact.email}`)] : []),
      ...(r.contact.phone ? [{ text: `, ${r.contact.phone}` }] : []),
    ];
    cover.push(fact(f.contact, contact));
  }
  const deadline = tender.data.dates?.deadline;
  if (deadline) cover.push(fact(f.deadline, text(deadlineText(deadline))));

  const document = typesetDocument<Document>({
    meta: {
      title,
      author: providerNames.join(', '),
      subject: t().subject(tender.data.title),
      keywords: ['Passerelle', fr.site.keywords.response, tender.data.buyer.name, ...providerNames],
      ...((r.date ?? deadline) && { date: (r.date ?? deadline!.at).slice(0, 10) }),
      language: 'fr-FR',
    },
    header: t().header(providerNames[0], tender.data.title),
    cover: { kicker: t().kicker, title, subtitle: tender.data.title, facts: cover, note: [t().note, r.fictional ? t().fictional : ''].filter(Boolean).join(' ') },
    toc: fr.pdf.toc,
    sections,
    attachments: [
      {
        name: OFFER_FILE_NAME,
        mimeType: 'application/json',
        description: t().attachmentDescription,
        bytes: new TextEncoder().encode(`${JSON.stringify(offer, null, 2)}\n`),
      },
    ],
  });
  return { document, report };
}
