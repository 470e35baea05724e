/**
 * The build cache: an ignored folder, safe to delete at any time, where a build keeps what it made
 * so that the next build reuses what has not changed: the PDFs
 * (`<folder>/pdf/<code version>/<hash>.pdf`) and Astro's own cache (`<folder>/astro/`: its
 * incremental build, which copies the unchanged sheet pages and JSON, and Vite's files).
 *
 * The folder is `node_modules/.cache/passerelle/` of the project, or `$PASSERELLE_CACHE`;
 * `PASSERELLE_CACHE=0` builds without a cache (a temporary folder, removed when the build ends).
 *
 * What a file is made from is in its name: the hash of its document and of the code version (every
 * source file under src/ and schemas/, the lockfile, the fonts, Node's version). A changed sheet
 * gets a new name, a changed renderer a new version folder (the folders of other versions are
 * removed when a build starts with a new one). Files are written to a temporary name and renamed,
 * so a build stopped half-way never leaves half a file under a real name.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { readFontBytes } from '../pdf/fonts-fs';

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : [path];
    });
}

/**
 * The code version: a hash of everything but the documents that a PDF is made from. Computed
 * once per process.
 */
let version: string | undefined;
export function codeVersion(projectRoot = process.cwd()): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(join(projectRoot, 'src')), ...sourceFiles(join(projectRoot, 'schemas')), join(projectRoot, 'package-lock.json')]) {
    if (!existsSync(file)) continue;
    hash.update(file.slice(projectRoot.length));
    hash.update(readFileSync(file));
  }
  for (const bytes of Object.values(readFontBytes())) hash.update(bytes);
  hash.update(process.version);
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/**
 * The folder, once chosen, is shared by the module instances of the process (Astro loads the config
 * and the pages' modules apart), so that a build without a cache has one temporary folder.
 */
const shared = globalThis as { __passerelleCache?: string };

/** The cache folder of this build (created), or a temporary one when the cache is off. */
export function cacheFolder(projectRoot = process.cwd()): string {
  if (shared.__passerelleCache) return shared.__passerelleCache;
  const setting = process.env.PASSERELLE_CACHE;
  let folder: string;
  if (setting === '0') {
    const temporary = mkdtempSync(join(tmpdir(), 'passerelle-sans-cache-'));
    process.on('exit', () => rmSync(temporary, { recursive: true, force: true }));
    folder = temporary;
  } else folder = resolve(projectRoot, setting || join('node_modules', '.cache', 'passerelle'));
  mkdirSync(folder, { recursive: true });
  shared.__passerelleCache = folder;
  return folder;
}

/** The folder of one kind of file for the current code version; other versions are removed. */
export function versionFolder(kind: string, projectRoot = process.cwd()): string {
  const parent = join(cacheFolder(projectRoot), kind);
  const current = codeVersion(projectRoot);
  const dir = join(parent, current);
  if (!existsSync(dir)) {
    if (existsSync(parent)) for (const old of readdirSync(parent)) if (old !== current) rmSync(join(parent, old), { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  return dir;
}

let written = 0;

/** Writes a cache file under its final name only once it is complete. */
export function writeCacheFile(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}-${threadId}-${++written}.part`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}
