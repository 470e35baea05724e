/**
 * Builds the sample site once for every end-to-end test with `npm run build`'s script: Astro and
 * the Pagefind search index into a staging folder, published as dist/ when both succeeded (skip
 * with PASSERELLE_REUSE_BUILD=1 when dist/ is already current).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup() {
  const root = join(import.meta.dirname, '..', '..');
  const reuse = process.env.PASSERELLE_REUSE_BUILD && existsSync(join(root, 'dist', 'index.html'));
  if (reuse && existsSync(join(root, 'dist', 'pagefind', 'pagefind.js'))) return;
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PASSERELLE_CONTENT: '', PASSERELLE_OUT: '' },
  });
}
