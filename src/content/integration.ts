/**
 * Astro integration: validates all content before the build starts, prints the French report once
 * and stops the build (exit code 1) when a published file is invalid; drafts are listed with what
 * they lack and never stop it. In `astro dev` it prints the report and lets the dev server run, so
 * that the author can fix the file and see the page again.
 *
 * In the private workspace (PASSERELLE_WORKSPACE=1, set by `passerelle workspace`) it also adds the
 * private pages (responses, evaluations, providers, the workspace's own index) and refuses every
 * request whose Host or Origin is not this machine's loopback address: the pages hold offers,
 * prices and marks, and a web page elsewhere must not be able to read them (DNS rebinding).
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildValidationStore, contentRoot, validateContentInTurns } from './content-fs';
import { formatDiagnostics } from './diagnostics';
import { siteMode } from './mode';
import { formatDrafts, publishedDiagnostics, summary, type OnEntry } from './validate';
import { fr } from '../i18n/fr';
import { renderSoon } from '../build/pdfs';
import { pdfEnabled } from '../pdf/build-fs';
import { isPublishedProgramme, publicCorpus, type Entry } from '../domain/corpus';
import type { Programme } from '../../schemas/index';
import { sheetOf } from '../site/sheet';
import { markBuilding, setBuildIds } from './loader';

/** Whether a request comes from this machine's own pages: Host and Origin on the loopback address. */
export function isLocalRequest(headers: { host?: string; origin?: string }, port: number): boolean {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  if (!headers.host || !allowed.has(headers.host.toLowerCase())) return false;
  if (headers.origin === undefined) return true;
  try {
    return allowed.has(new URL(headers.origin).host.toLowerCase());
  } catch {
    return false;
  }
}

/** Starts the PDF of a programme published as a sheet (not a draft, not only proposed). */
const startSheetPdf: OnEntry = (collection, entry) => {
  if (collection !== 'programmes') return;
  const programme = entry as Entry<Programme>;
  if (!isPublishedProgramme(programme)) return;
  renderSoon([sheetOf(programme, true).document]);
};

export function passerelleContent(): AstroIntegration {
  const workspace = siteMode() === 'workspace';
  return {
    name: 'passerelle-content',
    hooks: {
      'astro:config:setup': async ({ command, logger, injectRoute }) => {
        // The private pages' routes, only for the workspace (the public build never loads them).
        if (workspace) for (const route of (await import('../workspace/routes')).privateRoutes) injectRoute(route);
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'build' && !workspace) markBuilding();
        // In a build, each sheet's PDF goes to the worker threads as soon as its file is valid:
        // they render while the main thread validates the rest, syncs and builds with Vite. The
        // pages find these sheets computed and these PDFs queued (src/site/sheet.ts).
        const early = command === 'build' && !workspace && pdfEnabled();
        // A build takes back what the last one found of the files that have not changed.
        const store = command === 'build' && !workspace ? buildValidationStore() : undefined;
        const result = await validateContentInTurns(contentRoot(), process.cwd(), early ? startSheetPdf : undefined, store);
        // Errors, and entries of content/ that are not content files (never skipped silently),
        // then what each draft still lacks.
        const published = publishedDiagnostics(result);
        if (published.length > 0) process.stderr.write(`\n${formatDiagnostics(published)}\n\n`);
        if (result.drafts.length) process.stderr.write(`${fr.diagnostics.drafts.title}\n\n${formatDrafts(result)}\n\n`);
        if (result.errors === 0) {
          logger.info(summary(result));
          if (command === 'build' && !workspace) {
            const visible = publicCorpus(result.corpus);
            setBuildIds(Object.fromEntries(Object.entries(visible).map(([collection, entries]) => [collection, entries.map((e: { id: string }) => e.id)])) as Parameters<typeof setBuildIds>[0]);
          }
          return;
        }
        process.stderr.write(`${summary(result)}\n`);
        if (command === 'build') {
          process.stderr.write(`${fr.diagnostics.buildStopped}\n`);
          process.exit(1);
        }
      },
      'astro:server:setup': async ({ server }) => {
        if (!workspace) return;
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const port = req.socket.localPort ?? 0;
          if (isLocalRequest({ host: req.headers.host, origin: req.headers.origin }, port)) return next();
          res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(fr.workspace.forbidden);
        });
        // Loaded here, after the guard is in place: the public build, whose configuration loads
        // this module too, has no use for the editor's code.
        const { editorApi } = await import('../editor/api-fs');
        // The editor's API (after the guard): reads and writes inside content/ only.
        // After a write, the pages' route cache is cleared at once (as the content layer does after
        // its own debounced save), so that a new file's page exists on the preview's next load.
        const changed = () => {
          for (const environment of Object.values(server.environments)) environment.hot.send('astro:content-changed', {});
        };
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => void editorApi(req, res, next, changed));
      },
    },
  };
}
