/**
 * The tree of a Markdown text that is plain prose (paragraphs, some bold, simple lists), built
 * without the parser.
 *
 * Most narrative fields are paragraphs of French prose, a few words in bold, now and then a list
 * of short items, and remark takes about 2 ms per text to find that out (3 s of a
 * 1,000-programme build). A text qualifies only when it cannot hold any other construct:
 *
 * - none of the characters that open one (`\` `` ` `` `_` `[` `]` `<` `>` `!` `#` `|` `~` `&`
 *   `@`), no address that GitHub-flavoured Markdown would link (`://`, `www.`), no tab or
 *   control character, no line that ends with a space (a hard break);
 * - blocks separated by empty lines: a paragraph whose lines start as plain text does (see
 *   {@link safeStart}), or a tight list (`- `, `1. `, `1) `) whose items are plain text, their
 *   further lines indented to the item's text; never two lists in a row (they may be one loose
 *   list);
 * - its `*` all in pairs of `**` that open and close a bold span beyond doubt: the opening one
 *   after a space, a line start or an opening mark and before a letter or digit, the closing
 *   one after something other than a space and before a space, the end or (after a letter or
 *   digit) a punctuation mark; the words in between hold no `*`. Such delimiters can only open,
 *   or only close, so CommonMark's pairing rules have nothing to decide.
 *
 * What is left is exactly what remark gives (`tests/document/markdown-plain.test.ts` compares
 * the two on every text of the sample content, of the real-document fixtures, of generated
 * programmes and on random texts).
 *
 * Pure: a text in, its tree (without positions) or `undefined` (let remark parse it) out.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';

/** A character that may open a Markdown construct (but `*`), anywhere in the text. */
const OPENER = /[\\`_[\]<>!#|~&@\u0000-\u0009\u000B-\u001F\u007F]|:\/\/|www\./i;

/** A line that ends with a space (a hard break when another line follows). */
const TRAILING_SPACE = / $/m;

/**
 * Whether a line may start a paragraph (`opens`) or go on with one as plain text: not a space
 * (indented code, or a doubt), not `-`, `+` or `=` (a list, a heading underline), not a number
 * followed by `.` or `)` at the start of a paragraph (a list). Further down (a year that ends a
 * sentence at the end of a line) only `1.` and `1)` do, since no other list may interrupt a
 * paragraph.
 */
function safeStart(line: string, opens: boolean): boolean {
  const c = line.charAt(0);
  if (c === '' || c === ' ' || c === '-' || c === '+' || c === '=') return false;
  return !(opens ? /^\d+[.)]/ : /^1[.)]/).test(line);
}

/** What may stand before an opening `**`: nothing (the start), a space, a line end, an opening mark. */
const BEFORE_OPENING = new Set(['', ' ', '\n', '\u00a0', '\u202f', '(', '«', '"', "'", '’', '“']);
/** Punctuation that may follow a closing `**` that stands after a letter or a digit. */
const PUNCTUATION_AFTER = new Set(['.', ',', ';', ':', '?', ')', '»', '"', "'", '’', '”', '…', '-']);
const WORD = /[\p{L}\p{N}]/u;
/** Unicode white space, as CommonMark counts it for delimiters (JavaScript's `\s` is a superset). */
const SPACE = /\s/;

/** A paragraph's children, or undefined when one of its `*` is not a bold delimiter beyond doubt. */
function phrasing(text: string): PhrasingContent[] | undefined {
  if (!text.includes('*')) return [{ type: 'text', value: text }];
  const children: PhrasingContent[] = [];
  let at = 0;
  for (let open = text.indexOf('*'); open !== -1; open = text.indexOf('*', at)) {
    const close = text.indexOf('*', open + 2);
    if (text[open + 1] !== '*' || close === -1 || text[close + 1] !== '*' || text[close + 2] === '*') return undefined;
    if (!BEFORE_OPENING.has(text.charAt(open - 1)) || !WORD.test(text.charAt(open + 2))) return undefined;
    const last = text.charAt(close - 1);
    const next = text.charAt(close + 2);
    if (SPACE.test(last) || !(next === '' || SPACE.test(next) || (PUNCTUATION_AFTER.has(next) && WORD.test(last)))) return undefined;
    if (open > at) children.push({ type: 'text', value: text.slice(at, open) });
    children.push({ type: 'strong', children: [{ type: 'text', value: text.slice(open + 2, close) }] });
    at = close + 2;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  return children;
}

/** A list item's first line: its marker (`- `, `1. `, `2) `), and the number of an ordered one. */
const ITEM = /^(?:(-)|(\d{1,9})([.)])) /;

/**
 * A block whose lines are all list items (`- ` or a number, `.` or `)` and a space), each one a
 * line of plain text, or more when the next lines are indented to the item's text; undefined
 * when it is anything else.
 */
function list(lines: readonly string[]): List | undefined {
  const first = ITEM.exec(lines[0]);
  if (!first) return undefined;
  const marker = first[1] ?? first[3];
  const items: ListItem[] = [];
  for (let i = 0; i < lines.length; ) {
    const item = ITEM.exec(lines[i]);
    // Another marker starts another list; a line that is neither an item nor indented is lazy.
    if (!item || (item[1] ?? item[3]) !== marker) return undefined;
    const indent = ' '.repeat(item[0].length);
    const text = [lines[i].slice(item[0].length)];
    if (!safeStart(text[0], true)) return undefined;
    for (i++; i < lines.length && lines[i].startsWith(' '); i++) {
      if (!lines[i].startsWith(indent) || !safeStart(lines[i].slice(indent.length), false)) return undefined;
      text.push(lines[i].slice(indent.length));
    }
    const inline = phrasing(text.join('\n'));
    if (!inline) return undefined;
    items.push({ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: inline }] });
  }
  return { type: 'list', ordered: first[2] !== undefined, start: first[2] === undefined ? null : Number(first[2]), spread: false, children: items };
}

export function plainMarkdown(source: string): Root | undefined {
  if (source.length === 0 || source !== source.trim()) return undefined;
  if (OPENER.test(source) || TRAILING_SPACE.test(source)) return undefined;
  const children: Array<Paragraph | List> = [];
  let afterList = false;
  for (const block of source.split(/\n{2,}/)) {
    const lines = block.split('\n');
    if (ITEM.test(lines[0])) {
      // Two lists with only empty lines between them may be one loose list: left to remark.
      const items = afterList ? undefined : list(lines);
      if (!items) return undefined;
      children.push(items);
      afterList = true;
    } else {
      if (!lines.every((line, i) => safeStart(line, i === 0))) return undefined;
      const inline = phrasing(block);
      if (!inline) return undefined;
      children.push({ type: 'paragraph', children: inline });
      afterList = false;
    }
  }
  return { type: 'root', children };
}
