/**
 * `passerelle validate [dossier] [--json] [--strict]`: checks every content file and prints the
 * errors of published files, then what each draft still lacks, then a summary line. The exit code
 * is 1 when a published file has an error (or, with --strict, when a draft lacks anything).
 */
import { resolve } from 'node:path';
import { contentRoot, contentRootProblem, validateContent } from '../content/content-fs';
import { formatDiagnostics } from '../content/diagnostics';
import { formatDrafts, publishedDiagnostics, summary } from '../content/validate';
import { fr } from '../i18n/fr';
import type { Options } from './args';
import type { Io } from './main';

export function runValidate(args: string[], options: Options, io: Io): number {
  const root = args[0] ? resolve(io.cwd, args[0]) : contentRoot(io.cwd);
  const problem = contentRootProblem(root, io.cwd);
  if (problem) {
    io.err(problem);
    return 1;
  }
  const result = validateContent(root, io.cwd);
  const failed = result.errors > 0 || (options.strict === true && result.warnings > 0);
  if (options.json) {
    io.out(JSON.stringify({ errors: result.errors, warnings: result.warnings, files: result.files, drafts: result.drafts, diagnostics: result.diagnostics }, null, 2));
    return failed ? 1 : 0;
  }
  // Errors and notes of published files in full; what drafts lack in their own list below.
  const published = publishedDiagnostics(result);
  if (published.length > 0) io.err(`${formatDiagnostics(published)}\n`);
  if (result.drafts.length > 0) (options.strict ? io.err : io.out)(`${fr.diagnostics.drafts.title}\n\n${formatDrafts(result)}\n`);
  (failed ? io.err : io.out)(summary(result));
  return failed ? 1 : 0;
}
