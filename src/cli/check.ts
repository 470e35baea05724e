/**
 * `passerelle check <réponse>`: the compliance report of a response against its call (and its
 * lot), in French: each requirement with what the call expects, what the response gives and the
 * verdict. Exit code 1 when a mandatory requirement is not met, so that a script can stop there.
 */
import { DocumentError } from '../document/errors';
import { complianceHeadline } from '../document/response/compliance';
import { responseDocument } from '../document/response/index';
import { byId } from '../domain/corpus';
import type { ComplianceReport } from '../domain/compliance';
import { fr } from '../i18n/fr';
import { responsePagesOf } from '../pdf/build-fs';
import { corpusOrReport } from './corpus';
import type { Options } from './args';
import type { Io } from './main';

/** The report as lines: one per requirement, then the verdict and the counts. */
export function complianceLines(report: ComplianceReport): string[] {
  const c = fr.compliance;
  const k = fr.tender.cli;
  const lines = report.results.map((r) => {
    const head = fr.tender.page.labelled(`${c.verdictSymbol[r.verdict]} ${c.verdict[r.verdict]}`, `${r.label}${r.mandatory ? '' : ` (${c.indicative})`}`);
    const detail = `    ${k.expectedFound(r.expected, r.found)}${r.verdict === 'met' ? '' : ` ${r.sentence}`}`;
    return `${head}\n${detail}`;
  });
  const { headline, summary } = complianceHeadline(report);
  return [...lines, '', `${headline} ${summary}`];
}

export function runCheck(args: string[], _options: Options, io: Io): number {
  const [id] = args;
  const corpus = corpusOrReport(io);
  if (!corpus) return 1;
  if (!id) {
    io.err(fr.tender.cli.missingResponse(corpus.responses.map((r) => r.id)));
    return 1;
  }
  try {
    const { report } = responseDocument(corpus, id, responsePagesOf(corpus)(id));
    const response = byId(corpus.responses, id)!.data;
    const tender = byId(corpus.tenders, response.tender)!.data;
    io.out([fr.tender.cli.checkTitle(response.title ?? id, tender.title), '', ...complianceLines(report)].join('\n'));
    return report.compliant ? 0 : 1;
  } catch (error) {
    if (error instanceof DocumentError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
