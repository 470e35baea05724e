/**
 * The editor's small JSON API, served by the workspace's dev server under /espace/api/ (after the
 * Host and Origin guard of `integration.ts`). A write comes from the workspace's own pages only:
 * JSON (which a page of another site cannot send without the browser asking first), or a form
 * whose Origin is this address. Bodies are bounded; uploaded PDFs are read by import-offer's own
 * bounded reader, with its checks.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearCorpusCache, contentRoot } from '../content/content-fs';
import { runImportOffer } from '../cli/import-offer';
import { fr } from '../i18n/fr';
import { pdfLimits } from '../import/pdf-objects';
import { routes } from '../routes';
import { CONFIRM_ARCHIVE, editorRoutes, REFUSAL } from './routes';
import { createEntry, createResponse, createResponseFromSheet, duplicateEntry, archiveEntry, restoreEntry } from './create-fs';
import { readSheetFile, SHEET_JSON_BYTES, sheetFileRefusal } from '../import/sheet-file';
import { EditorError, isCollection } from './files-fs';
import { markdownHtml } from './markdown-html';
import { checkText, saveFile, textFor } from './service-fs';
import { openFile } from './files-fs';
import { recordVersion } from './versions-fs';

const JSON_LIMIT = 2 * 1024 * 1024;

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new EditorError(fr.editor.errors.bodyTooLarge, 413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' }).end();
}

type Body = Record<string, unknown>;

const typeOf = (req: IncomingMessage) => (req.headers['content-type'] ?? '').split(';')[0].trim();
const isForm = (req: IncomingMessage) => typeOf(req) === 'application/x-www-form-urlencoded' || typeOf(req) === 'multipart/form-data';

/**
 * Where a refused form goes: back to the workspace page it was posted from (its Referer, this
 * address only, else the list), with the French reason and the files to open (`voir`), which the
 * page shows in an alert (src/components/editor/Refusal.astro).
 */
export function refusedAt(req: Pick<IncomingMessage, 'headers'>, error: EditorError): string {
  let back = new URL(editorRoutes.home, 'http://127.0.0.1');
  try {
    const from = new URL(req.headers.referer ?? '');
    const host = req.headers.host;
    if (host && from.host === host && from.pathname.startsWith(routes.workspace) && !from.pathname.startsWith(editorRoutes.api)) back = new URL(from.pathname + from.search, 'http://127.0.0.1');
  } catch {
    // No Referer, or not an address: the list of files.
  }
  for (const key of [REFUSAL.message, REFUSAL.file, CONFIRM_ARCHIVE, 'message']) back.searchParams.delete(key);
  back.hash = '';
  back.searchParams.set(REFUSAL.message, error.message);
  for (const f of error.files) back.searchParams.append(REFUSAL.file, `${f.collection}/${f.id}`);
  return `${back.pathname}${back.search}`;
}

async function bodyOf(req: IncomingMessage): Promise<{ body: Body; form: boolean }> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
  const raw = (await readBody(req, JSON_LIMIT)).toString('utf8');
  if (type === 'application/json') {
    const body = JSON.parse(raw) as unknown;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new EditorError(fr.editor.errors.badRequest);
    return { body: body as Body, form: false };
  }
  if (type === 'application/x-www-form-urlencoded') {
    // A form is accepted only with this page's own Origin (the guard refused any other).
    if (!req.headers.origin) throw new EditorError(fr.editor.errors.badRequest, 403);
    return { body: Object.fromEntries(new URLSearchParams(raw)), form: true };
  }
  throw new EditorError(fr.editor.errors.badRequest, 415);
}

const data = (value: unknown) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new EditorError(fr.editor.errors.badRequest);
  return value as Record<string, never>;
};

/** Handles /espace/api/<action>; anything else goes on to the pages. */
export async function editorApi(req: IncomingMessage, res: ServerResponse, next: () => void, changed: () => void = () => undefined): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const action = url.pathname.startsWith(editorRoutes.api) ? url.pathname.slice(editorRoutes.api.length).replace(/\/$/, '') : undefined;
  if (action === undefined) return next();
  if (req.method !== 'POST') return send(res, 405, { message: fr.editor.errors.badRequest });
  // A browser says where a request comes from: only this workspace's own pages may write.
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return send(res, 403, { message: fr.workspace.forbidden });
  const root = contentRoot();
  // Every action but a check writes: the pages follow at once, before the browser reloads them.
  const writes = action !== 'verifier' && action !== 'markdown';
  const reply = (status: number, body: unknown) => {
    if (writes && status < 400) changed();
    send(res, status, body);
  };
  const go = (location: string) => {
    if (writes) changed();
    redirect(res, location);
  };
  try {
    if (action === 'importer-offre') return await importOffer(req, res, url);
    if (action === 'creer-reponse-fiche') return go(editorRoutes.edit('responses', await responseFromSheet(req, root)));
    const { body, form } = await bodyOf(req);
    switch (action) {
      case 'verifier': {
        const file = openFile(root, body.collection, body.id);
        const text = textFor(file, data(body.data));
        return reply(200, checkText(root, file, text));
      }
      case 'enregistrer': {
        const result = saveFile(root, body.collection, body.id, data(body.data), {
          version: String(body.version ?? ''),
          asDraft: body.asDraft === true,
          overwrite: body.overwrite === true,
          draftWhenInvalid: body.draftWhenInvalid === true,
        });
        return reply(result.ok ? 200 : result.reason === 'conflict' ? 409 : 422, result);
      }
      case 'markdown':
        return reply(200, { html: markdownHtml(String(body.text ?? '').slice(0, 100_000)) });
      case 'creer': {
        const id = createEntry(root, body.collection, String(body.title ?? ''), typeof body.id === 'string' && body.id ? body.id : undefined);
        return form ? go(editorRoutes.edit(String(body.collection), id)) : reply(200, { id, href: editorRoutes.edit(String(body.collection), id) });
      }
      case 'creer-reponse': {
        const id = createResponse(root, { programme: String(body.programme ?? ''), tender: String(body.tender ?? ''), provider: typeof body.provider === 'string' && body.provider ? body.provider : undefined, title: String(body.title ?? '') });
        return form ? go(editorRoutes.edit('responses', id)) : reply(200, { id, href: editorRoutes.edit('responses', id) });
      }
      case 'dupliquer': {
        const id = duplicateEntry(root, body.collection, body.id);
        return form ? go(editorRoutes.edit(String(body.collection), id)) : reply(200, { id });
      }
      case 'archiver':
        // A plain form asks first: the list shows a confirmation, whose own form says `confirm`.
        if (form && body.confirm !== 'oui') return redirect(res, editorRoutes.confirmArchive(String(body.collection), String(body.id)));
        archiveEntry(root, body.collection, body.id);
        return form ? go(`${editorRoutes.home}?message=archive`) : reply(200, { ok: true });
      case 'restaurer':
        restoreEntry(root, body.collection, body.id);
        return form ? go(isCollection(body.collection) ? editorRoutes.edit(body.collection, String(body.id)) : editorRoutes.home) : reply(200, { ok: true });
      case 'version': {
        const result = await recordVersion(root, String(body.message ?? ''), String(body.author ?? ''));
        return form ? go(`${editorRoutes.versions}?message=${result.ok ? 'enregistre' : encodeURIComponent(result.message)}`) : reply(result.ok ? 200 : 422, result);
      }
      default:
        return reply(404, { message: fr.editor.errors.notFound });
    }
  } catch (error) {
    // A plain form goes back to its page, which shows the French reason (a JSON client reads it).
    if (isForm(req) && error instanceof EditorError) return redirect(res, refusedAt(req, error));
    if (error instanceof EditorError) return send(res, error.status, { message: error.message });
    if (error instanceof SyntaxError) return send(res, 400, { message: fr.editor.errors.badRequest });
    return send(res, 500, { message: fr.cli.unexpected(error instanceof Error ? error.message : String(error)) });
  }
}

/**
 * « Nouvelle réponse » from a sheet published elsewhere: a plain form with a file (it works
 * without JavaScript), read as import-sheet reads a file, bounded before it is parsed.
 */
async function responseFromSheet(req: IncomingMessage, root: string): Promise<string> {
  const t = fr.editor.create;
  // A form is accepted only with this page's own Origin (the guard refused any other).
  if (typeOf(req) !== 'multipart/form-data' || !req.headers.origin) throw new EditorError(fr.editor.errors.badRequest, 415);
  const bytes = await readBody(req, SHEET_JSON_BYTES + 64 * 1024);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
  } catch {
    throw new EditorError(fr.editor.errors.badRequest);
  }
  const file = form.get('fiche');
  if (!(file instanceof Blob) || file.size === 0) throw new EditorError(t.sheetMissing);
  const name = 'name' in file && typeof file.name === 'string' ? file.name : '';
  const read = readSheetFile(name, new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) throw new EditorError(sheetFileRefusal(read.reason, name));
  const field = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value : '';
  };
  return createResponseFromSheet(root, read, { tender: field('tender'), provider: field('provider') || undefined, title: field('title') });
}

/**
 * A Passerelle PDF chosen by the evaluator: hostile until proven otherwise. Bounded in size, then
 * given to import-offer, which reads it with its own bounded reader and writes nothing unless the
 * whole content stays valid.
 */
async function importOffer(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if ((req.headers['content-type'] ?? '').split(';')[0].trim() !== 'application/pdf') throw new EditorError(fr.editor.errors.notPdf, 415);
  const bytes = await readBody(req, pdfLimits.fileBytes);
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-offre-'));
  const file = join(dir, 'offre.pdf');
  const out: string[] = [];
  const err: string[] = [];
  try {
    writeFileSync(file, bytes);
    const evaluation = url.searchParams.get('evaluation');
    // The offer comes with its marks to fill in: a published evaluation waits for them as a draft.
    const code = await runImportOffer([file], { ...(evaluation && { evaluation }) }, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: process.cwd() }, { ...fr.importOffer, ...fr.editor.marks.importWords });
    const shown = (lines: string[]) => lines.map((l) => l.split(file).join(fr.editor.marks.uploadedFile));
    if (code === 0) clearCorpusCache();
    send(res, code === 0 ? 200 : 422, { ok: code === 0, messages: shown(code === 0 ? out : err) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
