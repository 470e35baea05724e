/**
 * Reading the content folder from disk: the only file-system access of validation. Used by the
 * CLI, the tests, the Astro loader and the benchmark.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { collectionNames } from '../../schemas/index';
import type { Corpus } from '../domain/corpus';
import { fr } from '../i18n/fr';
import { formatDiagnostics } from './diagnostics';
import { summary, validateFiles, type SourceFile, type ValidationResult } from './validate';

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

export function readContentFiles(root: string, projectRoot = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of collectionNames) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || /^readme/i.test(name)) continue;
      const full = join(dir, name);
      if (!statSync(full).isFile()) continue;
      files.push({ collection, path: toPosix(relative(projectRoot, full)), text: readFileSync(full, 'utf8') });
    }
  }
  return files;
}

export function validateContent(root = contentRoot(), projectRoot = process.cwd()): ValidationResult {
  return validateFiles(readContentFiles(root, projectRoot));
}

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

/** The validation of a content folder, computed once per process (until the cache is cleared). */
export function validateContentCached(root = contentRoot(), projectRoot = process.cwd()): ValidationResult {
  let result = cache.get(root);
  if (!result) {
    result = validateContent(root, projectRoot);
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
