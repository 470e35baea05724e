/**
 * A hint that asks to set a field (« ajoutez linesComplete: false », « écrivez weighting: order
 * ou unweighted »), written once in the dictionary with the setting apart from the sentence:
 *
 * ```ts
 * budgetSumHint: said`Corrigez une ligne ou le total ; si la source ne détaille qu'une partie du total, ${add('linesComplete', 'false')} et laissez le reste non ventilé.`,
 * ```
 *
 * `said` gives the text the validator prints (a string, as every other hint), and remembers its
 * parts, so that the diagnostic can carry them ({@link hintParts}) and the editor's form say the
 * setting with its own controls (« cochez « Les postes ne détaillent qu'une partie du total » »)
 * instead of reading the YAML back out of the sentence.
 *
 * Pure, but for that memory: a map from a text to its parts, which only ever holds what the same
 * template would give again: one entry per hint of the dictionary, and one per text a template in
 * a function gave (the lots of a call), which the content bounds.
 */
import { orList } from './sections/helpers';
import { frenchTypography } from './typography';

/** A field to set: its key, and the value (or values, one or the other) to give it. */
export interface Setting {
  /** The verb it is asked with; none when it follows another (« …, status: unknown »). */
  verb?: 'add' | 'write' | 'keep';
  key: string;
  /** The values it may take, as the file writes them (`false`, `order`); none for « ajoutez « lot: » ». */
  values?: string[];
  /** Whether the values say what to write rather than are it (`…`, `<identifiant>`, `la commune`). */
  placeholder?: boolean;
  /** Whether the validator puts the pair in guillemets (« title: … »). */
  quoted?: boolean;
}

/** A hint's text and the settings it asks for, in order. */
export type HintPart = string | Setting;

const VERBS: Record<NonNullable<Setting['verb']>, string> = { add: 'ajoutez', write: 'écrivez', keep: 'gardez' };

const setting = (verb: Setting['verb']) => (key: string, ...values: string[]): Setting => ({ ...(verb && { verb }), key, ...(values.length && { values }) });
/** `ajoutez key: value` */
export const add = setting('add');
/** `écrivez key: value` (or `…: a ou b`) */
export const write = setting('write');
/** `gardez key: value` */
export const keep = setting('keep');
/** `key: value`, after a first setting */
export const also = setting(undefined);
/** A setting whose value says what to write: `add('city', 'la commune')` with `placeholder`. */
export const toFill = (s: Setting): Setting => ({ ...s, placeholder: true });
/** A setting the validator quotes: « title: … ». */
export const quoted = (s: Setting): Setting => ({ ...s, quoted: true });

/** Whether a part opens a sentence: nothing before it, or a full stop. */
export const opensSentence = (before: string) => before.trim() === '' || /[.!?]\s*$/.test(before);

/** A setting as the YAML author types it: `ajoutez linesComplete: false`, `Ajoutez « lot: »`. */
export function yamlSetting(s: Setting, capital: boolean): string {
  const verb = s.verb ? VERBS[s.verb] : '';
  const pair = `${s.key}:${s.values?.length ? ` ${orList(s.values)}` : ''}`;
  return `${verb ? `${capital ? verb.charAt(0).toUpperCase() + verb.slice(1) : verb} ` : ''}${s.quoted ? `« ${pair} »` : pair}`;
}

/** The parts put together, each setting said by `say` (told whether it opens a sentence). */
export function joinParts(parts: readonly HintPart[], say: (s: Setting, capital: boolean) => string): string {
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : say(part, opensSentence(out));
  return out;
}

const known = new Map<string, HintPart[]>();

/** The tag of a hint with settings: its text as the validator prints it, its parts remembered. */
export function said(strings: TemplateStringsArray, ...values: Array<Setting | string>): string {
  const parts: HintPart[] = [];
  let text = '';
  strings.forEach((piece, i) => {
    text += piece;
    const value = values[i];
    if (typeof value === 'string') text += value;
    else if (value !== undefined) {
      if (text) parts.push(frenchTypography(text));
      parts.push(value);
      text = '';
    }
  });
  if (text) parts.push(frenchTypography(text));
  const hint = frenchTypography(joinParts(parts, yamlSetting));
  known.set(hint, parts);
  return hint;
}

/** The parts of a hint written with {@link said}, or undefined for any other text. */
export function hintParts(hint: string | undefined): HintPart[] | undefined {
  return hint === undefined ? undefined : known.get(hint);
}
