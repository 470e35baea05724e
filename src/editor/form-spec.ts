/**
 * The editor's forms, generated from the schemas: each collection's zod schema is turned into its
 * JSON Schema (what authors write, `io: 'input'`), then into a tree of field descriptions that the
 * form renders. Nothing here names a field of a collection: a field added to a schema appears in
 * the form with its French description as label and help, its enum values by their French labels.
 *
 * What the JSON Schema does not say is derived from the schemas' own metadata (`expected`, `ref`,
 * `contentMediaType`), and, for the few pickers whose choices come from other content, from the
 * table of `choices.ts`.
 *
 * Pure: a collection in, plain data out (sent to the browser as JSON).
 */
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../../schemas/index';
import { departements, regionOfDepartement, regions } from '../../schemas/territories-data';
import { fr } from '../i18n/fr';
import { choiceSourceOf, type ChoiceSource } from './choices';
import { enumOptions, fieldHelp, fieldLabel, pickerHelp, type Option } from './labels';
import { formText, glossary, type Glossary } from './form-messages';
import type { ItemIds } from './item-ids';

interface Common {
  /** The key in its object (absent for list items and union branches). */
  key?: string;
  label: string;
  help?: string;
  expected?: string;
  examples?: string[];
  required: boolean;
  /** The schema path (`workshops[].sessionDuration`), the same for every item of a list. */
  field: string;
  /** Choices taken from other content or from this file (lots, sections, sources…). */
  choices?: ChoiceSource;
}

export type ObjectSpec = Common & { kind: 'object'; fields: Spec[] };
export type Spec =
  /** `slug`: an identifier (`atelier-mobilite`); `madeFrom`: one the editor makes from the item's name. */
  | (Common & { kind: 'text'; markdown?: boolean; format?: string; slug?: boolean; madeFrom?: ItemIds })
  | (Common & { kind: 'number'; integer: boolean; minimum?: number; maximum?: number })
  | (Common & { kind: 'boolean'; defaultValue?: boolean })
  | (Common & { kind: 'enum'; options: Option[]; defaultValue?: string })
  | (Common & { kind: 'const'; value: string | number | boolean; valueLabel: string })
  | ObjectSpec
  /** `itemIds`: its items have an identifier other fields refer to, made from their names (`item-ids.ts`). */
  | (Common & { kind: 'list'; item: Spec; min?: number; itemIds?: ItemIds })
  /**
   * A text in the author's words (`10 à 12`, `2h30`), or one of the detailed objects (an age as
   * `{ min, max }`, or as `{ value, source }`), or several values.
   */
  | (Common & { kind: 'flex'; scalar: Array<'string' | 'number' | 'integer'>; objects: ObjectSpec[]; list?: Spec })
  /** One of several kinds of object, told apart by one key (`measure`, `unit`, `kind`). */
  | (Common & { kind: 'variants'; discriminator: string; variants: Array<{ value: string; label: string; spec: ObjectSpec }> })
  | (Common & { kind: 'ref'; collection: string })
  | (Common & { kind: 'pick'; options: Option[] });

type Json = Record<string, unknown>;

const isJson = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The JSON Schema of a collection, with the schemas' own metadata (not folded for VS Code). */
export function inputSchema(collection: CollectionName): Json {
  return z.toJSONSchema(collections[collection](), { io: 'input', target: 'draft-07', unrepresentable: 'any' }) as Json;
}

/** The branches of a union, nested unions flattened, each carrying the metadata of its wrappers. */
function branches(node: Json): Json[] {
  const list = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (list) return list.flatMap((b) => branches({ ...b, description: b.description ?? node.description }));
  if (Array.isArray(node.type)) return (node.type as string[]).map((type) => ({ ...node, type }));
  return [node];
}

const scalarType = (b: Json) => (b.type === 'string' && !b.enum && b.const === undefined ? 'string' : b.type === 'number' ? 'number' : b.type === 'integer' ? 'integer' : undefined);

/** The key every object branch fixes with a `const` (the discriminator), if any. */
function discriminator(objects: Json[]): string | undefined {
  const keys = Object.keys((objects[0].properties as Json) ?? {});
  return keys.find((k) => objects.every((o) => isJson((o.properties as Json | undefined)?.[k]) && ((o.properties as Json)[k] as Json).const !== undefined));
}

interface Context {
  key?: string;
  field: string;
  required: boolean;
  /** Metadata of the enclosing property (descriptions of an optional wrapper). */
  outer?: Json;
}

const join = (field: string, key: string) => (field ? `${field}.${key}` : key);

function common(node: Json, ctx: Context, enumValues?: readonly string[]): Common {
  const meta = { ...node, ...(ctx.outer ?? {}) };
  const description = text(ctx.outer?.description) ?? text(node.description);
  const expected = text(meta.expected) ?? text(node.expected);
  const examples = Array.isArray(node.examples) ? (node.examples as unknown[]).filter((e) => typeof e !== 'object').map(String) : undefined;
  const label = fieldLabel(ctx.key, description, enumValues, node.const);
  const choices = choiceSourceOf(ctx.field, { expected, ref: text(meta.ref) ?? text(node.ref) });
  // Chosen from a list, by name: neither the identifier's format nor how to write one.
  const described = fieldHelp(description, enumValues);
  const full = choices ? pickerHelp(described) : described;
  // A description that is only the label says nothing more as help.
  const help = full && full.replace(/[.\s]+$/, '') !== label ? full : undefined;
  return {
    ...(ctx.key !== undefined && { key: ctx.key }),
    label,
    ...(help && { help }),
    ...(expected && !choices && { expected }),
    ...(examples?.length && !choices && { examples }),
    required: ctx.required,
    field: ctx.field,
    ...(choices && { choices }),
  };
}

function objectSpec(node: Json, ctx: Context): ObjectSpec {
  const properties = (node.properties as Record<string, Json>) ?? {};
  const required = new Set((node.required as string[]) ?? []);
  const fields = Object.entries(properties).map(([key, child]) => build(child, { key, field: join(ctx.field, key), required: required.has(key) }));
  return { ...common(node, ctx), kind: 'object', fields };
}

/** The field description of a JSON Schema node. */
function build(node: Json, ctx: Context): Spec {
  const parts = branches(node);
  if (parts.length > 1) return union(node, parts, ctx);
  const b = parts[0];
  if (Array.isArray(b.enum)) {
    const values = (b.enum as unknown[]).map(String);
    return { ...common(b, ctx, values), kind: 'enum', options: enumOptions(values), ...(typeof b.default === 'string' && { defaultValue: b.default }) };
  }
  if (b.const !== undefined) {
    const value = b.const as string | number | boolean;
    return { ...common(b, ctx), kind: 'const', value, valueLabel: typeof value === 'boolean' ? (value ? fr.common.yes : fr.common.no) : (enumOptions([String(value)])[0]?.label ?? String(value)) };
  }
  if (b.type === 'object') return objectSpec(b, ctx);
  if (b.type === 'array') {
    const items = (b.items as Json) ?? {};
    const item = build(items, { field: `${ctx.field}[]`, required: true });
    // A list of values from a vocabulary: its help names them by their French labels.
    const values = Array.isArray(items.enum) ? (items.enum as unknown[]).map(String) : undefined;
    return { ...common(b, ctx, values), kind: 'list', item, ...(typeof b.minItems === 'number' && { min: b.minItems }) };
  }
  if (b.type === 'boolean') return { ...common(b, ctx), kind: 'boolean', ...(typeof b.default === 'boolean' && { defaultValue: b.default }) };
  if (b.type === 'number' || b.type === 'integer') return { ...common(b, ctx), kind: 'number', integer: b.type === 'integer', ...(typeof b.minimum === 'number' && b.minimum > -1e15 && { minimum: b.minimum }), ...(typeof b.maximum === 'number' && b.maximum < 1e15 && { maximum: b.maximum }) };
  const base = common(b, ctx);
  if (text(b.ref) || text(ctx.outer?.ref)) return { ...base, kind: 'ref', collection: text(b.ref) ?? text(ctx.outer?.ref)! };
  const picker = pickerOptions(base);
  if (picker) return { ...base, kind: 'pick', options: picker };
  return { ...base, kind: 'text', ...(b.contentMediaType === 'text/markdown' && { markdown: true }), ...(text(b.format) && { format: text(b.format) }), ...(b.pattern === SLUG_PATTERN && !base.choices && { slug: true }) };
}

/** A field whose value is chosen from `choices`, by name: no format to type, no example. */
function chosenFrom(spec: Spec, choices: ChoiceSource): Spec {
  const { expected: _e, examples: _x, ...rest } = spec;
  if (rest.kind === 'text') delete rest.slug;
  return { ...rest, choices } as Spec;
}

/** The pattern of `IdSchema` in the JSON Schema. */
const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const NAME_KEYS = ['title', 'name', 'label'] as const;

/** The object forms of a list's items (one per kind of item). */
const itemForms = (item: Spec): ObjectSpec[] => (item.kind === 'object' ? [item] : item.kind === 'variants' ? item.variants.map((v) => v.spec) : []);

/**
 * A list whose items carry an identifier (`id`, required when other fields cite it, optional for
 * phases and results): the editor makes it from the item's title, name or label, or, when that
 * name is optional, from the label of its kind; the form shows it as a small optional field.
 */
function withItemIds(list: Extract<Spec, { kind: 'list' }>, key: string | undefined): Spec {
  const forms = itemForms(list.item);
  const idOf = (o: ObjectSpec) => o.fields.find((f) => f.key === 'id');
  if (forms.length === 0 || !forms.every((o) => { const id = idOf(o); return id?.kind === 'text' && id.slug; })) return list;
  const name = NAME_KEYS.find((k) => forms.every((o) => o.fields.some((f) => f.key === k)));
  const named = name !== undefined && forms.every((o) => o.fields.some((f) => f.key === name && f.required));
  const kind = named || forms.length !== 1 ? undefined : forms[0].fields.find((f): f is Extract<Spec, { kind: 'enum' }> => f.kind === 'enum' && f.required);
  const words = fr.editor.form.itemId;
  const itemIds: ItemIds = {
    ...(name && { name }),
    ...(kind && { kind: { key: kind.key!, labels: Object.fromEntries(kind.options.map((o) => [o.value, o.label])) } }),
    word: (key && words.words[key]) ?? words.word,
  };
  const relabel = (o: ObjectSpec): ObjectSpec => ({
    ...o,
    fields: o.fields.map((f) => {
      if (f.key !== 'id') return f;
      const { expected: _e, examples: _x, ...rest } = f;
      return { ...rest, label: words.label(name ?? 'name', kind !== undefined), help: words.help, required: false, madeFrom: itemIds } as Spec;
    }),
  });
  const item = list.item.kind === 'object' ? relabel(list.item) : list.item.kind === 'variants' ? { ...list.item, variants: list.item.variants.map((v) => ({ ...v, spec: relabel(v.spec) })) } : list.item;
  return { ...list, item, itemIds };
}

function union(node: Json, parts: Json[], ctx: Context): Spec {
  const base = common(parts[0], { ...ctx, outer: { ...node, ...(ctx.outer ?? {}) } });
  const objects = parts.filter((b) => b.type === 'object');
  const arrays = parts.filter((b) => b.type === 'array');
  const scalars = [...new Set(parts.map(scalarType).filter((t): t is 'string' | 'number' | 'integer' => t !== undefined))];
  const key = objects.length > 1 ? discriminator(objects) : undefined;
  if (key && scalars.length === 0 && arrays.length === 0) {
    const variants = objects.map((o) => {
      const tag = (o.properties as Record<string, Json>)[key];
      const value = String(tag.const);
      return { value, label: fieldLabel(undefined, text(tag.description)) || value, spec: objectSpec(o, { field: ctx.field, required: true }) };
    });
    return { ...base, kind: 'variants', discriminator: key, variants };
  }
  // Same shape with and without the union (a number or its text): one input.
  const picker = pickerOptions(base);
  if (picker && objects.length === 0 && arrays.length === 0) return { ...base, kind: 'pick', options: picker };
  const details = objects.map((o) => objectSpec(o, { field: ctx.field, required: true }));
  const several = arrays[0] && build((arrays[0].items as Json) ?? {}, { field: `${ctx.field}[]`, required: true });
  // Several values of a field chosen from a list are chosen from it too (the sources of a fact).
  const list = several && base.choices && !several.choices ? chosenFrom(several, base.choices) : several;
  if (scalars.length === 0 && !list && details.length === 1) return { ...details[0], ...base, kind: 'object', fields: details[0].fields };
  return { ...base, kind: 'flex', scalar: scalars.length ? scalars : ['string'], objects: details, ...(list && { list }) };
}


/**
 * Every help and « attendu » in the form's words: the keys and codes the schemas' descriptions
 * name (« kind: capacity », « (answers) », « raccourci de departements ») by the labels the form
 * shows; a list chosen from the file's own items without how to type their identifiers.
 */
function inFormWords(spec: Spec, words: Glossary): Spec {
  const scope = spec.field;
  const chosenByName = spec.kind === 'list' && !!spec.item.choices;
  const help = spec.help && formText(chosenByName ? (pickerHelp(spec.help) ?? '') : spec.help, words, scope);
  const out = { ...spec, ...(spec.expected && { expected: formText(spec.expected, words, scope).replace(/\.$/, '') }) } as Spec;
  if (help && help.replace(/[.\s]+$/, '') !== spec.label) out.help = help;
  else delete out.help;
  if (out.kind === 'object') out.fields = out.fields.map((f) => inFormWords(f, words));
  if (out.kind === 'list') return withItemIds({ ...out, item: inFormWords(out.item, words) }, out.key ?? out.field.split(/[.[\]]+/).filter(Boolean).pop());
  if (out.kind === 'flex') {
    out.objects = out.objects.map((o) => inFormWords(o, words) as ObjectSpec);
    if (out.list) out.list = inFormWords(out.list, words);
  }
  if (out.kind === 'variants') out.variants = out.variants.map((v) => ({ ...v, spec: inFormWords(v.spec, words) as ObjectSpec }));
  return out;
}

/** Départements and régions are chosen from the official list (the région follows). */
function pickerOptions(base: Common): Option[] | undefined {
  if (base.choices?.kind === 'departement') return departements.map(([code, name]) => ({ value: code, label: `${code} · ${name}` }));
  if (base.choices?.kind === 'region') return regions.map((r) => ({ value: r.name, label: r.name }));
  return undefined;
}

const specs = new Map<CollectionName, ObjectSpec & { glossary: Glossary }>();
let built: Map<CollectionName, ObjectSpec> | undefined;

/**
 * The glossary of a collection's form; the other collections' keys and codes after its own, for
 * the messages that name another file's (a response citing a programme « running ou completed »).
 */
function glossaryOf(collection: CollectionName): Glossary {
  built ??= new Map(Object.keys(collections).map((c) => [c as CollectionName, objectSpec(inputSchema(c as CollectionName), { field: '', required: true })]));
  const own = glossary(built.get(collection)!);
  for (const [other, spec] of built) {
    if (other === collection) continue;
    const theirs = glossary(spec);
    own.keys = { ...theirs.keys, ...own.keys };
    own.codes = { ...theirs.codes, ...own.codes };
  }
  return own;
}

/**
 * The form of a collection: its root object, fields in schema order (computed once), with the
 * glossary its messages are said with (`form-messages.ts`).
 */
export function formSpec(collection: CollectionName): ObjectSpec & { glossary: Glossary } {
  let spec = specs.get(collection);
  if (!spec) {
    const words = glossaryOf(collection);
    spec = { ...(inFormWords(built!.get(collection)!, words) as ObjectSpec), glossary: words };
    specs.set(collection, spec);
  }
  return spec;
}

/** The région of each département, for the picker that fills it. */
export function regionOfDepartements(): Record<string, string> {
  return Object.fromEntries(departements.map(([code]) => [code, regionOfDepartement(code)]));
}
