/**
 * The fast reading of a content file's YAML, for the files that use only what an editor writes:
 * maps, lists, plain, quoted and block scalars, comments. The `yaml` package reads a file
 * through three layers of generators (lexer, parser, composer) and keeps every node with its
 * position: 3.5 s of a 1,000-programme build's validation (10.7 MB of YAML), on the main thread,
 * before Astro can start (issue 14). js-yaml with the checks below reads the same files in 0.5 s,
 * to the same values.
 *
 * It is only a shortcut: `readPlainYaml` gives the value when it is sure the full reading
 * (`source.ts`, with the `yaml` package and the checks of `yaml-checks.ts`) would give that same
 * value without any problem, and `undefined` otherwise, and the file then goes the full way,
 * which says what is wrong and where. It gives up on:
 * - anything js-yaml refuses (bad syntax, duplicate keys, several documents, an alias: there is
 *   no anchor for it to name);
 * - an anchor, any explicit tag (`!…`, `!<…>`), any directive (`%…` at a line's start), a byte
 *   order mark inside the text;
 * - a flow collection (`[a, b]`, `{ a: b }`) but a simple one of words, alone at its line's end;
 * - a text over several lines whose further lines are not indented under its key or list;
 * - an explicit key (`? clé`), which lets a list or a map be a key, and a list item with nothing
 *   on its line (`-`);
 * - a key `<<` (a merge key for YAML 1.1), a key `null` (`~:` is an empty key for `yaml`), a key
 *   longer than `limits.keyChars`;
 * - nesting deeper than `limits.yamlDepth`, or more than half of `limits.expandedValues` values;
 * - a document that is not a map.
 *
 * Plain scalars are typed as YAML 1.2's core schema does it in the `yaml` package (the same
 * patterns, in the same order): `~`, `null`, `true`, `0o17`, `12`, `0x1F`, `.inf`, `1e3`, `1.5`;
 * anything else is text. `tests/content/yaml-plain.test.ts` compares both readings on every
 * content file, fixture and generated programme, on a table of cases and on mutated files.
 *
 * Pure: text in, value (or nothing) out.
 */
import jsyaml from 'js-yaml';
import { limits } from './limits';

/** A plain scalar's type as the `yaml` package resolves it (its core schema, `yaml/dist/schema/core`). */
const implicit = (name: string, test: RegExp, construct: (source: string) => unknown) =>
  // A tag name no file can write: an explicit `!!int` is then an unknown tag, and the file goes the full way.
  new jsyaml.Type(`tag:passerelle,2026:${name}`, { kind: 'scalar', resolve: (source: string | null) => source !== null && test.test(source), construct });

const CORE = new jsyaml.Schema({
  implicit: [
    implicit('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    implicit('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    implicit('intOct', /^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)),
    implicit('int', /^[-+]?[0-9]+$/, (s) => parseInt(s, 10)),
    implicit('intHex', /^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)),
    implicit('floatNaN', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) =>
      s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
    ),
    implicit('floatExp', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)),
    implicit('float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)),
  ],
});

/** A flow collection both readings read alike: words (letters, digits, `-`, `_`, `.`), on one line. */
const SIMPLE_FLOW = /^(?:\[(?:[\p{L}\d_.-]+(?:, [\p{L}\d_.-]+)*)?\]|\{ ?(?:[\p{L}\d_-]+: [\p{L}\d_.-]+(?:, [\p{L}\d_-]+: [\p{L}\d_.-]+)*)? ?\})$/u;

/** Thrown from js-yaml's listener: the file uses something only the full reading judges. */
class NotPlain extends Error {}

/**
 * js-yaml's listener, called when each node is opened and closed. An anchor or a non-specific tag
 * (`! x`) is not for the shortcut, nor a flow collection (`[a, b]`, `{ a: b }`) but a simple one:
 * js-yaml is more lenient there than `yaml` (it takes a closing bracket less indented than its
 * key, or a `#` right after it as a comment), and the editor writes lists and maps as blocks.
 */
function listener() {
  const opened: number[] = [];
  return (event: string, state: { tag: string | null; anchor: string | null; kind: string | null; position: number; input: string }) => {
    if (event === 'open') {
      opened.push(state.position);
      return;
    }
    const start = opened.pop() ?? 0;
    if (state.anchor !== null || state.tag === '!') throw new NotPlain();
    const text = state.input;
    let at = start;
    for (;;) {
      const c = text[at];
      if (c === ' ' || c === '\t' || c === '\n') at++;
      else if (c === '#') at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
      else break;
    }
    if (state.kind === 'scalar') {
      const lineEnd = text.indexOf('\n', at);
      if (text[at] !== '|' && text[at] !== '>' && lineEnd !== -1 && lineEnd < state.position && !indentedUnder(text, at, state.position)) throw new NotPlain();
      return;
    }
    if (state.kind !== 'sequence' && state.kind !== 'mapping') return;
    if (text[at] !== '[' && text[at] !== '{') return;
    // Only a simple one of words at its line's end: `[]` as the editor writes it, `[a, b-c]` or
    // `{ a: b }` as a person does.
    const written = text.slice(at, state.position);
    if (!SIMPLE_FLOW.test(written) || (state.position < text.length && text[state.position] !== '\n')) throw new NotPlain();
  };
}

/**
 * Whether each further line of a text over several lines (plain or quoted) is indented more than
 * the key or the list it belongs to, which `yaml` requires and js-yaml does not. The text must
 * start on its key's line (`clé: texte…` or `- texte…`): one that starts on a line of its own is
 * left to the full reading, which knows the key.
 */
function indentedUnder(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Past the line's indentation and its list marks (`  - - `): the key, or the text itself.
  let content = lineStart;
  let dash = -1;
  for (;;) {
    while (text[content] === ' ') content++;
    if (text[content] === '-' && text[content + 1] === ' ') {
      dash = content - lineStart;
      content += 2;
    } else break;
  }
  let parent: number;
  if (content < start) parent = content - lineStart;
  else if (dash >= 0) parent = dash;
  else return false;
  for (let line = text.indexOf('\n', start) + 1; line > 0 && line < end; line = text.indexOf('\n', line) + 1) {
    let indent = 0;
    while (text[line + indent] === ' ') indent++;
    const next = text[line + indent];
    if (next === '\n' || next === undefined || line + indent >= end) continue;
    if (indent <= parent) return false;
  }
  return true;
}

/** Whether a value stays within the limits the full reading checks: nesting, number of values, keys. */
function withinLimits(root: unknown): boolean {
  let values = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    values++;
    if (values > limits.expandedValues / 2) return false;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.yamlDepth) return false;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '<<' || key === 'null' || key.length > limits.keyChars) return false;
      values++;
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return true;
}

/**
 * The file's YAML as a map, read by js-yaml, when the full reading would give the same map with
 * no problem; `undefined` when only the full reading can say (see above).
 */
export function readPlainYaml(yamlText: string): Record<string, unknown> | undefined {
  // A directive, a verbatim tag, an explicit key (`? `, after which a list or a map can be a key:
  // js-yaml names it « [object Object] », `yaml` writes it out).
  // A byte order mark inside the text (`yaml` reads it as a space, js-yaml as a character).
  // And a list item with nothing on its line (`-`): js-yaml takes a less indented `-` after it as
  // the same list's next item, where `yaml` refuses it.
  if (/^%|!<|\uFEFF|^[ \t-]*\?(?:[ \t]|$)|^(?:[ \t]*- )*[ \t]*-[ \t]*(?:#.*)?$/m.test(yamlText)) return undefined;
  let value: unknown;
  try {
    // `maxDepth` (js-yaml 4.3, not in its types) bounds its recursion; deeper files go the full way.
    const options = { schema: CORE, listener: listener(), maxDepth: limits.yamlDepth + 2 };
    value = jsyaml.load(yamlText, options as unknown as jsyaml.LoadOptions);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return withinLimits(value) ? (value as Record<string, unknown>) : undefined;
}
