/**
 * What a person reads on a field: its label and help come from the schema's French description,
 * its choices from the dictionary's vocabularies (`fr.vocab`), never the codes written in files.
 *
 * - The label is the description's first clause (« Le nombre de séances suivies par chaque
 *   personne (ou par le groupe) : 4 ou « 3 à 4 ». » → « Le nombre de séances suivies par chaque
 *   personne »), unless the dictionary gives a short one (`fr.editor.labels`): a description that
 *   lists codes (« women, men ou mixed. ») or starts with `true` does not make a label.
 * - The help is the whole description, its codes replaced by their French labels.
 * - An enum's options are the labels of the vocabulary whose keys hold all its values.
 *
 * Pure.
 */
import { fr } from '../i18n/fr';

export interface Option {
  value: string;
  label: string;
}

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** The field's label: the dictionary's, or the first clause of its description. */
export function fieldLabel(key: string | undefined, description: string | undefined): string {
  const own = key !== undefined ? (fr.editor.labels as Record<string, string | undefined>)[key] : undefined;
  if (own) return own;
  if (!description) return '';
  const clause = description
    .split(/\s*(?:[:;(]|\. |, s'|, si |, quand |, pour |, en |, avec )/)[0]
    .replace(/[.\s\u00A0]+$/, '')
    .trim();
  return capitalise(clause);
}

type Vocabulary = Record<string, unknown>;

/** Every vocabulary of the dictionary that maps codes to labels. */
function vocabularies(): Vocabulary[] {
  return ([...Object.values(fr.editor.vocab), ...Object.values(fr.vocab)] as unknown[]).filter((v): v is Vocabulary => !!v && typeof v === 'object');
}

function labelOf(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry || undefined;
  if (Array.isArray(entry) && typeof entry[0] === 'string') return entry[0];
  return undefined;
}

/** The vocabulary that names every value, with the fewest other keys. */
function vocabularyFor(values: readonly string[]): Vocabulary | undefined {
  let best: Vocabulary | undefined;
  for (const vocabulary of vocabularies()) {
    if (!values.every((v) => Object.hasOwn(vocabulary, v) && labelOf(vocabulary[v]) !== undefined)) continue;
    if (!best || Object.keys(vocabulary).length < Object.keys(best).length) best = vocabulary;
  }
  return best;
}

/** The values no vocabulary names (a test requires there are none). */
export function unlabelledValues(values: readonly string[]): string[] {
  const vocabulary = vocabularyFor(values);
  return vocabulary ? [] : values.filter((v) => !(fr.editor.valueLabels as Record<string, string | undefined>)[v]);
}

/** The French label of each value; a value no vocabulary names keeps its code (a test lists them). */
export function enumOptions(values: readonly string[]): Option[] {
  const vocabulary = vocabularyFor(values);
  return values.map((value) => ({ value, label: capitalise(labelOf(vocabulary?.[value]) ?? (fr.editor.valueLabels as Record<string, string | undefined>)[value] ?? value) }));
}

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The description as help, with the codes it lists written as their French labels. */
export function fieldHelp(description: string | undefined, values?: readonly string[]): string | undefined {
  if (!description) return undefined;
  let help = description.replace(/\btrue\b/g, fr.editor.yesWord).replace(/\bfalse\b/g, fr.editor.noWord);
  if (values?.length) {
    const options = enumOptions(values);
    // Longest codes first, so that `not-before` is replaced before `before`.
    for (const option of [...options].sort((a, b) => b.value.length - a.value.length)) {
      if (option.label === option.value) continue;
      help = help.replace(new RegExp(`(^|[\\s(,])${escape(option.value)}(?![\\w-])`, 'g'), `$1« ${option.label} »`);
    }
  }
  return help;
}
