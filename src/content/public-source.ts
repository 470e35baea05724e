/**
 * A published sheet's file as the public may have it: the same YAML (or Markdown with its front
 * matter), without its comments. Comments are the authors' notes to themselves (« # à vérifier
 * avec… », what a source does not say, the editor's schema line); the sheet, its PDF and its JSON
 * never show them, and neither does the copy of its file that the open data carries so that anyone
 * can adapt the sheet in their own Passerelle.
 *
 * The file keeps its layout: a file without comments is given as it is (the editor's files, a
 * bank's), one whose comments all come before its first key loses those lines only, and any other
 * goes through the `yaml` package, which drops every comment and writes the rest back. Markdown
 * comments (`<!-- … -->`) leave the body of a Markdown file too.
 *
 * Pure.
 */
import { parseDocument, visit } from 'yaml';
import type { Programme } from '../../schemas/index';
import type { Entry } from '../domain/corpus';

/** `yaml` or `md`: how the sheet's file is written (a `.yml` file is sent as `.yaml`). */
export function sheetFileExtension(entry: Pick<Entry<Programme>, 'file'>): 'yaml' | 'md' {
  return /\.md$/i.test(entry.file ?? '') ? 'md' : 'yaml';
}

/** `castelnau-donne-des-elles.yaml`: the name of the file to send. */
export function sheetFileName(entry: Pick<Entry<Programme>, 'id' | 'file'>): string {
  return `${entry.id}.${sheetFileExtension(entry)}`;
}

const FRONT_MATTER = /^(---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;
/** Comment and blank lines at the start of a file, before its first key. */
const LEADING = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*/;

/** A YAML text without its comments; `undefined` for a text that does not parse (never a published one). */
export function yamlWithoutComments(text: string): string | undefined {
  const rest = text.replace(LEADING, '');
  if (!rest.includes('#')) return rest;
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  doc.commentBefore = null;
  doc.comment = null;
  visit(doc, {
    Node(_, node) {
      node.commentBefore = null;
      node.comment = null;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** The file of a sheet (`.yaml`, `.yml` or `.md`) without its comments; `undefined` if it does not parse. */
export function publicSource(text: string, extension: 'yaml' | 'md'): string | undefined {
  if (extension === 'yaml') return yamlWithoutComments(text);
  const front = FRONT_MATTER.exec(text);
  if (!front) return undefined;
  const yaml = yamlWithoutComments(front[2]);
  const body = text.slice(front[0].length).replace(/<!--[\s\S]*?-->/g, '');
  return yaml === undefined ? undefined : `${front[1]}${yaml.replace(/\n$/, '')}${front[3]}${body}`;
}
