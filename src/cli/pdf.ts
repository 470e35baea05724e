/**
 * `passerelle pdf <response-id> -o <file.pdf>`: renders one response PDF. Writes nothing when the
 * response cannot be laid out (a French message says why).
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { contentRoot, contentRootProblem, loadCorpus, ContentError } from '../content/content-fs';
import { formatNumber } from '../domain/format';
import { fr } from '../i18n/fr';
import { buildFonts } from '../pdf/build-fs';
import { renderResponse } from '../pdf/documents/response';
import { PdfError } from '../pdf/render';
import type { Io } from './main';

export async function runPdf(args: string[], options: Record<string, string | true>, io: Io): Promise<number> {
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
  const problem = contentRootProblem(contentRoot(io.cwd), io.cwd);
  if (problem) {
    io.err(problem);
    return 1;
  }
  let corpus;
  try {
    corpus = loadCorpus(contentRoot(io.cwd), io.cwd);
  } catch (error) {
    if (error instanceof ContentError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  try {
    const out = await renderResponse(corpus, id, buildFonts());
    writeFileSync(file, out.bytes);
    io.out(fr.pdf.errors.written(options.output, out.pages, `${formatNumber(Math.round(out.bytes.length / 1024))} Ko`));
    return 0;
  } catch (error) {
    if (error instanceof PdfError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
