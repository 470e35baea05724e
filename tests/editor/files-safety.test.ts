/**
 * What the editor's saving promises a person: it writes only inside content/ (a path made of a
 * collection and an identifier, refused before the disk is touched when it leads anywhere else,
 * symbolic links included), never over a file someone changed on disk since it was opened
 * (the author sees the difference and chooses), never over an existing file when creating, and
 * leaves no temporary file behind.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFile, EditorError, entryPath, openFile } from '../../src/editor/files-fs';
import { saveFile } from '../../src/editor/service-fs';
import { clearCorpusCache } from '../../src/content/content-fs';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let content: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'passerelle-fichiers-'));
  content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  writeFileSync(join(dir, 'secret.yaml'), 'title: hors du contenu\n');
  clearCorpusCache();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  clearCorpusCache();
});

const plain = (text: string | undefined) => text?.replace(/[\u00A0\u202F]/g, ' ');
const refusal = (run: () => unknown): { status: number; message: string } | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof EditorError) return { status: error.status, message: error.message };
    throw error;
  }
};

describe('the editor writes only inside content/', () => {
  it.each([
    ['programmes', '../secret'],
    ['programmes', '../../secret'],
    ['programmes', 'a/b'],
    ['programmes', 'Castelnau'],
    ['programmes', ''],
    ['programmes', 'castelnau-donne-des-elles.yaml'],
    ['../programmes', 'castelnau-donne-des-elles'],
    ['archives', 'x'],
  ])('refuses the collection %j and the identifier %j before touching the disk', (collection, id) => {
    expect(refusal(() => entryPath(content, collection, id))?.status).toBe(400);
    expect(refusal(() => createFile(content, collection, id, 'title: x\n'))?.status).toBe(400);
  });

  it('refuses a file of content/ that is a link to a file outside it', () => {
    symlinkSync(join(dir, 'secret.yaml'), join(content, 'programmes', 'lien.yaml'));
    const refused = refusal(() => openFile(content, 'programmes', 'lien'));
    expect(refused?.status).toBe(403);
    expect(plain(refused?.message)).toBe('Ce chemin sort du dossier de contenu : rien n’a été lu ni écrit.');
  });

  it('refuses a collection folder that is a link to a folder outside content/', () => {
    rmSync(join(content, 'providers'), { recursive: true });
    symlinkSync(dir, join(content, 'providers'));
    expect(refusal(() => createFile(content, 'providers', 'nouveau', 'name: x\n'))?.status).toBe(403);
    expect(readdirSync(dir).sort()).toEqual(['content', 'secret.yaml']);
  });

  it('never creates over an existing file, whatever its extension', () => {
    expect(plain(refusal(() => createFile(content, 'programmes', 'castelnau-donne-des-elles', 'title: x\n'))?.message)).toBe('Un fichier « castelnau-donne-des-elles » existe déjà : rien n’a été écrit.');
  });
});

describe('the editor never overwrites a change made on disk', () => {
  it('does not write when the file changed since it was opened, and shows what differs', () => {
    const path = join(content, 'providers', 'tremplin-cote-dor.yaml');
    const opened = openFile(content, 'providers', 'tremplin-cote-dor');
    const changedOnDisk = opened.text.replace('founded: 2009', 'founded: 2010');
    expect(changedOnDisk).not.toBe(opened.text);
    writeFileSync(path, changedOnDisk);
    const result = saveFile(content, 'providers', 'tremplin-cote-dor', { ...(opened.data as Record<string, never>), founded: 2008 as never }, { version: opened.version });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('conflict');
    expect(readFileSync(path, 'utf8')).toBe(changedOnDisk);
    const diff = !result.ok && result.reason === 'conflict' ? result.diff : [];
    expect(diff.filter((l) => l.kind === 'removed' || l.kind === 'added').map((l) => `${l.kind} ${l.text}`)).toEqual(['removed founded: 2010', 'added founded: 2008']);
  });

  it('writes over it only when the author chooses to, and leaves no temporary file', () => {
    const path = join(content, 'providers', 'tremplin-cote-dor.yaml');
    const opened = openFile(content, 'providers', 'tremplin-cote-dor');
    writeFileSync(path, `${opened.text}# une ligne ajoutée ailleurs\n`);
    const result = saveFile(content, 'providers', 'tremplin-cote-dor', { ...(opened.data as Record<string, never>), founded: 2008 as never }, { version: opened.version, overwrite: true });
    expect(result.ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('\nfounded: 2008\n');
    expect(readdirSync(join(content, 'providers')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
