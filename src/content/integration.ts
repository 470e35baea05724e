/**
 * Astro integration: validates all content before the build starts, prints the French report once
 * and stops the build (exit code 1) when anything is invalid. In `astro dev` it prints the report
 * and lets the dev server run, so that the author can fix the file and see the page again.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot, validateContentCached } from './content-fs';
import { formatDiagnostics } from './diagnostics';
import { summary } from './validate';
import { fr } from '../i18n/fr';

export function passerelleContent(): AstroIntegration {
  return {
    name: 'passerelle-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const result = validateContentCached(contentRoot());
        if (result.errors === 0) {
          // Entries of content/ that are not content files are said, never skipped silently.
          if (result.diagnostics.length > 0) process.stderr.write(`\n${formatDiagnostics(result.diagnostics)}\n\n`);
          logger.info(summary(result));
          return;
        }
        process.stderr.write(`\n${formatDiagnostics(result.diagnostics)}\n\n${summary(result)}\n`);
        if (command === 'build') {
          process.stderr.write(`${fr.diagnostics.buildStopped}\n`);
          process.exit(1);
        }
      },
    },
  };
}
