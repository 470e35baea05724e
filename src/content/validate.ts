/**
 * Validation of the whole content: every file through its collection's schema, then the checks
 * across files. Returns the typed corpus (only when there is no error) and the diagnostics.
 *
 * Pure: the caller reads the files (`content-fs.ts`) and prints the diagnostics.
 */
import { collections, type CollectionName, type Programme } from '../../schemas/index';
import { fr } from '../i18n/fr';
import { escapeUnsafe } from '../i18n/excerpt';
import { crossCheck, type CrossIssue } from '../domain/cross-checks';
import { emptyCorpus, type Corpus } from '../domain/corpus';
import { describeValue, diagnosticsFromIssues, formatPath, valueAt, withHintParts, type Diagnostic, type FieldPath, type Locate } from './diagnostics';
import { programmeWarnings } from '../domain/programme-checks';
import { isDraftData, previewDraft } from './drafts';
import { placeholderDiagnostics, placeholderPaths, underPlaceholder } from './placeholders';
import { classifyEntry, idOf } from './content-files';
import { parseSource } from './source';
import { unprintableDiagnostics } from './drawable';

export interface SourceFile {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes (`content/programmes/x.yaml`). */
  path: string;
  text: string;
}

/** A file marked `draft: true`: what it still lacks, and whether it can be previewed already. */
export interface DraftStatus {
  collection: CollectionName;
  id: string;
  file: string;
  /** The number of fields still to complete (its warnings). */
  toComplete: number;
  /** Whether the workspace can show it (with the fields it lacks left out). */
  previewable: boolean;
  /** When it cannot be shown for a required field it lacks: those fields (a programme's status). */
  waitingFor?: FieldPath[];
}

export interface ValidationResult {
  /** The typed content (published files, and drafts that can be previewed); complete only when `errors` is 0. */
  corpus: Corpus;
  diagnostics: Diagnostic[];
  /** Problems in published files: each one stops the build. */
  errors: number;
  /** The fields drafts still lack: reported, never blocking (unless `validate --strict`). */
  warnings: number;
  files: number;
  drafts: DraftStatus[];
}

/** A file whose YAML cannot be read still says it is a draft on a line of its own. */
const DRAFT_LINE = /^draft:[ \t]*true[ \t]*(?:#.*)?$/m;

const asWarning = (d: Diagnostic): Diagnostic => ({ ...d, severity: 'warning' });

/** The field a Markdown file's body fills, per collection. */
export const bodyFields: Partial<Record<CollectionName, string>> = {
  programmes: 'description',
  tenders: 'context',
  providers: 'presentation',
  evaluations: 'conclusion',
};

export { idOf };

/**
 * What reading and checking one file gave, kept between validations of a folder whose other files
 * have not changed (the editor validates one file as its author types, among all the others).
 */
export type ParseMemo = Map<string, { text: string; source: ReturnType<typeof parseSource>; parsed?: { success: boolean; data?: unknown; error?: { issues: unknown[] } }; unprintable?: Diagnostic[] }>;

/**
 * Called with each published entry as soon as its file is valid, before the checks across files
 * (which may still fail the build): a build starts the entry's PDF at once (src/content/integration.ts).
 */
export type OnEntry = (collection: CollectionName, entry: { id: string; data: unknown; source: string; file: string }) => void;

/** What a valid published file gave: its data and its warnings, for the next validation. */
export interface StoredFile {
  data: unknown;
  warnings: Diagnostic[];
}

/**
 * Validation results kept between builds, by file and text (and code version, which the store
 * answers for): a file whose text has not changed since the last build is neither read nor
 * checked again, only its entry taken back. Only valid published files are kept.
 */
export interface ValidationStore {
  get(file: SourceFile): StoredFile | undefined;
  set(file: SourceFile, stored: StoredFile): void;
  /** Called once the validation is done: a store may keep what it was given then, all at once. */
  flush?(): void;
}

/** Each collection's schema, built once: schemas hold no state, and building the tender's takes tens of milliseconds. */
const schemas = new Map<CollectionName, ReturnType<(typeof collections)[CollectionName]>>();

/**
 * A file's locator for the checks across files, made again from its text if one of them needs it.
 * Keeping each file's YAML document until those checks ran held most of the memory a validation
 * takes (a few hundred megabytes for 2,000 programmes), for positions that are seldom asked for.
 */
function relocate(file: SourceFile): Locate {
  let locate: Locate | undefined;
  return (path) => {
    if (!locate) {
      const again = parseSource(file.text, { file: file.path, bodyField: bodyFields[file.collection] });
      locate = again.ok ? again.value.locate : () => undefined;
    }
    return locate(path);
  };
}

/**
 * Validates content files. `reading` holds what was said while reading the folder (entries
 * ignored or refused, files that are not UTF-8): it is reported with the rest. With a `memo`, a
 * file whose text has not changed since the last validation is not read and parsed again.
 */
export function validateFiles(files: readonly SourceFile[], reading: readonly Diagnostic[] = [], memo?: ParseMemo, onEntry?: OnEntry, store?: ValidationStore): ValidationResult {
  const steps = validationSteps(files, reading, memo, onEntry, store);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long the validation of a build runs before it lets the rest of the process have a turn. */
const TURN_MS = 20;

/**
 * {@link validateFiles}, in turns: it stops every {@link TURN_MS} milliseconds, so that what
 * waits for the main thread goes on meanwhile (the PDF workers of a build hear from it only between
 * two turns, and a validation of 1,000 programmes runs for seconds).
 */
export async function validateFilesInTurns(files: readonly SourceFile[], reading: readonly Diagnostic[] = [], memo?: ParseMemo, onEntry?: OnEntry, store?: ValidationStore): Promise<ValidationResult> {
  const steps = validationSteps(files, reading, memo, onEntry, store);
  let turn = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - turn > TURN_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
  }
}

/** The validation, one file at a time: it yields after each file, and returns the result. */
function* validationSteps(files: readonly SourceFile[], reading: readonly Diagnostic[], memo: ParseMemo | undefined, onEntry: OnEntry | undefined, store: ValidationStore | undefined): Generator<void, ValidationResult> {
  const corpus = emptyCorpus();
  const diagnostics: Diagnostic[] = [...reading];
  const locators = new Map<string, { file: string; locate: Locate }>();

  const drafts = new Map<string, DraftStatus>();
  /** Ids of drafts that cannot be read yet, per collection (references to them are reported). */
  const unreadable: Record<CollectionName, Set<string>> = { programmes: new Set(), tenders: new Set(), providers: new Set(), responses: new Set(), evaluations: new Set() };
  /** Ids of published files that did not validate (references to them are not reported again). */
  const failed: Record<CollectionName, Set<string>> = { programmes: new Set(), tenders: new Set(), providers: new Set(), responses: new Set(), evaluations: new Set() };

  // A content file that could not be read exists all the same: references to it are not errors.
  for (const d of reading) {
    const [collection, name] = d.file.split('/').slice(-2);
    const id = d.severity === 'error' && name ? idOf(name) : undefined;
    if (id && collection in failed) failed[collection as CollectionName].add(id);
  }
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    yield;
    const verdict = classifyEntry(file.collection, file.path.split('/').pop() ?? file.path, 'file');
    if (verdict.kind !== 'content') {
      diagnostics.push({ file: escapeUnsafe(file.path), ...verdict.diagnostic });
      continue;
    }
    const id = verdict.id;
    const key = `${file.collection}/${id}`;
    const other = locators.get(key);
    if (other) {
      diagnostics.push({ file: file.path, path: [], severity: 'error', rule: 'fichier/doublon', message: fr.check.duplicateEntry(id, other.file), found: fr.common.quote(file.path.split('/').pop()!), expected: fr.details.file.duplicateExpected, hint: fr.check.duplicateEntryHint });
      continue;
    }
    const stored = store?.get(file);
    if (stored) {
      locators.set(key, { file: file.path, locate: relocate(file) });
      const valid = { id, data: stored.data, source: file.text, file: file.path };
      (corpus[file.collection] as Array<typeof valid>).push(valid);
      onEntry?.(file.collection, valid);
      diagnostics.push(...stored.warnings);
      continue;
    }
    const remembered = memo?.get(file.path);
    const known = remembered && remembered.text === file.text ? remembered : undefined;
    const source = known?.source ?? parseSource(file.text, { file: file.path, bodyField: bodyFields[file.collection] });
    if (memo && !known) memo.set(file.path, { text: file.text, source });
    if (!source.ok) {
      if (DRAFT_LINE.test(file.text)) {
        diagnostics.push(...source.diagnostics.map(asWarning));
        drafts.set(key, { collection: file.collection, id, file: file.path, toComplete: source.diagnostics.length, previewable: false });
        unreadable[file.collection].add(id);
      } else {
        diagnostics.push(...source.diagnostics);
        failed[file.collection].add(id);
      }
      continue;
    }
    locators.set(key, { file: file.path, locate: memo ? source.value.locate : relocate(file) });
    let schema = schemas.get(file.collection);
    if (!schema) {
      schema = collections[file.collection]();
      schemas.set(file.collection, schema);
    }
    const draft = isDraftData(source.value.data);
    const placeholders = placeholderPaths(source.value.data);
    const entry = memo?.get(file.path);
    const parsed = (entry?.parsed as ReturnType<typeof schema.safeParse> | undefined) ?? schema.safeParse(source.value.data);
    if (entry) entry.parsed = parsed;
    // A character no PDF can print is refused here, not when the build reaches the PDF.
    const unprintable = entry?.unprintable ?? unprintableDiagnostics(file.path, source.value);
    if (entry) entry.unprintable = unprintable;
    const found: Diagnostic[] = [...unprintable];
    if (placeholders.length > 0 || !parsed.success) {
      found.push(...placeholderDiagnostics(source.value.data, file.path, source.value.locate, schema));
      if (!parsed.success) {
        const issues = diagnosticsFromIssues(parsed.error.issues, { file: file.path, data: source.value.data, schema, locate: source.value.locate });
        found.push(...issues.filter((d) => !underPlaceholder(d, placeholders)));
      }
    }
    let data: unknown = parsed.success ? parsed.data : undefined;
    if (draft) {
      diagnostics.push(...found.map(asWarning));
      const preview = parsed.success ? undefined : previewDraft(source.value.data, schema);
      if (preview) data = preview.data;
      drafts.set(key, { collection: file.collection, id, file: file.path, toComplete: found.length, previewable: data !== undefined, ...(preview?.blockers?.length && { waitingFor: preview.blockers }) });
      if (data === undefined) {
        unreadable[file.collection].add(id);
        continue;
      }
    } else if (found.length > 0) {
      diagnostics.push(...found);
      failed[file.collection].add(id);
      continue;
    }
    const valid = { id, data, source: file.text, file: file.path };
    (corpus[file.collection] as Array<typeof valid>).push(valid);
    if (!draft) onEntry?.(file.collection, valid);
    const warnings: Diagnostic[] = [];
    if (file.collection === 'programmes' && parsed.success) {
      for (const w of programmeWarnings(parsed.data as Programme)) {
        const pos = source.value.locate(w.path) ?? source.value.locate(w.path.slice(0, -1));
        warnings.push(withHintParts({ file: file.path, ...(pos ? { line: pos.line, column: pos.column } : {}), path: w.path, severity: 'warning', rule: w.rule, message: w.message, found: describeValue(valueAt(source.value.data, w.path)), hint: w.hint }));
      }
    }
    diagnostics.push(...warnings);
    if (!draft && parsed.success) store?.set(file, { data, warnings });
  }

  // Checks across files run on what validated, even when other files have errors: a reference to
  // a published file that exists but did not validate is not reported again. A draft that fails
  // them cannot be previewed either (its references would lead nowhere): it leaves the corpus,
  // and the checks run again for the files that name it.
  const crossIssues: CrossIssue[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const issues = crossCheck(corpus, failed, unreadable);
    const broken = new Set(issues.filter((i) => drafts.has(`${i.collection}/${i.id}`)).map((i) => `${i.collection}/${i.id}`));
    if (broken.size === 0 || pass === 3) {
      crossIssues.push(...issues);
      break;
    }
    crossIssues.push(...issues.filter((i) => broken.has(`${i.collection}/${i.id}`)));
    for (const key of broken) {
      const status = drafts.get(key)!;
      status.previewable = false;
      unreadable[status.collection].add(status.id);
      const list = corpus[status.collection] as Array<{ id: string }>;
      list.splice(list.findIndex((e) => e.id === status.id), 1);
    }
  }
  for (const issue of crossIssues) {
    const key = `${issue.collection}/${issue.id}`;
    const where = locators.get(key)!;
    const pos = where.locate(issue.path);
    const status = drafts.get(key);
    if (status) status.toComplete += 1;
    diagnostics.push(
      withHintParts({
        file: where.file,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
        path: issue.path,
        severity: status ? 'warning' : 'error',
        rule: issue.rule,
        message: issue.message,
        found: issue.found,
        expected: issue.expected,
        hint: issue.hint,
      }),
    );
  }

  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const draftList = [...drafts.values()].sort((a, b) => a.file.localeCompare(b.file));
  const warnings = draftList.reduce((sum, d) => sum + d.toComplete, 0);
  // Files that could not be read count among the files checked.
  const unread = new Set(reading.filter((d) => d.severity === 'error').map((d) => d.file)).size;
  store?.flush?.();
  return { corpus, diagnostics, errors, warnings, files: files.length + unread, drafts: draftList };
}

/** `5 programmes, 1 appel, 3 prestataires, 3 réponses, 1 évaluation` (published files only). */
export function describeCounts(corpus: Corpus): string {
  return (Object.keys(corpus) as CollectionName[])
    .map((name) => {
      const published = (corpus[name] as Array<{ data: { draft?: boolean } }>).filter((e) => e.data.draft !== true).length;
      return fr.diagnostics.count(published, fr.vocab.collection[name], fr.vocab.collectionPlural[name]);
    })
    .join(', ');
}

/** The closing line of a validation: the errors of published files, then what drafts lack. */
export function summary(result: ValidationResult): string {
  const d = fr.diagnostics;
  const drafts = result.drafts.length ? ` ${d.summaryDrafts(result.drafts.length, result.warnings)}` : '';
  if (result.errors === 0) return `${d.summaryOk(result.files - result.drafts.length, describeCounts(result.corpus))}${drafts}`;
  const files = new Set(result.diagnostics.filter((x) => x.severity === 'error').map((x) => x.file)).size;
  return `${d.summaryKo(result.errors, files, result.files)}${drafts}`;
}

/** The diagnostics of files that are not drafts (errors, and notes on ignored entries), in full. */
export function publishedDiagnostics(result: ValidationResult): Diagnostic[] {
  const drafts = new Set(result.drafts.map((d) => d.file));
  return result.diagnostics.filter((d) => !drafts.has(d.file));
}

/**
 * What each draft still lacks, one line per field under one line per draft:
 *
 *   content/programmes/jardin.yaml  brouillon : 3 champs à compléter (aperçu possible)
 *     ligne 4 · summary : Champ encore à compléter
 */
export function formatDrafts(result: ValidationResult): string {
  const d = fr.diagnostics.drafts;
  return result.drafts
    .map((draft) => {
      const fields = result.diagnostics
        .filter((x) => x.file === draft.file && x.severity === 'warning')
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .map((x) => `  ${d.field(x.line, x.path.length ? formatPath(x.path) : undefined, x.message)}`);
      return [`${draft.file}  ${d.heading(draft.toComplete, draft.previewable)}`, ...fields].join('\n');
    })
    .join('\n\n');
}
