/**
 * `passerelle edit` started on a content folder for a browser test: resolves with the editor's
 * address once it prints it (the child process is the caller's to stop).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { root } from './browser';

export function startEditor(content: string): { child: ChildProcess; url: Promise<string> } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const child = spawn(process.execPath, [join(root, 'bin', 'passerelle.js'), 'edit', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, PASSERELLE_CONTENT: content, PASSERELLE_WORKSPACE: '' } });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`passerelle edit did not start:\n${out}`)), 90_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /Éditeur ouvert\u00A0: (http:\/\/127\.0\.0\.1:\d+)\/espace\/contenu\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { child, url };
}
