/**
 * Hostile variants of the sample content, by class of issue 12, for the fuzz test (a short,
 * fixed-seed run in the suite) and `npm run fuzz` (a longer campaign). Each variant is one sample
 * file rewritten (or one entry added to a copy of content/), and says what must come of it: an
 * error on that file (with a line and a field where they exist), or, for a valid variant, the
 * same data as the sample.
 */
import fc from 'fast-check';
import type { CollectionName } from '../../schemas/index';
import { readContentFolder } from '../../src/content/content-fs';
import { formatDiagnostics } from '../../src/content/diagnostics';
import { decodeSource } from '../../src/content/source';
import { bodyFields, summary, validateFiles, type SourceFile, type ValidationResult } from '../../src/content/validate';

export const classes = ['yaml', 'markdown', 'bytes', 'messages'] as const;
export type HostileClass = (typeof classes)[number];

export interface Variant {
  cls: HostileClass;
  /** What was done, for the failure message. */
  name: string;
  path: string;
  bytes: Uint8Array;
  /** Valid variants must give the sample's data; the others an error on `path`. */
  valid: boolean;
  /** Whether the error can name a line, and a field. */
  line: boolean;
  field: boolean;
}

export interface Sample {
  files: SourceFile[];
  result: ValidationResult;
}

/** The sample content as validate reads it. */
export function readSample(root: string, projectRoot: string): Sample {
  const folder = readContentFolder(root, projectRoot);
  return { files: folder.files, result: validateFiles(folder.files, folder.diagnostics) };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const lines = (text: string) => text.split('\n');
/** Lines `key: value` with a plain one-line value, as [index, indent + key, value]. */
function valueLines(text: string): Array<[number, string, string]> {
  return lines(text).flatMap((line, i) => {
    const m = /^(\s*(?:- )?[a-zA-Z]+: )([^\s&*!|>'"[{#][^#]*)$/.exec(line);
    return m ? [[i, m[1], m[2]] as [number, string, string]] : [];
  });
}
const setLine = (text: string, index: number, line: string) => lines(text).map((l, i) => (i === index ? line : l)).join('\n');

/** Random hostile variants of the sample files, per class. */
export function variants(sample: Sample): Record<HostileClass, fc.Arbitrary<Variant>> {
  const files = sample.files.filter((f) => valueLines(f.text).length > 0);
  const file = fc.constantFrom(...files);
  const onValue = <T>(gen: fc.Arbitrary<T>) =>
    file.chain((f) => fc.tuple(fc.constant(f), fc.constantFrom(...valueLines(f.text)), gen));
  const variant = (cls: HostileClass, name: string, f: SourceFile, bytes: Uint8Array | string, valid = false, line = true, field = true): Variant => ({
    cls,
    name,
    path: f.path,
    bytes: typeof bytes === 'string' ? utf8(bytes) : bytes,
    valid,
    line,
    field,
  });

  const tags = fc.constantFrom('!python/object', '!foo', '!!binary', '!!timestamp', '!!set', '!!omap', '!', '!<tag:x,2026:y>');
  const yaml = fc.oneof(
    onValue(fc.constant(0)).map(([f, [i, key]]) => variant('yaml', 'alias sans ancre', f, setLine(f.text, i, `${key}*fantome`))),
    onValue(tags).map(([f, [i, key, value], tag]) => variant('yaml', `étiquette ${tag}`, f, setLine(f.text, i, `${key}${tag} ${value}`))),
    file.map((f) => variant('yaml', 'alias circulaire', f, `${f.text}boucle: &b [1, *b]\n`, false, true, false)),
    file.map((f) => variant('yaml', 'clé de fusion', f, `${f.text}base: &b { x: 1 }\nautre:\n  <<: *b\n`, false, true, false)),
    fc.tuple(file, fc.integer({ min: 65, max: 3000 }), fc.constantFrom('{a: ', '[', '- ')).map(([f, depth, open]) => {
      const close = open === '{a: ' ? '}' : open === '[' ? ']' : '';
      const deep = open === '- ' ? `profond:\n  ${open.repeat(depth)}x\n` : `profond: ${open.repeat(depth)}${open === '{a: ' ? '1' : ''}${close.repeat(depth)}\n`;
      return variant('yaml', `imbrication de ${depth}`, f, `${f.text}${deep}`, false, true, false);
    }),
    fc.tuple(file, fc.integer({ min: 1001, max: 3000 })).map(([f, n]) => variant('yaml', `${n} alias`, f, `${f.text}x: &x 1\nl: [${Array.from({ length: n }, () => '*x').join(', ')}]\n`, false, true, false)),
    file.map((f) => variant('yaml', 'directive', f, `%YAML 1.1\n---\n${f.text}`, false, true, false)),
    // Valid: other line ends, an anchor that changes nothing.
    fc.tuple(file, fc.constantFrom('\r\n', '\r')).map(([f, end]) => variant('yaml', `fins de ligne ${JSON.stringify(end)}`, f, f.text.replace(/\n/g, end), true)),
    onValue(fc.constant(0)).map(([f, [i, key, value]]) => variant('yaml', 'ancre', f, setLine(f.text, i, `${key}&ancre ${value}`), true)),
  );

  // Block texts of Markdown fields (summary is plain text in programmes).
  const markdownKey = /^\s*(?:- )?(context|description|lessons|transferability|presentation|conclusion|justification|text|body|object): \|$/;
  const blocks = sample.files.flatMap((f) => lines(f.text).flatMap((line, i) => (markdownKey.test(line) && lines(f.text)[i + 1]?.trim() ? [[f, i] as const] : [])));
  const hostileMarkdown = fc.oneof(
    fc.integer({ min: 17, max: 10_000 }).map((n) => [`${n} « > »`, `${'>'.repeat(n)} a`] as const),
    fc.integer({ min: 17, max: 3_000 }).map((n) => [`${n} « - »`, `${'- '.repeat(n)}a`] as const),
    fc.integer({ min: 17, max: 200 }).map((n) => [`liste de ${n} niveaux`, Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')] as const),
    fc.integer({ min: 5_001, max: 50_000 }).map((n) => [`paragraphe de ${n}`, 'a'.repeat(n)] as const),
    fc.integer({ min: 33, max: 3_000 }).map((n) => [`${n} crochets`, `${'!['.repeat(n)}a${'](b)'.repeat(n)}`] as const),
    fc.tuple(fc.integer({ min: 65, max: 5_000 }), fc.constantFrom('*', '_', '~')).map(([n, c]) => [`${n} « ${c} »`, `${c.repeat(n)}a${c.repeat(n)}`] as const),
  );
  const markdown = fc.tuple(fc.constantFrom(...blocks), hostileMarkdown).map(([[f, i], [name, md]]) => {
    const indent = /^\s*/.exec(lines(f.text)[i + 1])![0];
    const text = lines(f.text);
    text.splice(i + 1, 0, ...md.split('\n').map((l) => `${indent}${l}`), `${indent}`);
    return variant('markdown', name, f, text.join('\n'));
  });

  const controls = fc.constantFrom(...[0, 1, 7, 8, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x85, 0x9b].map((c) => String.fromCharCode(c)));
  const invalidUtf8 = fc.constantFrom([0x80], [0xbf], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80], [0xff], [0xe9], [0xc3]);
  const escapes = fc.constantFrom('\\0', '\\a', '\\b', '\\e', '\\x1b', '\\x7f', '\\u0007', '\\u0085', '\\uD800', '\\N');
  const bytesAt = (text: string, at: number, inserted: readonly number[]) => {
    const before = utf8(text.slice(0, at));
    const after = utf8(text.slice(at));
    return new Uint8Array([...before, ...inserted, ...after]);
  };
  const lineStart = (text: string, index: number) => lines(text).slice(0, index).join('\n').length + (index > 0 ? 1 : 0);
  const bytes = fc.oneof(
    fc.tuple(onValue(invalidUtf8), fc.nat()).map(([[f, [i, key, value], seq], k]) => {
      const at = lineStart(f.text, i) + key.length + (k % (value.length + 1));
      return variant('bytes', `octets ${seq.map((b) => b.toString(16)).join(' ')}`, f, bytesAt(f.text, at, seq));
    }),
    fc.tuple(onValue(controls), fc.nat()).map(([[f, [i, key, value], c], k]) => {
      const at = lineStart(f.text, i) + key.length + (k % (value.length + 1));
      return variant('bytes', `caractère U+${c.charCodeAt(0).toString(16)}`, f, `${f.text.slice(0, at)}${c}${f.text.slice(at)}`);
    }),
    onValue(escapes).map(([f, [i, key, value], e]) => variant('bytes', `échappement ${e}`, f, setLine(f.text, i, `${key}"${value.replace(/["\\]/g, '')}${e}"`))),
    fc.tuple(file, controls).map(([f, c]) => variant('bytes', 'caractère dans un commentaire', f, `# note${c}\n${f.text}`, false, true, false)),
    file.map((f) => variant('bytes', 'marque d’ordre des octets', f, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(f.text)]), true)),
  );

  const messages = fc.oneof(
    onValue(fc.constantFrom('\\e[2J', '\\e]0;titre\\a', '\\e[31m', '\\x9b2J')).map(([f, [i, key], seq]) => variant('messages', `séquence ${seq}`, f, setLine(f.text, i, `${key}"${seq}"`))),
    fc.tuple(file, fc.integer({ min: 100_000, max: 1_000_000 })).map(([f, n]) => variant('messages', `ligne de ${n}`, f, `${f.text}ligne: ${'a'.repeat(n)}: b\n`, false, true, false)),
    fc.tuple(file, fc.integer({ min: 201, max: 100_000 })).map(([f, n]) => variant('messages', `clé de ${n}`, f, `${f.text}${'k'.repeat(n)}: 1\n`, false, true, false)),
  );
  return { yaml, markdown, bytes, messages };
}

export const STACK = /^\s+at .+[:(]\d+:\d+\)?$/m;
export const ENGLISH = /\b(the|is|are|must|cannot|Error|Invalid|Unexpected|undefined|expected|received|Maximum|exceeded|Unresolved|Trying|circular|attack|resource)\b/;
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * A report without what is not prose: field names are English by design (`received`,
 * `expected`…), so the field paths, quoted values and names, and the list of possible fields are
 * left out before looking for English.
 */
export const prose = (report: string) => report.replace(/champs possibles ici\u00A0: .*$|^ {2}champ\u00A0: .*$|«[^»]*»/gm, '');

/** Validates a variant as `validate` would and checks what came of it; returns the report. */
export function checkVariant(sample: Sample, v: Variant): string {
  const original = sample.files.find((f) => f.path === v.path)!;
  const decoded = decodeSource(v.bytes, { file: v.path, bodyField: bodyFields[original.collection as CollectionName] });
  const others = sample.files.filter((f) => f.path !== v.path);
  const result = decoded.ok ? validateFiles([...others, { ...original, text: decoded.text }]) : validateFiles(others, decoded.diagnostics);
  const report = `${formatDiagnostics(result.diagnostics)}\n\n${summary(result)}`;
  const fail = (why: string) => {
    throw new Error(`${v.cls} / ${v.name} / ${v.path}: ${why}\n${report.slice(0, 2000)}`);
  };
  if (STACK.test(report)) fail('trace de pile');
  if (ENGLISH.test(prose(report))) fail(`anglais : ${ENGLISH.exec(prose(report))![0]}`);
  if (RAW_CONTROL.test(report)) fail('caractère de contrôle brut');
  if (report.length > 20_000) fail(`message de ${report.length} caractères`);
  if (v.valid) {
    if (result.errors > 0) fail('variante valide refusée');
    const id = v.path.split('/').pop()!.replace(/\.(ya?ml|md)$/, '');
    const collection = original.collection as CollectionName;
    const before = sample.result.corpus[collection].find((e) => e.id === id)?.data;
    const after = result.corpus[collection].find((e) => e.id === id)?.data;
    if (JSON.stringify(before) !== JSON.stringify(after)) fail('données différentes de l’échantillon');
    return report;
  }
  if (result.errors === 0) fail('valeur invalide acceptée');
  const own = result.diagnostics.filter((d) => d.severity === 'error' && d.file === v.path);
  if (own.length === 0) fail('aucune erreur sur le fichier modifié');
  if (!report.includes(v.path)) fail('le fichier n’est pas nommé');
  if (v.line && !own.some((d) => d.line !== undefined)) fail('pas de ligne');
  if (v.field && !own.some((d) => d.path.length > 0)) fail('pas de champ');
  return report;
}
