/**
 * The response PDF: what a provider sends to the buyer. The call's sections in the call's order,
 * each with the provider's text (Markdown) and the computed parts the call's section asks for
 * (`includes`): presentation of the provider, the pathway with its workshops table and hours, the
 * retro-planning as a Gantt chart, references with their results, the price HT / TVA / TTC with
 * the legal mention. Then the annexes and the compliance table. The structured offer is attached.
 *
 * Pure: the corpus in, a document spec out (the caller renders it).
 */
import type { Programme, Response, Tender } from '../../../schemas/index';
import type { ResponsePart } from '../../../schemas/tender';
import { checkCompliance, type ComplianceReport } from '../../domain/compliance';
import { byId, invoicingProvider, type Corpus } from '../../domain/corpus';
import {
  formatAgeRange,
  formatDate,
  formatDurationRange,
  formatHumanTime,
  formatMinutesSpan,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatRange,
  formatRate,
  formatSpan,
} from '../../domain/format';
import { programmeMetrics } from '../../domain/metrics';
import { vatRegimeLabel } from '../../domain/money';
import { buildOffer } from '../../domain/offer';
import { OFFER_FILE_NAME } from '../../../schemas/offer';
import { fr } from '../../i18n/fr';
import { blocksFromMdast } from '../from-mdast';
import type { Block, DocumentSpec, Inline, SectionSpec } from '../model';
import type { FontSet } from '../fonts';
import { layoutDocument, PdfError, renderPdf, sectionPageCounts, type RenderedPdf } from '../render';
import { requirementsFor } from '../../domain/cross-checks';

const t = () => fr.pdf.response;
const plain = (text: string): Inline[] => [{ text }];
const para = (text: string, style?: 'small' | 'lead'): Block => ({ type: 'paragraph', inlines: plain(text), ...(style && { style }) });


function providerBlocks(response: Response, corpus: Corpus): Block[] {
  const f = fr.site.facts;
  const ids = response.provider ? [response.provider] : [response.consortium!.lead, ...response.consortium!.members.flatMap((m) => (m.provider ? [m.provider] : []))];
  const blocks: Block[] = [];
  ids.forEach((id, i) => {
    const p = byId(corpus.providers, id)!.data;
    if (ids.length > 1) blocks.push({ type: 'heading', level: 2, text: p.name });
    const rows: Array<[string, Inline[]]> = [
      [f.legalForm, plain(fr.vocab.legalForm[p.legalForm])],
      ...(p.siret ? [[f.siret, plain(p.siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4'))] as [string, Inline[]]] : []),
      [f.address, plain([p.address.street, `${p.address.postcode} ${p.address.city}`].filter(Boolean).join(', '))],
      [f.vat, plain(vatRegimeLabel(p.vat))],
      ...(p.certifications?.length ? [[fr.pdf.provider.certifications, plain(p.certifications.map((c) => (c.scope ? `${c.name} (${c.scope})` : c.name)).join(' ; '))] as [string, Inline[]]] : []),
    ];
    if (i === 0 && response.consortium) rows.unshift([fr.pdf.response.facts.consortium, plain(fr.pdf.provider.leadRole)]);
    blocks.push({ type: 'facts', rows });
    blocks.push(...blocksFromMdast(p.presentation.mdast, { headingBase: 3 }));
    if (p.team?.length) {
      blocks.push({ type: 'heading', level: 3, text: fr.pdf.provider.team });
      blocks.push({
        type: 'table',
        columns: [{ header: fr.pdf.provider.role, width: 3 }, { header: fr.pdf.provider.qualification, width: 3 }, { header: fr.pdf.provider.time, width: 1.4, align: 'right' }],
        rows: p.team.map((m) => [
          plain(`${m.count && m.count > 1 ? `${m.count} × ` : ''}${m.role}${m.name ? ` (${m.name})` : ''}`),
          plain(m.qualification ?? fr.common.notProvided),
          plain(m.fte !== undefined ? fr.pdf.provider.fte(formatNumber(m.fte)) : fr.common.notProvided),
        ]),
      });
    }
  });
  for (const member of response.consortium?.members ?? []) {
    if (!member.organisation) continue;
    blocks.push({ type: 'heading', level: 2, text: member.organisation.name });
    blocks.push({ type: 'facts', rows: [[fr.pdf.provider.memberRole, plain(member.role)]] });
  }
  return blocks;
}

function programmeBlocks(programme: Programme): Block[] {
  const m = programmeMetrics(programme);
  const blocks: Block[] = [{ type: 'heading', level: 2, text: t().pathway }];
  const facts: Array<[string, Inline[]]> = [];
  if (programme.duration) facts.push([fr.pdf.programme.duration, plain(formatDurationRange(programme.duration))]);
  if (m.participants) facts.push([fr.pdf.programme.participants, plain(formatSpan(m.participants))]);
  if (programme.public.gender || programme.public.age) {
    const who = [programme.public.gender && fr.vocab.gender[programme.public.gender], programme.public.age && formatAgeRange(programme.public.age)].filter(Boolean).join(', ');
    facts.push([fr.pdf.programme.public, plain(who)]);
  }
  if (facts.length) blocks.push({ type: 'facts', rows: facts });
  if (programme.cohorts?.length) {
    blocks.push({ type: 'heading', level: 3, text: t().groups });
    blocks.push({
      type: 'list',
      ordered: false,
      items: programme.cohorts.map((c) => [para(t().groupLine(c.name, c.size ? formatRange(c.size, t().personWords) : t().sizeUnknown, [...(c.qpv ?? []), ...(c.sites ?? [])].join(', ')))]),
    });
  }
  if (m.workshops.length) {
    blocks.push({ type: 'heading', level: 3, text: t().workshopsTable });
    const c = t().columns;
    blocks.push({
      type: 'table',
      small: true,
      columns: [
        { header: c.workshop, width: 3.2 },
        { header: c.kind, width: 2 },
        { header: c.sessions, width: 1, align: 'right' },
        { header: c.duration, width: 1.6, align: 'right' },
        { header: c.hoursPerParticipant, width: 1.6, align: 'right' },
        { header: c.facilitator, width: 2.4 },
      ],
      rows: (programme.workshops ?? []).map((w, i) => {
        const wm = m.workshops[i];
        const facilitator = [w.facilitator?.role, w.facilitator?.organisation, w.facilitator?.name].filter(Boolean).join(', ');
        return [
          [{ text: w.title, bold: true }, ...(w.themes?.length ? [{ text: ` (${w.themes.map((x) => fr.vocab.workshopTheme[x]).join(', ')})` }] : [])],
          plain(fr.vocab.workshopKind[w.kind]),
          plain(wm.sessions ? formatSpan(wm.sessions) : fr.common.notProvided),
          plain(w.sessionDuration ? formatDurationRange(w.sessionDuration) : fr.common.notProvided),
          plain(wm.minutesPerParticipant ? formatMinutesSpan(wm.minutesPerParticipant) : fr.common.notProvided),
          plain(facilitator || fr.common.notProvided),
        ];
      }),
    });
    if (m.sessionsPerParticipant && m.minutesPerParticipant) blocks.push(para(t().totals(formatRange(m.sessionsPerParticipant, t().sessionWords), formatMinutesSpan(m.minutesPerParticipant))));
    if (m.facilitatorMinutes) blocks.push(para(t().facilitatorHours(formatMinutesSpan(m.facilitatorMinutes))));
    // A total over some workshops only says so, and names the workshops it leaves out.
    if (m.unquantified.length && (m.sessionsPerParticipant || m.facilitatorMinutes)) {
      const titles = m.unquantified.map((id) => programme.workshops?.find((w) => w.id === id)?.title ?? id);
      blocks.push(para(`${fr.sheet.operation.countedOnly(m.workshops.length - m.unquantified.length, m.workshops.length)} ${fr.sheet.operation.unquantified(titles)}`));
    }
  }
  const human = programme.means?.human ?? [];
  if (human.length || programme.means?.material?.length) {
    blocks.push({ type: 'heading', level: 3, text: t().means });
    blocks.push({
      type: 'list',
      ordered: false,
      items: [
        ...human.map((h) => [
          {
            type: 'paragraph' as const,
            inlines: [
              { text: `${h.count && h.count > 1 ? `${h.count} × ` : ''}${h.role}`, bold: true },
              { text: [h.organisation, h.status && fr.vocab.meansStatus[h.status].toLowerCase(), formatHumanTime(h), h.note].filter(Boolean).map((x) => ` · ${x}`).join('') },
            ],
          },
        ]),
        ...(programme.means?.material ?? []).map((x) => [para(x)]),
      ],
    });
  }
  if (programme.indicators?.length) {
    blocks.push({ type: 'heading', level: 3, text: t().indicators });
    const c = fr.pdf.indicators;
    blocks.push({
      type: 'table',
      small: true,
      columns: [{ header: c.label, width: 3 }, { header: c.definition, width: 4 }, { header: c.target, width: 1.4, align: 'right' }],
      rows: programme.indicators.map((i) => [
        [{ text: i.label, bold: true }],
        plain([i.definition, i.computation].filter(Boolean).join(' ') || fr.common.notProvided),
        plain(i.target ? formatRange(i.target, i.unit === 'count' ? undefined : [fr.vocab.indicatorUnit[i.unit], fr.vocab.indicatorUnit[i.unit]]) : fr.common.notProvided),
      ]),
    });
  }
  return blocks;
}


function planningBlocks(response: Response): Block[] {
  const planning = response.planning;
  if (!planning) return [];
  const weeks = Math.max(...planning.items.map((i) => i.to));
  const blocks: Block[] = [{ type: 'heading', level: 2, text: t().planning }];
  if (planning.start) blocks.push(para(t().planningStart(formatDate(planning.start)), 'small'));
  blocks.push({
    type: 'chart',
    chart: { kind: 'gantt', weeks, unitLabel: fr.pdf.weekShort, rows: planning.items.map((i) => ({ label: i.label, ...(i.lane && { lane: i.lane }), from: i.from, to: i.to, ...(i.milestone && { milestone: true }) })) },
    alt: t().planningAlt(planning.items.length, weeks),
  });
  blocks.push({
    type: 'table',
    small: true,
    columns: [{ header: fr.pdf.planning.step, width: 5 }, { header: fr.pdf.planning.lane, width: 2 }, { header: fr.pdf.planning.weeks, width: 1.5, align: 'right' }],
    rows: planning.items.map((i) => [plain(i.label), plain(i.lane ?? ''), plain(i.from === i.to ? `${fr.pdf.weekShort}${i.from}` : fr.format.range(`${fr.pdf.weekShort}${i.from}`, `${fr.pdf.weekShort}${i.to}`))]),
  });
  return blocks;
}

function referenceBlocks(response: Response, corpus: Corpus): Block[] {
  const ids = response.provider ? [response.provider] : [response.consortium!.lead, ...response.consortium!.members.flatMap((m) => (m.provider ? [m.provider] : []))];
  const blocks: Block[] = [];
  for (const id of ids) {
    const provider = byId(corpus.providers, id)!.data;
    for (const ref of provider.references ?? []) {
      if (ref.programme) {
        const p = byId(corpus.programmes, ref.programme)!.data;
        const m = programmeMetrics(p);
        blocks.push({ type: 'heading', level: 2, text: p.title });
        const rows: Array<[string, Inline[]]> = [
          [fr.site.facts.carriers, plain(p.carriers.map((c) => c.name).join(', '))],
          [fr.site.facts.territory, plain([...(p.territory.communes ?? []), p.territory.departement?.name].filter(Boolean).join(', ') || fr.common.notProvided)],
          ...(p.period ? [[fr.site.facts.period, plain(formatPeriod(p.period))] as [string, Inline[]]] : []),
          ...(m.participants ? [[fr.pdf.programme.participants, plain(formatSpan(m.participants))] as [string, Inline[]]] : []),
          ...(p.budget?.total ? [[fr.pdf.programme.budget, plain(formatMoney(p.budget.total.cents, p.budget.total.basis ? { basis: p.budget.total.basis } : {}))] as [string, Inline[]]] : []),
        ];
        if (ref.role) rows.push([fr.pdf.provider.roleInReference, plain(ref.role)]);
        blocks.push({ type: 'facts', rows });
        blocks.push(para(p.summary));
        const withRate = m.results.filter((r) => r.count !== undefined && r.of !== undefined);
        if (withRate.length) {
          blocks.push({ type: 'heading', level: 3, text: t().referenceResults });
          blocks.push({
            type: 'chart',
            chart: { kind: 'bars', bars: withRate.map((r) => ({ label: r.label, value: r.count!, total: r.of!, text: formatRate(r.count!, r.of!) })) },
            alt: withRate.map((r) => `${r.label} : ${formatRate(r.count!, r.of!)}`).join(' ; '),
          });
        }
        const others = m.results.filter((r) => !(r.count !== undefined && r.of !== undefined));
        if (others.length) blocks.push({ type: 'list', ordered: false, items: others.map((r) => [para(`${r.label} : ${r.count !== undefined ? formatNumber(r.count) : formatPercent(r.rate ?? 0)}`)]) });
      } else {
        blocks.push({ type: 'heading', level: 2, text: ref.title! });
        const rows: Array<[string, Inline[]]> = [];
        if (ref.client) rows.push([fr.pdf.provider.client, plain(ref.client)]);
        if (ref.year) rows.push([fr.pdf.provider.year, plain(String(ref.year))]);
        if (ref.role) rows.push([fr.pdf.provider.roleInReference, plain(ref.role)]);
        if (rows.length) blocks.push({ type: 'facts', rows });
        if (ref.summary) blocks.push(...blocksFromMdast(ref.summary.mdast, { headingBase: 3 }));
      }
    }
  }
  if (blocks.length === 0) blocks.push(para(fr.pdf.provider.noReferences));
  return blocks;
}


function priceBlocks(report: ComplianceReport, response: Response): Block[] {
  const price = report.price;
  const c = t().priceColumns;
  const unitWord = (unit: string, q: number) => {
    const words = fr.vocab.priceUnit[unit];
    return words ? (Math.abs(q) >= 2 ? words[1] : words[0]) : unit;
  };
  const totals = t().priceTotals;
  const rate = price.rateBasisPoints > 0 ? totals.vat(formatPercent(price.rateBasisPoints / 100, 1)) : totals.vatNone;
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: t().price },
    {
      type: 'table',
      small: true,
      columns: [
        { header: c.line, width: 4.5 },
        { header: c.quantity, width: 1.6, align: 'right' },
        { header: c.unitPrice, width: 1.6, align: 'right' },
        { header: c.total, width: 1.6, align: 'right' },
      ],
      rows: [
        ...price.lines.map((l) => [
          [{ text: l.label }, ...(l.note ? [{ text: ` (${l.note})`, italic: true }] : [])],
          plain(`${formatNumber(l.quantity)} ${unitWord(l.unit, l.quantity)}`),
          plain(formatMoney(l.unitPriceCents)),
          plain(formatMoney(l.totalCents)),
        ]),
        [[{ text: totals.ht, bold: true }], plain(''), plain(''), [{ text: formatMoney(price.ht), bold: true }]],
        [plain(rate), plain(''), plain(''), plain(formatMoney(price.vat))],
        [[{ text: totals.ttc, bold: true }], plain(''), plain(''), [{ text: formatMoney(price.ttc), bold: true }]],
      ],
    },
    para(t().priceRegime(vatRegimeLabel(price.regime))),
  ];
  if (price.mention) blocks.push({ type: 'callout', tone: 'info', inlines: plain(price.mention) });
  if (response.price.note) blocks.push(para(response.price.note, 'small'));
  return blocks;
}

function complianceBlocks(report: ComplianceReport): Block[] {
  const c = fr.compliance;
  const tone = report.compliant ? (report.counts.unknown ? 'warning' : 'ok') : 'error';
  const headline = report.compliant ? c.compliant : c.notCompliant(report.failures.length);
  return [
    para(t().complianceIntro),
    { type: 'callout', tone, inlines: [{ text: `${headline} `, bold: true }, { text: c.summary(report.counts.met, report.counts.notMet, report.counts.unknown) }] },
    {
      type: 'table',
      small: true,
      columns: [
        { header: c.columns.requirement, width: 3.4 },
        { header: c.columns.expected, width: 2.4 },
        { header: c.columns.found, width: 2.4 },
        { header: c.columns.verdict, width: 2.6 },
      ],
      rows: report.results.map((r) => [
        [{ text: r.label }, ...(r.mandatory ? [] : [{ text: ` (${c.indicative})`, italic: true }])],
        plain(r.expected),
        plain(r.found),
        [{ text: `${c.verdictSymbol[r.verdict]} ${c.verdict[r.verdict]}`, bold: true }, ...(r.verdict === 'met' ? [] : [{ text: ` ${r.sentence}` }])],
      ]),
    },
  ];
}

export interface ResponseDocument {
  spec: DocumentSpec;
  report: ComplianceReport;
}

/** The parts each section of the call holds; parts no section takes get a section of their own. */
function partsBySection(tender: Tender): { bySection: Map<string, ResponsePart[]>; orphans: ResponsePart[] } {
  const bySection = new Map<string, ResponsePart[]>();
  for (const s of tender.responseSections) bySection.set(s.id, s.includes ?? []);
  const taken = new Set([...bySection.values()].flat());
  const orphans = (['provider', 'programme', 'planning', 'references', 'price'] as const).filter((p) => !taken.has(p));
  return { bySection, orphans };
}

/**
 * The document spec of a response. `pages` are the page counts measured by a first layout, for
 * the call's page limits (the lead renderer lays out twice when the call sets limits).
 */
export function responseDocument(corpus: Corpus, responseId: string, pages?: ResponsePages): ResponseDocument {
  const response = byId(corpus.responses, responseId);
  if (!response) throw new PdfError(fr.pdf.errors.unknownResponse(responseId, corpus.responses.map((r) => r.id)));
  const r = response.data;
  const file = response.file ?? `content/responses/${responseId}.yaml`;
  const tender = byId(corpus.tenders, r.tender);
  if (!tender) throw new PdfError(fr.pdf.errors.missing(file, 'tender', fr.vocab.collection.tenders, r.tender));
  const programme = byId(corpus.programmes, r.programme);
  if (!programme) throw new PdfError(fr.pdf.errors.missing(file, 'programme', fr.vocab.collection.programmes, r.programme));
  const invoicing = invoicingProvider(r, corpus);
  if (!invoicing) throw new PdfError(fr.pdf.errors.missing(file, r.provider ? 'provider' : 'consortium.lead', fr.vocab.collection.providers, r.provider ?? r.consortium?.lead ?? ''));
  if (r.lot && !(tender.data.lots ?? []).some((l) => l.id === r.lot)) throw new PdfError(fr.pdf.errors.missing(file, 'lot', 'le lot', r.lot));

  const report = checkCompliance({ tender: tender.data, response: r, programme: programme.data, regime: invoicing.data.vat, pages });
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
  const sections: SectionSpec[] = tender.data.responseSections.map((s) => {
    const answer = r.answers.find((a) => a.section === s.id);
    const blocks: Block[] = answer ? blocksFromMdast(answer.body.mdast) : [para(fr.common.notProvided)];
    for (const part of bySection.get(s.id) ?? []) blocks.push(...partBlocks[part]());
    return { id: `section-${s.id}`, title: s.title, blocks };
  });
  for (const part of orphans) {
    const blocks = partBlocks[part]();
    if (blocks.length) sections.push({ id: `partie-${part}`, title: fr.pdf.partTitles[part], blocks });
  }
  (r.annexes ?? []).forEach((annex, i) => {
    sections.push({ id: `annexe-${annex.id}`, title: t().annex(i + 1, annex.title), blocks: blocksFromMdast(annex.body.mdast), newPage: true });
  });
  sections.push({ id: 'annexe-conformite', title: t().compliance, blocks: complianceBlocks(report), newPage: true });

  const f = t().facts;
  const coverFacts: Array<[string, string]> = [[f.tender, tender.data.title]];
  if (tender.data.reference) coverFacts.push([f.reference, tender.data.reference]);
  if (r.lot) coverFacts.push([f.lot, tender.data.lots!.find((l) => l.id === r.lot)!.title]);
  coverFacts.push([f.buyer, tender.data.buyer.name]);
  if (r.consortium) {
    coverFacts.push([f.consortium, offer.providers.map((p) => (p.role === 'lead' ? `${p.name} (${f.lead})` : p.name)).join(', ')]);
  } else {
    coverFacts.push([f.provider, providerNames[0]]);
  }
  if (r.date) coverFacts.push([f.date, formatDate(r.date)]);
  if (r.contact) coverFacts.push([f.contact, [r.contact.name, r.contact.role, r.contact.email, r.contact.phone].filter(Boolean).join(', ')]);
  coverFacts.push([f.deadline, formatDate(tender.data.dates.deadline)]);

  const spec: DocumentSpec = {
    meta: {
      title,
      author: providerNames.join(', '),
      subject: t().subject(tender.data.title),
      keywords: ['Passerelle', fr.site.keywords.response, tender.data.buyer.name, ...providerNames],
      date: r.date ?? tender.data.dates.deadline.slice(0, 10),
      language: 'fr-FR',
    },
    header: truncate(t().header(providerNames[0], tender.data.title), 110),
    cover: {
      kicker: t().kicker,
      title,
      subtitle: tender.data.title,
      facts: coverFacts,
      note: [t().note, r.fictional ? t().fictional : ''].filter(Boolean).join(' '),
    },
    toc: { title: fr.pdf.toc },
    sections,
    attachments: [
      {
        name: OFFER_FILE_NAME,
        mimeType: 'application/json',
        description: t().attachmentDescription,
        bytes: new TextEncoder().encode(`${JSON.stringify(offer, null, 2)}\n`),
      },
    ],
  };
  return { spec, report };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/** Page counts a response's compliance needs, measured by laying its PDF out. */
export type ResponsePages = { total?: number; sections?: Record<string, number> };

/**
 * The pages of a response, when its call limits pages (undefined otherwise): a first layout of the
 * PDF, counted without the compliance annex (it comes last, so it does not move the sections).
 * The preview page, the evaluation and the PDF all judge page limits on these counts.
 */
export function measureResponsePages(corpus: Corpus, responseId: string, fonts: FontSet): ResponsePages | undefined {
  const response = byId(corpus.responses, responseId);
  const tender = response && byId(corpus.tenders, response.data.tender);
  if (!response || !tender || !requirementsFor(tender.data, response.data.lot).some((q) => q.measure === 'page-limit')) return undefined;
  const { spec } = responseDocument(corpus, responseId);
  const paginated = layoutDocument(spec, fonts);
  const counts = sectionPageCounts(paginated, spec.sections.map((s) => s.id));
  return {
    total: paginated.pages.length - counts['annexe-conformite'],
    sections: Object.fromEntries(tender.data.responseSections.map((s) => [s.id, counts[`section-${s.id}`] ?? 0])),
  };
}

/** Renders a response, judging its page limits on a first layout. */
export async function renderResponse(corpus: Corpus, responseId: string, fonts: FontSet): Promise<RenderedPdf & ResponseDocument> {
  const document = responseDocument(corpus, responseId, measureResponsePages(corpus, responseId, fonts));
  return { ...(await renderPdf(document.spec, fonts)), ...document };
}
