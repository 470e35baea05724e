/**
 * Where a French word may be cut at the end of a line, from the TeX French hyphenation patterns
 * (npm package `hyphen`, ISC licence, patterns from CTAN), for the PDF's line breaking: narrow
 * table columns and chart labels wrap instead of being cut. (Pages leave it to the browser.)
 *
 * French typography keeps at least two letters before a cut and three after it, never cuts a
 * word shorter than six letters, and never cuts inside an address, a number or an identifier.
 *
 * @example
 * hyphenationPoints('remobilisation'); // [2, 4, 6, 8, 10]: re|mo|bi|li|sa|tion
 */
import * as hyphenFr from 'hyphen/fr';

// The package is CommonJS: Node's ESM loader gives it as the default export, bundlers as names.
const { hyphenateSync } = (hyphenFr as typeof hyphenFr & { default?: typeof hyphenFr }).default ?? hyphenFr;

const MARK = '\u0001';
const cache = new Map<string, number[]>();

/** A word made of letters (and apostrophes), which patterns can cut; not digits, not symbols. */
const WORD = /^[\p{L}’']+$/u;

/** The offsets (in UTF-16 units) where `word` may be cut, in increasing order. */
export function hyphenationPoints(word: string): number[] {
  let points = cache.get(word);
  if (points) return points;
  points = [];
  if (word.length >= 6 && WORD.test(word)) {
    const marked = hyphenateSync(word, { hyphenChar: MARK, minWordLength: 6 });
    let offset = 0;
    for (const part of marked.split(MARK)) {
      offset += part.length;
      points.push(offset);
    }
    points.pop();
    // Two letters at least before the cut, three after it; never right after an apostrophe.
    points = points.filter((p) => p >= 2 && word.length - p >= 3 && !/[’']/.test(word[p - 1]));
  }
  cache.set(word, points);
  return points;
}
