/**
 * Reading one content file's text: YAML, or Markdown with a YAML front matter whose body becomes
 * the collection's narrative field. Keeps the YAML document so that any field path can be located
 * (line and column) in error messages.
 *
 * Pure: the text comes in, data and a locator come out.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { fr } from '../i18n/fr';
import type { Diagnostic, FieldPath, Locate } from './diagnostics';

export interface ParsedSource {
  data: Record<string, unknown>;
  locate: Locate;
}

export type SourceResult = { ok: true; value: ParsedSource } | { ok: false; diagnostics: Diagnostic[] };

export interface SourceOptions {
  /** Path of the file, for messages. */
  file: string;
  /** For a `.md` file: the field that receives the body. */
  bodyField?: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseSource(text: string, options: SourceOptions): SourceResult {
  const isMarkdown = /\.md$/i.test(options.file);
  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  if (isMarkdown) {
    const match = FRONT_MATTER.exec(text);
    if (!match) {
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
            message: fr.diagnostics.frontmatterMissing,
            hint: fr.diagnostics.frontmatterMissingHint,
          },
        ],
      };
    }
    yamlText = match[1];
    lineOffset = 1;
    body = text.slice(match[0].length).trim();
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = yamlText.split(/\r?\n/);
    return {
      ok: false,
      // Only the first error: YAML errors cascade, the later ones are mostly echoes of the first.
      diagnostics: doc.errors.slice(0, 1).map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        const lineText = lines[pos.line - 1]?.trim();
        return {
          file: options.file,
          line: pos.line + lineOffset,
          column: pos.col,
          path: [],
          severity: 'error' as const,
          rule: 'yaml/syntaxe',
          message: fr.diagnostics.yamlSyntax,
          found: lineText ? fr.diagnostics.value.text(lineText) : undefined,
          expected: fr.diagnostics.yamlSyntaxExpected,
          hint: fr.diagnostics.yamlHint[error.code] ?? fr.diagnostics.yamlHint.default,
        };
      }),
    };
  }

  const js = doc.toJS({ maxAliasCount: 100 }) as unknown;
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
            hint: fr.diagnostics.notAnObjectHint,
          },
        ],
      };
    }
  }
  const data = { ...((js as Record<string, unknown>) ?? {}) };
  if (body && options.bodyField) {
    if (data[options.bodyField] === undefined) data[options.bodyField] = body;
  }
  return { ok: true, value: { data, locate } };
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
