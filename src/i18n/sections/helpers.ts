/** Small helpers shared by the dictionary's sections. */
/**
 * The singular or the plural, as French counts: `plural(0, 'page', 'pages')` → `page`, `1` → `page`,
 * `1.5` → `page`, `2` → `pages`. With a pair: `plural(n, ...['semaine', 'semaines'])`.
 */
export const plural = (n: number, one: string, many: string) => (Math.abs(n) >= 2 ? many : one);
export const q = (text: string) => `« ${text} »`;
/** `a`, `a et b`, `a, b et c` (with `ou` for `orList`). */
const joinWith = (word: string) => (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
export const list = joinWith('et');
export const orList = joinWith('ou');
