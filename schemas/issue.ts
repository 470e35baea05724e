/**
 * Our own schema issues. Every refinement and transform reports through `report()`, which
 * attaches what a French reader needs besides the message: what was expected, how to fix it, and
 * a stable rule id (`budget/somme`, `intervalle/ordre`…) that tests and tools can match.
 */
import type { z } from 'astro/zod';
import { duplicates } from '../src/domain/duplicates';
import { fr } from '../src/i18n/fr';

export interface IssueParams {
  /** Stable identifier of the rule, for tests and tools. */
  rule: string;
  /** What was found, in French, when the value is a whole group (by default, the value itself). */
  found?: string;
  /** What the field should contain, in French. */
  expected?: string;
  /** How to fix it, in French. */
  hint?: string;
}

type Ctx = Pick<z.core.$RefinementCtx, 'addIssue'>;

export function report(ctx: Ctx, message: string, params: IssueParams, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message, params, input: undefined, ...(path ? { path } : {}) });
}

type IdList = ReadonlyArray<{ id?: string }> | undefined;

/**
 * A list whose items' ids are unique: each id met twice is reported at the later item, with the
 * number of the first one.
 *
 * @example
 * uniqueIds(z.array(WorkshopSchema()).optional())
 */
export function uniqueIds<T extends z.ZodType<IdList>>(schema: T): T {
  return schema.superRefine((items: IdList, ctx) => {
    for (const [index, first] of duplicates(items ?? [], (item) => item.id))
      report(ctx, fr.schema.duplicateId(items![index].id!, first), { rule: 'id/doublon', expected: fr.details.schema.duplicateIdExpected, hint: fr.schema.duplicateIdHint }, [index, 'id']);
  });
}
