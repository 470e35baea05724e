/** Small helpers shared by the dictionary's sections. */
/**
 * The singular or the plural, as French counts: `plural(0, 'page', 'pages')` → `page`, `1` → `page`,
 * `1.5` → `page`, `2` → `pages`. With a pair: `plural(n, ...['semaine', 'semaines'])`.
 */
export const plural = (n: number, one: string, many: string) => (Math.abs(n) >= 2 ? many : one);
export const q = (text: string) => `« ${text} »`;

/** Words whose h is aspirated: « de » stays « de » before them (« de Hauts-de-Seine Emploi »). */
const ASPIRATED_H = /^h(?:a(?:ut|ll|m|n[dgt]|rd|s)|eros|ibou|on[gt]|ors|ou|ui|ur)/i;

/**
 * « de » before a name, elided before a vowel or a mute h, as French writes it: `deName('Élan
 * Formation')` → `d’Élan Formation`, `deName('Horizon')` → `d’Horizon`, `deName('Tremplin')` →
 * `de Tremplin`, `deName('Hauts-de-France Insertion')` → `de Hauts-de-France Insertion`. A name
 * that starts with a digit or a sign keeps « de ».
 */
export function deName(name: string): string {
  const start = name.trimStart().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // A y before a vowel is a consonant (« de Yoga Plus »), before a consonant a vowel (« d’Yvelines Emploi »).
  if ((/^[aeiouœæ]/i.test(start) || /^y[^aeiou]/i.test(start)) || (/^h/i.test(start) && !ASPIRATED_H.test(start))) return `d’${name.trimStart()}`;
  return `de ${name}`;
}
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
