/**
 * Astro integration: once Astro has written the pages, puts the PDFs that the endpoints handed
 * over (pdfs.ts) into the output folder, after waiting for the last ones to be rendered. The copy
 * is a clone of the cached file where the file system can (copy on write), else a plain copy.
 */
import type { AstroIntegration } from 'astro';
import { constants, copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fr } from '../i18n/fr';
import { pendingPdfs } from './pending';
import { writeWorkLog } from './work-log-fs';

export function passerellePdfs(): AstroIntegration {
  return {
    name: 'passerelle-pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pdfs = pendingPdfs();
        if (!pdfs) return writeWorkLog();
        const { rendered, reused } = await pdfs.finish();
        const out = fileURLToPath(dir);
        for (const [file, cached] of pdfs.outputs) {
          const target = join(out, file);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(cached, target, constants.COPYFILE_FICLONE);
        }
        logger.info(fr.build.pdfs(rendered, reused));
        writeWorkLog();
      },
    },
  };
}
