/**
 * The corpus as pages see it, read through Astro's content layer (validated by the loader).
 */
import { getCollection } from 'astro:content';
import type { Corpus, Entry } from '../domain/corpus';

let cached: Promise<Corpus> | undefined;

async function entries<K extends keyof Corpus>(name: K): Promise<Corpus[K]> {
  const list = await getCollection(name);
  return list
    .map((e) => ({ id: e.id, data: e.data, source: e.body, file: e.filePath }) as Entry<unknown>)
    .sort((a, b) => a.id.localeCompare(b.id)) as Corpus[K];
}

export function getCorpus(): Promise<Corpus> {
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
