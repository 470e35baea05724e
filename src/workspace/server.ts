/**
 * The private workspace's server: Astro's dev server over the project, with the private pages
 * added (PASSERELLE_WORKSPACE=1), bound to 127.0.0.1 only. Pages are rendered on request from the
 * current files, so a saved change shows on the next reload.
 */
import { dev } from 'astro';
import { fileURLToPath } from 'node:url';
import { WORKSPACE_ENV } from '../content/mode';

export interface Workspace {
  url: string;
  stop: () => Promise<void>;
}

/** The project's root (where astro.config.mjs is), whatever the current directory. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function startWorkspace(options: { port?: number; content: string }): Promise<Workspace> {
  process.env[WORKSPACE_ENV] = '1';
  process.env.PASSERELLE_CONTENT = options.content;
  const server = await dev({
    root: projectRoot,
    logLevel: process.env.PASSERELLE_WORKSPACE_LOG === '1' ? 'info' : 'error',
    server: { host: '127.0.0.1', port: options.port ?? 4322 },
  });
  const { port } = server.address;
  return { url: `http://127.0.0.1:${port}/espace/`, stop: () => server.stop() };
}
