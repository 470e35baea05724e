/**
 * Saving keeps the file a person's file: the new data is written into the text the author opened
 * by small splices, so that comments, key order, blank lines and every untouched line stay byte
 * for byte as they were. Only the values that changed are rewritten; a key that appears is put
 * where the form's order says, before the next key's comments; a list item that moves keeps its
 * own text and comments.
 *
 * The result is parsed back and compared with the data: if the splices did not give exactly the
 * data (an anchor, an unusual layout), the `yaml` document API writes it instead, comments kept.
 *
 * Pure: text and data in, text out.
 *
 * @example
 * patchYaml('# Titre\ntitle: Ancien # garder\nstatus: running\n', { title: 'Nouveau', status: 'running' })
 * // '# Titre\ntitle: Nouveau # garder\nstatus: running\n'
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair } from 'yaml';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The keys of an object in the form's order (schema order), to place a key that appears. */
export type KeyOrder = (path: ReadonlyArray<string | number>) => readonly string[] | undefined;

interface Owner {
  /** Where the value starts when the key has none yet (just after `key:`). */
  afterKeyAt?: number;
  /** The value is a list item (after `- `). */
  dash?: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const isObject = (v: unknown): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Writing values

const sp = (n: number) => ' '.repeat(n);

/** A string in a block literal (`|`, `|-`, `|+`), when it can be written so. */
function blockLiteral(text: string, indent: number): string | undefined {
  if (/^\s/.test(text)) return undefined;
  const trailing = /\n*$/.exec(text)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing === 0 ? text : text.slice(0, -1);
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${sp(indent)}${line}`));
  return `|${chomp}\n${lines.join('\n')}\n`;
}

/** A scalar on one line: plain when it reads back as the same value, else quoted. */
export function scalarText(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  return stringify(value, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
}

/** What follows `key:` for a value, the key being at `indent`: ` x`, ` |-\n  …`, or `\n  …` for a collection. */
function afterKey(value: Json, indent: number): string {
  if (typeof value === 'string' && value.includes('\n')) {
    const block = blockLiteral(value, indent + 2);
    return ` ${block ? block.replace(/\n$/, '') : JSON.stringify(value)}`;
  }
  if (isObject(value)) return Object.keys(value).length === 0 ? ' {}' : `\n${mapLines(value, indent + 2)}`;
  if (Array.isArray(value)) return value.length === 0 ? ' []' : `\n${seqLines(value, indent + 2)}`;
  return ` ${scalarText(value)}`;
}

/** A block map at `indent`, each line ending with a newline but the last. */
function mapLines(value: Record<string, Json>, indent: number): string {
  return Object.entries(value)
    .map(([key, v]) => `${sp(indent)}${scalarText(key)}:${afterKey(v, indent)}`)
    .join('\n');
}

/** What follows `- ` for an item, the dash being at `indent`. */
function afterDash(value: Json, indent: number): string {
  if (isObject(value) && Object.keys(value).length > 0) return mapLines(value, indent + 2).slice(indent + 2);
  if (Array.isArray(value) && value.length > 0) return seqLines(value, indent + 2).slice(indent + 2);
  return afterKey(value, indent).slice(1);
}

function seqLines(value: Json[], indent: number): string {
  return value.map((v) => `${sp(indent)}- ${afterDash(v, indent)}`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Positions in the text

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the newline that ends the line `offset` is on (or the text's end). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const at = text.indexOf('\n', offset);
  return at === -1 ? text.length : at + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Up over the comment lines directly above a line, so that an inserted key does not take them. */
function aboveComments(text: string, start: number): number {
  let at = start;
  while (at > 0) {
    const previous = lineStart(text, at - 1);
    if (!/^[ \t]*#/.test(text.slice(previous, at))) break;
    at = previous;
  }
  return at;
}

const range = (node: unknown) => (node as Node).range!;

// ---------------------------------------------------------------------------------------------
// The splices

class Patcher {
  readonly edits: Edit[] = [];
  constructor(
    readonly text: string,
    readonly order: KeyOrder,
  ) {}

  /** Rewrites `node` (the value at `path`, whose key or dash sits at `indent`) to `value`. */
  node(node: Node | null, value: Json, path: Array<string | number>, indent: number, owner: Owner): void {
    const old = node === null ? null : (node.toJSON() as Json);
    if (node !== null && deepEqual(old, value)) return;
    if (node !== null && isAlias(node)) throw new Fallback();
    if (isMap(node) && !node.flow && isObject(value) && node.items.length > 0) return this.map(node, value, path);
    if (isSeq(node) && !node.flow && Array.isArray(value) && node.items.length > 0 && value.length > 0) return this.seq(node, value, path);
    this.replace(node, value, indent, owner);
  }

  /** Writes a value in place of another (or of nothing after `key:`). */
  private replace(node: Node | null, value: Json, indent: number, owner: Owner): void {
    const rendered = owner.dash ? ` ${afterDash(value, indent)}` : afterKey(value, indent);
    if (node === null) {
      if (owner.afterKeyAt === undefined) throw new Fallback();
      this.edits.push({ start: owner.afterKeyAt, end: this.valueEndOfEmpty(owner.afterKeyAt), text: rendered });
      return;
    }
    const [start, end] = range(node);
    // From just after `key:` or `-`, so that the spaces before the value are the rendering's own.
    let from = start;
    while (from > 0 && (this.text[from - 1] === ' ' || this.text[from - 1] === '\t')) from--;
    let to = end;
    // A block scalar's range includes its last newline: keep that newline outside.
    if (to > from && this.text[to - 1] === '\n') to--;
    this.edits.push({ start: from, end: to, text: rendered });
  }

  /** The end of the spaces after `key:` when it has no value. */
  private valueEndOfEmpty(at: number): number {
    let end = at;
    while (this.text[end] === ' ' || this.text[end] === '\t') end++;
    return end;
  }

  private map(node: Node & { items: Pair[] }, value: Record<string, Json>, path: Array<string | number>): void {
    const indent = column(this.text, range(node.items[0].key)[0]);
    const present = new Set<string>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) throw new Fallback();
      const key = String(pair.key.value);
      present.add(key);
      const keyEnd = range(pair.key)[1];
      const colon = this.text.indexOf(':', keyEnd);
      if (!Object.hasOwn(value, key)) {
        const last = (pair.value as Node | null) ?? pair.key;
        this.edits.push({ start: lineStart(this.text, range(pair.key)[0]), end: lineEnd(this.text, range(last)[1]), text: '' });
        continue;
      }
      this.node((pair.value as Node | null) ?? null, value[key], [...path, key], indent, { afterKeyAt: colon + 1 });
    }
    const added = Object.keys(value).filter((k) => !present.has(k));
    if (added.length === 0) return;
    const order = this.order(path) ?? [];
    const rank = (k: string) => {
      const i = order.indexOf(k);
      return i === -1 ? Infinity : i;
    };
    for (const key of added) {
      const next = node.items.find((pair) => rank(String((pair.key as { value: unknown }).value)) > rank(key));
      const line = `${sp(indent)}${scalarText(key)}:${afterKey(value[key], indent)}\n`;
      if (next) {
        const at = aboveComments(this.text, lineStart(this.text, range(next.key)[0]));
        this.edits.push({ start: at, end: at, text: line });
      } else {
        const last = node.items[node.items.length - 1];
        const at = lineEnd(this.text, range((last.value as Node | null) ?? last.key)[1]);
        this.edits.push({ start: at, end: at, text: at === this.text.length && !this.text.endsWith('\n') ? `\n${line}` : line });
      }
    }
  }

  private seq(node: Node & { items: unknown[] }, value: Json[], path: Array<string | number>): void {
    const items = node.items as Node[];
    const old = items.map((n) => n.toJSON() as Json);
    const dash = (i: number) => lineStart(this.text, range(items[i])[0]);
    // Where an item's text starts: its dash, or the comments just above it.
    const start = (i: number) => aboveComments(this.text, dash(i));
    const indent = column(this.text, this.text.lastIndexOf('-', range(items[0])[0]));
    const moved = isPermutation(old, value);
    if (moved) {
      // The same items in another order: each keeps its own text (and comments).
      const slices = items.map((_, i) => this.text.slice(start(i), i + 1 < items.length ? start(i + 1) : lineEnd(this.text, range(items[i])[1])));
      const used = new Set<number>();
      const text = value
        .map((v) => {
          const i = old.findIndex((o, k) => !used.has(k) && deepEqual(o, v));
          used.add(i);
          return slices[i].endsWith('\n') ? slices[i] : `${slices[i]}\n`;
        })
        .join('');
      const end = lineEnd(this.text, range(items[items.length - 1])[1]);
      this.edits.push({ start: start(0), end, text: this.text.slice(end - 1, end) === '\n' ? text : text.replace(/\n$/, '') });
      return;
    }
    const pairs = align(old, value);
    let lastEnd = lineEnd(this.text, range(items[items.length - 1])[1]);
    for (const step of pairs) {
      if (step.old !== undefined && step.new !== undefined) {
        this.node(items[step.old], value[step.new], [...path, step.new], indent, { dash: true });
      } else if (step.old !== undefined) {
        this.edits.push({ start: dash(step.old), end: lineEnd(this.text, range(items[step.old])[1]), text: '' });
      } else if (step.new !== undefined) {
        const line = `${sp(indent)}- ${afterDash(value[step.new], indent)}\n`;
        const before = step.before;
        const at = before === undefined ? lastEnd : start(before);
        const text = at === this.text.length && !this.text.endsWith('\n') ? `\n${line}` : line;
        this.edits.push({ start: at, end: at, text });
        if (before === undefined) lastEnd = at;
      }
    }
  }

  /** The text with every splice applied (later ones first; inserts at one place keep their order). */
  apply(): string {
    const sorted = this.edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
    let text = this.text;
    for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    return text;
  }
}

class Fallback extends Error {}

/** Whether `b` holds exactly the items of `a`, in another order. */
function isPermutation(a: readonly Json[], b: readonly Json[]): boolean {
  if (a.length !== b.length || deepEqual(a, b)) return false;
  const used = new Set<number>();
  return b.every((v) => {
    const i = a.findIndex((o, k) => !used.has(k) && deepEqual(o, v));
    if (i === -1) return false;
    used.add(i);
    return true;
  });
}

type Step = { old?: number; new?: number; before?: number };

/**
 * How the old items become the new ones: equal items kept (longest common subsequence), the
 * others paired in order as edits, and what remains inserted (before the old item that follows)
 * or removed.
 */
function align(a: readonly Json[], b: readonly Json[]): Step[] {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = deepEqual(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const anchors: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (deepEqual(a[i], b[j])) {
      anchors.push([i, j]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  anchors.push([n, m]);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of anchors) {
    while (i < ai && j < bj) steps.push({ old: i++, new: j++ });
    while (i < ai) steps.push({ old: i++ });
    while (j < bj) steps.push({ new: j++, ...(ai < n ? { before: ai } : {}) });
    i = ai + 1;
    j = bj + 1;
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Fallback: the document API

function syncNode(doc: Document, node: unknown, value: Json): unknown {
  if (isMap(node) && isObject(value)) {
    for (const pair of [...node.items]) {
      const key = String((pair.key as { value: unknown }).value);
      if (!Object.hasOwn(value, key)) node.delete(pair.key);
    }
    for (const [key, v] of Object.entries(value)) {
      const current = node.get(key, true);
      if (current === undefined) node.set(key, doc.createNode(v));
      else if (!deepEqual((current as Node).toJSON?.() ?? current, v)) node.set(key, syncNode(doc, current, v));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value) && node.items.length === value.length) {
    node.items = node.items.map((item, i) => (deepEqual((item as Node).toJSON?.() ?? item, value[i]) ? item : syncNode(doc, item, value[i]))) as typeof node.items;
    return node;
  }
  return doc.createNode(value);
}

function documentWrite(text: string, value: Json): string {
  const doc = parseDocument(text);
  doc.contents = syncNode(doc, doc.contents, value) as typeof doc.contents;
  return doc.toString({ lineWidth: 0 });
}

const readBack = (text: string): unknown => parseDocument(text).toJSON();

/**
 * The text of a YAML file with its data replaced by `value`, changing only what differs.
 * `order` gives the form's key order, where a new key is placed.
 */
export function patchYaml(text: string, value: Record<string, Json>, order: KeyOrder = () => undefined): string {
  const doc = parseDocument(text);
  if (doc.errors.length === 0 && isMap(doc.contents) && !doc.contents.flow && doc.contents.items.length > 0) {
    try {
      const patcher = new Patcher(text, order);
      patcher.node(doc.contents as Node, value, [], 0, {});
      const out = patcher.apply();
      if (deepEqual(readBack(out), value)) return out;
    } catch (error) {
      if (!(error instanceof Fallback)) throw error;
    }
  }
  if (doc.errors.length > 0 || !isMap(doc.contents) || (isMap(doc.contents) && doc.contents.items.length === 0)) {
    const head = /^(?:[ \t]*(?:#.*)?\n)*/.exec(text)![0];
    const body = mapLines(value, 0);
    return `${head}${body}${body ? '\n' : ''}`;
  }
  const out = documentWrite(text, value);
  if (!deepEqual(readBack(out), value)) throw new Error('patchYaml: the written text does not read back as the data');
  return out;
}
