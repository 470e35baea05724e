/**
 * `passerelle pdf <response-id> -o <file.pdf>`: renders one response PDF and says whether it meets
 * its call's mandatory requirements. Writes nothing when the response cannot be laid out (a French
 * message says why).
 */
import { complianceHeadline } from '../document/response/compliance';
import type { ComplianceReport } from '../domain/compliance';
import { fr } from '../i18n/fr';
import { renderResponse } from '../pdf/documents/response';
import type { Options } from './args';
import type { Io } from './main';
import { writePdf } from './write-pdf';

/** After the file: whether the response meets its call's mandatory requirements, and where to read why not. */
function complianceSummary(out: { report: ComplianceReport }, id: string): string[] {
  const { report } = out;
  const { headline, summary } = complianceHeadline(report);
  const line = `${headline} ${summary}`;
  return report.compliant ? [line] : [line, fr.tender.cli.seeCheck(id)];
}

export function runPdf(args: string[], options: Options, io: Io): Promise<number> {
  return writePdf(args, options, io, { argument: '<réponse>', render: renderResponse, summary: complianceSummary });
}
