/**
 * The form's data, as the author's file holds it (texts in their own words, numbers as typed with
 * a decimal comma), and the small steps the form takes on it: set or remove a value at a path
 * (pruning an object left empty), read one, name a field's element.
 *
 * Pure.
 */
import type { ObjectSpec } from '../../editor/form-spec';

export type Path = ReadonlyArray<string | number>;
export type Value = unknown;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export { valueAt as getIn } from '../../domain/value-at';

/** The data with `value` at `path` (undefined removes it; an object or list left empty goes too). */
export function setIn(data: Value, path: Path, value: Value): Value {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(data) ? [...data] : [];
    const next = setIn(list[key], rest, value);
    if (next === undefined && rest.length === 0) list.splice(key, 1);
    else list[key] = next;
    return list;
  }
  const object: Record<string, unknown> = isObject(data) ? { ...data } : {};
  const next = setIn(object[key], rest, value);
  const empty = next === undefined || (rest.length > 0 && ((isObject(next) && Object.keys(next).length === 0) || (Array.isArray(next) && next.length === 0)));
  if (empty) delete object[key];
  else object[key] = next;
  return object;
}

/** `workshops-0-sessionDuration`: a field's element id, from its data path. */
export function fieldId(path: Path): string {
  return `champ-${path.length ? path.join('-') : 'fichier'}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

export const pathKey = (path: Path) => JSON.stringify(path);

const SPACES = /[\s\u00A0\u202F]/g;

/**
 * A number as a French person types it (`8,5`, `12`, `1 200`), or the text itself when it is not
 * one (`douze`): the validator then says, in French, what is expected.
 */
export function numberInput(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const compact = trimmed.replace(SPACES, '');
  if (/^-?\d+(?:[.,]\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  return trimmed;
}

/**
 * What a field that takes a text or a number stores: a number when the text is exactly one (a
 * leading zero, as in `01000` or `01`, keeps it a text), else the text as typed.
 */
export function flexInput(text: string, scalars: readonly string[]): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const numeric = scalars.includes('number') || scalars.includes('integer');
  if (!numeric) return text;
  if (!scalars.includes('string')) return numberInput(trimmed);
  if (/^-?(?:0|[1-9]\d*)(?:[.,]\d+)?$/.test(trimmed) && (scalars.includes('number') || !/[.,]/.test(trimmed))) return Number(trimmed.replace(',', '.'));
  return trimmed;
}

/** How a value shows in a text input: a number with a decimal comma. */
export function shown(value: Value): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string') return value;
  return '';
}

/** The detailed form that holds an object's keys (the first one when none or several do). */
export function objectFor(objects: readonly ObjectSpec[], value: unknown, chosen = 0): ObjectSpec | undefined {
  const keys = isObject(value) ? Object.keys(value) : [];
  if (keys.length === 0) return objects[chosen] ?? objects[0];
  const fits = (o: ObjectSpec) => keys.filter((k) => o.fields.some((f) => f.key === k)).length;
  return objects.reduce<ObjectSpec | undefined>((best, o) => (!best || fits(o) > fits(best) ? o : best), undefined);
}

const PARIS_CLOCK = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });

/**
 * The time of a save as the files' list writes it (`formatInstant` in src/domain/format.ts, which
 * this script does not bundle): Paris time, « 14 h 09 ». The browser's own zone gave « 13:10 »
 * beside a list that said « 14 h 09 ».
 */
export function parisTime(at: Date = new Date()): string {
  const parts = Object.fromEntries(PARIS_CLOCK.formatToParts(at).map((p) => [p.type, p.value]));
  return `${Number(parts.hour)}\u00A0h ${parts.minute}`;
}
