/**
 * The Astro content loader: the site reads content through Astro's content layer, validated by
 * the same schemas and cross-file checks as the CLI. Invalid content throws the French report and
 * stops the build: nothing half-valid is published. The private workspace (where the editor runs)
 * keeps going on the files that validate, so that the person can open the broken one and fix it.
 */
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../../schemas/index';
import { clearCorpusCache, contentRoot, loadCorpus, ContentError } from './content-fs';
import { fr } from '../i18n/fr';
import { publicCorpus } from '../domain/corpus';
import { siteMode } from './mode';

export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: `passerelle-${collection}`,
    load: async ({ store, logger, watcher }) => {
      const root = contentRoot();
      const sync = () => {
        let corpus;
        try {
          corpus = loadCorpus(root);
        } catch (error) {
          // The integration printed the report before the build; in dev, say it again here.
          if (!(error instanceof ContentError)) throw error;
          if (!error.reported) logger.error(`\n${error.message}`);
          error.reported = true;
          // The private workspace opens all the same, for the editor to fix the file: it serves the
          // files that validate, and the ones with errors wait in the editor's forms.
          if (siteMode() !== 'workspace') throw new Error(fr.diagnostics.buildStopped);
          corpus = error.result.corpus;
        }
        store.clear();
        // The public site's data store never holds a draft, an offer, a price or a mark.
        const visible = siteMode() === 'workspace' ? corpus : publicCorpus(corpus);
        for (const entry of visible[collection]) store.set({ id: entry.id, data: entry.data, body: entry.source, filePath: entry.file });
      };
      sync();
      watcher?.add(root);
      watcher?.on('change', (path) => {
        if (!path.startsWith(root)) return;
        clearCorpusCache();
        try {
          sync();
        } catch {
          // The report was logged; the dev server keeps the last valid content.
        }
      });
    },
  };
}
