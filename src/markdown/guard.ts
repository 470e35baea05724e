/**
 * What a Markdown text may hold before it is parsed, so that parsing stays linear and shallow.
 *
 * Markdown parsers spend, per paragraph, time that grows faster than its length (micromark takes
 * seconds on 10 000 characters of `a] a] …` or of nested `![`), and nest their work as deep as
 * the text nests (10 000 `>` overflow the stack). So a text is refused, with the line, when it is
 * longer than `limits.markdownChars`, nests quotes and lists more than `limits.markdownNesting`
 * deep, holds a paragraph, heading or table cell longer than `limits.paragraphChars`, nests more
 * than `limits.bracketNesting` brackets or runs more than `limits.delimiterRun` `*`, `_` or `~`,
 * or holds a table of more than `limits.tableColumns` columns (its PDF could not draw it).
 * With these bounds the whole parse costs at most a constant per character.
 *
 * The block structure is read with micromark itself (the parser remark uses), inline content
 * measured but not parsed: the paragraphs measured are exactly those the parser would read.
 *
 * Pure: a text in, the first problem (if any) out.
 */
import { parse, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Event, Token } from 'micromark-util-types';
import { limits } from '../content/limits';

export type MarkdownProblem =
  | { kind: 'tooLong'; length: number }
  | { kind: 'tooDeep' | 'bracketsTooDeep' | 'runTooLong' | 'treeTooDeep'; line: number }
  | { kind: 'paragraphTooLong'; line: number; length: number }
  | { kind: 'tableTooWide'; line: number; columns: number };

const MARKER_SPACE = (c: string | undefined) => c === undefined || c === ' ' || c === '\t';
const FOOTNOTE = /^\[\^[^\]\s]{1,999}\]:/;

/**
 * An upper bound of the containers (quotes, list items, footnotes) open on a line that opens one:
 * its markers plus half its indentation (each list level needs two columns or more).
 */
function lineNesting(line: string): number {
  let markers = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ') {
      columns++;
      i++;
    } else if (c === '\t') {
      columns += 4;
      i++;
    } else if (c === '>') {
      markers++;
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && MARKER_SPACE(line[i + 1])) {
      markers++;
      i++;
    } else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < line.length && j - i < 10 && line[j] >= '0' && line[j] <= '9') j++;
      if ((line[j] === '.' || line[j] === ')') && MARKER_SPACE(line[j + 1])) {
        markers++;
        i = j + 1;
      } else break;
    } else if (c === '[' && line[i + 1] === '^') {
      const match = FOOTNOTE.exec(line.slice(i, i + 1005));
      if (!match) break;
      markers++;
      i += match[0].length;
    } else break;
  }
  return markers === 0 ? 0 : markers + Math.floor(columns / 2);
}

/** The columns of a table's delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
export function delimiterColumns(line: string): number {
  if (!line.includes('|') || !line.includes('-')) return 0;
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.every((cell) => /^\s*:?-+:?\s*$/.test(cell)) ? cells.length : 0;
}

/** Brackets open at once and runs of `*`, `_`, `~` in one piece of inline text. */
function inlineProblem(text: string): 'bracketsTooDeep' | 'runTooLong' | undefined {
  let depth = 0;
  let run = 0;
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      run = 0;
      previous = '';
      continue;
    }
    if (c === '[') {
      if (++depth > limits.bracketNesting) return 'bracketsTooDeep';
    } else if (c === ']') depth = Math.max(0, depth - 1);
    if (c === '*' || c === '_' || c === '~') {
      run = c === previous ? run + 1 : 1;
      if (run > limits.delimiterRun) return 'runTooLong';
    } else run = 0;
    previous = c;
  }
  return undefined;
}

/**
 * micromark's parser with GFM, made once: combining its extensions on every call cost a fifth of
 * the guard (profiled on 1,000 sheets). What a parse keeps of one text (its definitions, its lazy
 * lines) is reset before the next, so each text is read as by a parser of its own.
 */
const parser = parse({ extensions: [gfm()] });

/** The first reason to refuse a Markdown text, or undefined. */
export function checkMarkdown(source: string): MarkdownProblem | undefined {
  if (source.length > limits.markdownChars) return { kind: 'tooLong', length: source.length };
  let line = 1;
  for (let start = 0; start <= source.length; line++) {
    const end = source.indexOf('\n', start);
    const stop = end === -1 ? source.length : end;
    const text = source.slice(start, stop);
    if (lineNesting(text) > limits.markdownNesting) return { kind: 'tooDeep', line };
    const columns = delimiterColumns(text);
    // Said at the table's first line, its header row, just above its delimiter row.
    if (columns > limits.tableColumns) return { kind: 'tableTooWide', line: Math.max(1, line - 1), columns };
    start = stop + 1;
  }

  if (withinEveryLimit(source)) return undefined;

  // The block structure, then every piece of inline text measured instead of parsed: its
  // content type is taken away before the pass that would parse it.
  parser.defined = [];
  parser.lazy = {};
  const events: Event[] = parser.document().write(preprocess()(source, undefined, true));
  for (let pass = 0; pass < 16; pass++) {
    for (const [kind, token] of events) {
      if (kind !== 'enter' || (token.contentType !== 'text' && token.contentType !== 'string')) continue;
      if (!token.previous) {
        let text = '';
        for (let piece: Token | undefined = token; piece && text.length <= limits.paragraphChars; piece = piece.next) text += source.slice(piece.start.offset, piece.end.offset);
        if (text.length > limits.paragraphChars) return { kind: 'paragraphTooLong', line: token.start.line, length: chainLength(source, token) };
        const inline = inlineProblem(text);
        if (inline) return { kind: inline, line: token.start.line };
      }
      token.contentType = undefined;
    }
    if (subtokenize(events)) break;
  }
  return undefined;
}

/**
 * Whether the whole text is already within the limits of its pieces of inline text: none is longer
 * than the text, opens more brackets than the text holds, or runs more `*`, `_` or `~` than it
 * holds. Most texts are (a sheet's narratives), and then the block structure need not be read: that
 * reading cost as much as the parse itself (profiled on 1,000 sheets).
 */
function withinEveryLimit(source: string): boolean {
  if (source.length > limits.paragraphChars) return false;
  let brackets = 0;
  let stars = 0;
  let underscores = 0;
  let tildes = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b) brackets++;
    else if (c === 0x2a) stars++;
    else if (c === 0x5f) underscores++;
    else if (c === 0x7e) tildes++;
  }
  return brackets <= limits.bracketNesting && stars <= limits.delimiterRun && underscores <= limits.delimiterRun && tildes <= limits.delimiterRun;
}

function chainLength(source: string, token: Token): number {
  let length = 0;
  for (let piece: Token | undefined = token; piece; piece = piece.next) length += piece.end.offset - piece.start.offset;
  return length;
}

/** How deep a parsed tree nests (an iterative walk). */
export function treeDepth(root: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: Array<[{ children?: unknown[] }, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}
