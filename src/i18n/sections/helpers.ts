/** Small helpers shared by the dictionary's sections. */
/**
 * The singular or the plural, as French counts: `plural(0, 'page', 'pages')` → `page`, `1` → `page`,
 * `1.5` → `page`, `2` → `pages`. With a pair: `plural(n, ...['semaine', 'semaines'])`.
 */
export const plural = (n: number, one: string, many: string) => (Math.abs(n) >= 2 ? many : one);
export const q = (text: string) => `« ${text} »`;
/** Something the author wrote with a name and an id: `« Valeur technique » (valeur-technique)`, or `« id »` when it has no other name. */
export interface Named {
  id: string;
  name?: string;
}
export const named = ({ id, name }: Named) => (name && name !== id ? `${q(name)} (${id})` : q(id));
/** `a`, `a et b`, `a, b et c` (with `ou` for `orList`). */
const joinWith = (word: string) => (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
export const list = joinWith('et');
export const orList = joinWith('ou');
