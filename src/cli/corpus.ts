/**
 * The project's corpus for the commands that read it (pdf, score): valid, or undefined once the
 * French reason is printed (no content folder, or content with errors).
 */
import { contentRoot, contentRootProblem, ContentError, loadCorpus } from '../content/content-fs';
import type { Corpus } from '../domain/corpus';
import type { Io } from './main';

export function corpusOrReport(io: Io): Corpus | undefined {
  const root = contentRoot(io.cwd);
  const problem = contentRootProblem(root, io.cwd);
  if (problem) {
    io.err(problem);
    return undefined;
  }
  try {
    return loadCorpus(root, io.cwd);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    io.err(error.message);
    return undefined;
  }
}
