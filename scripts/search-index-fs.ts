/**
 * The Pagefind index of the built site, in parts (issue 14): one Pagefind process over 10,000
 * sheets held 4.6 GB at its peak, more than the whole build may use. The pages Pagefind indexes
 * (those with `data-pagefind-body`) are taken in the order of their paths and cut into parts of
 * `PART_SIZE` pages; each part is indexed by its own Pagefind process, which ends before the next
 * one starts. The first part is the site's main bundle (`pagefind/`), the others `pagefind-2/`,
 * `pagefind-3/`… and `pagefind/parties.json` lists those others, for the index page's script to
 * merge them into one search (Pagefind's `mergeIndex`). A site of `PART_SIZE` sheets or fewer has
 * one part and an empty list.
 *
 * Each process reads a folder of hard links to its part's pages, at the same paths as in the site
 * (so the pages' addresses in the index are the same), inside the staging folder and removed once
 * indexed: a failed build leaves nothing more behind than the staging folder it removes.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Pages per part of the index: about 1.4 GB of Pagefind's memory for 2,500 sheets. */
export const PART_SIZE = 2500;

/** The folder of part `n` (from 1) inside the site, and its address from the site's root. */
export const partFolder = (n: number) => (n === 1 ? 'pagefind' : `pagefind-${n}`);
/** The list of the parts after the first, inside the first one's folder. */
export const PARTS_FILE = 'parties.json';

const WORK = '.index-recherche';

/** The site's HTML files that Pagefind indexes, relative to `site`, in a fixed order. */
export function indexedPages(site: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== WORK && !/^pagefind(-\d+)?$/.test(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html') && readFileSync(path, 'utf8').includes('data-pagefind-body')) found.push(relative(site, path));
    }
  };
  walk(site);
  return found.sort();
}

/**
 * Indexes `site` in parts of `size` pages, each by `runPagefind(folder, output)` (a process that
 * indexes `folder` into `output`, both absolute), one after the other.
 */
export async function indexInParts(site: string, size: number, runPagefind: (folder: string, output: string) => Promise<void>): Promise<void> {
  const pages = indexedPages(site);
  const parts = Math.max(1, Math.ceil(pages.length / size));
  const work = join(site, WORK);
  try {
    for (let n = 1; n <= parts; n++) {
      const folder = join(work, String(n));
      for (const page of pages.slice((n - 1) * size, n * size)) {
        mkdirSync(dirname(join(folder, page)), { recursive: true });
        linkSync(join(site, page), join(folder, page));
      }
      await runPagefind(folder, join(site, partFolder(n)));
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const others = Array.from({ length: parts - 1 }, (_, i) => `${partFolder(i + 2)}/`);
  writeFileSync(join(site, partFolder(1), PARTS_FILE), `${JSON.stringify(others)}\n`);
}

/** The part size asked by $PASSERELLE_SEARCH_PART_SIZE (tests use small parts), else `PART_SIZE`. */
export function partSize(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : PART_SIZE;
}
