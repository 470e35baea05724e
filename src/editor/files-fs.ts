/**
 * The editor's file operations, inside the content folder only: open a file (its text, its data
 * and a version, the hash of its bytes), write one atomically (a temporary file renamed over it),
 * never over a file changed on disk since it was opened, create, duplicate, archive and restore.
 *
 * Every path is built from a collection name and an identifier (minuscules, chiffres, tirets) and
 * checked to resolve inside content/: anything else is refused before the disk is touched.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { collectionNames, type CollectionName } from '../../schemas/index';
import { decodeSource, normaliseSource } from '../content/source';
import { limits } from '../content/limits';
import { bodyFields } from '../content/validate';
import { fr } from '../i18n/fr';
import { isSlug as slugShaped, slugify as slugText } from './item-ids';

const EXTENSIONS = ['yaml', 'yml', 'md'] as const;
import { ARCHIVE_FOLDER } from '../content/content-files';

/** Where archived files go, inside content/ (the content rule does not read it). */
export const ARCHIVES = ARCHIVE_FOLDER;

/** A file a refusal points to (the one to change first), by its collection and identifier. */
export interface FileRef {
  collection: CollectionName;
  id: string;
}

export class EditorError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    /** The files to open to do what the message says (a file that cites the one to archive). */
    readonly files: readonly FileRef[] = [],
  ) {
    super(message);
  }
}

export const isCollection = (name: unknown): name is CollectionName => typeof name === 'string' && (collectionNames as string[]).includes(name);
export const isSlug = (id: unknown): id is string => typeof id === 'string' && id.length <= 120 && slugShaped(id);

/** `Les jardins d’Émile` → `les-jardins-d-emile` (a file's name: up to 80 characters). */
export const slugify = (title: string): string => slugText(title, 80);

/** The folder of a collection (or of its archives), refused if it leads outside content/. */
function folder(root: string, collection: CollectionName, archived = false): string {
  const dir = archived ? join(root, ARCHIVES, collection) : join(root, collection);
  const realRoot = realpathSync(root);
  let probe = dir;
  while (!existsSync(probe)) probe = dirname(probe);
  const real = realpathSync(probe);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new EditorError(fr.editor.errors.outside, 403);
  return dir;
}

/** The file of an entry, if it exists (`x.yaml`, `x.yml` or `x.md`). */
export function entryPath(root: string, collection: unknown, id: unknown, archived = false): string | undefined {
  if (!isCollection(collection)) throw new EditorError(fr.editor.errors.badCollection);
  if (!isSlug(id)) throw new EditorError(fr.editor.errors.badId);
  const dir = folder(root, collection, archived);
  for (const ext of EXTENSIONS) {
    const path = join(dir, `${id}.${ext}`);
    if (existsSync(path)) {
      const real = realpathSync(path);
      const realRoot = realpathSync(root);
      if (!real.startsWith(realRoot + sep)) throw new EditorError(fr.editor.errors.outside, 403);
      return path;
    }
  }
  return undefined;
}

export interface OpenFile {
  collection: CollectionName;
  id: string;
  path: string;
  /** The text as the editor works on it (LF line ends, no byte order mark). */
  text: string;
  /** The raw data (what the author wrote, before the schema normalises it). */
  data: Record<string, unknown>;
  /** The hash of the file's bytes when it was read. */
  version: string;
  crlf: boolean;
  bom: boolean;
  /** When it was last changed. */
  modified: Date;
}

export const versionOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** The data of a file's text (YAML, or Markdown with a YAML front matter and its body). */
export function dataOf(text: string, collection: CollectionName, markdown: boolean): Record<string, unknown> {
  const front = markdown ? FRONT_MATTER.exec(text) : null;
  const yaml = front ? front[1] : markdown ? '' : text;
  const value = parseDocument(yaml).toJSON() as unknown;
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const body = markdown ? text.slice(front ? front[0].length : 0).trim() : '';
  const field = bodyFields[collection];
  if (markdown && field && body) data[field] = body;
  return data;
}

export function openFile(root: string, collection: unknown, id: unknown): OpenFile {
  const path = entryPath(root, collection, id);
  if (!path) throw new EditorError(fr.editor.errors.notFound, 404);
  const size = statSync(path).size;
  if (size > limits.fileBytes) throw new EditorError(fr.editor.errors.tooLarge);
  const bytes = readFileSync(path);
  const decoded = decodeSource(bytes, { file: relative(process.cwd(), path) });
  if (!decoded.ok) throw new EditorError(decoded.diagnostics[0]?.message ?? fr.editor.errors.unreadable);
  const raw = new TextDecoder().decode(bytes);
  const text = normaliseSource(decoded.text);
  const c = collection as CollectionName;
  return {
    collection: c,
    id: id as string,
    path,
    text,
    data: dataOf(text, c, path.endsWith('.md')),
    version: versionOf(bytes),
    crlf: raw.includes('\r\n'),
    bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    modified: statSync(path).mtime,
  };
}

/** Writes a file atomically: a hidden temporary file beside it, then renamed over it. */
export function writeAtomic(path: string, text: string, options: { crlf?: boolean; bom?: boolean } = {}): string {
  const out = `${options.bom ? '\uFEFF' : ''}${options.crlf ? text.replace(/\n/g, '\r\n') : text}`;
  const bytes = new TextEncoder().encode(out);
  if (bytes.length > limits.fileBytes) throw new EditorError(fr.editor.errors.tooLarge);
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, path);
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
  return versionOf(bytes);
}

/** The version of a file on disk now, or undefined when it no longer exists. */
export function currentVersion(path: string): string | undefined {
  return existsSync(path) ? versionOf(readFileSync(path)) : undefined;
}

/** A new file of a collection, never over an existing one (any extension). */
export function createFile(root: string, collection: unknown, id: unknown, text: string): string {
  if (entryPath(root, collection, id) || entryPath(root, collection, id, true)) throw new EditorError(fr.editor.errors.exists(String(id)), 409);
  const path = join(folder(root, collection as CollectionName), `${id}.yaml`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  return path;
}

/** Moves a file into content/archives/<collection>/ (or back), never over another file. */
export function moveFile(root: string, collection: unknown, id: unknown, to: 'archive' | 'restore'): string {
  const from = entryPath(root, collection, id, to === 'restore');
  if (!from) throw new EditorError(fr.editor.errors.notFound, 404);
  if (entryPath(root, collection, id, to === 'archive')) throw new EditorError(fr.editor.errors.exists(String(id)), 409);
  const target = join(folder(root, collection as CollectionName, to === 'archive'), from.split(sep).pop()!);
  mkdirSync(dirname(target), { recursive: true });
  renameSync(from, target);
  return target;
}
