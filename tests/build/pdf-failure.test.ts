/**
 * A PDF the build cannot make is told in French (src/build/integration.ts), whether the document
 * itself is wrong (its error is already French) or Passerelle's code fails on it: the worker
 * thread sends back the error's name, message and stack, and the build says which PDF, of which
 * document, before the technical detail. Before, Astro printed its own English trace.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfPool } from '../../src/build/pdf-pool';
import { pdfFailureText } from '../../src/build/integration';
import { DocumentError } from '../../src/document/errors';
import type { Document } from '../../src/document/model';

const meta = { title: 'Fiche de Saint-Lô', author: 'CCAS', subject: 'Fiche', keywords: [], language: 'fr-FR' };
/** A document the renderer refuses by itself: no section (a DocumentError, in French). */
const empty = { meta, header: 'Fiche', cover: { title: 'Fiche', facts: [] }, sections: [] } as unknown as Document;
/** A document the types forbid, on which the layout code fails (a TypeError): a fault of the code, not of the content. */
const broken = { ...empty, sections: [{ type: 'section', id: 'public', title: 'Public', blocks: null }] } as unknown as Document;

function pool(renderHere: (doc: Document, path: string) => Promise<void> = async () => undefined, size = 1) {
  return new PdfPool({
    size,
    workerFile: join(import.meta.dirname, '..', '..', 'src', 'build', 'pdf-worker.ts'),
    execArgv: ['--import', 'tsx'],
    renderHere,
    toError: (name, message, stack) => Object.assign(name === 'DocumentError' ? new DocumentError(message) : new Error(message), { name, ...(stack !== undefined && { stack }) }),
  });
}

describe('a PDF that fails in a worker thread', () => {
  it.each([
    ['the document is wrong', empty, 'DocumentError', /./, false],
    ['the code fails on it', broken, 'TypeError', /Cannot read properties of null|null is not an object|is not iterable/, true],
  ])('comes back with its name, message and stack when %s', async (_, doc, name, message, codeFrames) => {
    const workers = pool();
    try {
      const job = workers.submit(doc, join('/nonexistent', 'x.pdf'));
      const error = (await job.done.then(() => undefined, (e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(error.message).toMatch(message);
      // The stack is the worker's, down to the renderer's own files.
      expect(error.stack ?? '').toContain(error.name);
      if (codeFrames) expect(error.stack).toMatch(/src\/pdf\//);
    } finally {
      await workers.close();
    }
  });

  it('is raised where the PDF is asked for when the main thread rendered it', async () => {
    const fault = new TypeError("Cannot read properties of undefined (reading 'x')");
    // No worker thread (as with PASSERELLE_PDF_WORKERS=0): the main thread renders every PDF.
    const workers = pool(async () => {
      throw fault;
    }, 0);
    try {
      const job = workers.submit(broken, '/nonexistent/y.pdf');
      await expect(workers.finish(job)).rejects.toBe(fault);
    } finally {
      await workers.close();
    }
  });
});

describe('what the build says of it', () => {
  const file = 'experiences/saint-lo-pastel.pdf';
  it.each([
    [
      'a document error: its own French message, nothing technical',
      { name: 'DocumentError', message: 'Le document « Fiche » n’a aucune section à imprimer.', stack: 'DocumentError: …\n    at renderPdf (src/pdf/render.ts:61:11)' },
      ['Le PDF experiences/saint-lo-pastel.pdf (« Fiche de Saint-Lô ») n’a pas pu être composé : Le document « Fiche » n’a aucune section à imprimer.'],
      ['Détail technique', 'at renderPdf'],
    ],
    [
      'a fault of the code: said to be one, then the stack for the report',
      { name: 'TypeError', message: 'x is undefined', stack: 'TypeError: x is undefined\n    at renderPdf (src/pdf/render.ts:64:12)' },
      ['n’a pas pu être composé : une erreur de Passerelle que le contenu n’explique pas (TypeError', 'signalez-la', 'Détail technique, pour le signalement', 'at renderPdf (src/pdf/render.ts:64:12)'],
      [],
    ],
    ['a fault without a stack', { name: 'RangeError', message: 'trop loin' }, ['(RangeError', 'trop loin'], ['Détail technique']],
  ])('%s', (_, error, present, absent) => {
    const text = pdfFailureText({ file, title: meta.title, error }).replace(/[\u00A0\u202F]/g, ' ');
    for (const part of present) expect(text).toContain(part);
    for (const part of absent) expect(text).not.toContain(part);
  });
});
