/**
 * What is a content file: the one rule that `validate`, the Astro build (through its loader) and
 * `import-offer` apply, so that what one reads the others read too, and nothing under content/ is
 * skipped without a word.
 *
 * - In content/: the collection folders (programmes/, tenders/…) are read; a collection that is a
 *   file is an error; archives/ (what the editor archived) is kept unread; anything else is
 *   ignored with a note.
 * - In a collection folder: a file named `<identifiant>.yaml`, `.yml` or `.md` is content. README,
 *   README.md and README.txt (documentation), hidden entries (`.cache.yaml`, `..yaml`, `.DS_Store`)
 *   and sub-folders are ignored with a note; a folder named like a content file (`x.yaml/`), a
 *   file whose name is not an identifier and anything unreadable are errors.
 * - A content file holds UTF-8 text (a byte order mark is accepted), at most `limits.fileBytes`.
 *
 * Pure: the caller lists the folders and reads the bytes (`content-fs.ts`).
 */
import { collectionNames, type CollectionName } from '../../schemas/index';
import { formatNumber } from '../domain/format';
import { fr } from '../i18n/fr';
import { excerpt } from '../i18n/excerpt';
import { suggest, type Diagnostic } from './diagnostics';
import { limits } from './limits';

export type EntryType = 'file' | 'folder' | 'special';

/** What the rule says of one entry: read it, ignore it (with a note), or refuse it. */
export type Verdict = { kind: 'content'; id: string } | { kind: 'archive' } | { kind: 'ignored' | 'error'; diagnostic: Omit<Diagnostic, 'file'> };

/** content/archives/: the files the editor archived, kept but never read as content. */
export const ARCHIVE_FOLDER = 'archives';

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(ya?ml|md)$/;
const LOOKS_LIKE_CONTENT = /\.(ya?ml|md)$/i;
const README = /^readme(\.(md|txt))?$/i;

/** The entry id of a file: its name without extension (`castelnau` for `castelnau.yaml`). */
export function idOf(path: string): string | undefined {
  const name = path.split('/').pop() ?? '';
  return FILE_NAME.exec(name)?.[1];
}

const note = (rule: string, message: string, found: string, hint: string, expected?: string): Exclude<Verdict, { kind: 'archive' }> => ({
  kind: 'ignored',
  diagnostic: { path: [], severity: 'warning', rule, message, found, hint, ...(expected ? { expected } : {}) },
});
const refuse = (rule: string, message: string, found: string, expected: string, hint: string): Exclude<Verdict, { kind: 'archive' }> => ({
  kind: 'error',
  diagnostic: { path: [], severity: 'error', rule, message, found, expected, hint },
});

/** The rule for one entry of a collection folder. */
export function classifyEntry(collection: CollectionName, name: string, type: EntryType): Exclude<Verdict, { kind: 'archive' }> {
  const t = fr.input.files;
  const shown = excerpt(name, 120);
  const found = t.found[type];
  if (name.startsWith('.')) return note('fichier/ignore', t.hidden(shown), found, t.hiddenHint, t.contentFileExpected);
  if (type === 'special') return note('fichier/ignore', t.special(shown), found, t.specialHint, t.contentFileExpected);
  if (type === 'folder') {
    if (LOOKS_LIKE_CONTENT.test(name)) return refuse('fichier/dossier', t.folderNamedLikeFile(shown), found, t.folderNamedLikeFileExpected, t.folderNamedLikeFileHint);
    return note('fichier/ignore', t.folder(shown), found, t.folderHint(collection), t.folderExpected(collection));
  }
  if (README.test(name)) return note('fichier/ignore', t.readme(shown), found, t.readmeHint, t.contentFileExpected);
  const id = idOf(name);
  if (!id) return { kind: 'error', diagnostic: { path: [], severity: 'error', rule: 'fichier/nom', message: fr.check.fileName(shown), found: fr.common.quote(shown), expected: fr.check.fileNameExpected, hint: fr.check.fileNameHint } };
  return { kind: 'content', id };
}

/** The rule for one entry of content/ itself: collections must be folders, the rest is noted. */
export function classifyRootEntry(name: string, type: EntryType, path: string): Verdict | undefined {
  const t = fr.input.files;
  const collection = collectionNames.find((c) => c === name);
  if (collection) {
    if (type === 'folder') return undefined;
    return refuse('fichier/collection', t.collectionNotFolder(path), t.found[type], t.collectionNotFolderExpected(collection), t.collectionNotFolderHint(collection));
  }
  if (name === ARCHIVE_FOLDER && type === 'folder') return { kind: 'archive' };
  const shown = excerpt(name, 120);
  if (name.startsWith('.')) return note('fichier/ignore', t.hidden(shown), t.found[type], t.hiddenHint, t.notCollectionExpected([...collectionNames]));
  if (README.test(name) && type === 'file') return note('fichier/ignore', t.readme(shown), t.found[type], t.readmeHint, t.notCollectionExpected([...collectionNames]));
  return note('fichier/ignore', t.notCollection(shown), t.found[type], t.notCollectionHint(type === 'folder' ? suggest(name, collectionNames) : undefined), t.notCollectionExpected([...collectionNames]));
}

/** Why an entry could not be read, from the system's error code. */
export function unreadable(code: string | undefined): Omit<Diagnostic, 'file'> {
  const t = fr.input.files;
  const reason = (code && t.unreadable[code]) || t.unreadableOther(code ?? '?');
  return { path: [], severity: 'error', rule: 'fichier/lecture', message: fr.diagnostics.readError(reason), found: reason, expected: t.unreadableExpected, hint: t.unreadableHint };
}

/** `1,05 Mio`, `820 Kio`, `12 octets`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.floor((bytes / (1024 * 1024)) * 100) / 100, 2)}\u00A0Mio`;
  if (bytes >= 1024) return `${formatNumber(Math.round(bytes / 1024), 0)}\u00A0Kio`;
  return `${bytes}\u00A0octets`;
}

/** A file over the size limit. */
export function tooLarge(bytes: number, max: number = limits.fileBytes): Omit<Diagnostic, 'file'> {
  const t = fr.input.files;
  return { path: [], severity: 'error', rule: 'fichier/taille', message: t.tooLarge(formatSize(bytes), formatSize(max)), found: t.tooLargeFound(formatSize(bytes)), expected: t.tooLargeExpected(formatSize(max)), hint: t.tooLargeHint };
}

// ---------------------------------------------------------------------------------------------
// Bytes → text

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; byte: number; prefix: string; lossy: string };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Length of the valid UTF-8 sequence at `i`, or 0 if the bytes there are not UTF-8. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Strict UTF-8: the text (without its byte order mark), or where the first byte that is not
 * UTF-8 sits, with the valid text before it and a lossy reading of the whole (to find its field).
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (;;) {
      const n = sequenceAt(bytes, i);
      if (n === 0) break;
      i += n;
    }
    return { ok: false, offset: i, byte: bytes[i], prefix: lossy.decode(bytes.subarray(0, i)), lossy: lossy.decode(bytes) };
  }
}

/** `0xE9` */
export const hexByte = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
