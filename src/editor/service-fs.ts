/**
 * What the editor does with a file: the text its data gives (the author's file with only the
 * changed values rewritten), its validation among all the content (the same checks and French
 * messages as `passerelle validate`), and saving it: published only when it is valid, as a draft
 * otherwise, never over a change made on disk since it was opened.
 */
import { relative } from 'node:path';
import type { CollectionName } from '../../schemas/index';
import { clearCorpusCache, readContentFolder, workspaceMemo } from '../content/content-fs';
import type { Diagnostic } from '../content/diagnostics';
import { bodyFields, validateFiles, type DraftStatus } from '../content/validate';
import { fr } from '../i18n/fr';
import { lineDiff, type DiffLine } from './text-diff';
import { currentVersion, EditorError, openFile, writeAtomic, type OpenFile } from './files-fs';
import { formSpec, type ObjectSpec, type Spec } from './form-spec';
import { patchYaml, type Json, type KeyOrder } from './yaml-patch';

type Data = Record<string, Json>;

/** The spec of the value at a data path (a list's item for an index, an object's field for a key). */
function specAt(root: ObjectSpec, path: ReadonlyArray<string | number>): Spec | undefined {
  let spec: Spec | undefined = root;
  for (const key of path) {
    if (spec?.kind === 'flex') spec = typeof key === 'number' ? spec.list : spec.objects.flatMap((o) => o.fields).find((f) => f.key === key);
    else if (spec?.kind === 'list') spec = typeof key === 'number' ? spec.item : undefined;
    else if (spec?.kind === 'object') spec = spec.fields.find((f) => f.key === key);
    else if (spec?.kind === 'variants') spec = spec.variants.flatMap((v) => v.spec.fields).find((f) => f.key === key);
    else return undefined;
  }
  return spec;
}

/** The keys of the object at a data path, in the form's order (where a new key is written). */
function keyOrder(collection: CollectionName): KeyOrder {
  const root = formSpec(collection);
  return (path) => {
    const spec = specAt(root, path);
    if (spec?.kind === 'flex') return [...new Set(spec.objects.flatMap((o) => o.fields.map((f) => f.key!)))];
    if (spec?.kind === 'variants') return [...new Set(spec.variants.flatMap((v) => v.spec.fields.map((f) => f.key!)))];
    return spec?.kind === 'object' ? spec.fields.map((f) => f.key!) : undefined;
  };
}

const FRONT_MATTER = /^(---[ \t]*\n)([\s\S]*?\n)(---[ \t]*(?:\n|$))/;

/** The file's text with its data replaced, only what changed rewritten. */
export function textFor(file: Pick<OpenFile, 'text' | 'path' | 'collection'>, data: Data): string {
  const order = keyOrder(file.collection);
  if (!file.path.endsWith('.md')) return patchYaml(file.text, data, order);
  const field = bodyFields[file.collection];
  const { [field ?? '']: body, ...front } = data;
  const match = FRONT_MATTER.exec(file.text);
  const yaml = match ? match[2] : '';
  const rest = match ? file.text.slice(match[0].length) : file.text;
  const newYaml = patchYaml(yaml || '{}\n', front, order);
  const oldBody = rest.trim();
  const newBody = typeof body === 'string' ? body.trim() : '';
  const bodyText = newBody === oldBody ? rest : newBody ? `\n${newBody}\n` : '';
  return `${match?.[1] ?? '---\n'}${newYaml}${match?.[3] ?? '---\n'}${bodyText}`;
}

export interface Check {
  diagnostics: Diagnostic[];
  draft?: DraftStatus;
  errors: number;
}

/** The file's diagnostics if its text were `text`, among all the content on disk. */
export function checkText(root: string, file: Pick<OpenFile, 'path' | 'collection'>, text: string): Check {
  const folder = readContentFolder(root);
  const shown = relative(process.cwd(), file.path).split('\\').join('/');
  const files = folder.files.map((f) => (f.path === shown ? { ...f, text } : f));
  if (!files.some((f) => f.path === shown)) files.push({ collection: file.collection, path: shown, text });
  const result = validateFiles(files, folder.diagnostics, workspaceMemo);
  const diagnostics = result.diagnostics.filter((d) => d.file === shown);
  return { diagnostics, draft: result.drafts.find((d) => d.file === shown), errors: diagnostics.filter((d) => d.severity === 'error').length };
}

export type SaveResult =
  | { ok: true; version: string; check: Check; draft: boolean }
  | { ok: false; reason: 'invalid'; check: Check }
  | { ok: false; reason: 'conflict'; diff: DiffLine[] };

/**
 * Saves the file with its new data. A file changed on disk since `version` is not written (unless
 * `overwrite`, which the author chooses after comparing); a published file with errors is not
 * written either, the author saves it as a draft (`asDraft`) or fixes it; with `draftWhenInvalid`
 * (the evaluator's screen, where an offer just added has no marks yet), it is written as a draft
 * instead, and published again by the save that makes it valid.
 */
export function saveFile(root: string, collection: unknown, id: unknown, data: Data, options: { version: string; asDraft?: boolean; overwrite?: boolean; draftWhenInvalid?: boolean }): SaveResult {
  const file = openFile(root, collection, id);
  if (file.version !== options.version && !options.overwrite) {
    return { ok: false, reason: 'conflict', diff: lineDiff(file.text, textFor(file, data)) };
  }
  let wanted: Data = options.asDraft ? withDraft(data) : data;
  let text = textFor(file, wanted);
  let check = checkText(root, file, text);
  if (wanted.draft !== true && check.errors > 0 && options.draftWhenInvalid) {
    wanted = withDraft(data);
    text = textFor(file, wanted);
    check = checkText(root, file, text);
  }
  const draft = wanted.draft === true;
  if (!draft && check.errors > 0) return { ok: false, reason: 'invalid', check };
  if (currentVersion(file.path) !== file.version) throw new EditorError(fr.editor.errors.changedWhileSaving, 409);
  const version = text === file.text ? file.version : writeAtomic(file.path, text, { crlf: file.crlf, bom: file.bom });
  clearCorpusCache();
  return { ok: true, version, check, draft };
}

/** The data marked as a draft, `draft: true` first (as `passerelle new` writes it). */
function withDraft(data: Data): Data {
  if (data.draft === true) return data;
  const { draft: _old, ...rest } = data;
  return { draft: true, ...rest };
}

/** What differs between the text the author opened (with their changes) and the file on disk. */
export function conflictDiff(root: string, collection: unknown, id: unknown, data: Data): { diff: DiffLine[]; version: string } {
  const file = openFile(root, collection, id);
  return { diff: lineDiff(file.text, textFor(file, data)), version: file.version };
}

export { EditorError };
