/**
 * The validator's messages and the schemas' texts as the form shows them. `validate` speaks to
 * someone editing a YAML file (« une liste (des lignes qui commencent par « - ») », « une valeur
 * parmi : proposed (proposé), running (en cours)… », « ajoutez linesComplete: false »): the codes
 * to type, with what they mean. In the form the person
 * picks from a list, ticks a box and adds items with a button, so the same facts are said in the
 * form's words: fields by the label shown above them, values by their French labels, lists and
 * groups without their YAML syntax.
 *
 * A {@link Glossary} built from the form itself (every field's label, every choice's label)
 * names what the validator names by key or code. Two ways, the first wherever it can:
 *
 * - from the diagnostic's facts (`choices`, `suggestion`, `missingKey`, `allowedKeys`,
 *   `expectedType`, `hintParts`), which the validator gives beside its texts: the values of an
 *   enum, a missing field, the fields possible where an unknown one is, a type, a did-you-mean,
 *   a hint's « ajoutez key: value » (see {@link formWording});
 * - by patterns over the texts ({@link formText}), for what is still a free text: the message of
 *   a check (« orderJustification ne se donne qu'avec weighting: order »), a free part of a hint
 *   (« …, order s'il les classe »), a schema's own « attendu » or description, the help of the
 *   form's fields (`form-spec.ts`), and a diagnostic of an older validator, without facts.
 *
 * Pure.
 */
import type { Diagnostic } from '../content/diagnostics';
import { fr } from '../i18n/fr';
import { frenchTypography } from '../i18n/typography';
import { orList } from '../i18n/sections/helpers';
import { joinParts, yamlSetting, type Setting } from '../i18n/settings';
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
 * Keys and codes of the schemas that are also French words (« source », « date », « public »,
 * « en »…): in a sentence they are read as French, and left as they are.
 */
export const frenchWords = new Set(
  ('de en sa on source sources date dates public programme budget document total code points note condition site sites section lot lots type places place ' +
    'parts communes commune min max article service services structures format justification instrument consortium signature session sessions ' +
    'notification surface support phases possible consultation conclusion certification certifications qualification prestation minutes extension ' +
    'communication description remobilisation mode organisation euros HT TTC EUR label fr eu indicative annexes proposition').split(' '),
);

/** What the form calls the fields and values the validator names by key and code. */
export interface Glossary {
  /** The label of each field, by schema path (`workshops[].title`). */
  fields: Record<string, string>;
  /** The label of a key wherever it is (the first met), for a key named away from its field. */
  keys: Record<string, string>;
  /** The French label of each code of a list of choices. */
  codes: Record<string, string>;
  /** The fields that are a box to tick, by schema path, with the value ticking writes. */
  boxes: Record<string, string | number | boolean>;
  /** Whether a field is chosen from a list (enum or yes/no), by schema path. */
  chosen: Record<string, true>;
}

interface SpecLike {
  kind: string;
  key?: string;
  label: string;
  field: string;
  fields?: SpecLike[];
  item?: SpecLike;
  objects?: SpecLike[];
  list?: SpecLike;
  variants?: Array<{ value: string; label: string; spec: SpecLike }>;
  options?: Option[];
  value?: string | number | boolean;
  valueLabel?: string;
  discriminator?: string;
}

/** The glossary of a form: every label of its fields and choices. */
export function glossary(root: SpecLike): Glossary {
  const g: Glossary = { fields: {}, keys: {}, codes: {}, boxes: {}, chosen: {} };
  const walk = (spec: SpecLike) => {
    if (spec.key !== undefined && spec.label) {
      g.fields[spec.field] ??= spec.label;
      g.keys[spec.key] ??= spec.label;
    }
    if (spec.kind === 'const' && spec.value !== undefined) {
      g.boxes[spec.field] = spec.value;
      if (typeof spec.value === 'string' && spec.valueLabel) g.codes[spec.value] ??= spec.valueLabel;
    }
    if (spec.kind === 'enum' || spec.kind === 'boolean') g.chosen[spec.field] = true;
    for (const o of spec.options ?? []) if (spec.kind === 'enum') g.codes[o.value] ??= o.label;
    if (spec.variants && spec.discriminator) {
      const at = spec.field ? `${spec.field}.${spec.discriminator}` : spec.discriminator;
      g.fields[at] ??= fr.editor.labels[spec.discriminator] ?? fr.editor.form.kind;
      g.keys[spec.discriminator] ??= g.fields[at];
      g.chosen[at] = true;
      for (const v of spec.variants) {
        g.codes[v.value] ??= v.label;
        walk(v.spec);
      }
    }
    [...(spec.fields ?? []), ...(spec.objects ?? []), ...(spec.item ? [spec.item] : []), ...(spec.list ? [spec.list] : [])].forEach(walk);
  };
  walk(root);
  return g;
}

/** The schema path of a diagnostic's path (`['workshops', 0, 'title']` → `workshops[].title`). */
export function schemaField(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[]` : out ? `${out}.${key}` : key), '');
}

/** The path of the object a field is in (`workshops[].title` → `workshops[]`, `title` → ``). */
export const parentOf = (field: string) => (/(?:\.[^.[\]]+|\[\])$/.test(field) ? field.replace(/(?:\.[^.[\]]+|\[\])$/, '') : '');

/** The field a key names, seen from `field`: its own child, a sibling, a child of an ancestor. */
function fieldOf(g: Glossary, key: string, field: string): string | undefined {
  const path = key.split('.');
  for (let at = field; ; at = parentOf(at)) {
    for (const base of [at, `${at}[]`]) {
      const candidate = path.reduce((out, k) => (out ? `${out}.${k}` : k), base);
      if (g.fields[candidate] !== undefined) return candidate;
    }
    if (!at) return undefined;
  }
}

const q = (text: string) => `« ${text} »`;
const fold = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'").toLowerCase().trim();
const WORD = String.raw`[A-Za-z][A-Za-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][A-Za-z0-9]*)*`;
const VERB = String.raw`(?:[Aa]joutez|[ÉéEe]crivez|[Mm]ettez|[Ii]ndiquez)`;

/** The label of a key (or `priceModel.shares`) seen from a field, if the glossary knows it. */
function keyLabel(g: Glossary, key: string, field: string): string | undefined {
  const at = fieldOf(g, key, field);
  return at !== undefined ? g.fields[at] : (g.keys[key] ?? (key.includes('.') ? g.keys[key.split('.').pop()!] : undefined));
}

/** The YAML of keys and codes in the form's words. */
function translate(text: string, g: Glossary, field: string): string {
  const isName = (w: string) => !frenchWords.has(w) && (keyLabel(g, w, field) !== undefined || g.codes[w] !== undefined);
  const nameOf = (w: string) => keyLabel(g, w, field) ?? g.codes[w];
  const valueOf = (v: string) => shownValue(g, v) ?? (/^[<…"«]|^\.\.\.$/.test(v) ? '' : v);
  let out = text
    // « ajoutez linesComplete: false » → « cochez « Les postes ne détaillent qu'une partie du total » ».
    .replace(new RegExp(String.raw`(${VERB})\s+(${WORD}):\s*(« [^»]* »|"[^"]*"|<[^>]*>|…|[\w-]+)`, 'g'), (all, verb: string, key: string, value: string) => {
      const label = keyLabel(g, key, field);
      if (!label) return all;
      const at = fieldOf(g, key, field);
      const raw = value.replace(/^« | »$/g, '').replace(/^"|"$/g, '');
      const upper = /^[A-ZÉ]/.test(verb);
      const word = (w: string) => (upper ? w.charAt(0).toUpperCase() + w.slice(1) : w);
      if (at && g.boxes[at] !== undefined && String(g.boxes[at]) === (raw === 'oui' ? 'true' : raw === 'non' ? 'false' : raw)) return `${word(f.tick)} ${q(label)}`;
      const shown = valueOf(raw);
      if (at && g.chosen[at] && shown) return `${word(f.pick)} ${shown} ${f.pickFor} ${q(label)}`;
      return `${word(f.fill)} ${q(label)}`;
    })
    // « weighting: order » → « « Pondération » : « Rang » », « source: <identifiant> » → « « Source » ».
    .replace(new RegExp(String.raw`(?<![\p{L}/])(${WORD}):\s*(« [^»]* »|"[^"]*"|<[^>]*>|…|[\w-]+)?`, 'gu'), (all, key: string, value: string | undefined) => {
      const label = keyLabel(g, key, field);
      if (!label || /^https?$/.test(key)) return all;
      const raw = (value ?? '').replace(/^« | »$/g, '').replace(/^"|"$/g, '');
      const shown = raw ? valueOf(raw) : '';
      return shown ? `${q(label)} : ${shown}` : q(label);
    })
    // A gloss that only names keys or codes: « (answers) » goes, « (role, name, status) » is named.
    .replace(new RegExp(String.raw`\s*\((${WORD}(?:,\s*${WORD})*)\)`, 'g'), (all, inner: string) => {
      const words = inner.split(/,\s*/);
      if (!words.every((w) => isName(w) || frenchWords.has(w))) return all;
      if (words.length === 1) return '';
      return ` (${words.map((w) => (isName(w) ? nameOf(w) : w)).join(', ')})`;
    })
    // What is left: a key or a code in a sentence, by its name.
    .replace(new RegExp(String.raw`(?<![\p{L}\d_«/.@-])(${WORD})(?![\p{L}\d_-]|\.[\p{L}])`, 'gu'), (all, w: string) => (isName(w) ? q(nameOf(w)) : all));
  return out;
}

/** A label followed by a gloss that says the same (« « En cours » (en cours) ») keeps the label only. */
function withoutEchoes(text: string): string {
  return text.replace(/« ([^«»]+) » \(([^()]*)\)/g, (all, label: string, gloss: string) => {
    const parts = gloss.split(/,\s*/).filter((p) => fold(p.replace(/^« | »$/g, '')) !== fold(label));
    return parts.length ? `« ${label} » (${parts.join(', ')})` : `« ${label} »`;
  });
}

/**
 * A text of the validator or the schemas in the form's words: the YAML names of lists, groups and
 * booleans replaced, the YAML object forms (« ou { min: 10, max: 12 } ») left out, since the form
 * has its « Détailler » button for them; with a glossary, keys and codes named as the form names
 * them. French typography is kept (a space before « ; », « : », « ? »).
 */
export function formText(text: string, words?: Glossary, field = ''): string {
  let out = syntax.reduce((o, [yaml, form]) => o.split(yaml).join(form), text).replace(/[\u00A0\u202F](?=[:;!?%»])|(?<=«)\u00A0/g, ' ');
  out = out
    .replace(/,?\s*(?:ou\s+)?\{[^{}]*\}/g, '')
    .replace(/\s*:?\s*\[\s*(?:,\s*)*\]/g, '')
    .replace(/\(\s*\)/g, '');
  if (words) out = translate(out, words, field);
  out = withoutEchoes(out)
    .replace(/^[\s,;:]+/, '')
    .replace(/([:(])\s*,\s*/g, '$1 ')
    .replace(/[ \t]+([),.])/g, '$1')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/ {2,}/g, ' ');
  return frenchTypography(out);
}

/** A text shown after « Attendu : » (which adds its own full stop). */
const expectedText = (text: string, words?: Glossary, field?: string) => formText(text, words, field).replace(/\.$/, '');

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** What the form says for a type the validator names with YAML's syntax. */
const typeWords: Record<string, string> = { array: f.list, object: f.group, boolean: f.yesNo };

/** The parts of a diagnostic the form words: its texts, and the facts they are made from. */
export type WordedDiagnostic = Pick<Diagnostic, 'rule' | 'expected' | 'hint'> & Partial<Pick<Diagnostic, 'message' | 'path' | 'choices' | 'suggestion' | 'missingKey' | 'allowedKeys' | 'expectedType' | 'hintParts'>>;

/** A value the file writes, said as the form shows it: a choice by its label, a yes or no; undefined for another. */
const shownValue = (g: Glossary, value: string) => (value === 'true' ? fr.editor.yesWord : value === 'false' ? fr.editor.noWord : g.codes[value] !== undefined ? q(g.codes[value]) : undefined);

/**
 * A field to set, said with the form's controls: « cochez « Les postes ne détaillent qu'une
 * partie du total » » for a box, « choisissez « Par ordre d'importance » ou « Sans pondération »
 * pour « Pondération » » for a list, « écrivez « non précisé » dans « Maximum » » for a value
 * typed as it is, « remplissez « Commune » » for a value to find. A key the form does not show
 * stays as the file writes it. A setting that follows another without its verb (« …, ou annex:
 * … ») is said without one too.
 */
function settingWords(s: Setting, g: Glossary, field: string, capital: boolean): string {
  const label = keyLabel(g, s.key, field);
  if (!label) return yamlSetting(s, capital);
  const at = fieldOf(g, s.key, field);
  const verb = (w: string) => (!s.verb ? '' : `${capital ? capitalise(w) : w} `);
  const values = s.placeholder ? [] : (s.values ?? []);
  if (at && g.boxes[at] !== undefined && values.length === 1 && String(g.boxes[at]) === values[0]) return `${verb(f.tick)}${q(label)}`;
  const shown = values.map((v) => shownValue(g, v));
  if (at && g.chosen[at] && values.length && shown.every((v) => v !== undefined)) return `${verb(f.pick)}${orList(shown as string[])} ${f.pickFor} ${q(label)}`;
  // A value written as it is (« non précisé »), not a code the form would name.
  if (values.length && values.every((v) => /\s/.test(v))) return `${verb(f.write)}${orList(values.map(q))} ${f.writeIn} ${q(label)}`;
  return `${verb(f.fill)}${q(label)}`;
}

/**
 * What the form shows for a message: the message, its « attendu » and « correction », in the
 * form's words.
 *
 * Said from the diagnostic's facts wherever it carries them: its `choices` (by their labels, as
 * the list to pick from shows them), its `suggestion`, its `missingKey` and `allowedKeys` (by
 * the fields' labels), its `expectedType` (a list, a group, a yes or no, as the form's controls
 * make them), its `hintParts` (each setting by {@link settingWords}). What the facts leave, the
 * validator's free texts, goes through {@link formText}'s patterns (the fallback the module's
 * comment lists).
 */
export function formWording(diagnostic: WordedDiagnostic, options?: readonly Option[], words?: Glossary): { message?: string; expected?: string; hint?: string } {
  const field = diagnostic.path ? schemaField(diagnostic.path) : '';
  const message = diagnostic.message === undefined ? undefined : missingMessage(diagnostic, words, field) ?? (words ? formText(diagnostic.message, words, field) : diagnostic.message);
  const withMessage = <T extends object>(rest: T) => ({ ...(message !== undefined && { message }), ...rest });
  const picked = options?.length ? options : undefined;
  // The choices by the labels the form shows them with: the picker's, else the glossary's.
  const labelled = diagnostic.choices?.map((c) => ({ value: c.code, label: picked?.find((o) => o.value === c.code)?.label ?? words?.codes[c.code] ?? capitalise(c.label ?? c.code) }));
  // Whether the person picks the value from a list (a picker, a yes or no) rather than types it.
  const chosen = !!picked || words?.chosen[field] === true;
  /** The choices in the form's words: the list to pick from, or the labels of what to type. */
  const oneOf = (choices: readonly Option[]) => (chosen ? f.oneOf(choices.map((o) => o.label)) : d.invalidValueExpected(choices.map((o) => q(o.label))));
  const expectedWords = () =>
    labelled && (chosen || words) ? oneOf(labelled) : diagnostic.expectedType && typeWords[diagnostic.expectedType] ? typeWords[diagnostic.expectedType] : diagnostic.expected === undefined ? undefined : expectedText(diagnostic.expected, words, field);

  const choices = labelled ?? picked;
  if (diagnostic.rule === 'schema/valeur' && choices && (chosen || words)) {
    // A diagnostic without its suggestion among its facts (an older validator's) says it in its hint.
    const suggested = diagnostic.suggestion ?? choices.find((o) => diagnostic.hint === d.didYouMean(o.value))?.value;
    const label = choices.find((o) => o.value === suggested)?.label;
    return withMessage({ expected: oneOf(choices), hint: label ? d.didYouMean(label) : f.chooseInList });
  }
  if (diagnostic.rule === 'schema/valeur' && words) {
    return withMessage({
      ...(diagnostic.expected !== undefined && { expected: expectedText(diagnostic.expected, words, field) }),
      hint: diagnostic.hint?.startsWith(d.didYouMean('').slice(0, 8)) ? formText(diagnostic.hint, words, field) : f.chooseInList,
    });
  }
  if (diagnostic.rule === 'schema/champ-manquant') {
    const expected = expectedWords();
    return withMessage({ ...(expected && { expected }), hint: f.fillIn });
  }
  if (diagnostic.rule === 'schema/champ-inconnu' && words && (diagnostic.suggestion || diagnostic.allowedKeys)) {
    // The fields possible here by their labels; one the form does not show keeps its key.
    const named = (key: string) => keyLabel(words, key, parentOf(field));
    const suggested = diagnostic.suggestion && named(diagnostic.suggestion);
    const expected = diagnostic.allowedKeys ? fr.details.diagnostics.unknownKeyExpected(diagnostic.allowedKeys.map((k) => (named(k) ? q(named(k)!) : k))) : diagnostic.expected;
    return withMessage({
      ...(expected !== undefined && { expected: expectedText(expected, words, field) }),
      ...((suggested || diagnostic.hint !== undefined) && { hint: suggested ? d.didYouMean(suggested) : formText(diagnostic.hint!, words, field) }),
    });
  }
  const expected = expectedWords();
  if (diagnostic.hintParts && words) {
    const hint = formText(joinParts(diagnostic.hintParts, (s, capital) => settingWords(s, words, field, capital)), words, field);
    return withMessage({ ...(expected !== undefined && { expected }), hint });
  }
  // « Remplacez la valeur par une liste… » said with the form's word for the type.
  const typeHint = diagnostic.expectedType && typeWords[diagnostic.expectedType] && diagnostic.expected !== undefined && diagnostic.hint === d.fixType(diagnostic.expected) ? d.fixType(typeWords[diagnostic.expectedType]) : undefined;
  return withMessage({
    ...(expected !== undefined && { expected }),
    ...(diagnostic.hint !== undefined && { hint: typeHint ?? formText(diagnostic.hint, words, field) }),
  });
}

/** « Champ obligatoire manquant : « id » » with the field's label: « … : « Identifiant » ». */
function missingMessage(diagnostic: Pick<WordedDiagnostic, 'rule' | 'message' | 'path' | 'missingKey'>, words: Glossary | undefined, field: string): string | undefined {
  if (!words || diagnostic.rule !== 'schema/champ-manquant' || !diagnostic.path?.length) return undefined;
  // Without the key among its facts (a diagnostic of an older validator), the message says it.
  const key = diagnostic.missingKey ?? String(diagnostic.path[diagnostic.path.length - 1]);
  if (diagnostic.missingKey === undefined && diagnostic.message !== d.missingField(key)) return undefined;
  const label = words.fields[field] ?? keyLabel(words, key, parentOf(field));
  return label ? d.missingField(label) : undefined;
}
