/**
 * What `pdf` and `report` share: read `<id> -o <file.pdf>`, check the output folder and the content,
 * render, and write the bytes only when the document could be laid out (a French message otherwise).
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Corpus } from '../domain/corpus';
import { formatNumber } from '../domain/format';
import { fr } from '../i18n/fr';
import { buildFonts } from '../pdf/build-fs';
import type { FontSet } from '../pdf/fonts';
import { PdfError, type RenderedPdf } from '../pdf/render';
import { corpusOrReport } from './corpus';
import type { Options } from './args';
import type { Io } from './main';

export async function writePdf<T extends RenderedPdf>(
  args: string[],
  options: Options,
  io: Io,
  what: { argument: string; render: (corpus: Corpus, id: string, fonts: FontSet) => Promise<T>; summary?: (out: T, id: string) => string[] },
): Promise<number> {
  const [id] = args;
  if (!id) {
    io.err(fr.cli.missingArgument(what.argument));
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
  if (existsSync(file) && statSync(file).isDirectory()) {
    io.err(fr.cli.outputIsFolder(options.output));
    return 1;
  }
  const corpus = corpusOrReport(io);
  if (!corpus) return 1;
  try {
    const out = await what.render(corpus, id, buildFonts());
    try {
      writeFileSync(file, out.bytes);
    } catch (error) {
      io.err(fr.cli.outputNotWritten(options.output, (error as NodeJS.ErrnoException).code ?? '?'));
      return 1;
    }
    io.out(fr.pdf.errors.written(options.output, out.pages, `${formatNumber(Math.round(out.bytes.length / 1024))} Ko`));
    for (const line of what.summary?.(out, id) ?? []) io.out(line);
    return 0;
  } catch (error) {
    if (error instanceof PdfError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
