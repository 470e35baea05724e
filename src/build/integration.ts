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
import { pendingPdfs } from './pending';
import { writeWorkLog } from './work-log-fs';

/**
 * What the integration tells `npm run build` (scripts/build.ts), its parent, once the pages are
 * written: the search index may start while the last PDFs are rendered.
 */
export const PAGES_WRITTEN = 'passerelle:pages-written';

export function passerellePdfs(): AstroIntegration {
  return {
    name: 'passerelle-pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        process.send?.(PAGES_WRITTEN);
        const pdfs = pendingPdfs();
        if (!pdfs) return writeWorkLog();
        const { rendered, reused } = await pdfs.finish();
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
