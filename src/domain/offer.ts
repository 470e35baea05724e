/**
 * The structured offer of a response (see schemas/offer.ts): built from the corpus and the
 * compliance report, attached to the response PDF, read back by the buyer.
 */
import type { Offer } from '../../schemas/offer';
import { OFFER_FORMAT } from '../../schemas/offer';
import type { ComplianceReport } from './compliance';
import { callReference } from './call';
import { byId, type Corpus, type Entry } from './corpus';
import { programmeMetrics } from './metrics';
import type { Response } from '../../schemas/index';

/** `content/responses/x.yaml` → `responses/x.yaml`. */
const relative = (file: string | undefined, fallback: string) => (file ? file.replace(/^.*?(?=(programmes|providers|responses)\/)/, '') : fallback);

export function buildOffer(corpus: Corpus, response: Entry<Response>, report: ComplianceReport): Offer {
  const r = response.data;
  const tender = byId(corpus.tenders, r.tender)!;
  const programme = byId(corpus.programmes, r.programme)!;
  const metrics = programmeMetrics(programme.data);
  const reference = callReference(tender.data);
  const price = report.price;
  const providerIds: Array<{ id: string; role: 'alone' | 'lead' | 'member' }> = r.provider
    ? [{ id: r.provider, role: 'alone' }]
    : [{ id: r.consortium!.lead, role: 'lead' }, ...r.consortium!.members.flatMap((m) => (m.provider ? [{ id: m.provider, role: 'member' as const }] : []))];
  const providers: Offer['providers'] = providerIds.map(({ id, role }) => {
    const p = byId(corpus.providers, id)!.data;
    return { id, name: p.name, ...(p.siret && { siret: p.siret }), role, vat: p.vat };
  });
  for (const member of r.consortium?.members ?? []) if (member.organisation) providers.push({ name: member.organisation.name, role: 'member' });

  const files: Record<string, string> = {};
  const add = (entry: Entry<unknown> | undefined, folder: string) => {
    if (entry?.source) files[relative(entry.file, `${folder}/${entry.id}.yaml`)] = entry.source;
  };
  add(response, 'responses');
  for (const { id } of providerIds) add(byId(corpus.providers, id), 'providers');
  // The programmes the files name, so that they validate in the buyer's content: the proposed
  // one, what it is adapted from, and the providers' references (and what those derive from).
  const programmes = [programme.id, ...providerIds.flatMap(({ id }) => (byId(corpus.providers, id)!.data.references ?? []).flatMap((ref) => (ref.programme ? [ref.programme] : [])))];
  for (let i = 0; i < programmes.length; i++) {
    const entry = byId(corpus.programmes, programmes[i]);
    const derived = entry?.data.derivedFrom;
    if (derived && !programmes.includes(derived)) programmes.push(derived);
  }
  for (const id of programmes) add(byId(corpus.programmes, id), 'programmes');

  return {
    format: OFFER_FORMAT,
    version: 1,
    tender: { id: tender.id, title: tender.data.title, ...(reference && { reference }), buyer: tender.data.buyer.name },
    ...(r.lot && { lot: r.lot }),
    response: { id: response.id, title: r.title ?? programme.data.title, ...(r.date && { date: r.date }) },
    providers,
    programme: {
      id: programme.id,
      title: programme.data.title,
      ...(metrics.participants && { participants: metrics.participants }),
      ...(metrics.minutesPerParticipant && { minutesPerParticipant: metrics.minutesPerParticipant }),
      ...(metrics.unquantified.length > 0 && { unquantified: metrics.unquantified }),
    },
    ...(price && {
      price: {
        lines: price.lines.map((l) => ({ label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: l.unitPriceCents, totalCents: l.totalCents })),
        htCents: price.ht,
        vatCents: price.vat,
        ttcCents: price.ttc,
        vatRateBasisPoints: price.rateBasisPoints,
        mention: price.mention,
        basis: price.basis,
        ...(price.formula && { formula: price.formula }),
        ...(price.perBeneficiary !== undefined && { perBeneficiaryCents: price.perBeneficiary }),
        ...(price.beneficiaries !== undefined && { beneficiaries: price.beneficiaries }),
      },
    }),
    compliance: {
      compliant: report.compliant,
      counts: report.counts,
      results: report.results.map((x) => ({ id: x.id, label: x.label, mandatory: x.mandatory, verdict: x.verdict, expected: x.expected, found: x.found, sentence: x.sentence })),
    },
    files,
  };
}
