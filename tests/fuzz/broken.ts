/**
 * Broken variants of content files, for the messages (issue 12, item 5): one value of one file
 * changed the way an author gets it wrong (a field left out, a typo in a key, text where a number
 * goes, a list where a value goes, an unknown reference, a duplicated item…). The messages test
 * checks that every error they give says what was found, what was expected and how to fix it,
 * on the test fixtures and on the sample content; `npm run fuzz` runs a longer campaign of them
 * (class « schéma »). Deterministic: fast-check with a fixed seed.
 */
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { formatDiagnostics, type Diagnostic } from '../../src/content/diagnostics';
import { validateFiles, type SourceFile } from '../../src/content/validate';
import { ENGLISH, prose, STACK } from './hostile';

export interface Broken {
  /** What was done, for failure messages. */
  name: string;
  file: SourceFile;
  text: string;
}

type Path = Array<string | number>;
type Kind = (typeof kinds)[number];

const kinds = ['delete', 'number', 'negative', 'decimal', 'text', 'empty-text', 'list', 'map', 'null', 'true', 'unknown-key', 'typo-key', 'empty-list', 'duplicate', 'reference', 'date', 'reverse-range'] as const;

/** Every path of the document's values (map entries and list items), outermost first. */
function paths(doc: Document): Path[] {
  const out: Path[] = [];
  const walk = (node: unknown, path: Path, depth: number) => {
    if (depth > 12) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = [...path, String(pair.key.value)];
        out.push(child);
        walk(pair.value, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push([...path, i]);
        walk(item, [...path, i], depth + 1);
      });
    }
  };
  walk(doc.contents, [], 0);
  return out;
}

const typo = (key: string) => (key.length > 3 ? `${key.slice(0, -2)}${key.at(-1)}${key.at(-2)}` : `${key}s`);

/** The document with one change at `path`, or undefined when the change does not apply there. */
function mutate(doc: Document, path: Path, kind: Kind): Document | undefined {
  const copy = doc.clone();
  const node = copy.getIn(path, true) as Node | undefined;
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length ? (copy.getIn(parentPath, true) as Node | undefined) : (copy.contents as Node);
  const scalar = isScalar(node);
  const value = scalar ? node.value : undefined;
  switch (kind) {
    case 'delete':
      if (!isMap(parent)) return undefined;
      copy.deleteIn(path);
      return copy;
    case 'number':
      copy.setIn(path, 12345);
      return copy;
    case 'negative':
      if (typeof value !== 'number') return undefined;
      copy.setIn(path, -value - 1);
      return copy;
    case 'decimal':
      if (typeof value !== 'number') return undefined;
      copy.setIn(path, value + 0.5);
      return copy;
    case 'text':
      copy.setIn(path, 'valeur au hasard');
      return copy;
    case 'empty-text':
      if (typeof value !== 'string') return undefined;
      copy.setIn(path, '');
      return copy;
    case 'list':
      copy.setIn(path, copy.createNode(['a', 'b']));
      return copy;
    case 'map':
      copy.setIn(path, copy.createNode({ inconnu: 1 }));
      return copy;
    case 'null':
      copy.setIn(path, null);
      return copy;
    case 'true':
      copy.setIn(path, true);
      return copy;
    case 'unknown-key':
      if (!isMap(node)) return undefined;
      copy.setIn([...path, 'remarque'], 'ajoutée');
      return copy;
    case 'typo-key': {
      if (!isMap(parent) || typeof path.at(-1) !== 'string') return undefined;
      const key = String(path.at(-1));
      const moved = copy.getIn(path, true);
      copy.deleteIn(path);
      copy.setIn([...parentPath, typo(key)], moved);
      return copy;
    }
    case 'empty-list':
      if (!isSeq(node)) return undefined;
      copy.setIn(path, copy.createNode([]));
      return copy;
    case 'duplicate':
      if (!isSeq(parent) || typeof path.at(-1) !== 'number') return undefined;
      (parent as { items: unknown[] }).items.push(copy.createNode(copy.getIn(path)));
      return copy;
    case 'reference':
      if (typeof value !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)+$/.test(value)) return undefined;
      copy.setIn(path, `${value}-inexistant`);
      return copy;
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}(-\d\d){0,2}$/.test(value)) return undefined;
      copy.setIn(path, '2022-13-45');
      return copy;
    case 'reverse-range': {
      const m = typeof value === 'string' ? /^(\d+) à (\d+)(.*)$/.exec(value) : null;
      if (!m) return undefined;
      copy.setIn(path, `${m[2]} à ${m[1]}${m[3]}`);
      return copy;
    }
  }
}

/** `count` broken variants of the files (YAML files only), each one change to one file. */
export function brokenVariants(files: readonly SourceFile[], count: number, seed = 5_2026): Broken[] {
  const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f.path));
  const docs = new Map(yamlFiles.map((f) => [f, parseDocument(f.text, { prettyErrors: false })]));
  const pathsOf = new Map(yamlFiles.map((f) => [f, paths(docs.get(f)!)]));
  const out: Broken[] = [];
  const seen = new Set<string>();
  const picks = fc.sample(fc.tuple(fc.constantFrom(...yamlFiles), fc.nat(), fc.constantFrom(...kinds)), { seed, numRuns: count * 20 });
  for (const [file, n, kind] of picks) {
    if (out.length >= count) break;
    const all = pathsOf.get(file)!;
    const path = all[n % all.length];
    const key = `${file.path} ${kind} ${path.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const changed = mutate(docs.get(file)!, path, kind);
    if (!changed) continue;
    out.push({ name: `${file.path} : ${kind} à ${path.join(' › ')}`, file, text: changed.toString({ lineWidth: 0 }) });
  }
  return out;
}

/** The lines an error must have, and which of them a diagnostic lacks. */
const LINES = ['found', 'expected', 'hint'] as const;
export const lacking = (d: Diagnostic): string[] => LINES.filter((key) => !d[key]?.trim());

/**
 * Validates the content with one file broken and checks every error: French, located in a file
 * of content/, with its « trouvé », « attendu » and « correction » lines. Returns whether the
 * variant was refused or was still valid (some changes keep a file valid: an optional field left
 * out), and the diagnostics.
 */
export function checkBroken(files: readonly SourceFile[], reading: readonly Diagnostic[], b: Broken): { outcome: 'refused' | 'valid'; diagnostics: Diagnostic[] } {
  const result = validateFiles(files.map((f) => (f === b.file ? { ...f, text: b.text } : f)), reading);
  const report = formatDiagnostics(result.diagnostics);
  const fail = (why: string): never => {
    throw new Error(`${b.name} : ${why}\n${report.slice(0, 2000)}`);
  };
  if (STACK.test(report)) fail('trace de pile');
  const text = prose(report);
  if (ENGLISH.test(text)) fail(`anglais : ${ENGLISH.exec(text)![0]}`);
  for (const d of result.diagnostics) {
    if (!d.file.startsWith('content/')) fail(`fichier ${d.file}`);
    const missing = lacking(d);
    if (missing.length > 0) fail(`${d.rule} sans ${missing.join(', ')}`);
  }
  return { outcome: result.errors > 0 ? 'refused' : 'valid', diagnostics: result.diagnostics };
}
