/**
 * Facts that are a value, none or unknown (see `schemas/known.ts`): the words authors write for
 * « none » and « unknown », and helpers to read such a fact.
 */
import { foldWords } from './shorthand';

export type Known<T> = { state: 'value'; value: T } | { state: 'none' } | { state: 'unknown' };

const fold = (text: string) => foldWords(text).replace(/[.!]$/, '');

const NONE = new Set(['aucun', 'aucune', 'sans', 'neant', 'pas de', 'none']);
const UNKNOWN = new Set([
  'inconnu', 'inconnue', 'inconnus', 'inconnues', 'non precise', 'non precisee', 'non precises', 'non precisees',
  'non connu', 'non connue', 'non communique', 'non communiquee', 'non renseigne', 'non renseignee', 'non indique',
  'non indiquee', 'unknown', '?',
]);

/** `« aucun »` → `none`, `« Non précisé »` → `unknown`, anything else → undefined. */
export function knownWord(input: string): 'none' | 'unknown' | undefined {
  const t = fold(input);
  if (NONE.has(t)) return 'none';
  if (UNKNOWN.has(t)) return 'unknown';
  return undefined;
}

/** The value of a known fact, or undefined when it is none or unknown. */
export function knownValue<T>(fact: Known<T> | undefined): T | undefined {
  return fact?.state === 'value' ? fact.value : undefined;
}
