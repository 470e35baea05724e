/**
 * How the search index is cut into parts (scripts/search-index-fs.ts does the files). Pure.
 *
 * Two reasons to cut: memory (one Pagefind process over 10,000 sheets held 4.6 GB) and rebuilds
 * (Pagefind cannot update an index, so a part is indexed again only when one of its pages
 * changed; the others are taken from the build cache). A page's part follows from its path alone,
 * so that adding, removing or changing a sheet changes one part and leaves the others as they
 * were; cutting the sorted list into runs would have moved every run after a new sheet.
 */

/** Pages per part at most, give or take the spread of the hash: about 1.4 GB of Pagefind for 2,500. */
export const PART_SIZE = 2500;
/**
 * A bank of a few hundred sheets or more is cut into up to four parts even below `PART_SIZE`, each
 * of at least this many pages, so that a rebuild after one change indexes a quarter of the bank.
 * Pagefind starts afresh for each part, so that smaller parts would cost the cold build more than
 * they save (1,000 sheets: 3.7 s in one part, 4.6 s in four, 1.1 s for one part of 250).
 */
export const SMALL_PART = 250;
export const SMALL_PARTS = 4;

/** How many parts for `pages` indexed pages when a part holds about `size` at most. */
export function partCount(pages: number, size: number = PART_SIZE): number {
  return Math.max(1, Math.ceil(pages / size), Math.min(SMALL_PARTS, Math.floor(pages / SMALL_PART)));
}

/** FNV-1a, 32 bits, of a string's UTF-16 code units: stable across runs, machines and Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The pages of each part, each part in the order of the paths, the empty parts left out (a tiny
 * site cut finer than it has pages). The part of a page depends on its path and the count only.
 */
export function splitIntoParts(paths: readonly string[], count: number): string[][] {
  const parts: string[][] = Array.from({ length: count }, () => []);
  for (const path of [...paths].sort()) parts[fnv1a(path) % count].push(path);
  const filled = parts.filter((part) => part.length > 0);
  return filled.length > 0 ? filled : [[]];
}

/**
 * In each part's folder, beside Pagefind's files: the address of each page Pagefind found, by the
 * name Pagefind gives its results (`{"fr_03a3eb7": "/experiences/x/"}`). Pagefind tells a result's
 * address only by loading the result's fragment (its whole text); a search matching all of 1,000
 * sheets loaded 1,000 fragments and took 3.9 s. With this list, the index page learns every
 * match's address at once and loads the fragments of the sheets it shows only.
 */
export const ADDRESSES_FILE = 'adresses.json';

/**
 * A page as Pagefind reads it: a space after each closing tag that another tag follows, and after
 * each line break. Pagefind glues the texts of adjacent elements it does not take for blocks
 * (`<dt>Département</dt><dd>Manche</dd>` became the one word « DépartementManche », the cells of
 * a table and the badges the same), so that a search for « Manche » missed it and the excerpts
 * showed « RégionNormandie ». The published page is not changed: the space only separates words
 * Pagefind reads, where two elements meet.
 */
export function spacedForIndex(html: string): string {
  return html.replace(/<\/[a-zA-Z][^>]*>(?=<)|<br\s*\/?>/g, '$& ');
}
