/**
 * Our own schema issues. Every refinement and transform reports through `report()`, which
 * attaches what a French reader needs besides the message: what was expected, how to fix it, and
 * a stable rule id (`budget/somme`, `intervalle/ordre`…) that tests and tools can match.
 */
import type { z } from 'astro/zod';

export interface IssueParams {
  /** Stable identifier of the rule, for tests and tools. */
  rule: string;
  /** What the field should contain, in French. */
  expected?: string;
  /** How to fix it, in French. */
  hint?: string;
}

type Ctx = Pick<z.core.$RefinementCtx, 'addIssue'>;

export function report(ctx: Ctx, message: string, params: IssueParams, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message, params, input: undefined, ...(path ? { path } : {}) });
}

/** Reports every id that appears twice in a list, at the later element. */
export function checkUniqueIds(
  ctx: Ctx,
  items: ReadonlyArray<{ id?: string }> | undefined,
  messages: { duplicate: (id: string, first: number) => string; hint: string },
): void {
  if (!items) return;
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (!item.id) return;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else report(ctx, messages.duplicate(item.id, first), { rule: 'id/doublon', hint: messages.hint }, [index, 'id']);
  });
}
