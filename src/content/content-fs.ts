/**
 * Reading the content folder from disk: the only file-system access of validation. Used by the
 * CLI, the tests, the Astro loader and the benchmark.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { collectionNames } from '../../schemas/index';
import type { Corpus } from '../domain/corpus';
import { fr } from '../i18n/fr';
import { escapeUnsafe } from '../i18n/excerpt';
import { classifyEntry, classifyRootEntry, tooLarge, unreadable, type EntryType } from './content-files';
import { formatDiagnostics, type Diagnostic } from './diagnostics';
import { limits } from './limits';
import { decodeSource } from './source';
import { counted } from '../build/work-log-fs';
import { bodyFields, summary, validateFiles, validateFilesInTurns, type OnEntry, type ParseMemo, type SourceFile, type StoredFile, type ValidationResult, type ValidationStore } from './validate';
import { hashOf } from '../build/hash';
import { versionFolder } from '../build/cache-fs';
import { PackWriter, readPack } from '../build/pack-fs';
import { siteMode } from './mode';

/** The content folder: `$PASSERELLE_CONTENT` if set, else `content/` under the project root. */
export function contentRoot(projectRoot = process.cwd()): string {
  return resolve(projectRoot, process.env.PASSERELLE_CONTENT || 'content');
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Why a content folder cannot be read (in French), or undefined: it does not exist, is a file, or
 * holds none of the collection folders (the usual slip: naming the project instead of content/).
 */
export function contentRootProblem(root: string, projectRoot = process.cwd()): string | undefined {
  const shown = toPosix(relative(projectRoot, root)) || '.';
  if (!existsSync(root)) return fr.cli.contentMissing(shown);
  if (!statSync(root).isDirectory()) return fr.cli.contentNotFolder(shown);
  if (!collectionNames.some((c) => existsSync(join(root, c)))) return fr.cli.contentEmpty(shown, [...collectionNames]);
  return undefined;
}

/** The content files of a folder, and what was said about the other entries (notes and errors). */
export interface ContentFolder {
  files: SourceFile[];
  /** Entries ignored (warnings) or refused (errors) by the rule of `content-files.ts`. */
  diagnostics: Diagnostic[];
}

type Listed = { name: string; full: string; type: EntryType } | { name: string; full: string; code: string | undefined };

/** The entries of a folder with their type, symbolic links followed; sorted by name. */
function list(dir: string): Listed[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const full = join(dir, name);
      let stats: Stats;
      try {
        stats = statSync(full);
      } catch (error) {
        return { name, full, code: (error as NodeJS.ErrnoException).code };
      }
      return { name, full, type: stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'special' };
    });
}

/** Reads a content folder as the rule says: every content file as bytes, decoded strictly. */
export function readContentFolder(root: string, projectRoot = process.cwd()): ContentFolder {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const shown = (full: string) => toPosix(relative(projectRoot, full));
  const safe = (full: string) => escapeUnsafe(shown(full));
  const say = (full: string, d: Omit<Diagnostic, 'file'>) => diagnostics.push({ file: safe(full), ...d });
  let top: Listed[];
  try {
    top = list(root);
  } catch (error) {
    say(root, unreadable((error as NodeJS.ErrnoException).code));
    return { files, diagnostics };
  }
  for (const entry of top) {
    if ('code' in entry) {
      say(entry.full, unreadable(entry.code));
      continue;
    }
    const verdict = classifyRootEntry(entry.name, entry.type, shown(entry.full));
    if (verdict) {
      if (verdict.kind === 'ignored' || verdict.kind === 'error') say(entry.full, verdict.diagnostic);
      continue;
    }
    const collection = collectionNames.find((c) => c === entry.name)!;
    let entries: Listed[];
    try {
      entries = list(entry.full);
    } catch (error) {
      say(entry.full, unreadable((error as NodeJS.ErrnoException).code));
      continue;
    }
    for (const item of entries) {
      if ('code' in item) {
        say(item.full, unreadable(item.code));
        continue;
      }
      const rule = classifyEntry(collection, item.name, item.type);
      if (rule.kind !== 'content') {
        say(item.full, rule.diagnostic);
        continue;
      }
      const path = shown(item.full);
      let bytes: Uint8Array;
      try {
        const size = statSync(item.full).size;
        if (size > limits.fileBytes) {
          say(item.full, tooLarge(size));
          continue;
        }
        bytes = readFileSync(item.full);
      } catch (error) {
        say(item.full, unreadable((error as NodeJS.ErrnoException).code));
        continue;
      }
      const decoded = decodeSource(bytes, { file: path, bodyField: bodyFields[collection] });
      if (decoded.ok) files.push({ collection, path, text: decoded.text });
      else diagnostics.push(...decoded.diagnostics);
    }
  }
  return { files, diagnostics };
}

/** The content files of a folder (what {@link readContentFolder} reads, without its notes). */
export function readContentFiles(root: string, projectRoot = process.cwd()): SourceFile[] {
  return readContentFolder(root, projectRoot).files;
}

export function validateContent(root = contentRoot(), projectRoot = process.cwd(), memo?: ParseMemo): ValidationResult {
  const folder = readContentFolder(root, projectRoot);
  return validateFiles(folder.files, folder.diagnostics, memo);
}

/**
 * The validation results of the last builds, in the build cache (src/build/cache-fs.ts), in the
 * folder of the code version (schemas and checks are code): one entry per valid published content
 * file, named by the hash of its collection, path and text. A file whose entry cannot be read back
 * is validated again.
 *
 * The entries are kept in 16 packs (by the first digit of their name, see src/build/pack-fs.ts),
 * each one read when first needed and written again as the validation goes, put in place once it
 * is done, and only if it changed: writing one small file per content file cost 1.1 s of a
 * 1,000-programme build. An entry taken back is copied into the new pack as the bytes it was
 * read from, never written again from objects the build may have used. A pack that no file of a
 * build leads to keeps its old entries until one does.
 */
export function buildValidationStore(projectRoot = process.cwd()): ValidationStore {
  const dir = versionFolder('validation', projectRoot);
  const nameOf = (file: SourceFile) => hashOf(file.collection, '\0', file.path, '\0', file.text).slice(0, 32);
  /** Each pack met: what it held, and the new pack being written (entries taken back, new ones). */
  const packs = new Map<string, { before: Map<string, Uint8Array>; now: PackWriter; added: boolean }>();
  const packOf = (name: string) => {
    let pack = packs.get(name[0]);
    if (!pack) {
      const path = join(dir, `${name[0]}.bin`);
      packs.set(name[0], (pack = { before: readPack(path), now: new PackWriter(path), added: false }));
    }
    return pack;
  };
  return {
    get(file) {
      const name = nameOf(file);
      const pack = packOf(name);
      const bytes = pack.before.get(name);
      if (!bytes) return undefined;
      try {
        const stored = deserialize(bytes) as StoredFile;
        pack.now.add(name, bytes);
        return stored;
      } catch {
        return undefined;
      }
    },
    set(file, stored) {
      const name = nameOf(file);
      const pack = packOf(name);
      pack.now.add(name, serialize(stored));
      pack.added = true;
    },
    flush() {
      // A pack is put in place when it has new entries, or lost some (files changed or removed).
      for (const pack of packs.values()) {
        if (pack.added || pack.now.count !== pack.before.size) pack.now.commit();
        else pack.now.abandon();
      }
      packs.clear();
    },
  };
}

/**
 * In the workspace, what each file's last reading gave, shared by the whole process: after a save
 * only the saved file is read and checked again, so that its preview follows at once.
 */
export const workspaceMemo: ParseMemo = ((globalThis as { __passerelleMemo?: ParseMemo }).__passerelleMemo ??= new Map());

/** Raised when the content has errors; its message is the French report. */
export class ContentError extends Error {
  /** Set once the report has been shown, so that five collections do not print it five times. */
  reported = false;
  constructor(readonly result: ValidationResult) {
    super(`${formatDiagnostics(result.diagnostics)}\n\n${summary(result)}`);
    this.name = 'ContentError';
  }
}

/**
 * Validation results per content folder, shared by the whole process: Astro loads the config
 * (the integration that validates before the build) and the content loaders as separate module
 * instances, and validating 1,000 programmes twice cost seconds.
 */
const cache: Map<string, ValidationResult> = ((globalThis as { __passerelleValidation?: Map<string, ValidationResult> }).__passerelleValidation ??= new Map());

/** The memo of a validation: the workspace's, or none (a build or the CLI reads each file once). */
const memoOfMode = () => (siteMode() === 'workspace' ? workspaceMemo : undefined);

/** The validation of a content folder, computed once per process (until the cache is cleared). */
export function validateContentCached(root = contentRoot(), projectRoot = process.cwd()): ValidationResult {
  let result = cache.get(root);
  if (!result) {
    counted('validation');
    result = validateContent(root, projectRoot, memoOfMode());
    cache.set(root, result);
  }
  return result;
}

/**
 * {@link validateContentCached} for the content integration: the validation stops every few
 * milliseconds, so that the PDF workers, given each sheet as soon as its file is valid, hear from
 * the main thread meanwhile (see src/build/pdf-pool.ts); `onEntry` sees each valid published entry
 * while it is computed (see {@link OnEntry}), and a `store` keeps what valid files gave for the
 * next build (see {@link buildValidationStore}).
 */
export async function validateContentInTurns(root: string, projectRoot: string, onEntry?: OnEntry, store?: ValidationStore): Promise<ValidationResult> {
  let result = cache.get(root);
  if (!result) {
    counted('validation');
    const folder = readContentFolder(root, projectRoot);
    result = await validateFilesInTurns(folder.files, folder.diagnostics, memoOfMode(), onEntry, store);
    cache.set(root, result);
  }
  return result;
}

/** The validated corpus; throws a {@link ContentError} when anything is invalid. */
export function loadCorpus(root = contentRoot(), projectRoot = process.cwd()): Corpus {
  const result = validateContentCached(root, projectRoot);
  if (result.errors > 0) throw ((result as ValidationResult & { error?: ContentError }).error ??= new ContentError(result));
  return result.corpus;
}

/** Forgets cached validations (the dev server calls it when a file changes). */
export function clearCorpusCache(): void {
  cache.clear();
}
