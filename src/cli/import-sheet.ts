/**
 * `passerelle import-sheet <fiche.yaml | fiche.json> [--id <identifiant>] [--force]`: adds an
 * experience sheet that a CCAS sent (the file of one programme, downloaded from its workspace), or
 * one published by another Passerelle site (its open-data JSON, which carries its file), to this
 * bank's content, so that the next build publishes it.
 *
 * The file comes from elsewhere, so nothing in it is trusted: it is read by the content rule
 * (UTF-8, size, YAML limits), validated with the whole content (schemas and cross-file checks), and
 * refused when it is a draft, a proposed programme (not a sheet) or invalid. An existing sheet is
 * never replaced by a different one without --force. It is written only into content/programmes/,
 * under an identifier, through a temporary file renamed into place.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { contentRoot, contentRootProblem, readContentFiles } from '../content/content-fs';
import { formatDiagnostics } from '../content/diagnostics';
import { validateFiles, type SourceFile } from '../content/validate';
import { byId } from '../domain/corpus';
import { fr } from '../i18n/fr';
import { excerpt } from '../i18n/excerpt';
import { readSheetFile, SHEET_JSON_BYTES, sheetFileRefusal } from '../import/sheet-file';
import type { Options } from './args';
import type { Io } from './main';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function runImportSheet(args: string[], options: Options, io: Io): number {
  const t = fr.importSheet;
  const [file] = args;
  if (!file) {
    io.err(fr.cli.missingArgument('<fiche.yaml | fiche.json>'));
    return 1;
  }
  const path = resolve(io.cwd, file);
  const shown = excerpt(file, 120);
  if (!existsSync(path) || !statSync(path).isFile()) {
    io.err(existsSync(path) ? t.isFolder(shown) : t.noFile(shown));
    return 1;
  }
  // A sheet's JSON holds its file and more: its bound is larger (its file keeps the file's bound).
  if (statSync(path).size > SHEET_JSON_BYTES) {
    io.err(sheetFileRefusal('tooLarge', file));
    return 1;
  }
  const read = readSheetFile(basename(path), new Uint8Array(readFileSync(path)));
  if (!read.ok) {
    io.err(sheetFileRefusal(read.reason, file));
    return 1;
  }
  const { extension } = read;
  const id = typeof options.id === 'string' ? options.id : read.id;
  if (!id || !SLUG.test(id)) {
    io.err(t.badId(excerpt(typeof options.id === 'string' ? options.id : basename(path), 120)));
    return 1;
  }

  const root = contentRoot(io.cwd);
  const problem = contentRootProblem(root, io.cwd);
  if (problem) {
    io.err(problem);
    return 1;
  }
  const folder = join(root, 'programmes');
  const target = join(folder, `${id}.${extension}`);
  const targetPath = relative(io.cwd, target).split('\\').join('/');
  // The same sheet under another extension would be a second entry with the same id.
  const others = ['yaml', 'yml', 'md'].filter((e) => e !== extension).map((e) => join(folder, `${id}.${e}`)).filter(existsSync);
  if (others.length) {
    io.err(t.otherFile(relative(io.cwd, others[0])));
    return 1;
  }
  const existing = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (existing === read.text) {
    io.out(t.same(targetPath));
    return 0;
  }
  if (existing !== undefined && options.force !== true) {
    io.err(t.exists(targetPath));
    return 1;
  }

  // Validated with the content it joins, as the build will.
  const incoming: SourceFile = { collection: 'programmes', path: targetPath, text: read.text };
  const files = [...readContentFiles(root, io.cwd).filter((f) => f.path !== targetPath), incoming];
  const result = validateFiles(files);
  const own = result.diagnostics.filter((d) => d.file === targetPath);
  const draft = result.drafts.find((d) => d.file === targetPath);
  if (draft) {
    io.err(t.draft(shown, draft.toComplete));
    return 1;
  }
  if (own.some((d) => d.severity === 'error')) {
    io.err(`${formatDiagnostics(own)}\n`);
    io.err(t.invalid(shown));
    return 1;
  }
  const entry = byId(result.corpus.programmes, id);
  if (entry?.data.status === 'proposed') {
    io.err(t.proposed(shown));
    return 1;
  }

  const temporary = join(folder, `.${id}.${process.pid}.tmp`);
  writeFileSync(temporary, read.text, { flag: 'wx' });
  renameSync(temporary, target);
  io.out(existing === undefined ? t.added(targetPath) : t.replaced(targetPath));
  return 0;
}
