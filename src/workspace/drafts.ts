/**
 * The draft status of an entry, for the workspace's pages and PDFs: how many fields it still
 * lacks, from the validation of this build (computed once, shared with the integration).
 */
import type { CollectionName } from '../../schemas/index';
import { contentRoot, validateContentCached } from '../content/content-fs';
import { markDraft } from '../document/draft';
import type { Document } from '../document/model';

/** The document marked as a draft when its entry is one (`draft: true`), unchanged otherwise. */
export function asDraftIfSo<D extends Document>(doc: D, collection: CollectionName, id: string, isDraft: boolean | undefined): D {
  if (!isDraft) return doc;
  const status = validateContentCached(contentRoot()).drafts.find((d) => d.collection === collection && d.id === id);
  return markDraft(doc, status?.toComplete ?? 0);
}
