/**
 * The validator's messages as the form shows them. `validate` speaks to someone editing a YAML
 * file (« une liste (des lignes qui commencent par « - ») », « une valeur parmi : proposed,
 * running, completed », « Vouliez-vous dire « completed » ? »); in the form the person picks from a
 * list and adds items with a button, so the same facts are said in the form's words: values by
 * their French labels, lists and groups without their YAML syntax. The message itself (the first
 * line) stays the validator's own.
 *
 * Pure.
 */
import type { Diagnostic } from '../content/diagnostics';
import { fr } from '../i18n/fr';
import type { Option } from './labels';

const d = fr.diagnostics;
const f = fr.editor.form.wording;

/** The YAML words of the validator's « attendu » and « correction », and the form's. */
const syntax: Array<[string, string]> = [
  [d.types.array, f.list],
  [d.types.object, f.group],
  [d.types.boolean, f.yesNo],
];

/**
 * A text of the validator or the schemas in the form's words: the YAML names of lists, groups and
 * booleans replaced, the YAML object forms (« ou { min: 10, max: 12 } ») left out, since the form
 * has its « Détailler » button for them.
 */
export function formText(text: string): string {
  return syntax
    .reduce((out, [yaml, form]) => out.split(yaml).join(form), text)
    .replace(/,?\s*(?:ou\s+)?\{[^{}]*\}/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([),.;])/g, '$1');
}

const reword = formText;

/** What the form shows under a message: its « attendu » and « correction » in the form's words. */
export function formWording(diagnostic: Pick<Diagnostic, 'rule' | 'expected' | 'hint'>, options?: readonly Option[]): { expected?: string; hint?: string } {
  if (diagnostic.rule === 'schema/valeur' && options?.length) {
    const labelOf = (code: string) => options.find((o) => o.value === code)?.label;
    const suggested = options.find((o) => diagnostic.hint === d.didYouMean(o.value));
    return { expected: f.oneOf(options.map((o) => o.label)), hint: suggested ? d.didYouMean(labelOf(suggested.value)!) : f.chooseInList };
  }
  if (diagnostic.rule === 'schema/champ-manquant') return { ...(diagnostic.expected && { expected: reword(diagnostic.expected) }), hint: f.fillIn };
  return {
    ...(diagnostic.expected !== undefined && { expected: reword(diagnostic.expected) }),
    ...(diagnostic.hint !== undefined && { hint: reword(diagnostic.hint) }),
  };
}
