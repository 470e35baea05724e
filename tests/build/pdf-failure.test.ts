/**
 * A PDF the build cannot make is told in French (src/build/integration.ts), whether the document
 * itself is wrong (its error is already French) or Passerelle's code fails on it: the worker
 * thread sends back the error's name, message and stack, the build raises it as the main thread's
 * own (`errorFromWorker`), names the PDF by its file in the site (`pdfFailure`) and says each one
 * before the technical detail. Before, Astro printed its own English trace, for the first only.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfPool } from '../../src/build/pdf-pool';
import { pdfFailureText } from '../../src/build/integration';
import { errorParts } from '../../src/build/pending';
import { errorFromWorker, pdfFailure } from '../../src/build/pdfs';
import { DocumentError } from '../../src/document/errors';
import type { Document } from '../../src/document/model';
import { fr } from '../../src/i18n/fr';

const title = 'Fiche de Saint-Lô';
const meta = { title, author: 'CCAS', subject: 'Fiche', keywords: [], language: 'fr-FR' };
/** A document the renderer refuses by itself: no section (a DocumentError, in French). */
const empty = { meta, header: 'Fiche', cover: { title: 'Fiche', facts: [] }, sections: [] } as unknown as Document;
/** A document the types forbid, on which the layout code fails (a TypeError): a fault of the code, not of the content. */
const broken = { ...empty, sections: [{ type: 'section', id: 'public', title: 'Public', blocks: null }] } as unknown as Document;

/** The build's pool, with its own conversion of a worker's error. */
function pool(renderHere: (doc: Document, path: string) => Promise<void> = async () => undefined, size = 1) {
  return new PdfPool({
    size,
    workerFile: join(import.meta.dirname, '..', '..', 'src', 'build', 'pdf-worker.ts'),
    execArgv: ['--import', 'tsx'],
    renderHere,
    toError: errorFromWorker,
  });
}

/** Plain spaces for the no-break ones the dictionary's typography puts in. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('a PDF that fails in a worker thread', () => {
  it('comes back as the document error it is, with its French message', async () => {
    const workers = pool();
    try {
      const error = (await workers.submit(empty, '/nonexistent/x.pdf').done.then(() => undefined, (e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(DocumentError);
      expect(error.message).toBe(fr.pdf.errors.empty(title));
    } finally {
      await workers.close();
    }
  });

  it('comes back as the fault of the code it is, with the worker\'s stack down to the renderer', async () => {
    const workers = pool();
    try {
      const error = (await workers.submit(broken, '/nonexistent/x.pdf').done.then(() => undefined, (e: unknown) => e)) as Error;
      expect(error).not.toBeInstanceOf(DocumentError);
      expect(error.name).toBe('TypeError');
      expect(error.message).toMatch(/blocks|null/);
      expect(error.stack).toMatch(/^TypeError: /);
      expect(error.stack).toMatch(/src\/pdf\//);
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
      await expect(workers.finish(workers.submit(broken, '/nonexistent/y.pdf'))).rejects.toBe(fault);
    } finally {
      await workers.close();
    }
  });
});

describe('a worker that dies', () => {
  it('gives its documents back to the main thread, says which they were, and no PDF is waited for in vain', async () => {
    const here: string[] = [];
    const lost: Array<[string, string[]]> = [];
    const workers = new PdfPool({
      size: 1,
      workerFile: join(import.meta.dirname, 'dying-worker.mjs'),
      renderHere: async (_doc, path) => void here.push(path),
      toError: errorFromWorker,
      onWorkerLost: (reason, held) => lost.push([reason, held.map((doc) => doc.meta.title)]),
    });
    try {
      const jobs = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => workers.submit({ ...empty, meta: { ...meta, title: name } }, `/nonexistent/${name}.pdf`));
      // The first is being rendered by the worker when it is asked for: its answer is waited for, and never comes.
      for (const job of jobs) await workers.finish(job);
      expect([...here].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `/nonexistent/${name}.pdf`));
      expect(lost).toHaveLength(1);
      expect(lost[0][0]).toBe('exit 3');
      expect(lost[0][1].length).toBeGreaterThan(0);
      expect(plain(fr.build.pdfWorkerLost('ERR_WORKER_OUT_OF_MEMORY', ['Fiche A', 'Fiche B']))).toBe(
        'Un fil de calcul des PDF s’est arrêté (mémoire épuisée) pendant qu’il composait les PDF de « Fiche A », « Fiche B » : la construction les compose elle-même. Si elle s’arrête à son tour, c’est dans l’un de ces documents que se trouve ce qui l’arrête.',
      );
    } finally {
      await workers.close();
    }
  });
});

describe('the parts of what was thrown', () => {
  it.each([
    ['an Error', new RangeError('trop loin'), { name: 'RangeError', message: 'trop loin' }, true],
    ['a French document error', new DocumentError(fr.pdf.errors.empty(title)), { name: 'DocumentError', message: fr.pdf.errors.empty(title) }, true],
    ['a string thrown as it is', 'panne', { name: 'Error', message: 'panne' }, false],
    ['null', null, { name: 'Error', message: 'null' }, false],
  ])('%s', (_, thrown, expected, stack) => {
    const parts = errorParts(thrown);
    expect(parts).toMatchObject(expected);
    expect(parts.stack !== undefined).toBe(stack);
    // Back in the main thread: a DocumentError again, any other with its name and stack.
    const raised = errorFromWorker(parts.name, parts.message, parts.stack);
    expect(raised instanceof DocumentError).toBe(parts.name === 'DocumentError');
    expect(raised.name).toBe(parts.name);
    if (parts.stack) expect(raised.stack).toBe(parts.stack);
  });
});

describe('which PDF the build names', () => {
  const outputs = new Map([
    ['experiences/saint-lo-pastel.pdf', '/cache/pdf/v1/aaa.pdf'],
    ['experiences/castelnau.pdf', '/cache/pdf/v1/bbb.pdf'],
  ]);
  it.each([
    ['a published PDF: its file in the site', '/cache/pdf/v1/aaa.pdf', 'experiences/saint-lo-pastel.pdf'],
    ['a PDF rendered ahead that no page published: no file, never the cache\'s', '/cache/pdf/v1/zzz.pdf', undefined],
  ])('%s', (_, path, file) => {
    const failure = pdfFailure(outputs, empty, path, new TypeError('x is undefined'));
    expect(failure.file).toBe(file);
    expect(failure.title).toBe(title);
    expect(failure.error).toMatchObject({ name: 'TypeError', message: 'x is undefined' });
  });
});

describe('what the build says of it', () => {
  const file = 'experiences/saint-lo-pastel.pdf';
  const documentError = { name: 'DocumentError', message: fr.pdf.errors.empty(title), stack: 'DocumentError: …\n    at renderPdf (src/pdf/render.ts:61:11)' };
  const fault = { name: 'TypeError', message: 'x is undefined', stack: 'TypeError: x is undefined\n    at renderPdf (src/pdf/render.ts:64:12)' };
  it.each([
    ['a document error: the PDF, then the document\'s own message, nothing technical', { file, title, error: documentError }, `Le PDF ${file} n’a pas pu être composé. Le document « ${title} » n’a aucune section : rien à mettre en page.`],
    ['the same, for a PDF rendered ahead', { title, error: documentError }, `Un PDF préparé d’avance n’a pas pu être composé. Le document « ${title} » n’a aucune section : rien à mettre en page.`],
    [
      'a fault of the code: said to be one, then the stack for the report',
      { file, title, error: fault },
      `Le PDF ${file} (« ${title} ») n’a pas pu être composé, à cause d’une erreur de Passerelle que le contenu n’explique pas (TypeError : x is undefined). Signalez-la en joignant ce message.\nDétail technique, pour le signalement :\n${fault.stack}`,
    ],
    ['a fault without a stack, for a PDF rendered ahead', { title, error: { name: 'RangeError', message: 'trop loin' } }, `Le PDF de « ${title} », préparé d’avance, n’a pas pu être composé, à cause d’une erreur de Passerelle que le contenu n’explique pas (RangeError : trop loin). Signalez-la en joignant ce message.`],
  ])('%s', (_, failure, expected) => expect(plain(pdfFailureText(failure))).toBe(expected));
});
