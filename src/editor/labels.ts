/**
 * What a person reads on a field: its label and help come from the schema's French description,
 * its choices from the dictionary's vocabularies (`fr.vocab`), never the codes written in files.
 *
 * - The label is the description's first clause (« Le nombre de séances suivies par chaque
 *   personne (ou par le groupe) : 4 ou « 3 à 4 ». » → « Le nombre de séances suivies par chaque
 *   personne »), unless the dictionary gives a short one (`fr.editor.labels`): a description that
 *   lists codes (« women, men ou mixed. ») or starts with `true` does not make a label.
 * - The help is the whole description, its codes replaced by their French labels.
 * - An enum's options are the labels of the vocabulary whose keys hold all its values
 *   (`src/i18n/code-labels.ts`, which the validator's messages read too).
 *
 * Pure.
 */
import { fr } from '../i18n/fr';
import { codeLabels } from '../i18n/code-labels';

export interface Option {
  value: string;
  label: string;
}

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** The field's label: the dictionary's, or the first clause of its description (after the list of its codes it may open with). */
export function fieldLabel(key: string | undefined, description: string | undefined, values: readonly string[] = [], constant?: unknown): string {
  const codes = new Set([...values, fr.common.or, fr.common.and]);
  const colon = description ? /^([^:]+?)\s*:\s*(.+)$/s.exec(description) : null;
  const listsCodes = !!colon && values.length > 0 && colon[1].split(/[\s,]+/).every((w) => codes.has(w));
  // « Ce que ce montant représente : total-cost (…), budget… » names the field better than the
  // dictionary's label for its key (« basis » is also « HT ou TTC » elsewhere).
  const namesItself = !!colon && !listsCodes && values.length > 0 && values.some((v) => colon[2].startsWith(v));
  const own = key !== undefined ? (fr.editor.labels as Record<string, string | undefined>)[key] : undefined;
  if (own && !namesItself) return own;
  if (!description) return '';
  // « Avec weighting: order, pourquoi… » → « Pourquoi… »: the condition is no name.
  description = description.replace(/^Avec [\w-]+(?:\s*:\s*[\w-]+)?\s*[,:]\s*/, '');
  // « true si l'appel n'a pas d'intitulé formel » → « L'appel n'a pas d'intitulé formel », where
  // ticking or « oui » means true; « false quand … » only for a box that writes false.
  const condition = /^(true|false) (?:si|quand|pour) (.+)$/s.exec(description);
  const says = condition && (condition[1] === 'true' ? constant !== false : constant === false);
  const clause = (says ? condition[2] : listsCodes ? colon[2] : description)
    .split(/\s*(?:[:;(]|\. |, s'|, si |, quand |, pour |, en |, avec )/)[0]
    .replace(/[.\s\u00A0]+$/, '')
    .trim();
  return capitalise(clause);
}

/** The values no vocabulary names (a test requires there are none). */
export function unlabelledValues(values: readonly string[]): string[] {
  return codeLabels(values).filter((c) => c.label === undefined).map((c) => c.code);
}

/** The French label of each value; a value no vocabulary names keeps its code (a test lists them). */
export function enumOptions(values: readonly string[]): Option[] {
  return codeLabels(values).map(({ code, label }) => ({ value: code, label: capitalise(label ?? code) }));
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
      // Only where the description lists its codes (« running (en cours) ou completed »), not a
      // French word that happens to be a code (« s'il n'est pas en français »).
      help = help.replace(new RegExp(`(^|[\\s(,])${escape(option.value)}(?=\\s*\\(|,|\\s+(?:ou|et)\\s|\\s*[.;:)]|$)`, 'g'), `$1« ${option.label} »`);
    }
  }
  return help;
}

/**
 * A picker's help without what only typing an identifier needs: « (son identifiant) », « : l'identifiant
 * d'un élément de sources… », « ; sinon un identifiant de votre choix », and the schema's codes in
 * parentheses (« (responseSections) », « (answers) », « (measure: commitment) »), since the person
 * chooses by name.
 */
export function pickerHelp(help: string | undefined): string | undefined {
  if (!help) return undefined;
  const out = help
    .replace(/\s*\([^)]*identifiant[^)]*\)/g, '')
    .replace(/\s*[:;]\s*[^.;:]*identifiant[^.;]*/g, '')
    .replace(/\s*\((?:[a-z]+(?:[A-Z][A-Za-z]*)?|[a-z]+: [a-z-]+|statut [a-z-]+)\)/g, '')
    .replace(/[ \t]+([.,])/g, '$1')
    .trim();
  return out && out !== '.' ? out : undefined;
}
