/**
 * The search index in parts, with the build cache (scripts/search-index-fs.ts). Pagefind is
 * replaced by a runner that writes what it was given, so that the test reads which parts were
 * indexed again, which were linked from the cache, and what the site got.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexInParts, pageAddresses, type SearchCache } from '../../scripts/search-index-fs';

let work: string;
let site: string;
let cache: SearchCache;
let runs: string[][];

/** Every file under `dir`, by path, with its text. */
const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

/** A stand-in for Pagefind: writes the pages it read and their text, in two files. */
async function fakePagefind(folder: string, output: string): Promise<void> {
  const pages = Object.entries(tree(folder));
  runs.push(pages.map(([path]) => path));
  mkdirSync(join(output, 'fragment'), { recursive: true });
  writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(pages.map(([path]) => path)));
  writeFileSync(join(output, 'fragment', 'all.txt'), pages.map(([path, text]) => `${path}:${text}`).join('\n'));
  // One fragment per page, as Pagefind writes them: gzip of its signature and the page's JSON.
  for (const [i, [path]] of pages.entries()) {
    const url = `/${path.replace(/index\.html$/, '')}`;
    writeFileSync(join(output, 'fragment', `fr_${i}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url, content: '…' })}`));
  }
}

const writePage = (id: string, text: string, body = true) => {
  mkdirSync(join(site, 'experiences', id), { recursive: true });
  writeFileSync(join(site, 'experiences', id, 'index.html'), `<main${body ? ' data-pagefind-body' : ''}>${text}</main>`);
};

/** A fresh staging site of `n` sheets (one of them changed when `changed` is given), and a page not indexed. */
function stage(n: number, changed?: number) {
  rmSync(site, { recursive: true, force: true });
  for (let i = 0; i < n; i++) writePage(`fiche-${i}`, i === changed ? `Fiche ${i}, modifiée` : `Fiche ${i}`);
  writePage('page/2', 'Liste', false);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'passerelle-index-'));
  site = join(work, 'site');
  cache = { folder: join(work, 'cache'), indexer: 'pagefind 1.6.0' };
  mkdirSync(cache.folder);
  runs = [];
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the search index in parts, with the build cache', () => {
  it('indexes 1,000 sheets in four parts, and lists the three after the first', async () => {
    stage(1000);
    expect(await indexInParts(site, 2500, fakePagefind, cache)).toEqual({ indexed: 4, reused: 0 });
    expect(runs.flat().sort()).toEqual(Array.from({ length: 1000 }, (_, i) => `experiences/fiche-${i}/index.html`).sort());
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'parties.json'), 'utf8'))).toEqual(['pagefind-2/', 'pagefind-3/', 'pagefind-4/']);
    expect(readdirSync(cache.folder)).toHaveLength(4);
    // Nothing of the work folder is left in the site.
    expect(readdirSync(site).sort()).toEqual(['experiences', 'pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-4']);
  });

  it('indexes again only the part of the changed sheet, and the site gets what a build without cache gets', async () => {
    stage(1000);
    await indexInParts(site, 2500, fakePagefind, cache);
    stage(1000, 321);
    runs = [];
    expect(await indexInParts(site, 2500, fakePagefind, cache)).toEqual({ indexed: 1, reused: 3 });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toContain('experiences/fiche-321/index.html');
    const warm = tree(site);
    expect(Object.values(warm).join('\n')).toContain('Fiche 321, modifiée');

    // The same staging site indexed without any cache: the same files, the same bytes.
    stage(1000, 321);
    await indexInParts(site, 2500, fakePagefind);
    expect(tree(site)).toEqual(warm);
  });

  it('keeps in the cache only the parts the last build used', async () => {
    stage(1000);
    await indexInParts(site, 2500, fakePagefind, cache);
    const first = readdirSync(cache.folder).sort();
    stage(1000, 5);
    await indexInParts(site, 2500, fakePagefind, cache);
    const second = readdirSync(cache.folder).sort();
    expect(second).toHaveLength(4);
    expect(second.filter((name) => first.includes(name))).toHaveLength(3);
  });

  it('writes the list of parts as a new file, never through a link into the cache', async () => {
    stage(1000);
    await indexInParts(site, 2500, fakePagefind, cache);
    stage(1000);
    await indexInParts(site, 2500, fakePagefind, cache);
    for (const name of readdirSync(cache.folder)) expect(readdirSync(join(cache.folder, name))).not.toContain('parties.json');
  });

  it('prepares the next part while Pagefind indexes one, and ends with every part finished', async () => {
    stage(1000);
    const ready: string[][] = [];
    const slowPagefind = async (folder: string, output: string) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      ready.push(readdirSync(join(site, '.index-recherche')).sort());
      await fakePagefind(folder, output);
    };
    expect(await indexInParts(site, 2500, slowPagefind, cache)).toEqual({ indexed: 4, reused: 0 });
    // While a part is indexed, the next one is written and the one before is finished (its folder gone).
    expect(ready).toEqual([['1', '2'], ['2', '3'], ['3', '4'], ['4']]);
    for (const n of ['pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-4']) expect(readdirSync(join(site, n))).toContain('adresses.json');
    expect(readdirSync(cache.folder)).toHaveLength(4);
  });

  it('raises the failure of Pagefind on a part, after it ended, and leaves no work folder', async () => {
    stage(1000);
    let calls = 0;
    const failing = async (folder: string, output: string) => {
      calls++;
      if (calls === 2) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('pagefind a échoué');
      }
      await fakePagefind(folder, output);
    };
    await expect(indexInParts(site, 2500, failing, cache)).rejects.toThrow('pagefind a échoué');
    expect(calls).toBe(2);
    expect(readdirSync(site)).not.toContain('.index-recherche');
  });

  it('runs no Pagefind on a site without sheets (a buyer’s calls only), which it would fail on', async () => {
    // Before, Pagefind ran on an empty folder, failed (« not able to build an index ») and the build stopped.
    rmSync(site, { recursive: true, force: true });
    writePage('page/2', 'Liste', false);
    expect(await indexInParts(site, 2500, fakePagefind, cache)).toEqual({ indexed: 0, reused: 0 });
    expect(runs).toEqual([]);
    expect(readdirSync(site).filter((name) => name.startsWith('pagefind') || name.startsWith('.'))).toEqual([]);
  });

  it('indexes every part without a cache, as before', async () => {
    stage(7);
    expect(await indexInParts(site, 2500, fakePagefind)).toEqual({ indexed: 1, reused: 0 });
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'parties.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(site, 'pagefind', 'fragment', 'all.txt'), 'utf8').split('\n')).toHaveLength(7);
  });

  it('writes beside each part the address of each of its pages by the name of its result', async () => {
    stage(1000);
    await indexInParts(site, 2500, fakePagefind, cache);
    const lists = ['pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-4'].map((part) => JSON.parse(readFileSync(join(site, part, 'adresses.json'), 'utf8')) as Record<string, string>);
    const all = lists.flatMap((list) => Object.values(list));
    expect(all.sort()).toEqual(Array.from({ length: 1000 }, (_, i) => `/experiences/fiche-${i}/`).sort());
    // A part taken from the cache has its list too.
    stage(1000, 9);
    await indexInParts(site, 2500, fakePagefind, cache);
    expect(['pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-4'].flatMap((part) => Object.values(JSON.parse(readFileSync(join(site, part, 'adresses.json'), 'utf8')))).length).toBe(1000);
  });
});

describe('a cache that fails costs indexing, never the index', () => {
  it('indexes a part whose kept copy cannot be read, and keeps the new one', async () => {
    stage(1000);
    await indexInParts(site, 2500, fakePagefind, cache);
    const [broken, ...others] = readdirSync(cache.folder);
    rmSync(join(cache.folder, broken), { recursive: true });
    writeFileSync(join(cache.folder, broken), 'pas un dossier');
    stage(1000);
    runs = [];
    expect(await indexInParts(site, 2500, fakePagefind, cache)).toEqual({ indexed: 1, reused: 3 });
    expect(readdirSync(cache.folder).sort()).toEqual([...others, broken].sort());
    expect(statSync(join(cache.folder, broken)).isDirectory()).toBe(true);
  });

  it('builds the index when the cache folder refuses everything', async () => {
    stage(600);
    const refused = { ...cache, folder: join(work, 'un-fichier') };
    writeFileSync(refused.folder, 'pas un dossier');
    expect(await indexInParts(site, 2500, fakePagefind, refused)).toEqual({ indexed: 2, reused: 0 });
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'parties.json'), 'utf8'))).toEqual(['pagefind-2/']);
  });

  it('removes the temporary folders of builds that no longer run, and leaves those of a build at work', async () => {
    const dead = 2 ** 22 + 12_345;
    for (const name of [`${'a'.repeat(32)}.${dead}.part`, `${'b'.repeat(32)}.${dead}.corbeille`, `${'c'.repeat(32)}.${process.ppid}.part`, 'autre-chose']) mkdirSync(join(cache.folder, name));
    stage(7);
    await indexInParts(site, 2500, fakePagefind, cache);
    const left = readdirSync(cache.folder);
    expect(left).toContain(`${'c'.repeat(32)}.${process.ppid}.part`);
    expect(left.filter((name) => name.includes(String(dead)) || name === 'autre-chose')).toEqual([]);
    expect(left).toHaveLength(2);
  });
});

describe('pageAddresses', () => {
  it('reads one page per fragment, a group of pages by name, and leaves out what is not a fragment', () => {
    const output = join(work, 'part');
    mkdirSync(join(output, 'fragment'), { recursive: true });
    writeFileSync(join(output, 'fragment', 'fr_a1.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify({ url: '/experiences/a/', content: 'A' })}`));
    writeFileSync(join(output, 'fragment', 'fr_g1.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify({ fr_b2: { url: '/experiences/b/' }, fr_c3: { url: '/experiences/c/' } })}`));
    writeFileSync(join(output, 'fragment', 'notes.txt'), 'pas un fragment');
    expect(pageAddresses(output)).toEqual({ fr_a1: '/experiences/a/', fr_b2: '/experiences/b/', fr_c3: '/experiences/c/' });
    expect(pageAddresses(join(work, 'nothing'))).toEqual({});
  });
});
