/**
 * Shared by every end-to-end test:
 * - the public site, built once by `npm run build`'s script: Astro and the Pagefind search index
 *   into a staging folder, published as dist/ when both succeeded (skip with
 *   PASSERELLE_REUSE_BUILD=1 when dist/ is already current);
 * - the private workspace, started as a user starts it (`passerelle workspace --port 0`, in its own
 *   process) on the sample content; its address is given to the tests as `workspaceUrl`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumFound } from '../../scripts/test-tools.mjs';
import { hostEnv, launch } from './browser';

declare module 'vitest' {
  interface ProvidedContext {
    /** The workspace's origin (`http://127.0.0.1:41234`). */
    workspaceUrl: string;
    /** What the workspace command printed when it started. */
    workspaceBanner: string;
  }
}

const root = join(import.meta.dirname, '..', '..');

function buildPublicSite() {
  const reuse = process.env.PASSERELLE_REUSE_BUILD && existsSync(join(root, 'dist', 'index.html'));
  if (reuse && existsSync(join(root, 'dist', 'pagefind', 'pagefind.js'))) return;
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // As a user builds it: with Vitest's NODE_ENV=test, Astro would build as in development.
    env: { ...hostEnv(), PASSERELLE_CONTENT: '', PASSERELLE_OUT: '', PASSERELLE_WORKSPACE: '' },
  });
}

/** Starts `passerelle workspace` and resolves once it has printed its address. */
function startWorkspace(): Promise<{ child: ChildProcess; url: string; banner: string }> {
  // As a user's shell would start it: without Vitest's own variables (with VITEST set, Astro's dev
  // server leaves out the routes an integration injects).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const child = spawn(process.execPath, [join(root, 'bin', 'passerelle.js'), 'workspace', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, PASSERELLE_CONTENT: '', PASSERELLE_WORKSPACE: '' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`passerelle workspace did not start in 90 s:\n${out}\n${err}`)), 90_000);
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/espace\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}`, banner: out.trim() });
      }
    });
    child.on('exit', (code) => reject(new Error(`passerelle workspace exited (${code}):\n${out}\n${err}`)));
  });
}

export default async function setup({ provide }: TestProject) {
  buildPublicSite();
  const workspace = await startWorkspace();
  // Render every private page once, so that the first browser visit does not wait for it.
  const warm = ['/espace/', '/reponses/', '/reponses/tremplin-dijon-2022/', '/evaluations/dijon-remobilisation-femmes-qpv-2022/', '/prestataires/'];
  for (const path of warm) await fetch(`${workspace.url}${path}`).then((r) => r.arrayBuffer());
  // The dev server reloads the first page a browser opens (its client modules are prepared then):
  // open the pages once here, so that no test sees that reload.
  if (chromiumFound) {
    const browser = await launch();
    const page = await browser.newPage();
    for (const path of warm) {
      await page.goto(`${workspace.url}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
    }
    await browser.close();
  }
  provide('workspaceUrl', workspace.url);
  provide('workspaceBanner', workspace.banner);
  return async () => {
    workspace.child.kill('SIGTERM');
    await new Promise((resolve) => workspace.child.once('exit', resolve));
  };
}
