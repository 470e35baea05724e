/**
 * Provenance beside a value: a fact that names its sources shows them (« — source : C2RP »), a
 * weighting that names its own shows « pondération : source … ». The call's sources come from its
 * `sources` list.
 */
import type { Tender } from '../../../schemas/index';
import type { UnreadPart } from '../../../schemas/call-vocabulary';
import { unreadOf } from '../../domain/call';
import { formatSources } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { missing } from '../build';
import type { Run, Runs } from '../model';

/** ` — source : C2RP, 2 octobre 2025` as an italic run, or nothing. */
export function sourceRuns(ids: readonly string[] | undefined, t: Tender, prefix?: string): Run[] {
  const line = ids?.length ? formatSources(ids, t.sources ?? []) : undefined;
  if (!line) return [];
  return [{ text: ` — ${prefix ? fr.tender.page.sourceOf(prefix, line) : line}`, italic: true }];
}

/** A text with its sources after it. */
export const withSource = (value: string, ids: readonly string[] | undefined, t: Tender): Runs => [{ text: value }, ...sourceRuns(ids, t)];

/** The same, as plain text (a list item). */
export function textWithSource(value: string, ids: readonly string[] | undefined, t: Tender): string {
  return withSource(value, ids, t)
    .map((r) => r.text)
    .join('');
}

/**
 * What stands for a part the file does not give: « non lu dans l'appel (article 9) » when the
 * call has it but it was not read (`unread`), with that reading's source; « non renseigné » otherwise.
 */
export function absent(t: Tender, part: UnreadPart): Runs {
  const unread = unreadOf(t, part);
  return unread ? [...missing(fr.tender.page.unread(unread.where)), ...sourceRuns(unread.source, t)] : missing();
}

/** Whether the call has this part, unread. */
export const isUnread = (t: Tender, part: UnreadPart): boolean => unreadOf(t, part) !== undefined;
