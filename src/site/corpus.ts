/**
 * The corpus as pages see it, read through Astro's content layer (validated by the loader).
 */
import { getCollection } from 'astro:content';
import { contentRoot, validateContentCached } from '../content/content-fs';
import { siteMode } from '../content/mode';
import type { Corpus, Entry } from '../domain/corpus';

/** The workspace's last valid corpus: a page keeps showing it while a published file has an error. */
let lastValid: Corpus | undefined;

/**
 * In the workspace, the corpus as the validation of the files on disk gives it now (the same data
 * the content layer stores, without waiting for it to be written): a saved file shows on the next
 * request, which the editor's preview reloads at once.
 */
function workspaceCorpus(): Corpus {
  const result = validateContentCached(contentRoot());
  const sorted = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const c = result.corpus;
  const now = { programmes: sorted(c.programmes), tenders: sorted(c.tenders), providers: sorted(c.providers), responses: sorted(c.responses), evaluations: sorted(c.evaluations) };
  if (result.errors === 0) lastValid = now;
  // Started while a file has errors: the files that validate, until the content is whole again.
  return lastValid ?? now;
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
  // The dev server reloads content: only a production build may keep the corpus.
  if (!import.meta.env.PROD) cached = undefined;
  cached ??= (async () => ({
    programmes: await entries('programmes'),
    tenders: await entries('tenders'),
    providers: await entries('providers'),
    responses: await entries('responses'),
    evaluations: await entries('evaluations'),
  }))();
  return cached;
}
