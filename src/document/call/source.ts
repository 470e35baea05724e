/**
 * Provenance beside a value: a fact that names its sources shows them (« — source : C2RP »), a
 * weighting that names its own shows « pondération : source … ». The call's sources come from its
 * `sources` list.
 */
import type { Tender } from '../../../schemas/index';
import { formatSources } from '../../domain/format';
import { fr } from '../../i18n/fr';
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
