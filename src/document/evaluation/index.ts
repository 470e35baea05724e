/**
 * The analysis report of an evaluation: what a technical committee signs. The call, the offers
 * received, the offers excluded and why, the marks and their justifications, the price method and
 * its formula, the ranking with its chart, grid and sensitivity, and the offer ranked first. The
 * evaluation page (/evaluations/<id>/, with its what-if panel) and the PDF render this.
 *
 * Pure: the scoring report (src/domain/evaluation-report.ts) in, a document out.
 */
import { deadlineOf } from '../../domain/call';
import { byId, type Corpus } from '../../domain/corpus';
import { evaluationReport, type EvaluationReport } from '../../domain/evaluation-report';
import { fr } from '../../i18n/fr';
import { routes } from '../../routes';
import { fact, link, text } from '../build';
import { DocumentError } from '../errors';
import type { Document } from '../model';
import type { ResponsePages } from '../response/index';
import { typesetDocument } from '../typography';
import { callSection } from './call';
import { marksSection, methodSection } from './marks';
import { excludedSection, offersSection } from './offers';
import { rankingSection, winnerSection } from './ranking';
import { decisionSection, unscoredOffersSection, unscoredMarksSection, whySection } from './unscored';

export interface EvaluationDocument {
  document: Document;
  report: EvaluationReport;
}

export function evaluationDocument(corpus: Corpus, id: string, pagesOf?: (responseId: string) => ResponsePages | undefined): EvaluationDocument {
  const built = evaluationReport(corpus, id, pagesOf);
  if (!built.ok) throw new DocumentError(built.error);
  const report = built.report;
  const t = fr.evaluationPdf;
  const tender = byId(corpus.tenders, report.tender.id)!.data;
  const facts = report.facts.map((f, i) => (i === 0 ? fact(f.label, link(f.value, routes.call(report.tender.id))) : fact(f.label, text(f.value))));
  if (report.committee.length) facts.push(fact(t.committee, ...report.committee.map(text)));
  const document = typesetDocument<Document>({
    meta: {
      title: report.title,
      author: report.tender.buyer,
      subject: t.subject(report.tender.title),
      keywords: ['Passerelle', fr.site.keywords.evaluation, report.tender.buyer],
      date: byId(corpus.evaluations, id)!.data.date ?? deadlineOf(tender)?.slice(0, 10),
      language: 'fr-FR',
    },
    header: t.header(report.tender.buyer, report.tender.title),
    cover: { kicker: t.kicker, title: report.title, subtitle: report.tender.title, facts, note: [report.kind === 'unscored' ? fr.tender.unscored.coverNote : t.note, report.fictional ? fr.pdf.response.fictional : ''].filter(Boolean).join(' ') },
    toc: fr.pdf.toc,
    sections:
      report.kind === 'scored'
        ? [callSection(tender, report.lot), offersSection(report), excludedSection(report), marksSection(report), methodSection(report), rankingSection(report), winnerSection(report)]
        : [callSection(tender, report.lot), unscoredOffersSection(report), excludedSection(report), unscoredMarksSection(report), whySection(report), decisionSection(report)],
  });
  return { document, report };
}
