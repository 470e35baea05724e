/**
 * Where a file's document shows in the workspace: the sheet, the call, the provider, the response
 * with its compliance, the evaluation; and its PDF. A proposed programme shows through the
 * response that proposes it.
 */
import type { CollectionName } from '../../schemas/index';
import { routes } from '../routes';

export function previewOf(collection: CollectionName, id: string, data: Record<string, unknown>, proposingResponse?: string): { page?: string; pdf?: string } {
  switch (collection) {
    case 'programmes':
      if (data.status === 'proposed') return proposingResponse ? { page: routes.response(proposingResponse), pdf: routes.responsePdf(proposingResponse) } : {};
      return { page: routes.sheet(id), pdf: routes.sheetPdf(id) };
    case 'tenders':
      return { page: routes.call(id), pdf: routes.callPdf(id) };
    case 'providers':
      return { page: routes.provider(id) };
    case 'responses':
      return { page: routes.response(id), pdf: routes.responsePdf(id) };
    case 'evaluations':
      return { page: routes.evaluation(id), pdf: routes.evaluationPdf(id) };
  }
}
