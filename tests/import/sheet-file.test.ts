/**
 * The file of a sheet a person gives Passerelle: its own YAML, or a Passerelle sheet's open data
 * carrying it. Anything else is refused with its reason, before any content is read.
 */
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/content/limits';
import { readSheetFile, SHEET_JSON_BYTES, sheetFileRefusal } from '../../src/import/sheet-file';

const bytes = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => bytes(JSON.stringify(value));
const sheet = (sourceFile: unknown, extra: Record<string, unknown> = {}) => json({ format: 'passerelle-fiche-experience/2', title: 'Jardin', url: 'https://banque.example/experiences/jardin/', sourceFile, ...extra });

describe('readSheetFile', () => {
  it.each<[string, string, Uint8Array, ReturnType<typeof readSheetFile>]>([
    ['a YAML file, its id from its name', 'jardin.yaml', bytes('title: A\n'), { ok: true, id: 'jardin', extension: 'yaml', text: 'title: A\n' }],
    ['a .yml file', 'jardin.yml', bytes('title: A\n'), { ok: true, id: 'jardin', extension: 'yaml', text: 'title: A\n' }],
    ['a name that is no id: no id', 'Fiche (1).yaml', bytes('title: A\n'), { ok: true, extension: 'yaml', text: 'title: A\n' }],
    ['a Markdown file', 'jardin.md', bytes('---\ntitle: A\n---\n'), { ok: true, id: 'jardin', extension: 'md', text: '---\ntitle: A\n---\n' }],
    ['a sheet’s JSON', 'telechargement.json', sheet({ name: 'jardin.yaml', text: 'title: A\n' }), { ok: true, id: 'jardin', extension: 'yaml', text: 'title: A\n', title: 'Jardin', url: 'https://banque.example/experiences/jardin/' }],
    ['a sheet’s JSON with an address that is not the web’s', 'f.json', sheet({ name: 'jardin.yaml', text: 'x: 1\n' }, { url: 'javascript:alert(1)' }), { ok: true, id: 'jardin', extension: 'yaml', text: 'x: 1\n', title: 'Jardin' }],
    ['a PDF', 'fiche.pdf', bytes('%PDF-'), { ok: false, reason: 'notSheet' }],
    ['no extension', 'fiche', bytes('title: A'), { ok: false, reason: 'notSheet' }],
    ['a YAML over the file bound', 'a.yaml', new Uint8Array(limits.fileBytes + 1), { ok: false, reason: 'tooLarge' }],
    ['a JSON over its bound', 'a.json', new Uint8Array(SHEET_JSON_BYTES + 1), { ok: false, reason: 'tooLarge' }],
    ['bytes that are not UTF-8', 'a.yaml', new Uint8Array([0x74, 0xe9, 0x0a]), { ok: false, reason: 'notUtf8' }],
    ['text that is not JSON', 'a.json', bytes('{ nope'), { ok: false, reason: 'notSheetJson' }],
    ['JSON of another format', 'a.json', json({ format: 'ocds' }), { ok: false, reason: 'notSheetJson' }],
    ['a JSON list', 'a.json', json([1]), { ok: false, reason: 'notSheetJson' }],
    ['a sheet’s JSON without its file', 'a.json', json({ format: 'passerelle-fiche-experience/2' }), { ok: false, reason: 'noSourceFile' }],
    ['a file name with a path', 'a.json', sheet({ name: '../evaluations/e.yaml', text: 'x: 1' }), { ok: false, reason: 'noSourceFile' }],
    ['a file name with capitals', 'a.json', sheet({ name: 'Jardin.yaml', text: 'x: 1' }), { ok: false, reason: 'noSourceFile' }],
    ['a file that is not text', 'a.json', sheet({ name: 'jardin.yaml', text: 12 }), { ok: false, reason: 'noSourceFile' }],
    ['a file over the file bound', 'a.json', sheet({ name: 'jardin.yaml', text: 'é'.repeat(limits.fileBytes / 2 + 1) }), { ok: false, reason: 'noSourceFile' }],
  ])('%s', (_, name, input, expected) => expect(readSheetFile(name, input)).toEqual(expected));

  it('says each refusal in French, naming the file', () => {
    expect(sheetFileRefusal('notSheet', 'fiche.pdf')).toMatch(/^«\u00A0fiche\.pdf\u00A0» n’est pas un fichier de fiche/);
    expect(sheetFileRefusal('tooLarge', 'a.json')).toContain('4');
    expect(sheetFileRefusal('noSourceFile', 'a.json')).toContain('version plus ancienne de Passerelle');
  });
});
