/**
 * Diagnostics: what is wrong in a content file, said so that a French user can fix it.
 *
 * Every problem (a YAML syntax error, a schema issue, a cross-file check) becomes a
 * {@link Diagnostic}: the file, the line and column, the field path, a message, what was found,
 * what was expected, how to fix it, and a stable rule id. `formatDiagnostics()` prints them the
 * way vfile-message does:
 *
 * ```
 * content/responses/elan.yaml:14:5  erreur  Montant illisible  montant/format
 *   champ : price › lines › n° 2 › unitPrice
 *   trouvé : « quarante euros »
 *   attendu : un montant en euros avec au plus deux décimales : 7900, « 7 900 € »…
 *   correction : Écrivez le montant en chiffres…
 * ```
 *
 * Pure: no file system; the caller passes the raw data and a function that locates a path.
 */
import { z } from 'astro/zod';
import { fr } from '../i18n/fr';
import { valueAt } from '../domain/value-at';
import { NBSP } from '../i18n/typography';
import { foldName } from '../../schemas/territories-data';
import { codeLabels, type Choice } from '../i18n/code-labels';
import { hintParts, type HintPart, type Setting } from '../i18n/settings';

export type { Choice, HintPart, Setting };

export type FieldPath = ReadonlyArray<string | number>;

export interface Diagnostic {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  path: FieldPath;
  severity: 'error' | 'warning';
  /** Stable identifier of the rule (`schema/type`, `budget/somme`, `ref/appel`…). */
  rule: string;
  message: string;
  found?: string;
  expected?: string;
  hint?: string;

  // The facts the texts above are made from, for a reader who says them in its own words: the
  // editor's form names a field by its label and a code by its French label, and has its own
  // controls (a list to pick from, a box to tick) where the texts speak of YAML.

  /** The codes the value is not among, or the field is to be one of (`schema/valeur`, `schema/champ-manquant`). */
  choices?: Choice[];
  /** What « Vouliez-vous dire » proposes: a code of `choices` (`schema/valeur`) or a key (`schema/champ-inconnu`). */
  suggestion?: string;
  /** The key of the field that is absent (`schema/champ-manquant`). */
  missingKey?: string;
  /** The keys that may be written where an unknown one is (`schema/champ-inconnu`). */
  allowedKeys?: string[];
  /** The kind of value `expected` names when it names only a type (`array`, `object`, `boolean`, `number`…). */
  expectedType?: string;
  /** `hint` in parts, the fields it asks to set apart: `['…, ', { verb: 'add', key: 'linesComplete', values: ['false'] }, ' et…']`. */
  hintParts?: HintPart[];
}

/** The diagnostic with its hint's parts, when the hint was written with its settings apart (`src/i18n/settings.ts`). */
export function withHintParts(diagnostic: Diagnostic): Diagnostic {
  const parts = hintParts(diagnostic.hint);
  return parts ? { ...diagnostic, hintParts: parts } : diagnostic;
}

/** Where a field path sits in its file (1-based line and column). */
export type Locate = (path: FieldPath) => { line: number; column: number } | undefined;

// ---------------------------------------------------------------------------------------------
// Reading values and schemas along a path

export { valueAt };

interface SchemaInfo {
  description?: string;
  expected?: string;
  hint?: string;
  /** What to write when the field is missing, when « Ajoutez … » would push to invent a fact. */
  missingHint?: string;
  /** Whether the field may be left out. */
  optional?: boolean;
  keys?: string[];
  values?: string[];
  type?: string;
}

type Schema = z.core.$ZodType;

/**
 * A schema's definition, typed by its kind (`def.type` narrows it to the object, array, union…
 * definition). The one place that reads zod's internals; zod's own JSON Schema generator reads
 * them the same way. Metadata is read through the public `z.globalRegistry`.
 */
function defOf(schema: Schema): z.core.$ZodTypes['_zod']['def'] {
  return (schema as z.core.$ZodTypes)._zod.def;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Peels wrappers (optional, default, pipe…), collecting their metadata outermost first. */
function peel(schema: Schema, info?: SchemaInfo): Schema {
  let current = schema;
  // A bound, in case a lazy schema returns itself.
  for (let depth = 0; depth < 20; depth++) {
    if (info) {
      const meta = z.globalRegistry.get(current);
      info.description ??= text(meta?.description);
      info.expected ??= text(meta?.expected);
      info.hint ??= text(meta?.hint);
      info.missingHint ??= text(meta?.missingHint);
    }
    const def = defOf(current);
    if (info && (def.type === 'optional' || def.type === 'default' || def.type === 'prefault')) info.optional = true;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault' || def.type === 'readonly' || def.type === 'catch' || def.type === 'nonoptional') {
      current = def.innerType;
    } else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'lazy') current = def.getter();
    else break;
  }
  return current;
}

/** A union's options, those that are unions themselves unfolded (a count or a list of counts). */
function optionsOf(schema: Schema): readonly Schema[] | undefined {
  const def = defOf(schema);
  if (def.type !== 'union') return undefined;
  return def.options.flatMap((option) => optionsOf(peel(option)) ?? [option]);
}

function shapeOf(schema: Schema): Readonly<Record<string, Schema>> | undefined {
  const def = defOf(schema);
  return def.type === 'object' ? def.shape : undefined;
}

/**
 * Among a union's options, the one a raw value is written in: the list for a list, else the
 * object whose literal fields (`measure`, `kind`…) match, else the first object.
 */
function pickOption(options: readonly Schema[], raw: unknown, key?: string | number): Schema | undefined {
  if (Array.isArray(raw) || typeof key === 'number') return options.find((option) => defOf(peel(option)).type === 'array');
  const objects = options.filter((option) => shapeOf(peel(option)));
  if (!isRecord(raw)) return objects[0];
  const matches = (option: Schema) =>
    Object.entries(shapeOf(peel(option))!).every(([field, schema]) => {
      const def = defOf(peel(schema));
      return def.type !== 'literal' || def.values.some((value) => value === raw[field]);
    });
  return objects.find(matches) ?? objects[0];
}

/** The values a key takes in a union of objects when each object fixes it (`kind`), else undefined. */
function kindsOf(options: readonly Schema[], key: string | number): string[] | undefined {
  const objects = options.map((option) => shapeOf(peel(option)));
  if (typeof key !== 'string' || objects.length < 2 || objects.some((shape) => !shape?.[key])) return undefined;
  const defs = objects.map((shape) => defOf(peel(shape![key])));
  return defs.every((def) => def.type === 'literal') ? defs.flatMap((def) => (def.type === 'literal' ? def.values.map(String) : [])) : undefined;
}

/** One step down: a list's element or an object's field. */
function child(schema: Schema, key: string | number): Schema | undefined {
  const def = defOf(schema);
  if (def.type === 'array' && typeof key === 'number') return def.element;
  if (def.type === 'object' && typeof key === 'string') return def.shape[key];
  return undefined;
}

/**
 * A number written as French text where the field reads a bare number (`60,5`, `8 h`, `60 %`,
 * `1 200`): the number it stands for, written as YAML reads it (`60.5`), or undefined.
 */
export function frenchNumber(text: string): string | undefined {
  const m = /^\s*(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,(\d+))?\s*(?:%|h|heures?|€|euros?|ans?|jours?|semaines?|mois)?\s*$/i.exec(text);
  if (!m) return undefined;
  return `${m[1].replace(/[ \u00A0\u202F]/g, '')}${m[2] ? `.${m[2]}` : ''}`;
}
/** The schema at `path`, following the raw data through unions (see {@link schemaInfoAt}). */
function schemaAt(root: Schema, path: FieldPath, data: unknown): Schema | undefined {
  let current: Schema | undefined = root;
  let raw = data;
  for (const key of path) {
    const inner = peel(current);
    const options = optionsOf(inner);
    const resolved = options ? pickOption(options, raw, key) : inner;
    current = resolved && child(peel(resolved), key);
    if (!current) return undefined;
    raw = valueAt(raw, [key]);
  }
  return current;
}

/**
 * The schema that applies at `path`, and what its metadata says. The walk follows the raw data
 * step by step, so at each union it takes the option the author's value is written in.
 */
export function schemaInfoAt(root: Schema, path: FieldPath, data: unknown): SchemaInfo {
  const info: SchemaInfo = {};
  // The kind of a union of objects (`vat.kind`) written as none of its kinds: any one of them,
  // not the first option's.
  const parent = path.length > 0 ? schemaAt(root, path.slice(0, -1), data) : undefined;
  const parentOptions = parent && optionsOf(peel(parent));
  const kinds = parentOptions ? kindsOf(parentOptions, path[path.length - 1]) : undefined;
  if (kinds && !kinds.includes(String(valueAt(data, path)))) return { type: 'enum', values: kinds };
  const current = schemaAt(root, path, data);
  if (!current) return info;
  const raw = valueAt(data, path);
  let inner = peel(current, info);
  const options = optionsOf(inner);
  if (options && isRecord(raw)) inner = peel(pickOption(options, raw) ?? inner, info);
  const def = defOf(inner);
  info.type = def.type;
  if (def.type === 'object') info.keys = Object.keys(def.shape);
  if (def.type === 'enum') info.values = Object.values(def.entries).map(String);
  if (def.type === 'literal') info.values = def.values.map(String);
  if (options) {
    const keys = options.flatMap((option) => Object.keys(shapeOf(peel(option)) ?? {}));
    if (keys.length) info.keys = [...new Set(keys)];
  }
  return info;
}

/**
 * What each value of a discriminated union's key stands for, by the first clause of its literal's
 * description: `group-count` → « Le nombre de groupes » (`measure: z.literal('group-count').meta({
 * description: 'Le nombre de groupes.' })`), as the form labels its kinds of object.
 */
function variantLabels(root: Schema, path: FieldPath, data: unknown, key: string): Record<string, string> {
  // The union is the value's when zod reports at the object, its parent's when at the key.
  const at = path[path.length - 1] === key ? path.slice(0, -1) : path;
  const union = schemaAt(root, at, data);
  const out: Record<string, string> = {};
  for (const option of (union && optionsOf(peel(union))) ?? []) {
    const tag = shapeOf(peel(option))?.[key];
    if (!tag) continue;
    const info: SchemaInfo = {};
    const def = defOf(peel(tag, info));
    const clause = info.description?.split(/\s*(?:[:;(]|\. )/)[0].replace(/[.\s]+$/, '');
    if (def.type === 'literal' && clause) for (const value of def.values) out[String(value)] = clause;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Words

/** How a raw value reads in a message: `« 2 heures et demie »`, `12`, `une liste de 3 éléments`. */
export function describeValue(value: unknown): string {
  const d = fr.diagnostics.value;
  if (value === undefined) return d.missing;
  if (value === null) return d.null;
  if (value === true) return d.true;
  if (value === false) return d.false;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return d.text(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (Array.isArray(value)) return d.list(value.length);
  if (typeof value === 'object') return d.object(Object.keys(value));
  return String(value);
}

function typeExpected(type: string | undefined): string | undefined {
  return type ? fr.diagnostics.types[type] : undefined;
}

/** What the field at `path` expects, in words: its own line, its type, its values or its description. */
export function expectedAt(root: Schema, path: FieldPath, data: unknown): string | undefined {
  return expectationOf(schemaInfoAt(root, path, data)).expected;
}

/**
 * What a field expects, and the facts it is said from: `expectedType` when the words are its
 * type's, `choices` when they are its values'.
 */
function expectationOf(info: SchemaInfo): Pick<Diagnostic, 'expected' | 'expectedType' | 'choices'> {
  if (info.expected !== undefined) return { expected: info.expected };
  const byType = typeExpected(info.type);
  if (byType !== undefined) return { expected: byType, expectedType: info.type };
  if (info.values) {
    const choices = codeLabels(info.values);
    return { expected: fr.diagnostics.invalidValueExpected(choices), choices };
  }
  return info.description ? { expected: fr.details.diagnostics.missingFieldExpected(info.description) } : {};
}

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The closest candidate, if it is close enough to be a typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const folded = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(folded, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

/** The code whose French label is what the author wrote (« terminé » for `completed`). */
function labelMatch(input: string, choices: readonly Choice[]): string | undefined {
  const folded = foldName(input);
  return choices.find((c) => c.label !== undefined && foldName(c.label) === folded)?.code;
}

/** `workshops › n° 3 › sessionDuration` (list items counted from 1, as a reader counts them). */
export function formatPath(path: FieldPath): string {
  if (path.length === 0) return fr.diagnostics.root;
  return path.map((key) => (typeof key === 'number' ? `n° ${key + 1}` : key)).join(' › ');
}

// ---------------------------------------------------------------------------------------------
// Zod issues → diagnostics

type Issue = z.core.$ZodIssue;

interface IssueContext {
  file: string;
  data: unknown;
  schema: Schema;
  locate: Locate;
  /** Added in front of every path (a Markdown body's field, for instance). */
  prefix?: FieldPath;
}

/** Flattens union issues: keeps the branch that got furthest, the one the author meant. */
function flatten(issue: Issue, data: unknown): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) return [issue];
  const raw = valueAt(data, issue.path as FieldPath);
  if (raw === undefined) return [issue];
  const branches = issue.errors.filter((branch) =>
    branch.some((inner) => inner.code !== 'invalid_type' || inner.path.length > 0),
  );
  if (branches.length === 0) return [issue];
  const best = branches.reduce((a, b) => (Math.max(...b.map((i) => i.path.length)) > Math.max(...a.map((i) => i.path.length)) ? b : a));
  return best.flatMap((inner) => flatten({ ...inner, path: [...issue.path, ...inner.path] } as Issue, data));
}

function toDiagnostic(issue: Issue, ctx: IssueContext): Diagnostic {
  const d = fr.diagnostics;
  const path = issue.path as Array<string | number>;
  const raw = valueAt(ctx.data, path);
  const info = schemaInfoAt(ctx.schema, path, ctx.data);
  const params = (issue as { params?: { rule?: string; found?: string; expected?: string; hint?: string } }).params;
  const more = fr.details.diagnostics;
  const at = (p: FieldPath) => ctx.locate(p) ?? ctx.locate(p.slice(0, -1)) ?? ctx.locate([]);
  const base = { file: ctx.file, severity: 'error' as const, path: [...(ctx.prefix ?? []), ...path] };
  const located = (p: FieldPath) => {
    const pos = at(p);
    return pos ? { line: pos.line, column: pos.column } : {};
  };

  if (issue.code === 'custom') {
    // The check says what it found when the value is a whole group (the lines of a budget…).
    return {
      ...base,
      ...located(path),
      rule: params?.rule ?? 'schema/regle',
      message: issue.message,
      found: params?.found ?? describeValue(raw),
      expected: params?.expected,
      hint: params?.hint ?? info.hint,
    };
  }

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const allowed = info.keys ?? [];
    const suggestion = suggest(key, allowed);
    return {
      ...base,
      ...located([...path, key]),
      path: [...base.path, key],
      rule: 'schema/champ-inconnu',
      message: issue.keys.length > 1 ? issue.keys.map((k) => d.unknownKey(k)).join(' ; ') : d.unknownKey(key),
      found: describeValue(valueAt(raw, [key])),
      expected: more.unknownKeyExpected(allowed),
      hint: suggestion ? d.didYouMean(suggestion) : more.unknownKeyHint,
      allowedKeys: allowed,
      ...(suggestion && { suggestion }),
    };
  }

  // A required field that is absent.
  if (raw === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value')) {
    const key = String(path[path.length - 1] ?? '');
    return {
      ...base,
      ...located(path.slice(0, -1)),
      rule: 'schema/champ-manquant',
      message: d.missingField(key),
      found: d.value.missing,
      ...expectationOf(info),
      hint: info.missingHint ?? d.missingFieldHint(key, info.description),
      missingKey: key,
    };
  }

  /** A value outside a fixed list: what is allowed, and the closest one if it looks like a typo. */
  const unknownValue = (values: string[], fallbackHint: string, described: Record<string, string> = {}): Diagnostic => {
    const choices = codeLabels(values).map((c) => (c.label === undefined && described[c.code] ? { ...c, label: described[c.code] } : c));
    const suggestion = typeof raw === 'string' ? (labelMatch(raw, choices) ?? suggest(raw, values)) : undefined;
    return {
      ...base,
      ...located(path),
      rule: 'schema/valeur',
      message: d.invalidValue,
      found: describeValue(raw),
      expected: d.invalidValueExpected(choices),
      hint: suggestion ? d.didYouMean(suggestion, choices.find((c) => c.code === suggestion)?.label) : fallbackHint,
      choices,
      ...(suggestion && { suggestion }),
    };
  };
  // A discriminated union whose key (measure, kind, unit…) has an unknown value: zod lists the known ones.
  if (issue.code === 'invalid_union' && issue.discriminator && 'options' in issue && issue.options) {
    return unknownValue(issue.options.map(String), d.chooseValue, variantLabels(ctx.schema, path, ctx.data, issue.discriminator));
  }

  const { expected: expectedDefault, expectedType: defaultExpectedType } = expectationOf({ expected: info.expected, type: info.type });
  const defaultType = defaultExpectedType ? { expectedType: defaultExpectedType } : {};
  const describeHint = info.hint ?? (info.description ? d.describe(info.description) : undefined);

  switch (issue.code) {
    case 'invalid_type': {
      // The type zod expected, else the schema's, whichever has words; none when the schema has its own line.
      const expectedType = info.expected === undefined ? [issue.expected, info.type].find((type) => typeExpected(type) !== undefined) : undefined;
      const expected = info.expected ?? typeExpected(expectedType);
      // « 60,5 », « 8 h », « 60 % » where a bare number is read: say how to write it.
      const french = issue.expected === 'number' && typeof raw === 'string' ? frenchNumber(raw) : undefined;
      const hint = french ? d.fixFrenchNumber(raw as string, french) : expected ? d.fixType(expected) : describeHint;
      return { ...base, ...located(path), rule: 'schema/type', message: d.invalidType, found: describeValue(raw), expected, hint, ...(expectedType && { expectedType }) };
    }
    case 'invalid_union':
      return { ...base, ...located(path), rule: 'schema/type', message: d.invalidType, found: describeValue(raw), expected: expectedDefault, hint: info.hint ?? (expectedDefault ? d.fixType(expectedDefault) : describeHint), ...defaultType };
    case 'invalid_value':
      return unknownValue(issue.values.map(String), describeHint ?? d.chooseValue);
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
      const inclusive = (issue as { inclusive?: boolean }).inclusive ?? true;
      const origin = (issue as { origin?: string }).origin;
      let message: string;
      let expected: string;
      let hint: string;
      const n = String(limit);
      if (origin === 'array' || origin === 'set') {
        message = small ? d.tooFew : d.tooMany;
        expected = small ? d.atLeastItems(Number(limit)) : d.atMostItems(Number(limit));
        hint = small ? more.tooFewHint(n, !!info.optional) : more.tooManyHint(n);
      } else if (origin === 'string') {
        message = small ? d.tooShort : d.tooLong;
        expected = small ? d.atLeastChars(Number(limit)) : d.atMostChars(Number(limit));
        hint = small ? more.tooShortHint(!!info.optional) : more.tooLongHint(n);
      } else {
        message = small ? d.tooSmall : d.tooBig;
        expected = small ? d.atLeast(Number(limit), inclusive) : d.atMost(Number(limit), inclusive);
        hint = more.numberHint(expected);
      }
      return { ...base, ...located(path), rule: small ? 'schema/trop-petit' : 'schema/trop-grand', message, found: describeValue(raw), expected, hint: info.hint ?? hint };
    }
    default:
      // Zod gives every other issue (a format, a multiple…) a message, in French by the locale.
      return { ...base, ...located(path), rule: issue.code === 'invalid_format' ? 'schema/format' : 'schema/valeur', message: issue.message, found: describeValue(raw), expected: expectedDefault, hint: info.hint ?? (expectedDefault ? d.fixType(expectedDefault) : (describeHint ?? more.formatHint)), ...defaultType };
  }
}

/** Turns the issues of one file's parse into diagnostics, sorted by position. */
export function diagnosticsFromIssues(issues: readonly Issue[], ctx: IssueContext): Diagnostic[] {
  return issues.flatMap((issue) => flatten(issue, ctx.data)).map((issue) => withHintParts(toDiagnostic(issue, ctx)));
}

// ---------------------------------------------------------------------------------------------
// Printing

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** One diagnostic, vfile-message style, with its details on indented lines. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const d = fr.diagnostics;
  const where = diagnostic.line ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}` : diagnostic.file;
  const severity = diagnostic.severity === 'error' ? d.error : d.warning;
  const lines = [`${where}  ${severity}  ${diagnostic.message}  ${diagnostic.rule}`];
  const label = (word: string) => `  ${word}${NBSP}: `;
  lines.push(`${label(d.field)}${formatPath(diagnostic.path)}`);
  if (diagnostic.found !== undefined) lines.push(`${label(d.found)}${diagnostic.found}`);
  if (diagnostic.expected !== undefined) lines.push(`${label(d.expected)}${diagnostic.expected}`);
  if (diagnostic.hint !== undefined) lines.push(`${label(d.fix)}${diagnostic.hint}`);
  return lines.join('\n');
}

export function formatDiagnostics(list: readonly Diagnostic[]): string {
  return sortDiagnostics(list).map(formatDiagnostic).join('\n\n');
}
