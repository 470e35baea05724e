/**
 * `passerelle pdf <response-id> -o <file.pdf>`: renders one response PDF. Writes nothing when the
 * response cannot be laid out (a French message says why).
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { formatNumber } from '../domain/format';
import { fr } from '../i18n/fr';
import { buildFonts } from '../pdf/build-fs';
import { renderResponse } from '../pdf/documents/response';
import { PdfError } from '../pdf/render';
import { corpusOrReport } from './corpus';
import type { Options } from './args';
import type { Io } from './main';

export async function runPdf(args: string[], options: Options, io: Io): Promise<number> {
  const [id] = args;
  if (!id) {
    io.err(fr.cli.missingArgument('<réponse>'));
    return 1;
  }
  if (typeof options.output !== 'string') {
    io.err(fr.pdf.errors.noOutput);
    return 1;
  }
  const file = resolve(io.cwd, options.output);
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.err(fr.cli.outputFolderMissing(relative(io.cwd, folder) || '.'));
    return 1;
  }
  const corpus = corpusOrReport(io);
  if (!corpus) return 1;
  try {
    const out = await renderResponse(corpus, id, buildFonts());
    writeFileSync(file, out.bytes);
    io.out(fr.pdf.errors.written(options.output, out.pages, `${formatNumber(Math.round(out.bytes.length / 1024))} Ko`));
    const c = fr.compliance;
    io.out(`${out.report.compliant ? c.compliant : c.notCompliant(out.report.failures.length)} ${c.summary(out.report.counts.met, out.report.counts.notMet, out.report.counts.unknown)}`);
    if (!out.report.compliant) io.out(fr.tender.cli.seeCheck(id));
    return 0;
  } catch (error) {
    if (error instanceof PdfError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
