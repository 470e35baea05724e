/**
 * The corpus as pages see it. A production build reads the entries of the validation that ran
 * before it (shared by the process, src/content/content-fs.ts), the very objects the content
 * integration computed the sheets from (src/site/sheet.ts): nothing is copied through Astro's data
 * store, which then holds no more than each entry's id (src/content/loader.ts). The dev server
 * reads Astro's content layer, which follows the files as they change.
 */
import { getCollection } from 'astro:content';
import { contentRoot, loadCorpus, validateContentCached } from '../content/content-fs';
import { siteMode } from '../content/mode';
import { building } from '../content/loader';
import { publicCorpus, type Corpus, type Entry } from '../domain/corpus';

/** The workspace's last valid corpus: a page keeps showing it while a published file has an error. */
let lastValid: Corpus | undefined;

/**
 * In the workspace, the corpus as the validation of the files on disk gives it now (the same data
 * the content layer stores, without waiting for it to be written): a saved file shows on the next
 * request, which the editor's preview reloads at once.
 */
function workspaceCorpus(): Corpus {
  const result = validateContentCached(contentRoot());
  const now = sortedCorpus(result.corpus);
  if (result.errors === 0) lastValid = now;
  // Started while a file has errors: the files that validate, until the content is whole again.
  return lastValid ?? now;
}

/** Every collection in the order of its ids (as the content layer lists them). */
function sortedCorpus(c: Corpus): Corpus {
  const sorted = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return { programmes: sorted(c.programmes), tenders: sorted(c.tenders), providers: sorted(c.providers), responses: sorted(c.responses), evaluations: sorted(c.evaluations) };
}

let cached: Promise<Corpus> | undefined;

async function entries<K extends keyof Corpus>(name: K): Promise<Corpus[K]> {
  const list = await getCollection(name);
  return list
    .map((e) => ({ id: e.id, data: e.data, source: e.body, file: e.filePath }) as Entry<unknown>)
    .sort((a, b) => a.id.localeCompare(b.id)) as Corpus[K];
}

export function getCorpus(): Promise<Corpus> {
  if (siteMode() === 'workspace') return Promise.resolve(workspaceCorpus());
  // A build's public corpus, without drafts (the build stopped before this if anything was invalid),
  // whenever the loader kept ids only: `astro build` run with NODE_ENV=test (a test) is no PROD.
  if (building()) return (cached ??= Promise.resolve(sortedCorpus(publicCorpus(loadCorpus(contentRoot())))));
  // The dev server reloads content: only a production build may keep the corpus.
  return (async () => ({
    programmes: await entries('programmes'),
    tenders: await entries('tenders'),
    providers: await entries('providers'),
    responses: await entries('responses'),
    evaluations: await entries('evaluations'),
  }))();
}
