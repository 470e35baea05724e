/**
 * Issue 14: the build cache changes how fast a build is, never what it publishes. The sample site
 * is built by `npm run build`'s script with an empty cache folder, then again with the cache that
 * build left (its PDFs, Astro's incremental build, the parts of the search index); both sites must be the same files with the
 * same bytes: pages, JSON, PDFs, the search index. The cache folder is ignored by git.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexInParts, PART_SIZE } from '../../scripts/search-index-fs';
import { hostEnv, root } from './browser';

const work = join(root, 'test-output', 'warm-cache');
const cache = join(work, 'cache');

/** The site built into `out`, as if started by `launcher` (the shell's `_`, which must not matter). */
function build(out: string, launcher: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts')], {
    cwd: root,
    encoding: 'utf8',
    // The open data of calls says when it was published: the same moment for both builds.
    env: { ...hostEnv(), _: launcher, PASSERELLE_CONTENT: '', PASSERELLE_OUT: out, PASSERELLE_CACHE: cache, PASSERELLE_BUILT_AT: '2026-12-01T09:00:00Z' },
  });
  if (run.status !== 0) throw new Error(`npm run build a échoué :\n${run.stderr.slice(-3000)}`);
  return `${run.stdout}\n${run.stderr}`;
}

/** Every file of a folder, by its path, as bytes. */
function files(folder: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    if (statSync(join(folder, name)).isFile()) found.set(name, readFileSync(join(folder, name)));
  }
  return found;
}

let cold: Map<string, Buffer>;
let warm: Map<string, Buffer>;
let warmLog: string;
let coldLog: string;
beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  coldLog = build(join(work, 'cold'), '/usr/bin/npm');
  warmLog = build(join(work, 'warm'), process.execPath);
  cold = files(join(work, 'cold'));
  warm = files(join(work, 'warm'));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with a warm cache', () => {
  it('reuses what the first build made', () => {
    // The six sheets' PDFs and the call's.
    expect(warmLog).toMatch(/PDF\u00A0: 0 composé, 7 repris du cache de construction\./);
    expect(readdirSync(join(cache, 'pdf')).length).toBe(1);
    expect(coldLog).toMatch(/Index de recherche\u00A0: 1 partie indexée, 0 reprise du cache de construction\./);
    // The search index, one part for six sheets, linked from the cache instead of indexed again.
    expect(warmLog).toMatch(/Index de recherche\u00A0: 0 partie indexée, 1 reprise du cache de construction\./);
    expect(readdirSync(join(cache, 'recherche')).length).toBe(1);
    expect(readdirSync(join(cache, 'astro'))).toContain('incremental-build.json');
  });

  it('copies the sheets’ pages and JSON from Astro’s cache, even when the build was started another way', () => {
    // Six sheets, a page and a JSON each. Vite wrote the shell's `_` into the pages' code, so that
    // a build started by another program rendered them all again.
    expect((warmLog.match(/\(restored\)/g) ?? []).length).toBeGreaterThanOrEqual(12);
  });

  it('publishes the same files with the same bytes as a build without it', () => {
    expect([...warm.keys()]).toEqual([...cold.keys()]);
    for (const kind of ['.html', '.json', '.pdf', '.pf_fragment']) expect([...cold.keys()].some((f) => f.endsWith(kind))).toBe(true);
    const different = [...cold].filter(([name, bytes]) => !bytes.equals(warm.get(name)!)).map(([name]) => name);
    expect(different).toEqual([]);
  });

  it('keeps search parts that Pagefind would write again byte for byte', async () => {
    // The warm build linked the cold build's parts: the same bytes by construction. What makes that
    // right is that Pagefind writes the same files for the same pages: index the cold site's pages
    // again, without any cache, and compare.
    const again = join(work, 'again');
    cpSync(join(work, 'cold'), again, { recursive: true });
    for (const name of readdirSync(again)) if (/^pagefind(-\d+)?$/.test(name)) rmSync(join(again, name), { recursive: true });
    const pagefind = (site: string, output: string) =>
      new Promise<void>((resolve, reject) =>
        execFile(process.execPath, [join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', site, '--output-path', output], { cwd: root }, (error) => (error ? reject(error) : resolve())),
      );
    await indexInParts(again, PART_SIZE, pagefind);
    const index = (site: string) => new Map([...files(site)].filter(([name]) => /^pagefind(-\d+)?\//.test(name)));
    const [fresh, published] = [index(again), index(join(work, 'cold'))];
    expect([...fresh.keys()]).toEqual([...published.keys()]);
    expect([...published].filter(([name, bytes]) => !bytes.equals(fresh.get(name)!)).map(([name]) => name)).toEqual([]);
  }, 120_000);

  it('prints no warning of the tools in English among the French lines of the build', () => {
    for (const log of [coldLog, warmLog]) expect(log.split('\n').filter((line) => /\[WARN\]/.test(line))).toEqual([]);
  });

  it('lives in a folder git ignores', () => {
    const ignored = execFileSync('git', ['check-ignore', 'node_modules/.cache/passerelle/pdf/x.pdf', 'node_modules/.cache/passerelle/astro/incremental-build.json'], { cwd: root, encoding: 'utf8' });
    expect(ignored.trim().split('\n')).toEqual(['node_modules/.cache/passerelle/pdf/x.pdf', 'node_modules/.cache/passerelle/astro/incremental-build.json']);
  });
});
