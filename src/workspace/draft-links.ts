/**
 * Where a draft can be previewed in the workspace: the page its collection has, when the draft
 * can be read; nowhere while its required fields are missing (or for a proposed programme, which
 * is shown through the response that proposes it).
 */
import type { DraftStatus } from '../content/validate';
import { byId, type Corpus } from '../domain/corpus';
import { routes } from '../routes';

export function draftHref(draft: DraftStatus, corpus: Corpus): string | undefined {
  if (!draft.previewable) return undefined;
  switch (draft.collection) {
    case 'programmes':
      return byId(corpus.programmes, draft.id)?.data.status === 'proposed' ? undefined : routes.sheet(draft.id);
    case 'tenders':
      return routes.call(draft.id);
    case 'responses':
      return routes.response(draft.id);
    case 'evaluations':
      return routes.evaluation(draft.id);
    case 'providers':
      return routes.provider(draft.id);
  }
}
