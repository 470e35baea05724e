/**
 * `passerelle edit` as the browser tests and the benchmark start it: on a copy of content/ (never
 * the project's own), on a free port of 127.0.0.1, its address read from what it prints.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Starts the editor on `content`; resolves to its origin and a stop function. */
export function startEditorProcess(content: string): Promise<{ url: string; stop: () => void }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const child = spawn(process.execPath, [join(root, 'bin', 'passerelle.js'), 'edit', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, PASSERELLE_CONTENT: content, PASSERELLE_WORKSPACE: '' } });
  const stop = () => void child.kill('SIGTERM');
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`passerelle edit n’a pas démarré :\n${out}`));
    }, 90_000);
    // Both outputs are read (an unread pipe that fills up would stop the server).
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Éditeur ouvert\u00A0: (http:\/\/127\.0\.0\.1:\d+)\/espace\/contenu\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    });
  });
}
