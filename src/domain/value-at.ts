/**
 * Reading a value along a field path, for the diagnostics and the editor's form alike.
 *
 * Pure.
 */

/** The raw value at a path, or `undefined` if some step is missing: `valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b'])` → 1. */
export function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
