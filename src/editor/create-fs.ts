/**
 * Creating content from the editor: a file from its collection's template (as `passerelle new`
 * does, as a draft), a response and its proposed programme from a published programme and a call
 * (as `new response --from-programme` does), a copy of a file, and archiving or restoring one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { singular, type CollectionName } from '../../schemas/index';
import type { Programme } from '../../schemas/index';
import { forkProgramme, fromTemplate, providerOf, scaffoldResponse, type ExternalSheet } from '../cli/scaffold';
import { clearCorpusCache, readContentFiles, validateContentCached } from '../content/content-fs';
import { idOf, validateFiles } from '../content/validate';
import { byId, type Corpus, type Entry } from '../domain/corpus';
import type { SheetFile } from '../import/sheet-file';
import { fr } from '../i18n/fr';
import { projectRoot } from '../workspace/server';
import { reservedIds } from './routes';
import { createFile, EditorError, type FileRef, entryPath, isCollection, isSlug, moveFile, openFile, slugify, writeAtomic } from './files-fs';
import { textFor } from './service-fs';
import type { Json } from './yaml-patch';

/** The project's own template when it has one, else Passerelle's. */
function template(collection: CollectionName): string {
  const own = join(process.cwd(), 'templates', `${singular[collection]}.yaml`);
  return readFileSync(existsSync(own) ? own : join(projectRoot, 'templates', `${singular[collection]}.yaml`), 'utf8');
}

/**
 * A free identifier from a title: `les-jardins`, else `les-jardins-2`… A title without a letter or
 * a digit (« !!! ») gives the collection's word and a number (`programme-1`); a word the editor's
 * pages use (`nouveau`) is never taken as it is, or the file could not be opened by its address.
 */
export function freeId(root: string, collection: CollectionName, wanted: string): string {
  const base = wanted || slugify(fr.vocab.collection[collection]);
  if (!isSlug(base)) throw new EditorError(fr.editor.errors.badId);
  // Without a title, every candidate is numbered (`programme-1`); a reserved word starts at `-2`.
  const start = !wanted ? 1 : reservedIds.includes(base) ? 2 : 0;
  for (let n = start; n < 1000; n = n === 0 ? 2 : n + 1) {
    const id = n === 0 ? base : `${base}-${n}`;
    if (!entryPath(root, collection, id) && !entryPath(root, collection, id, true)) return id;
  }
  throw new EditorError(fr.editor.errors.exists(base), 409);
}

const done = <T>(value: T): T => {
  clearCorpusCache();
  return value;
};

/** Sets the title (a provider's name) of a file just created, when one is given. */
function entitle(root: string, collection: CollectionName, id: string, path: string, title: string): void {
  const heading = title.trim();
  if (!heading) return;
  const file = openFile(root, collection, id);
  const key = collection === 'providers' ? 'name' : 'title';
  writeAtomic(path, textFor(file, { ...(file.data as Record<string, Json>), [key]: heading }));
}

/** A new file from the template, as a draft, its title set when one is given. */
export function createEntry(root: string, collection: unknown, title: string, id?: string): string {
  if (!isCollection(collection)) throw new EditorError(fr.editor.errors.badCollection);
  const chosen = freeId(root, collection, id ?? slugify(title));
  const path = createFile(root, collection, chosen, fromTemplate(template(collection), singular[collection]));
  entitle(root, collection, chosen, path, title);
  return done(chosen);
}

interface ResponseOptions {
  tender: string;
  provider?: string;
  title: string;
}

/** A response to a call and its proposed programme, from a published programme. */
export function createResponse(root: string, options: ResponseOptions & { programme: string }): string {
  const { corpus, errors } = validateContentCached(root);
  if (errors > 0) throw new EditorError(fr.cli.contentInvalid);
  const programme = byId(corpus.programmes, options.programme);
  if (!programme || programme.data.status === 'proposed' || programme.data.draft === true) throw new EditorError(fr.editor.create.pickProgramme);
  const source = readContentFiles(root).find((f) => f.collection === 'programmes' && idOf(f.path) === programme.id);
  if (!source) throw new EditorError(fr.editor.errors.notFound, 404);
  return forkResponse(root, corpus, programme, source.text, options);
}

/**
 * A response from a sheet published by another site (its open-data JSON, or its file): the sheet is
 * validated with this content as if it joined it, but never written; the proposed programme is
 * its copy, citing the sheet among its sources. A sheet this content already has, identical, is
 * taken from the content.
 */
export function createResponseFromSheet(root: string, sheet: Extract<SheetFile, { ok: true }>, options: ResponseOptions): string {
  const t = fr.editor.create;
  const { corpus, errors } = validateContentCached(root);
  if (errors > 0) throw new EditorError(fr.cli.contentInvalid);
  const files = readContentFiles(root);
  const same = sheet.id ? files.find((f) => f.collection === 'programmes' && idOf(f.path) === sheet.id && f.text === sheet.text) : undefined;
  if (same) return createResponse(root, { ...options, programme: sheet.id! });
  const id = freeId(root, 'programmes', sheet.id ?? '');
  const path = relative(process.cwd(), join(root, 'programmes', `${id}.${sheet.extension}`)).split('\\').join('/');
  const result = validateFiles([...files, { collection: 'programmes', path, text: sheet.text }]);
  const own = result.diagnostics.filter((d) => d.file === path && d.severity === 'error');
  if (result.drafts.some((d) => d.file === path)) throw new EditorError(t.sheetDraft);
  if (own.length > 0) throw new EditorError(t.sheetInvalid(own.length, own.slice(0, 3).map((d) => `${d.message}${d.found ? ` (${d.found})` : ''}`)));
  const programme = byId(result.corpus.programmes, id);
  if (!programme) throw new EditorError(t.sheetInvalid(0, []));
  if (programme.data.status === 'proposed') throw new EditorError(t.sheetProposed);
  const carriers = programme.data.carriers.map((c) => c.name).filter(Boolean);
  const publisher = carriers.length ? carriers.join(', ') : sheet.url ? new URL(sheet.url).host : t.sheetPublisherUnknown;
  return forkResponse(root, corpus, programme, sheet.text, options, { title: sheet.title ?? programme.data.title, publisher, ...(sheet.url && { url: sheet.url }) });
}

/** The proposed programme and the response, written from a published programme's entry and text. */
function forkResponse(root: string, corpus: Corpus, programme: Entry<Programme>, text: string, options: ResponseOptions, external?: ExternalSheet): string {
  const tender = byId(corpus.tenders, options.tender);
  if (!tender) throw new EditorError(fr.editor.create.pickTender);
  const provider = options.provider ? byId(corpus.providers, options.provider) : providerOf(programme.data, corpus.providers);
  if (options.provider && !provider) throw new EditorError(fr.editor.create.pickProvider);
  const id = freeId(root, 'responses', slugify(options.title) || slugify(`${provider?.id ?? 'reponse'} ${tender.id}`));
  const programmeId = freeId(root, 'programmes', id);
  createFile(root, 'programmes', programmeId, forkProgramme(text, programme, provider, tender, external));
  const path = createFile(root, 'responses', id, scaffoldResponse({ tender, programmeId, provider }));
  entitle(root, 'responses', id, path, options.title);
  return done(id);
}

/** A copy of a file under a new identifier, as a draft (never published twice by mistake). */
export function duplicateEntry(root: string, collection: unknown, id: unknown): string {
  const file = openFile(root, collection, id);
  const c = file.collection;
  const copy = freeId(root, c, `${file.id}-copie`);
  const key = c === 'providers' ? 'name' : 'title';
  const title = typeof file.data[key] === 'string' ? `${file.data[key]} (${fr.editor.list.copy})` : undefined;
  const data = { draft: true, ...file.data, ...(title && { [key]: title }) } as unknown as Record<string, Json>;
  createFile(root, c, copy, file.path.endsWith('.md') ? file.text : textFor(file, data));
  return done(copy);
}

/** Archives a file: refused while a published file cites it (its build would stop). */
export function archiveEntry(root: string, collection: unknown, id: unknown): void {
  const { diagnostics } = validateContentCached(root);
  const file = openFile(root, collection, id);
  moveFile(root, collection, id, 'archive');
  clearCorpusCache();
  const broken = validateContentCached(root).diagnostics.filter((d) => d.severity === 'error' && !diagnostics.some((o) => o.file === d.file && o.message === d.message));
  if (broken.length > 0) {
    moveFile(root, file.collection, file.id, 'restore');
    clearCorpusCache();
    const citing = [...new Set(broken.map((d) => d.file))];
    throw new EditorError(fr.editor.errors.cited(citing), 409, citing.flatMap((path) => refOfPath(path)));
  }
}

/** The collection and identifier of a content file's path (`content/responses/x.yaml`). */
function refOfPath(path: string): FileRef[] {
  const collection = path.split('/').at(-2);
  const id = idOf(path);
  return isCollection(collection) && isSlug(id) ? [{ collection, id }] : [];
}

export function restoreEntry(root: string, collection: unknown, id: unknown): void {
  moveFile(root, collection, id, 'restore');
  clearCorpusCache();
}
