/**
 * Drafts: a file marked `draft: true` is validated like any other, but what it still lacks is a
 * list of fields « à compléter » rather than errors, and it may still be previewed in the private
 * workspace. To preview it, the fields its schema refuses are left out (they read « non
 * renseigné »), so are keys it does not know, a required text with no value shows the
 * placeholder « À compléter », and a list
 * item that misses a required field of another kind is left out with it. Nothing else is filled
 * in: when a required field of another kind is missing outside a list (a status, a territory),
 * the draft has no preview until it is given.
 *
 * Pure: raw data and a schema in, the data to preview (or none) out.
 */
import type { z } from 'astro/zod';
import { schemaInfoAt, valueAt, type FieldPath } from './diagnostics';
import { PLACEHOLDER } from './placeholders';

type Schema = z.ZodType;

export interface DraftPreview<T> {
  /** The data to preview, when the draft can be previewed. */
  data?: T;
  /** The field paths left out or shown as placeholders to get there. */
  leftOut: FieldPath[];
  /** Without data: the required fields to give first (a status, a territory), whose absence no repair covers. */
  blockers?: FieldPath[];
}

/** Whether raw data is marked as a draft. */
export function isDraftData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

const clone = <T>(value: T): T => structuredClone(value);

/** The parent container and the last key of a path, when the parent exists. */
function parentOf(data: unknown, path: FieldPath): { parent: Record<string | number, unknown> | unknown[]; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  const parent = valueAt(data, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return undefined;
  return { parent: parent as Record<string | number, unknown>, key: path[path.length - 1] };
}

/** The path of the closest list item that holds `path` (itself included), if any. */
function closestItem(data: unknown, path: FieldPath): FieldPath | undefined {
  for (let end = path.length; end > 0; end--) {
    const key = path[end - 1];
    if (typeof key === 'number' && Array.isArray(valueAt(data, path.slice(0, end - 1)))) return path.slice(0, end);
  }
  return undefined;
}

/**
 * One pass of repair over the issues of a parse: removes refused values, drops the list items
 * that miss a required field, fills a missing required text with the placeholder. Returns false
 * when an issue cannot be repaired this way.
 */
function repairOnce(data: Record<string, unknown>, issues: readonly z.core.$ZodIssue[], schema: Schema, leftOut: FieldPath[], blockers: FieldPath[]): boolean {
  const removals: FieldPath[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
    // A key the schema does not know (a typo, a field of an older version): left out.
    if (issue.code === 'unrecognized_keys') {
      removals.push(...issue.keys.map((key) => [...path, key]));
      continue;
    }
    if (path.length === 0) {
      blockers.push(path);
      continue;
    }
    const value = valueAt(data, path);
    if (value !== undefined) {
      removals.push(path);
      continue;
    }
    const info = schemaInfoAt(schema, path, data);
    const where = parentOf(data, path);
    if (info.type === 'string' && where && !Array.isArray(where.parent)) {
      where.parent[where.key] = PLACEHOLDER;
      leftOut.push(path);
      continue;
    }
    const item = closestItem(data, path);
    if (!item) {
      blockers.push(path);
      continue;
    }
    removals.push(item);
  }
  if (blockers.length > 0) return false;
  // Remove the deepest paths first, and list items from the last, so that indices stay right.
  const unique = [...new Map(removals.map((p) => [JSON.stringify(p), p])).values()];
  unique.sort((a, b) => b.length - a.length || compareLast(b, a));
  for (const path of unique) {
    const where = parentOf(data, path);
    if (!where) return false;
    if (Array.isArray(where.parent) && typeof where.key === 'number') where.parent.splice(where.key, 1);
    else delete (where.parent as Record<string | number, unknown>)[where.key];
    leftOut.push(path);
  }
  return true;
}

function compareLast(a: FieldPath, b: FieldPath): number {
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
}

/** The draft's data made previewable, within a few passes (each pass can reveal new issues). */
export function previewDraft<S extends Schema>(raw: Record<string, unknown>, schema: S): DraftPreview<z.output<S>> {
  const data = clone(raw);
  const leftOut: FieldPath[] = [];
  const blockers: FieldPath[] = [];
  for (let pass = 0; pass < 6; pass++) {
    const parsed = schema.safeParse(data);
    if (parsed.success) return { data: parsed.data, leftOut };
    if (!repairOnce(data, parsed.error.issues, schema, leftOut, blockers)) return { leftOut, blockers };
  }
  return { leftOut, blockers };
}
