/**
 * `passerelle validate [dossier] [--json]`: checks every content file and prints the diagnostics
 * and a summary line.
 */
import { resolve } from 'node:path';
import { contentRoot, contentRootProblem, validateContent } from '../content/content-fs';
import { formatDiagnostics } from '../content/diagnostics';
import { summary } from '../content/validate';
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
  if (options.json) {
    io.out(JSON.stringify({ errors: result.errors, files: result.files, diagnostics: result.diagnostics }, null, 2));
    return result.errors > 0 ? 1 : 0;
  }
  if (result.diagnostics.length > 0) io.err(`${formatDiagnostics(result.diagnostics)}\n`);
  (result.errors > 0 ? io.err : io.out)(summary(result));
  return result.errors > 0 ? 1 : 0;
}
