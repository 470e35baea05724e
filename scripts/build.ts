/**
 * `npm run build`: the static site in one step that either publishes everything or nothing.
 * Astro builds the pages and PDFs, Pagefind indexes the sheets (in parts, see search-index-fs.ts),
 * both into a staging folder, and the output folder (`dist/`, or $PASSERELLE_OUT) is replaced only
 * when both succeeded (see publish-fs.ts). On any failure the previously published folder is left
 * exactly as it was and the exit code is 1.
 *
 * Pagefind starts as soon as Astro says its pages are written (`PAGES_WRITTEN`, sent by
 * src/build/integration.ts), while Astro's last PDFs are still being rendered: on 1,000 sheets,
 * the index took 3.7 s after everything else.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cacheFolder } from '../src/build/cache-fs';
import { PAGES_WRITTEN } from '../src/build/integration';
import { fr } from '../src/i18n/fr';
import { publishAtomically } from './publish-fs';
import { indexInParts, partSize, type SearchCache } from './search-index-fs';

const root = join(import.meta.dirname, '..');
const out = process.env.PASSERELLE_OUT || join(root, 'dist');
const bin = (pkg: string, path: string) => join(root, 'node_modules', pkg, path);

/** A step that failed: its process ended in error, or (`cause`) the file system refused. */
class StepFailed extends Error {
  constructor(step: string, cause?: unknown) {
    super(step, cause === undefined ? undefined : { cause });
  }
}

/**
 * Runs a step's process; `onMessage` hears what it sends (Astro says when its pages are written).
 * Resolves when it ends well, rejects with the step's name otherwise.
 */
function run(step: string, args: string[], env: NodeJS.ProcessEnv, onMessage?: (message: unknown) => void): Promise<void> {
  // `_` is the program the shell last started (npm, node, tsx…): Vite writes it into the pages'
  // code, so that a build started another way than the last one re-rendered every page that
  // Astro's incremental build would have copied.
  const { _: _launcher, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['inherit', 'inherit', 'inherit', ...(onMessage ? (['ipc'] as const) : [])], env: { ...inherited, ...env } });
    if (onMessage) child.on('message', onMessage);
    child.on('error', (error) => reject(new StepFailed(step, error)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new StepFailed(step))));
  });
}

/** Pagefind's options, the same for every part. */
const PAGEFIND_ARGS = (site: string, output: string) => ['--site', site, '--output-path', output];

/**
 * What a part of the index depends on besides its pages: Pagefind's version and binary (named as
 * Pagefind names them: `windows` for win32), its options, the PAGEFIND_* variables the process
 * inherits and a configuration file in the project, if any. Never fails: what cannot be read is
 * said so in the key, which then only changes when it becomes readable.
 */
function indexer(): string {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '(illisible)';
    }
  };
  const version = (pkg: string) => {
    try {
      return String((JSON.parse(readFileSync(bin(pkg, 'package.json'), 'utf8')) as { version?: unknown }).version);
    } catch {
      return '(inconnue)';
    }
  };
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.env.npm_config_arch || process.arch}`;
  const variables = Object.entries(process.env).filter(([name]) => name.startsWith('PAGEFIND_')).sort(([a], [b]) => (a < b ? -1 : 1));
  const configs = ['pagefind.json', 'pagefind.yml', 'pagefind.yaml', 'pagefind.toml'].filter((name) => existsSync(join(root, name)));
  return JSON.stringify({
    pagefind: version('pagefind'),
    binary: `${platform} ${version(`@pagefind/${platform}`)}`,
    args: PAGEFIND_ARGS('<pages>', '<index>'),
    variables,
    configs: configs.map((name) => [name, read(join(root, name))]),
  });
}

/** Whether the site got a search index (not a site of calls only). */
let searched = true;

/**
 * Pagefind over the staging folder, in parts, each part kept in the build cache
 * (`<cache>/recherche/`) for the next build; any failure is the Pagefind step's.
 */
async function searchIndex(staging: string): Promise<void> {
  try {
    // Without a cache (PASSERELLE_CACHE=0), no part is kept: copying them aside would be for nothing.
    let cache: SearchCache | undefined;
    if (process.env.PASSERELLE_CACHE !== '0') {
      cache = { folder: join(cacheFolder(root), 'recherche'), indexer: indexer() };
      mkdirSync(cache.folder, { recursive: true });
    }
    const { indexed, reused } = await indexInParts(
      staging,
      partSize(process.env.PASSERELLE_SEARCH_PART_SIZE),
      (site, output) => run('pagefind', [bin('pagefind', 'lib/runner/bin.cjs'), ...PAGEFIND_ARGS(site, output)], {}),
      cache,
    );
    searched = indexed + reused > 0;
    process.stdout.write(`${searched ? fr.build.searchParts(indexed, reused) : fr.build.searchNone}\n`);
  } catch (error) {
    throw error instanceof StepFailed ? error : new StepFailed('pagefind', error);
  }
}

const shown = (process.env.PASSERELLE_OUT || 'dist').replace(/[\/]+$/, '');
try {
  await publishAtomically(out, async (staging) => {
    let indexing: Promise<void> | undefined;
    const astro = run('astro', [bin('astro', 'bin/astro.mjs'), 'build'], { PASSERELLE_OUT: staging }, (message) => {
      if (message === PAGES_WRITTEN) indexing ??= searchIndex(staging);
    });
    // Neither failure is left unheard: the index, if started, ends before Astro's failure is told.
    const astroFailure = await astro.then(() => undefined, (error: unknown) => error);
    const indexFailure = await (indexing ?? (astroFailure ? Promise.resolve() : searchIndex(staging))).then(() => undefined, (error: unknown) => error);
    if (astroFailure) throw astroFailure;
    if (indexFailure) throw indexFailure;
  });
  process.stdout.write(`${fr.build.published(shown, searched)}\n`);
} catch (error) {
  const step = error instanceof StepFailed ? error.message : undefined;
  process.stderr.write(`\n${fr.build.failed(shown, step === 'pagefind' ? fr.build.steps.pagefind : step === 'astro' ? fr.build.steps.astro : fr.build.steps.publish)}\n`);
  const cause = error instanceof StepFailed ? error.cause : error;
  if (cause) {
    const { code, path } = cause as NodeJS.ErrnoException;
    process.stderr.write(`${fr.build.reason(code ?? '?', path ? relative(process.cwd(), path) : '')}\n`);
  }
  process.exitCode = 1;
}
