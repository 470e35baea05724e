/**
 * `passerelle workspace [--port <n>]`: serves the private workspace on 127.0.0.1 (responses and
 * their PDFs, evaluations and the analysis report, providers, drafts) until Ctrl+C.
 */
import { contentRoot, contentRootProblem, validateContentCached } from '../content/content-fs';
import { fr } from '../i18n/fr';
import { startWorkspace } from '../workspace/server';
import type { Options } from './args';
import type { Io } from './main';

export async function runWorkspace(_args: string[], options: Options, io: Io, open: 'workspace' | 'editor' = 'workspace'): Promise<number> {
  const root = contentRoot(io.cwd);
  const problem = contentRootProblem(root, io.cwd);
  if (problem) {
    io.err(problem);
    return 1;
  }
  let port: number | undefined;
  if (options.port !== undefined) {
    port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(fr.workspace.badPort(String(options.port)));
      return 1;
    }
  }
  validateContentCached(root, io.cwd);
  const workspace = await startWorkspace({ content: root, ...(port !== undefined && { port }) });
  io.out(open === 'editor' ? fr.workspace.editorStarted(`${workspace.url}contenu/`) : fr.workspace.started(workspace.url));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await workspace.stop();
  io.out(fr.workspace.stopped);
  return 0;
}
