/**
 * The file of an experience sheet that a person gives Passerelle: the sheet's own file (`.yaml`,
 * `.yml` or `.md`, as a workspace downloads it to send to a bank), or the open-data JSON of a sheet
 * published by any Passerelle site (`/experiences/<id>.json`), which carries that file without its
 * comments (`sourceFile`, see src/site/sheet-json.ts).
 *
 * Nothing in it is trusted: the size is bounded before anything is decoded, the text must be
 * UTF-8, the JSON must be a Passerelle sheet's and its file's name an identifier. What comes out is
 * a text still to validate with the content it joins (`import-sheet`, the editor's « Nouvelle
 * réponse » from a sheet published elsewhere).
 *
 * Pure.
 */
import { decodeUtf8, formatSize, idOf } from '../content/content-files';
import { limits } from '../content/limits';
import { excerpt } from '../i18n/excerpt';
import { fr } from '../i18n/fr';

/** The open data's format, without its version: any version that carries `sourceFile` is read. */
const OPEN_DATA = /^passerelle-fiche-experience\/\d+$/;
const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(yaml|md)$/;
/** The JSON holds the programme twice (validated, and as its file) and its figures: four times the file's bound. */
export const SHEET_JSON_BYTES = 4 * limits.fileBytes;

export type SheetFile =
  | {
      ok: true;
      /** The identifier its name gives (`castelnau-donne-des-elles`), if it gives one. */
      id?: string;
      extension: 'yaml' | 'md';
      text: string;
      /** From a sheet's JSON: its title and the address of its page. */
      title?: string;
      url?: string;
    }
  | { ok: false; reason: 'notSheet' | 'tooLarge' | 'notUtf8' | 'notSheetJson' | 'noSourceFile' };

/** A sheet's file from its name and bytes. */
export function readSheetFile(name: string, bytes: Uint8Array): SheetFile {
  const extension = /\.(ya?ml|md|json)$/i.exec(name)?.[1]?.toLowerCase();
  if (!extension) return { ok: false, reason: 'notSheet' };
  if (bytes.length > (extension === 'json' ? SHEET_JSON_BYTES : limits.fileBytes)) return { ok: false, reason: 'tooLarge' };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, reason: 'notUtf8' };
  if (extension !== 'json') {
    const id = idOf(name.replace(/\\/g, '/'));
    return { ok: true, ...(id && { id }), extension: extension === 'md' ? 'md' : 'yaml', text: decoded.text };
  }
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch {
    return { ok: false, reason: 'notSheetJson' };
  }
  const record = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);
  const json = record(data);
  if (!json || typeof json.format !== 'string' || !OPEN_DATA.test(json.format)) return { ok: false, reason: 'notSheetJson' };
  const file = record(json.sourceFile);
  const match = typeof file?.name === 'string' ? FILE_NAME.exec(file.name) : null;
  if (!file || !match || typeof file.text !== 'string' || new TextEncoder().encode(file.text).length > limits.fileBytes) return { ok: false, reason: 'noSourceFile' };
  return {
    ok: true,
    id: match[1],
    extension: match[2] as 'yaml' | 'md',
    text: file.text,
    ...(typeof json.title === 'string' && { title: json.title }),
    ...(typeof json.url === 'string' && /^https?:\/\//.test(json.url) && { url: json.url }),
  };
}

/** What to say when a file is refused, in French, naming it (`name` as the person gave it). */
export function sheetFileRefusal(reason: Extract<SheetFile, { ok: false }>['reason'], name: string): string {
  const t = fr.importSheet;
  const shown = excerpt(name, 120);
  return reason === 'tooLarge' ? t.tooLarge(shown, formatSize(/\.json$/i.test(name) ? SHEET_JSON_BYTES : limits.fileBytes)) : t[reason](shown);
}
