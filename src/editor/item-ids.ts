/**
 * The identifiers of list items other fields refer to (a workshop's groups, a fact's source), made
 * for the author from the item's name: nobody has to invent `atelier-mobilite`. An item keeps the
 * identifier it has (from the file, typed, or given on a previous save), so a reference to it
 * never breaks when its title changes; one typed by hand is corrected into a valid one; an item
 * without one gets its name's, made unique in its list (`atelier-mobilite-2`), or, without a name,
 * its kind's label (a phase without a title: `montage`), or else the list's item word and its
 * number (`atelier-3`). Lists whose identifier is optional (phases, results) get theirs the same
 * way: nobody types a code there either.
 *
 * Pure: data and the form's description in, data out (the same object when nothing changes).
 *
 * @example
 * slugify('Taux d’assiduité') // 'taux-d-assiduite'
 * itemIds([{ title: 'Atelier mobilité' }, { title: 'Atelier mobilité' }], { name: 'title', word: 'atelier' })
 * // ['atelier-mobilite', 'atelier-mobilite-2']
 */
import type { ObjectSpec, Spec } from './form-spec';

/** The longest identifier made here (a title can be a sentence). */
export const ID_MAX = 60;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (text: string) => SLUG.test(text);

/** `Atelier « Mobilité » n° 2` → `atelier-mobilite-n-2`: lower case, no accent, dashes, at most `max` characters. */
export function slugify(text: string, max = ID_MAX): string {
  const plain = text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, max).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… the first one not in `taken` (still at most `max` characters). */
export function uniqueId(base: string, taken: ReadonlySet<string>, max = ID_MAX): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, max - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Which field names the items of a list; for items whose name is optional, the choice that says
 * what each one is (a phase's kind: « montage »), by its French labels; and the word for an item
 * with neither.
 */
export interface ItemIds {
  name?: 'title' | 'name' | 'label';
  kind?: { key: string; labels: Record<string, string> };
  word: string;
}

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The identifier of each item of a list: its own, corrected if it is not valid; else made from
 * its name, unique in the list. `undefined` for an entry that is not an object.
 */
export function itemIds(items: readonly unknown[], how: ItemIds): Array<string | undefined> {
  const own = items.map((item) => (isObject(item) && typeof item.id === 'string' ? slugify(item.id) || undefined : undefined));
  const taken = new Set(own.filter((id): id is string => id !== undefined));
  return items.map((item, index) => {
    if (!isObject(item)) return undefined;
    if (own[index]) return own[index];
    const named = how.name && typeof item[how.name] === 'string' ? slugify(item[how.name] as string) : '';
    const kind = how.kind && typeof item[how.kind.key] === 'string' ? slugify(how.kind.labels[item[how.kind.key] as string] ?? '') : '';
    const id = uniqueId(named || kind || `${slugify(how.word) || 'element'}-${index + 1}`, taken);
    taken.add(id);
    return id;
  });
}

/** The data with every list item that needs an identifier given one (see the module's comment). */
export function withItemIds<T>(data: T, spec: ObjectSpec): T {
  return fill(data, spec) as T;
}

function fill(value: unknown, spec: Spec): unknown {
  switch (spec.kind) {
    case 'object':
      return fillObject(value, spec.fields);
    case 'variants': {
      const chosen = isObject(value) ? spec.variants.find((v) => v.value === value[spec.discriminator]) : undefined;
      return chosen ? fillObject(value, chosen.spec.fields) : value;
    }
    case 'flex': {
      if (Array.isArray(value) && spec.list) return fill(value, { ...spec, kind: 'list', item: spec.list });
      if (!isObject(value)) return value;
      // The detailed form that holds the object's keys.
      const keys = Object.keys(value);
      const object = spec.objects.find((o) => keys.every((k) => o.fields.some((f) => f.key === k)));
      return object ? fillObject(value, object.fields) : value;
    }
    case 'list': {
      if (!Array.isArray(value)) return value;
      const ids = spec.itemIds ? itemIds(value, spec.itemIds) : undefined;
      let changed = false;
      const next = value.map((item, index) => {
        let out = fill(item, spec.item);
        const id = ids?.[index];
        if (id !== undefined && isObject(out) && out.id !== id) {
          const { id: _typed, ...rest } = out;
          out = { id, ...rest };
        }
        if (out !== item) changed = true;
        return out;
      });
      return changed ? next : value;
    }
    default:
      return value;
  }
}

function fillObject(value: unknown, fields: readonly Spec[]): unknown {
  if (!isObject(value)) return value;
  let out: Data | undefined;
  for (const field of fields) {
    if (field.key === undefined || !(field.key in value)) continue;
    const next = fill(value[field.key], field);
    if (next !== value[field.key]) (out ??= { ...value })[field.key] = next;
  }
  return out ?? value;
}
