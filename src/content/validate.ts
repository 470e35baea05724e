/**
 * Validation of the whole content: every file through its collection's schema, then the checks
 * across files. Returns the typed corpus (only when there is no error) and the diagnostics.
 *
 * Pure: the caller reads the files (`content-fs.ts`) and prints the diagnostics.
 */
import { collections, type CollectionName, type Programme } from '../../schemas/index';
import { fr } from '../i18n/fr';
import { escapeUnsafe } from '../i18n/excerpt';
import { crossCheck } from '../domain/cross-checks';
import { emptyCorpus, type Corpus } from '../domain/corpus';
import { describeValue, diagnosticsFromIssues, valueAt, type Diagnostic, type Locate } from './diagnostics';
import { programmeWarnings } from '../domain/programme-checks';
import { placeholderDiagnostics, placeholderPaths, underPlaceholder } from './placeholders';
import { classifyEntry, idOf } from './content-files';
import { parseSource } from './source';

export interface SourceFile {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes (`content/programmes/x.yaml`). */
  path: string;
  text: string;
}

export interface ValidationResult {
  /** The typed content; complete only when `errors` is 0. */
  corpus: Corpus;
  diagnostics: Diagnostic[];
  errors: number;
  files: number;
}

/** The field a Markdown file's body fills, per collection. */
export const bodyFields: Partial<Record<CollectionName, string>> = {
  programmes: 'description',
  tenders: 'context',
  providers: 'presentation',
  evaluations: 'conclusion',
};

export { idOf };

/**
 * Validates content files. `reading` holds what was said while reading the folder (entries
 * ignored or refused, files that are not UTF-8): it is reported with the rest.
 */
export function validateFiles(files: readonly SourceFile[], reading: readonly Diagnostic[] = []): ValidationResult {
  const corpus = emptyCorpus();
  const diagnostics: Diagnostic[] = [...reading];
  const locators = new Map<string, { file: string; locate: Locate }>();
  const known: Record<CollectionName, Set<string>> = { programmes: new Set(), tenders: new Set(), providers: new Set(), responses: new Set(), evaluations: new Set() };
  const schemas = new Map<CollectionName, ReturnType<(typeof collections)[CollectionName]>>();

  // A content file that could not be read exists all the same: references to it are not errors.
  for (const d of reading) {
    const [collection, name] = d.file.split('/').slice(-2);
    const id = d.severity === 'error' && name ? idOf(name) : undefined;
    if (id && collection in known) known[collection as CollectionName].add(id);
  }
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const verdict = classifyEntry(file.collection, file.path.split('/').pop() ?? file.path, 'file');
    if (verdict.kind !== 'content') {
      diagnostics.push({ file: escapeUnsafe(file.path), ...verdict.diagnostic });
      continue;
    }
    const id = verdict.id;
    known[file.collection].add(id);
    const key = `${file.collection}/${id}`;
    const other = locators.get(key);
    if (other) {
      diagnostics.push({ file: file.path, path: [], severity: 'error', rule: 'fichier/doublon', message: fr.check.duplicateEntry(id, other.file), hint: fr.check.duplicateEntryHint });
      continue;
    }
    const source = parseSource(file.text, { file: file.path, bodyField: bodyFields[file.collection] });
    if (!source.ok) {
      diagnostics.push(...source.diagnostics);
      continue;
    }
    locators.set(key, { file: file.path, locate: source.value.locate });
    let schema = schemas.get(file.collection);
    if (!schema) {
      schema = collections[file.collection]();
      schemas.set(file.collection, schema);
    }
    const placeholders = placeholderPaths(source.value.data);
    const parsed = schema.safeParse(source.value.data);
    if (placeholders.length > 0 || !parsed.success) {
      diagnostics.push(...placeholderDiagnostics(source.value.data, file.path, source.value.locate));
      if (!parsed.success) {
        const found = diagnosticsFromIssues(parsed.error.issues, { file: file.path, data: source.value.data, schema, locate: source.value.locate });
        diagnostics.push(...found.filter((d) => !underPlaceholder(d, placeholders)));
      }
      continue;
    }
    (corpus[file.collection] as Array<{ id: string; data: unknown; source: string; file: string }>).push({ id, data: parsed.data, source: file.text, file: file.path });
    if (file.collection === 'programmes') {
      for (const w of programmeWarnings(parsed.data as Programme)) {
        const pos = source.value.locate(w.path) ?? source.value.locate(w.path.slice(0, -1));
        diagnostics.push({ file: file.path, ...(pos ? { line: pos.line, column: pos.column } : {}), path: w.path, severity: 'warning', rule: w.rule, message: w.message, found: describeValue(valueAt(source.value.data, w.path)), hint: w.hint });
      }
    }
  }

  // Checks across files run on what validated, even when other files have errors: a reference to
  // a file that exists but did not validate is not reported again.
  {
    for (const issue of crossCheck(corpus, known)) {
      const where = locators.get(`${issue.collection}/${issue.id}`)!;
      const pos = where.locate(issue.path);
      diagnostics.push({
        file: where.file,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
        path: issue.path,
        severity: 'error',
        rule: issue.rule,
        message: issue.message,
        found: issue.found,
        expected: issue.expected,
        hint: issue.hint,
      });
    }
  }

  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  // Files that could not be read count among the files checked.
  const unread = new Set(reading.filter((d) => d.severity === 'error').map((d) => d.file)).size;
  return { corpus, diagnostics, errors, files: files.length + unread };
}

/** `5 programmes, 1 appel, 3 prestataires, 3 réponses, 1 évaluation` */
export function describeCounts(corpus: Corpus): string {
  return (Object.keys(corpus) as CollectionName[])
    .map((name) => fr.diagnostics.count(corpus[name].length, fr.vocab.collection[name], fr.vocab.collectionPlural[name]))
    .join(', ');
}

/** The closing line of a validation. */
export function summary(result: ValidationResult): string {
  const d = fr.diagnostics;
  if (result.errors === 0) return d.summaryOk(result.files, describeCounts(result.corpus));
  const files = new Set(result.diagnostics.filter((x) => x.severity === 'error').map((x) => x.file)).size;
  return d.summaryKo(result.errors, files, result.files);
}
