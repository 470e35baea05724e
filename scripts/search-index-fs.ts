/**
 * The Pagefind index of the built site, in parts (issue 14; how pages are cut into parts is
 * src/build/search-parts.ts). Each part is indexed by its own Pagefind process, which ends before
 * the next one starts; while it runs, this process writes the next part's pages and finishes the
 * part before. The first part is the site's main bundle (`pagefind/`), the others
 * `pagefind-2/`, `pagefind-3/`… and `pagefind/parties.json` lists those others, for the index
 * page's script to merge them into one search (Pagefind's `mergeIndex`). A site of fewer than 500
 * sheets has one part and an empty list.
 *
 * Each process reads a folder of copies of its part's pages, at the same paths as in the site (so
 * the pages' addresses in the index are the same), with a space where two elements meet
 * (`spacedForIndex`), inside the staging folder and removed once indexed: a failed build leaves
 * nothing more behind than the staging folder it removes.
 *
 * With a cache folder, each part's index is kept there under the hash of what it is made from
 * (Pagefind's version, and each page's path and bytes), and a part whose pages did not change is
 * linked from there instead of being indexed again: Pagefind cannot update an index, and indexing
 * 1,000 sheets took 3.7 s of each rebuild. Pagefind writes the same bytes for the same pages (the
 * warm-cache test compares two builds), so a reused part is the part Pagefind would have written.
 * The parts this build did not use are removed from the cache at its end. A cache that fails
 * (a full disk, a part removed by another build sharing it) costs indexing, never the index.
 *
 * Beside each part's files, `adresses.json` gives the address of each of its pages by the name of
 * its search result (see `ADDRESSES_FILE`).
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ADDRESSES_FILE, PART_SIZE, partCount, spacedForIndex, splitIntoParts } from '../src/build/search-parts';
import { running } from './publish-fs';

export { PART_SIZE };

/** The folder of part `n` (from 1) inside the site, and its address from the site's root. */
export const partFolder = (n: number) => (n === 1 ? 'pagefind' : `pagefind-${n}`);
/** The list of the parts after the first, inside the first one's folder. */
export const PARTS_FILE = 'parties.json';

const WORK = '.index-recherche';

/** The site's HTML files that Pagefind indexes, relative to `site`, with the hash of their bytes (`splitIntoParts` orders them). */
export function indexedPages(site: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== WORK && !/^pagefind(-\d+)?$/.test(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const bytes = readFileSync(path);
        if (bytes.includes('data-pagefind-body')) found.set(relative(site, path), createHash('sha256').update(bytes).digest('hex'));
      }
    }
  };
  walk(site);
  return found;
}

/** Where a build keeps the parts it indexed, and what else than the pages an index depends on. */
export interface SearchCache {
  folder: string;
  /** Pagefind's version and its options: a new one indexes everything again. */
  indexer: string;
}

/** What indexing did: parts written by Pagefind, parts taken from the cache. */
export interface IndexReport {
  indexed: number;
  reused: number;
}

/** What this module writes in a part besides Pagefind's files: a new one makes every part anew. */
const PART_FORMAT = `parts 1, ${ADDRESSES_FILE} 1, pages spaced 1`;

/** The name of a part in the cache: the hash of the indexer, the part's format, and its pages' paths and bytes. */
function partKey(indexer: string, part: readonly string[], digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(`${indexer}\n${PART_FORMAT}\n`);
  for (const page of part) hash.update(`${page}\0${digests.get(page)}\n`);
  return hash.digest('hex').slice(0, 32);
}

/** What Pagefind writes at the start of each decompressed fragment. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * The address of each page of a part Pagefind wrote, by the name of its result (`ADDRESSES_FILE`):
 * read from its fragments, one page each or a group of pages by name.
 */
export function pageAddresses(output: string): Record<string, string> {
  const dir = join(output, 'fragment');
  const found: Record<string, string> = {};
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text) as Record<string, unknown>;
    if (typeof fragment.url === 'string') found[name.slice(0, -'.pf_fragment'.length)] = fragment.url;
    else for (const [id, page] of Object.entries(fragment)) if (typeof (page as { url?: unknown })?.url === 'string') found[id] = (page as { url: string }).url;
  }
  return found;
}

/** Errors after which a file is copied instead of linked: two file systems, links refused or too many. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

/** Hard links to every file of `from` at the same paths under `to` (created); copies where links are refused. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch (error) {
        if (!NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        copyFileSync(source, target, constants.COPYFILE_FICLONE);
      }
    }
  }
}

/** A cached part's name: the 32 hex digits of `partKey`. */
const KEY = /^[0-9a-f]{32}$/;
/** A temporary name of a build at work (`<key>.<pid>.part`, `<key>.<pid>.corbeille`). */
const TEMPORARY = /\.(\d+)\.(?:part|corbeille)$/;

/**
 * Keeps a part Pagefind just wrote in the cache: complete under a temporary name, then renamed,
 * so that a stopped build never leaves half a part under a real name. A cache that refuses (a
 * full disk) costs the next build one more part to index, never this build its index.
 */
function keep(output: string, kept: string): boolean {
  const temporary = `${kept}.${process.pid}.part`;
  try {
    rmSync(temporary, { recursive: true, force: true });
    linkTree(output, temporary);
    try {
      renameSync(temporary, kept);
    } catch (error) {
      // Another build, sharing the cache, kept the same part first: the same pages, the same bytes.
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      rmSync(temporary, { recursive: true, force: true });
    }
    return true;
  } catch {
    rmSync(temporary, { recursive: true, force: true });
    return false;
  }
}

/** Links a kept part into the site; false (and nothing left at `output`) if it could not be read whole. */
function reuse(kept: string, output: string): boolean {
  if (!existsSync(kept)) return false;
  try {
    linkTree(kept, output);
    return true;
  } catch {
    // Damaged, or removed meanwhile by another build sharing the cache: indexed again and kept anew.
    rmSync(output, { recursive: true, force: true });
    discard(kept);
    return false;
  }
}

/** Removes a kept part, renamed aside first: a removal stopped half-way leaves no part with missing files under its name. */
function discard(path: string): void {
  const aside = `${path}.${process.pid}.corbeille`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  rmSync(aside, { recursive: true, force: true });
}

/**
 * Removes from the cache what this build did not use. A part is renamed aside before it is
 * removed, so that a removal stopped half-way never leaves a part with missing files under its
 * name; the temporary folders of another build still at work are left to it.
 */
function prune(folder: string, used: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (used.has(name)) continue;
    const path = join(folder, name);
    const owner = TEMPORARY.exec(name)?.[1];
    if (owner && Number(owner) !== process.pid && running(Number(owner))) continue;
    if (KEY.test(name)) discard(path);
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Indexes `site` in parts of about `size` pages, each by `runPagefind(folder, output)` (a process
 * that indexes `folder` into `output`, both absolute), one after the other; with `cache`, a part
 * already indexed by an earlier build is linked from there.
 */
export async function indexInParts(
  site: string,
  size: number,
  runPagefind: (folder: string, output: string) => Promise<void>,
  cache?: SearchCache,
): Promise<IndexReport> {
  const pages = indexedPages(site);
  // A site without sheets (a buyer's calls only) has nothing to index, and Pagefind fails on an
  // empty folder: no index, and the index page shows no search form.
  if (pages.size === 0) {
    if (cache) prune(cache.folder, new Set());
    return { indexed: 0, reused: 0 };
  }
  const parts = splitIntoParts([...pages.keys()], partCount(pages.size, size));
  const work = join(site, WORK);
  const used = new Set<string>();
  const report: IndexReport = { indexed: 0, reused: 0 };
  try {
    // The parts found in the cache are linked first; the others are indexed one after the other.
    const toIndex: Array<{ i: number; part: readonly string[]; output: string; key?: string; kept?: string }> = [];
    for (const [i, part] of parts.entries()) {
      const output = join(site, partFolder(i + 1));
      const key = cache && partKey(cache.indexer, part, pages);
      const kept = key && join(cache.folder, key);
      if (kept && reuse(kept, output)) {
        used.add(key);
        report.reused++;
      } else toIndex.push({ i, part, output, key: key || undefined, kept: kept || undefined });
    }
    type Job = (typeof toIndex)[number];
    /** The folder of a part's pages for Pagefind, in the work folder. */
    const folderOf = (job: Job) => join(work, String(job.i + 1));
    /** Writes a part's pages, spaced, into its folder. */
    const prepare = (job: Job) => {
      mkdirSync(folderOf(job), { recursive: true });
      for (const page of job.part) {
        mkdirSync(dirname(join(folderOf(job), page)), { recursive: true });
        writeFileSync(join(folderOf(job), page), spacedForIndex(readFileSync(join(site, page), 'utf8')));
      }
    };
    /** What follows a part's indexing: its addresses, its folder removed, the part kept in the cache. */
    const finish = (job: Job) => {
      const { output, key, kept } = job;
      writeFileSync(join(output, ADDRESSES_FILE), `${JSON.stringify(pageAddresses(output))}\n`);
      rmSync(folderOf(job), { recursive: true, force: true });
      report.indexed++;
      if (key && kept && keep(output, kept)) used.add(key);
    };
    // While Pagefind indexes a part (a process of its own), this one prepares the next part's
    // pages and finishes the previous part: the gaps between two parts were 0.3 s each on 1,000 sheets.
    if (toIndex.length) prepare(toIndex[0]);
    let previous: Job | undefined;
    for (const [n, job] of toIndex.entries()) {
      const indexing = runPagefind(folderOf(job), job.output);
      indexing.catch(() => undefined);
      // Pagefind ends before the folders go, and its failure is told before that of the work beside it.
      let failure: unknown;
      try {
        if (previous) finish(previous);
        if (toIndex[n + 1]) prepare(toIndex[n + 1]);
      } catch (error) {
        failure = error;
      }
      await indexing;
      if (failure) throw failure;
      previous = job;
    }
    if (previous) finish(previous);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (cache) prune(cache.folder, used);
  const others = parts.slice(1).map((_, i) => `${partFolder(i + 2)}/`);
  // A new file, never written through a link into the cache.
  rmSync(join(site, partFolder(1), PARTS_FILE), { force: true });
  writeFileSync(join(site, partFolder(1), PARTS_FILE), `${JSON.stringify(others)}\n`);
  return report;
}

/** The part size asked by $PASSERELLE_SEARCH_PART_SIZE (tests use small parts), else `PART_SIZE`. */
export function partSize(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : PART_SIZE;
}
