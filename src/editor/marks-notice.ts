/**
 * What the evaluator's screen says in the browser: the validator's messages without the file's
 * ids, and what an added offer became (the screen reloads to show it, and says so once there).
 *
 * Pure, and light enough for the browser (no schema, no corpus).
 */
import { fr } from '../i18n/fr';
import type { MarksScreen } from './marks';

/**
 * A validator's message as the evaluator's screen says it: offers and criteria by the names the
 * committee and the call give them, without the file's ids (`validate` adds them for the YAML).
 */
export function withoutIds(message: string): string {
  return message.replace(/»\s\([a-z0-9]+(?:-[a-z0-9]+)*\)/g, '»');
}

/** What the screen knew before an offer was added (kept across the reload that shows it). */
export interface BeforeAdding {
  offers: number;
  draft: boolean;
}

/** What the screen says once an offer is added, and the index of the offer to mark (absent when it was there already). */
export function addedNotice(before: BeforeAdding, offers: MarksScreen['offers'], draft: boolean): { text: string; offer?: number } {
  const t = fr.editor.marks;
  const added = offers[before.offers];
  if (!added) return { text: t.addedAlready };
  const text = before.draft ? t.addedToDraft(added.name) : draft ? t.addedDraft(added.name) : t.added(added.name);
  return { text, offer: added.index };
}
