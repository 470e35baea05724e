/**
 * The Astro content loader: the dev server reads content through Astro's content layer, validated
 * by the same schemas and cross-file checks as the CLI. Invalid content throws the French report
 * and stops the build: nothing half-valid is published. The private workspace (where the editor
 * runs) keeps going on the files that validate, so that the person can open the broken one and
 * fix it.
 *
 * A build's pages (`astro build`) read the validation's entries instead (src/site/corpus.ts), so its
 * data store keeps each entry's id only (given by the content integration, `setBuildIds`): a serialised copy of every entry's data and text cost
 * memory that grew with the bank (hundreds of megabytes for 10,000 programmes) for nothing.
 */
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../../schemas/index';
import { siteMode } from './mode';

const shared = globalThis as { __passerelleBuilding?: boolean; __passerelleBuildIds?: Record<CollectionName, readonly string[]> };

/** Set by the content integration for `astro build` (src/content/integration.ts). */
export const markBuilding = (): void => void (shared.__passerelleBuilding = true);
export const building = (): boolean => shared.__passerelleBuilding === true;

/**
 * The ids of a build's public entries, given by the content integration once its validation
 * passed: the loader of a build then needs neither the validation's modules nor the dictionary,
 * which Astro's content sync would otherwise load again through Vite.
 */
export const setBuildIds = (ids: Record<CollectionName, readonly string[]>): void => void (shared.__passerelleBuildIds = ids);

export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: `passerelle-${collection}`,
    load: async ({ store, logger, watcher }) => {
      const ids = shared.__passerelleBuildIds;
      if (building() && ids) {
        store.clear();
        for (const id of ids[collection]) store.set({ id, data: {} });
        return;
      }
      const [{ clearCorpusCache, contentRoot, loadCorpus, ContentError }, { fr }, { publicCorpus }] = await Promise.all([import('./content-fs'), import('../i18n/fr'), import('../domain/corpus')]);
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
