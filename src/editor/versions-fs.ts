/**
 * Review before publishing, where the content folder is in a git repository: the files changed
 * since the last recorded version (with their lines), and « Enregistrer une version », a commit of
 * the content folder only, with the author's message and name. Uses the git command; without it
 * (or outside a repository) the screen says so.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fr } from '../i18n/fr';
import { lineDiff, type DiffLine } from './text-diff';

export interface Change {
  /** Path relative to the repository. */
  file: string;
  kind: 'added' | 'modified' | 'deleted';
  diff: DiffLine[];
}

export type Review = { ok: true; changes: Change[]; last?: { message: string; author: string; date: string } } | { ok: false; message: string };

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 32 * 1024 * 1024 });
}

function repository(root: string): string | undefined {
  try {
    return git(root, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
}

/** What changed in the content folder since the last recorded version. */
export function reviewChanges(root: string): Review {
  const top = repository(root);
  if (!top) return { ok: false, message: fr.editor.versions.noRepository };
  const scope = relative(top, root).split(sep).join('/') || '.';
  const status = git(top, ['status', '--porcelain', '-z', '--untracked-files=all', '--', scope]).split('\0').filter(Boolean);
  const changes: Change[] = [];
  for (const line of status) {
    const code = line.slice(0, 2);
    const file = line.slice(3);
    const kind = code.includes('D') ? 'deleted' : code === '??' || code.includes('A') ? 'added' : 'modified';
    let before = '';
    try {
      before = kind === 'added' ? '' : git(top, ['show', `HEAD:${file}`]);
    } catch {
      before = '';
    }
    const after = kind === 'deleted' ? '' : readFileSync(join(top, file), 'utf8');
    changes.push({ file, kind, diff: lineDiff(before, after) });
  }
  let last: { message: string; author: string; date: string } | undefined;
  try {
    const [message, author, date] = git(top, ['log', '-1', '--format=%s%x00%an%x00%aI', '--', scope]).trim().split('\0');
    if (message) last = { message, author, date };
  } catch {
    last = undefined;
  }
  return { ok: true, changes, ...(last && { last }) };
}

/** Records a version of the content folder (only it), with a message and the author's name. */
export async function recordVersion(root: string, message: string, author: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const top = repository(root);
  if (!top) return { ok: false, message: fr.editor.versions.noRepository };
  const text = message.trim();
  const name = author.trim();
  if (!text) return { ok: false, message: fr.editor.versions.needMessage };
  if (!name) return { ok: false, message: fr.editor.versions.needAuthor };
  const scope = relative(top, root).split(sep).join('/') || '.';
  try {
    git(top, ['add', '-A', '--', scope]);
    git(top, ['-c', `user.name=${name}`, '-c', 'user.email=editeur@passerelle.invalid', 'commit', '-q', '-m', text, '--author', `${name} <editeur@passerelle.invalid>`, '--', scope]);
    return { ok: true };
  } catch (error) {
    const out = String((error as { stderr?: string }).stderr ?? '');
    return { ok: false, message: /nothing to commit|rien à valider|no changes added/i.test(out) ? fr.editor.versions.nothing : fr.editor.versions.failed };
  }
}
