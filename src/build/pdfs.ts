/**
 * The PDFs of a build: each one rendered once, off the main thread, and kept in the build cache
 * (cache-fs.ts) under the hash of its document and of the code version, so that the next build
 * renders only the PDFs whose document changed.
 *
 * In a production build an endpoint hands its documents over when Astro asks for its paths
 * (`publishPdfs`), before any page is rendered, and gives Astro no path: the worker pool renders
 * the PDFs while Astro renders the HTML pages, and once Astro is done the integration
 * (integration.ts) waits for the last ones, the main thread helping, and puts every PDF in the
 * output folder. Outside a production build (the workspace's dev server) a PDF is rendered on
 * request (`pdfBytes`) and not cached, so that it follows the code being edited.
 *
 * @example
 * publishPdfs(sheets.map((s) => ({ document: s.document, route: routes.sheetPdf(s.entry.id) })));
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DocumentError } from '../document/errors';
import type { Document } from '../document/model';
import { fr } from '../i18n/fr';
import { buildFonts } from '../pdf/build-fs';
import { renderPdf } from '../pdf/render';
import { codeVersion, versionFolder, writeCacheFile } from './cache-fs';
import { hashOfData, hashOfFrozen } from './hash';
import { errorParts, pendingPdfs, setPendingPdfs, type PdfFailure, type PendingPdfs } from './pending';
import { PdfPool } from './pdf-pool';
import { counted } from './work-log-fs';

type Job = ReturnType<PdfPool['submit']>;

/** The worker threads of a build: one per core but the main thread's, unless $PASSERELLE_PDF_WORKERS says. */
export function poolSize(): number {
  const asked = Number(process.env.PASSERELLE_PDF_WORKERS);
  return Number.isInteger(asked) && asked >= 0 ? asked : Math.max(1, availableParallelism() - 1);
}

/** Renders a document and writes its PDF to `path` (the main thread's share of the work). */
async function renderInto(doc: Document, path: string): Promise<void> {
  writeCacheFile(path, (await renderPdf(doc, buildFonts())).bytes);
}

/**
 * The build's PDF work, shared through globalThis: the content integration hands the sheets' PDFs
 * over right after the validation (`renderSoon`), from its own module instance, and the endpoints
 * publish them later from theirs (`publishPdfs`), finding them already queued or done.
 */
interface PdfWork {
  pool?: PdfPool;
  /** Each document's file in the cache (its hash is computed once). */
  paths: WeakMap<Document, string>;
  /** The PDFs being rendered, and those the cache already held, by their file in the cache. */
  queued: Map<string, Job>;
  reused: Set<string>;
}

const work: PdfWork = ((globalThis as { __passerellePdfWork?: PdfWork }).__passerellePdfWork ??= { paths: new WeakMap(), queued: new Map(), reused: new Set() });
const { paths, queued, reused } = work;

/** Where the PDF of a document is (or will be) in the cache. */
export function cachePath(doc: Document, projectRoot = process.cwd()): string {
  let path = paths.get(doc);
  if (!path) {
    path = join(versionFolder('pdf', projectRoot), `${hashOfData(codeVersion(projectRoot), hashOfFrozen(doc)).slice(0, 32)}.pdf`);
    paths.set(doc, path);
  }
  return path;
}

function thePool(): PdfPool {
  work.pool ??= new PdfPool({
    size: poolSize(),
    workerFile: join(process.cwd(), 'src', 'build', 'pdf-worker.ts'),
    execArgv: ['--import', 'tsx'],
    renderHere: renderInto,
    toError: errorFromWorker,
    onWorkerLost: (reason, held) => process.stderr.write(`${fr.build.pdfWorkerLost(reason, held.map((doc) => doc.meta.title))}\n`),
  });
  return work.pool;
}

/**
 * The error a worker's failure is raised as in the main thread: a DocumentError for the document's
 * own (its French message), any other as it was thrown there, with the worker's stack.
 */
export function errorFromWorker(name: string, message: string, stack?: string): Error {
  const error = name === 'DocumentError' ? new DocumentError(message) : Object.assign(new Error(message), { name });
  if (stack !== undefined) error.stack = stack;
  return error;
}

/** What the build tells of a PDF that failed: the file an endpoint published it as, if any, and its document. */
export function pdfFailure(outputs: ReadonlyMap<string, string>, doc: Document, path: string, error: unknown): PdfFailure {
  const file = [...outputs].find(([, cached]) => cached === path)?.[0];
  return { ...(file !== undefined && { file }), title: doc.meta.title, error: errorParts(error) };
}

/** A route (`/fiches/experiences/x.pdf`) as a file of the output folder (`experiences/x.pdf`). */
function outputFile(route: string): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');
  return route.slice(base.length).replace(/^\/+/, '');
}

/** Queues a document's PDF unless it is queued already or in the cache; returns its file there. */
function queue(document: Document): string {
  const path = cachePath(document);
  if (!queued.has(path) && !existsSync(path)) queued.set(path, thePool().submit(document, path));
  else if (!queued.has(path)) reused.add(path);
  return path;
}

/**
 * Starts rendering PDFs before the endpoints ask for them (production builds only): the worker
 * threads work while Astro syncs its content and builds with Vite. A document the endpoints do not
 * publish afterwards is rendered into the cache and left there.
 */
export function renderSoon(documents: readonly Document[]): void {
  pendingPdfs() ?? setPendingPdfs(newPending());
  for (const document of documents) queue(document);
}

/** Hands PDFs over to the build (production builds only): rendered now, published at the end. */
export function publishPdfs(items: ReadonlyArray<{ document: Document; route: string }>): void {
  const state = pendingPdfs() ?? setPendingPdfs(newPending());
  counted('pdfDocument', items.length);
  for (const { document, route } of items) state.outputs.set(outputFile(route), queue(document));
}

function newPending(): PendingPdfs {
  const pending: PendingPdfs = {
    outputs: new Map(),
    finish: async () => {
      // Every PDF is waited for, so that the build tells all those that failed at once, the
      // published ones first.
      const failed: PdfFailure[] = [];
      try {
        for (const [path, job] of queued) {
          try {
            await thePool().finish(job);
          } catch (error) {
            failed.push(pdfFailure(pending.outputs, job.doc, path, error));
          }
        }
        failed.sort((a, b) => Number(a.file === undefined) - Number(b.file === undefined));
        return { rendered: queued.size - failed.length, reused: reused.size, ...(failed.length > 0 && { failed }) };
      } finally {
        queued.clear();
        await work.pool?.close();
        work.pool = undefined;
      }
    },
  };
  return pending;
}

/** The bytes of a document's PDF, rendered on request (the workspace's dev server). */
export async function pdfBytes(doc: Document): Promise<Uint8Array> {
  return (await renderPdf(doc, buildFonts())).bytes;
}
