/**
 * Items that repeat a key (an id, a section, a criterion), for the checks that say so: the schemas'
 * unique ids and the cross-file checks of answers, offers and marks. Pure.
 */

/**
 * Each item whose key an earlier item already has, by index, with the index of that first item.
 *
 * @example
 * duplicates([{ id: 'a' }, { id: 'b' }, { id: 'a' }], (item) => item.id); // Map { 2 => 0 }
 */
export function duplicates<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<number, number> {
  const first = new Map<string, number>();
  const repeated = new Map<number, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined || key === '') return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, index);
    else repeated.set(index, seen);
  });
  return repeated;
}
