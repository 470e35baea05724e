/**
 * Shared tools for browser tests: a static server over the built site and Debian's Chromium driven
 * by playwright-core, with the flags this machine needs (no network, no sandbox as root).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, chromiumFound, missingTools, onCi } from '../../scripts/test-tools.mjs';

export const root = join(import.meta.dirname, '..', '..');
export const dist = join(root, 'dist');
export const screenshots = join(root, 'test-output', 'screenshots');
export { CHROMIUM };
/** Whether the browser tests run: without Chromium they are skipped, except on CI where they fail. */
export const hasChromium = chromiumFound || onCi;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * Serves `dir` on a free port of localhost, under `prefix` (`/fiches`) as a project page of GitHub
 * or GitLab Pages is served; resolves to its base URL and a stop function.
 */
export async function serve(dir = dist, prefix = ''): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!full.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
      return;
    }
    const path = full.slice(prefix.length);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(): Promise<Browser> {
  if (!chromiumFound) throw new Error(missingTools()[0]);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (axe-core needs pages from a context, not from browser.newPage()). */
export async function context(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, ...options });
}

/** The private workspace the global setup started (`passerelle workspace`): its origin. */
export function workspaceUrl(): string {
  return inject('workspaceUrl');
}

/** The bytes of a workspace page or PDF (`/reponses/tremplin-dijon-2022.pdf`). */
export async function fromWorkspace(path: string): Promise<Uint8Array> {
  const response = await fetch(`${workspaceUrl()}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The environment of a user's shell or a host's build: without Vitest's variables (with them,
 * Astro builds as in development: NODE_ENV=test turns `import.meta.env.PROD` off) and without
 * this run's PASSERELLE_* settings.
 */
export function hostEnv(): NodeJS.ProcessEnv {
  const vitestEnv = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !key.startsWith('PASSERELLE_') && !vitestEnv.has(key)));
}
