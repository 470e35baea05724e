/**
 * Astro integration: once Astro has written the pages, puts the PDFs that the endpoints handed
 * over (pdfs.ts) into the output folder, after waiting for the last ones to be rendered. Each one
 * is a hard link to the cached file, which the cache never changes in place (it writes a new file
 * and renames it): copying 1,000 sheets' PDFs took 0.7 s, linking them 11 ms. Where the output
 * folder is on another file system, or links are refused, the file is copied.
 */
import type { AstroIntegration } from 'astro';
import { constants, copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fr } from '../i18n/fr';
import { pendingPdfs, type PdfFailure } from './pending';
import { writeWorkLog } from './work-log-fs';

/**
 * What the integration tells `npm run build` (scripts/build.ts), its parent, once the pages are
 * written: the search index may start while the last PDFs are rendered.
 */
export const PAGES_WRITTEN = 'passerelle:pages-written';

/**
 * What the build says of a PDF it could not make, in French: the document's own error as it is
 * (its message is French), or, for a fault in the code, its name and message, then its stack.
 */
export function pdfFailureText({ file, title, error }: PdfFailure): string {
  if (error.name === 'DocumentError') return fr.build.pdfDocumentFailed(file, error.message);
  const text = fr.build.pdfInternal(file, title, error.name, error.message);
  return error.stack ? `${text}\n${fr.build.technicalDetail}\n${error.stack}` : text;
}

export function passerellePdfs(): AstroIntegration {
  return {
    name: 'passerelle-pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        process.send?.(PAGES_WRITTEN);
        const pdfs = pendingPdfs();
        if (!pdfs) return writeWorkLog();
        const { rendered, reused, failed } = await pdfs.finish();
        if (failed) {
          // Stopped here, as the content integration stops on invalid content: thrown, the error
          // would be printed by Astro in English, with its own trace first.
          for (const failure of failed) logger.error(pdfFailureText(failure));
          process.exit(1);
        }
        const out = fileURLToPath(dir);
        for (const [file, cached] of pdfs.outputs) {
          const target = join(out, file);
          mkdirSync(dirname(target), { recursive: true });
          try {
            linkSync(cached, target);
          } catch {
            copyFileSync(cached, target, constants.COPYFILE_FICLONE);
          }
        }
        logger.info(fr.build.pdfs(rendered, reused));
        writeWorkLog();
      },
    },
  };
}
