/**
 * Builds the sample site once for every end-to-end test, as `npm run build` does: Astro, then the
 * Pagefind search index (skip with PASSERELLE_REUSE_BUILD=1 when dist/ is already current).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup() {
  const root = join(import.meta.dirname, '..', '..');
  const reuse = process.env.PASSERELLE_REUSE_BUILD && existsSync(join(root, 'dist', 'index.html'));
  if (!reuse) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PASSERELLE_CONTENT: '', PASSERELLE_OUT: '' },
    });
  } else if (existsSync(join(root, 'dist', 'pagefind', 'pagefind.js'))) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', 'dist'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
