/**
 * `npm run build`: the static site in one step that either publishes everything or nothing.
 * Astro builds the pages and PDFs, Pagefind indexes the sheets (in parts, see search-index-fs.ts),
 * both into a staging folder, and the output folder (`dist/`, or $PASSERELLE_OUT) is replaced
 * only when both succeeded (see publish-fs.ts). On any failure the previously published folder is left exactly as it was and
 * the exit code is 1.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fr } from '../src/i18n/fr';
import { publishAtomically } from './publish-fs';
import { indexInParts, partSize } from './search-index-fs';

const root = join(import.meta.dirname, '..');
const out = process.env.PASSERELLE_OUT || join(root, 'dist');
const bin = (pkg: string, path: string) => join(root, 'node_modules', pkg, path);

/** A step that failed: its process ended in error, or (`cause`) the file system refused. */
class StepFailed extends Error {
  constructor(step: string, cause?: unknown) {
    super(step, cause === undefined ? undefined : { cause });
  }
}

function run(step: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new StepFailed(step);
}

const shown = (process.env.PASSERELLE_OUT || 'dist').replace(/[\/]+$/, '');
try {
  await publishAtomically(out, (staging) => {
    run('astro', [bin('astro', 'bin/astro.mjs'), 'build'], { PASSERELLE_OUT: staging });
    try {
      indexInParts(staging, partSize(process.env.PASSERELLE_SEARCH_PART_SIZE), (folder, output) =>
        run('pagefind', [bin('pagefind', 'lib/runner/bin.cjs'), '--site', folder, '--output-path', output], {}),
      );
    } catch (error) {
      throw error instanceof StepFailed ? error : new StepFailed('pagefind', error);
    }
  });
  process.stdout.write(`${fr.build.published(shown)}\n`);
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
