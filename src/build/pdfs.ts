/**
 * The PDFs of a build: each one rendered once, off the main thread, and kept in the build cache
 * (cache-fs.ts) under the hash of its document and of the code version, so that the next build
 * renders only the PDFs whose document changed.
 *
 * An endpoint announces its PDFs when Astro asks for its paths (`queuePdfs`), before any page is
 * rendered: the worker pool renders them while Astro renders the HTML pages; the endpoint then
 * asks for each PDF's bytes (`pdfBytes`). Outside a production build (the workspace's dev server)
 * a PDF is rendered on request and not cached, so that it follows the code being edited.
 *
 * @example
 * queuePdfs(sheets.map((s) => s.document));       // in getStaticPaths
 * const bytes = await pdfBytes(props.sheet.document); // in GET
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { DocumentError } from '../document/errors';
import type { Document } from '../document/model';
import { fr } from '../i18n/fr';
import { buildFonts } from '../pdf/build-fs';
import { renderPdf } from '../pdf/render';
import { codeVersion, hashOf, versionFolder, writeCacheFile } from './cache-fs';
import { PdfPool } from './pdf-pool';

type Job = ReturnType<PdfPool['submit']>;

/** The worker threads of a build: one per core but the main thread's, unless $PASSERELLE_PDF_WORKERS says. */
export function poolSize(): number {
  const asked = Number(process.env.PASSERELLE_PDF_WORKERS);
  return Number.isInteger(asked) && asked >= 0 ? asked : Math.max(1, availableParallelism() - 1);
}

const production = () => Boolean(import.meta.env?.PROD);

/** Renders a document and writes its PDF to `path` (the main thread's share of the work). */
async function renderInto(doc: Document, path: string): Promise<void> {
  writeCacheFile(path, (await renderPdf(doc, buildFonts())).bytes);
}

let pool: PdfPool | undefined;
const jobs = new Map<string, Job>();
const paths = new WeakMap<Document, string>();
const counts = { reused: 0 };

/** Where the PDF of a document is (or will be) in the cache. */
export function cachePath(doc: Document, projectRoot = process.cwd()): string {
  let path = paths.get(doc);
  if (!path) {
    path = join(versionFolder('pdf', projectRoot), `${hashOf(codeVersion(projectRoot), serialize(doc)).slice(0, 32)}.pdf`);
    paths.set(doc, path);
  }
  return path;
}

function thePool(): PdfPool {
  if (!pool) {
    pool = new PdfPool({
      size: poolSize(),
      workerFile: join(process.cwd(), 'src', 'build', 'pdf-worker.ts'),
      execArgv: ['--import', 'tsx'],
      renderHere: renderInto,
      toError: (name, message) => (name === 'DocumentError' ? new DocumentError(message) : new Error(message)),
    });
    // Once the build is over, one line says what was rendered and what was reused.
    process.on('exit', () => {
      const { workers, here } = pool!.rendered;
      process.stdout.write(`${fr.build.pdfs(workers + here, counts.reused)}\n`);
    });
  }
  return pool;
}

/** Starts rendering the PDFs of these documents that the cache does not hold yet. */
export function queuePdfs(docs: readonly Document[]): void {
  if (!production()) return;
  for (const doc of docs) {
    const path = cachePath(doc);
    if (jobs.has(path) || existsSync(path)) continue;
    jobs.set(path, thePool().submit(doc, path));
  }
}

/** The bytes of a document's PDF: from the cache, from the pool, or rendered here. */
export async function pdfBytes(doc: Document): Promise<Uint8Array> {
  if (!production()) return (await renderPdf(doc, buildFonts())).bytes;
  const path = cachePath(doc);
  const job = jobs.get(path);
  if (job) {
    await thePool().finish(job);
    jobs.delete(path);
  } else if (existsSync(path)) {
    thePool();
    counts.reused++;
  } else {
    // Not announced (an endpoint without queuePdfs): rendered here, and cached all the same.
    await renderInto(doc, path);
    thePool().rendered.here++;
  }
  return new Uint8Array(readFileSync(path));
}
