/**
 * What the codes of a list of choices mean, in French: `proposed` → « Proposé », `running` →
 * « En cours ». A code is what a file holds (the YAML author types it); its label is what a
 * person reads (the form shows it, the validator glosses the code with it).
 *
 * The labels come from the dictionary's vocabularies (`fr.vocab`, `fr.tender.vocab`, the
 * editor's own): for a list of codes, the vocabulary that names them all (or, failing one, the
 * most of them), with the fewest other keys, since a code such as `other` or `training` is in
 * several vocabularies with different meanings.
 *
 * Pure.
 */
import { fr } from './fr';

/** A code of a list of choices and what it means; no label when no vocabulary names it. */
export interface Choice {
  code: string;
  label?: string;
}

type Vocabulary = Record<string, unknown>;

/** Every vocabulary of the dictionary that maps codes to labels. */
function vocabularies(): Vocabulary[] {
  return ([...Object.values(fr.editor.vocab), ...Object.values(fr.vocab), ...Object.values(fr.tender.vocab), fr.evaluation.manual.finding] as unknown[]).filter((v): v is Vocabulary => !!v && typeof v === 'object');
}

function labelOf(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry || undefined;
  if (Array.isArray(entry) && typeof entry[0] === 'string') return entry[0];
  return undefined;
}

/** The vocabulary that names every value (or, failing one, the most of them), with the fewest other keys. */
function vocabularyFor(values: readonly string[]): Vocabulary | undefined {
  let best: Vocabulary | undefined;
  let bestCount = 0;
  for (const vocabulary of vocabularies()) {
    const count = values.filter((v) => Object.hasOwn(vocabulary, v) && labelOf(vocabulary[v]) !== undefined).length;
    // A vocabulary that names few of the values is another list that shares a code with them
    // (`deliverables` is a requirement's measure and a part of a call that was not read).
    if (count === 0 || count * 2 < values.length) continue;
    if (count > bestCount || (count === bestCount && best && Object.keys(vocabulary).length < Object.keys(best).length)) {
      best = vocabulary;
      bestCount = count;
    }
  }
  return best;
}

const own = (value: string) => (fr.editor.valueLabels as Record<string, string | undefined>)[value];

/**
 * Each code with its label, as its vocabulary writes it: `codeLabels(['proposed', 'running'])` →
 * `[{ code: 'proposed', label: 'Proposé' }, { code: 'running', label: 'En cours' }]`; a code no
 * vocabulary names has no label.
 */
export function codeLabels(codes: readonly string[]): Choice[] {
  const vocabulary = vocabularyFor(codes);
  return codes.map((code) => {
    const label = (vocabulary && Object.hasOwn(vocabulary, code) ? labelOf(vocabulary[code]) : undefined) ?? own(code);
    return label === undefined ? { code } : { code, label };
  });
}
