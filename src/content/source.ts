/**
 * Reading one content file's text: YAML, or Markdown with a YAML front matter whose body becomes
 * the collection's narrative field. Any field path can be located (line and column) in error
 * messages: from the YAML document, which a file read by the shortcut of yaml-plain.ts reads only
 * when a message asks for a position.
 *
 * Before any value is read, the text is checked: a byte order mark is dropped, CR and CRLF line
 * ends become LF, the size is bounded, and no control character may appear, neither raw nor
 * written as an escape in a quoted string (see `yaml-checks.ts` for what the YAML may use).
 *
 * Pure: the text (or the bytes) come in, data and a locator come out.
 */
import { Composer, isMap, isScalar, isSeq, LineCounter, parseDocument, Parser, YAMLParseError, type Document, type Node, type Pair } from 'yaml';
import { fr } from '../i18n/fr';
import { codeOf, excerptAround } from '../i18n/excerpt';
import { decodeUtf8, hexByte, tooLarge } from './content-files';
import { describeValue, type Diagnostic, type FieldPath, type Locate } from './diagnostics';
import { limits } from './limits';
import { checkTokens, checkYamlDocument, checkYamlTokens, mayHoldAmbiguousAmount, type YamlProblem } from './yaml-checks';
import { readPlainYaml } from './yaml-plain';

export interface ParsedSource {
  data: Record<string, unknown>;
  locate: Locate;
  /**
   * Where a character of a field's text is written in the file (its first occurrence in the
   * field's value), or where the field is when it is not written as such (an escape).
   */
  locateCharacter(path: FieldPath, character: string): { line: number; column: number } | undefined;
}

export type SourceResult = { ok: true; value: ParsedSource } | { ok: false; diagnostics: Diagnostic[] };

export interface SourceOptions {
  /** Path of the file, for messages. */
  file: string;
  /** For a `.md` file: the field that receives the body. */
  bodyField?: string;
  /** Always the full reading, never the shortcut of yaml-plain.ts (for the tests that compare them). */
  full?: boolean;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Characters no content may hold: C0 controls but tab and line feed, DEL, C1 controls, and lone
 * surrogates (which a quoted escape such as "\uD800" can produce, and no file can store).
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF]/u;

/** 1-based line and column of an offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The line of text an offset is on. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

/** The YAML part of a file and where it starts, or undefined for a Markdown file without front matter. */
function splitSource(text: string, isMarkdown: boolean): { yaml: string; yamlStart: number; bodyStart?: number } | undefined {
  if (!isMarkdown) return { yaml: text, yamlStart: 0 };
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  return { yaml: match[1], yamlStart: text.indexOf('\n') + 1, bodyStart: match[0].length };
}

/** The field path an offset of the YAML falls in (the deepest one), as far as the document parsed. */
function fieldAtOffset(doc: Document, offset: number): FieldPath {
  const path: Array<string | number> = [];
  let node = doc.contents as Node | null;
  const start = (n: unknown) => (n as Node | null)?.range?.[0] ?? Infinity;
  // The last entry that starts at or before the offset.
  const lastBefore = <T>(items: readonly T[], at: (item: T) => number) => {
    let found = -1;
    items.forEach((item, i) => {
      if (at(item) <= offset) found = i;
    });
    return found;
  };
  for (let depth = 0; depth < limits.yamlDepth + 1 && node && start(node) <= offset && offset < (node.range?.[2] ?? Infinity); depth++) {
    if (isMap(node)) {
      const i = lastBefore(node.items, (p: Pair) => start(p.key));
      if (i === -1) break;
      const pair = node.items[i];
      path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const i = lastBefore(node.items, start);
      if (i === -1) break;
      path.push(i);
      node = node.items[i] as Node;
    } else break;
  }
  return path;
}

/** The field an offset of the whole file falls in: a YAML field, the Markdown body, or none. */
function fieldOf(text: string, offset: number, options: SourceOptions): FieldPath {
  const parts = splitSource(text, /\.md$/i.test(options.file));
  if (!parts) return [];
  if (parts.bodyStart !== undefined && offset >= parts.bodyStart) return options.bodyField ? [options.bodyField] : [];
  if (checkYamlTokens(parts.yaml)) return [];
  return fieldAtOffset(parseDocument(parts.yaml, { prettyErrors: false }), offset - parts.yamlStart);
}

const diagnosticAt = (text: string, offset: number, options: SourceOptions, fields: Omit<Diagnostic, 'file' | 'path' | 'severity' | 'line' | 'column'>): Diagnostic => ({
  file: options.file,
  ...positionOf(text, offset),
  path: fieldOf(text, offset, options),
  severity: 'error',
  ...fields,
});

/** A forbidden character: its code and name, the line around it. */
function controlDiagnostic(text: string, offset: number, options: SourceOptions): Diagnostic {
  const t = fr.input.text;
  const character = String.fromCodePoint(text.codePointAt(offset)!);
  const { column } = positionOf(text, offset);
  return diagnosticAt(text, offset, options, {
    rule: 'texte/controle',
    message: t.control(codeOf(character), character.codePointAt(0)!),
    found: fr.diagnostics.value.text(excerptAround(lineAt(text, offset), column, limits.excerptChars)),
    expected: t.controlExpected,
    hint: t.controlHint,
  });
}

/**
 * Bytes → the text of a file, strictly: the byte order mark is dropped; a byte that is not UTF-8
 * is an error with its line, column and field.
 */
export function decodeSource(bytes: Uint8Array, options: SourceOptions): { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] } {
  if (bytes.length > limits.fileBytes) return { ok: false, diagnostics: [{ file: options.file, ...tooLarge(bytes.length) }] };
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded;
  const t = fr.input.text;
  const text = normaliseLineEnds(decoded.lossy);
  const offset = normaliseLineEnds(decoded.prefix).length;
  return {
    ok: false,
    diagnostics: [
      diagnosticAt(text, offset, options, {
        rule: 'texte/encodage',
        message: t.notUtf8,
        found: t.notUtf8Found(hexByte(decoded.byte ?? 0)),
        expected: t.notUtf8Expected,
        hint: t.notUtf8Hint,
      }),
    ],
  };
}

const normaliseLineEnds = (text: string) => text.replace(/\r\n?/g, '\n');

/** The text as it is read: no byte order mark, LF line ends. */
export function normaliseSource(text: string): string {
  return normaliseLineEnds(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** What `parseDocument` of the yaml package does, from tokens already read. */
function composeDocument(tokens: ReturnType<Parser['parse']> extends Iterable<infer T> ? T[] : never, length: number): Document {
  let doc: Document | undefined;
  for (const next of new Composer({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, length)) {
    if (!doc) doc = next as Document;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

export function parseSource(raw: string, options: SourceOptions): SourceResult {
  const text = normaliseSource(raw);
  if (text.length > limits.fileBytes) return { ok: false, diagnostics: [{ file: options.file, ...tooLarge(text.length) }] };
  const control = CONTROL.exec(text);
  if (control) return { ok: false, diagnostics: [controlDiagnostic(text, control.index, options)] };
  const isMarkdown = /\.md$/i.test(options.file);
  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyStart = 0;
  if (isMarkdown) {
    const match = FRONT_MATTER.exec(text);
    if (!match) {
      // Opened by « --- » and never closed: say so, not that the first line is missing.
      const lines = text.split('\n');
      const unclosed = /^---[ \t]*\r?$/.test(lines[0]) && !lines.slice(1).some((line) => /^---[ \t]*\r?$/.test(line));
      return {
        ok: false,
        diagnostics: [
          {
            file: options.file,
            line: 1,
            column: 1,
            path: [],
            severity: 'error',
            rule: 'yaml/en-tete',
            message: unclosed ? fr.diagnostics.frontmatterUnclosed : fr.diagnostics.frontmatterMissing,
            found: unclosed ? fr.details.file.frontmatterUnclosedFound : fr.details.file.frontmatterFound(excerptAround(lines[0], 1, limits.excerptChars)),
            expected: fr.details.file.frontmatterExpected,
            hint: unclosed ? fr.diagnostics.frontmatterUnclosedHint : fr.diagnostics.frontmatterMissingHint,
          },
        ],
      };
    }
    yamlText = match[1];
    lineOffset = 1;
    bodyStart = match[0].length;
    body = text.slice(bodyStart).trim();
  }

  // The shortcut for what an editor writes (yaml-plain.ts); the document with its positions is
  // then read only if a message needs a position.
  const plain = options.full ? undefined : readPlainYaml(yamlText);
  if (plain && !controlInValues(plain) && !mayHoldAmbiguousAmount(yamlText)) {
    let full: ParsedSource | undefined;
    const located = () => {
      if (!full) {
        const again = readFully(text, yamlText, lineOffset, isMarkdown, body, bodyStart, options);
        full = again.ok ? again.value : { data: {}, locate: () => undefined, locateCharacter: () => undefined };
      }
      return full;
    };
    const data = { ...plain };
    if (body && options.bodyField && data[options.bodyField] === undefined) data[options.bodyField] = body;
    return { ok: true, value: { data, locate: (path) => located().locate(path), locateCharacter: (path, character) => located().locateCharacter(path, character) } };
  }
  return readFully(text, yamlText, lineOffset, isMarkdown, body, bodyStart, options);
}

/** The full reading: the YAML document, its checks, and a locator that knows every node's position. */
function readFully(text: string, yamlText: string, lineOffset: number, isMarkdown: boolean, body: string | undefined, bodyStart: number, options: SourceOptions): SourceResult {
  const lineCounter = new LineCounter();
  const problem = (p: YamlProblem, doc?: Document): Diagnostic => {
    const pos = lineCounter.linePos(p.offset);
    const path = doc ? fieldAtOffset(doc, p.offset) : [];
    // Found: what the check says, else the line it points at.
    const line = lineAt(yamlText, p.offset);
    const found = p.found ?? fr.diagnostics.value.text(excerptAround(line.trim(), pos.col - (line.length - line.trimStart().length), limits.excerptChars));
    return { file: options.file, line: pos.line + lineOffset, column: pos.col, path, severity: 'error', rule: p.rule, message: p.message, found, expected: p.expected, hint: p.hint };
  };
  // The YAML is tokenised once: checked on its tokens, then composed from them.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(yamlText)];
  const tokenProblem = checkTokens(tokens);
  if (tokenProblem) return { ok: false, diagnostics: [problem(tokenProblem)] };
  const doc = composeDocument(tokens, yamlText.length);
  // A tag the value does not fit (`!!timestamp 12 ans`) is a tag we do not take, like any other.
  const tagError = doc.errors.find((error) => error.code === 'TAG_RESOLVE_FAILED');
  if (tagError) {
    const tag = /^!\S*/.exec(yamlText.slice(tagError.pos[0], tagError.pos[1]))?.[0] ?? '!';
    const t = fr.input.yaml;
    return { ok: false, diagnostics: [problem({ offset: tagError.pos[0], rule: 'yaml/etiquette', message: t.tag(excerptAround(tag, 1, 60)), expected: t.tagExpected, hint: t.tagHint }, doc)] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      // Only the first error: YAML errors cascade, the later ones are mostly echoes of the first.
      diagnostics: doc.errors.slice(0, 1).map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        const lineText = lineAt(yamlText, error.pos[0]);
        const shown = excerptAround(lineText.trim(), pos.col - (lineText.length - lineText.trimStart().length), limits.excerptChars);
        return {
          file: options.file,
          line: pos.line + lineOffset,
          column: pos.col,
          path: [],
          severity: 'error' as const,
          rule: 'yaml/syntaxe',
          message: fr.diagnostics.yamlSyntax,
          found: shown ? fr.diagnostics.value.text(shown) : error.pos[0] >= yamlText.trimEnd().length ? fr.details.yaml.endFound : fr.details.yaml.blankLineFound,
          expected: fr.diagnostics.yamlSyntaxExpected,
          hint: fr.diagnostics.yamlHint[error.code] ?? fr.diagnostics.yamlHint.default,
        };
      }),
    };
  }
  const problems = checkYamlDocument(doc);
  if (problems.length > 0) return { ok: false, diagnostics: problems.slice(0, 5).map((p) => problem(p, doc)) };

  const js = doc.toJS({ maxAliasCount: -1 }) as unknown;
  const locate: Locate = (path) => {
    const offset = locateInDocument(doc, path);
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  if (js === null || js === undefined || typeof js !== 'object' || Array.isArray(js)) {
    if (isMarkdown && (js === null || js === undefined)) {
      // An empty front matter: the body alone is still worth validating.
    } else {
      return {
        ok: false,
        diagnostics: [
          {
            file: options.file,
            line: 1 + lineOffset,
            column: 1,
            path: [],
            severity: 'error',
            rule: 'yaml/structure',
            message: fr.diagnostics.notAnObject,
            found: describeValue(js),
            expected: fr.details.file.notAnObjectExpected,
            hint: fr.diagnostics.notAnObjectHint,
          },
        ],
      };
    }
  }
  const data = { ...((js as Record<string, unknown>) ?? {}) };
  // A control character written as an escape in a quoted string ("\e", "\u0007"): in a value or a key.
  const escaped = controlInValues(data);
  if (escaped) {
    const pos = locate(escaped.path);
    return {
      ok: false,
      diagnostics: [
        {
          file: options.file,
          ...(pos ? { line: pos.line, column: pos.column } : {}),
          path: escaped.path,
          severity: 'error',
          rule: 'texte/controle',
          message: fr.input.text.control(codeOf(escaped.character), escaped.character.codePointAt(0)!),
          found: fr.diagnostics.value.text(escaped.text),
          expected: fr.input.text.controlExpected,
          hint: fr.input.text.controlHint,
        },
      ],
    };
  }
  const bodyField = body && options.bodyField && data[options.bodyField] === undefined ? options.bodyField : undefined;
  if (bodyField) data[bodyField] = body;
  const locateCharacter = (path: FieldPath, character: string) => {
    if (bodyField && path.length === 1 && path[0] === bodyField) {
      const at = text.indexOf(character, bodyStart);
      return at === -1 ? undefined : positionOf(text, at);
    }
    const node = doc.getIn(path, true) as Node | undefined;
    const range = node?.range;
    if (!range) return locate(path);
    // Not written as such (an escape in a quoted text): the value itself.
    const at = Math.max(0, yamlText.slice(range[0], range[1]).indexOf(character));
    const pos = lineCounter.linePos(range[0] + at);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  return { ok: true, value: { data, locate, locateCharacter } };
}

/** The first value or key that holds a forbidden character, with its path (an iterative walk). */
function controlInValues(data: unknown): { path: FieldPath; character: string; text: string } | undefined {
  const stack: Array<[unknown, Array<string | number>]> = [[data, []]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const match = CONTROL.exec(value);
      if (match) return { path, character: String.fromCodePoint(value.codePointAt(match.index)!), text: value };
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
      for (const [key, child] of entries.reverse()) {
        if (typeof key === 'string') {
          const match = CONTROL.exec(key);
          if (match) return { path: [...path, key], character: String.fromCodePoint(key.codePointAt(match.index)!), text: key };
        }
        stack.push([child, [...path, key]]);
      }
    }
  }
  return undefined;
}

/** The character offset of a field path in the document: the key for a map entry, else the value. */
function locateInDocument(doc: Document, path: FieldPath): number | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) return offset;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
