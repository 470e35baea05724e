/**
 * What a content file's YAML may use, checked before its values are read: nesting at most
 * `limits.yamlDepth` deep (checked on the parser's tokens, before the recursive composition),
 * no directive, no tag outside YAML 1.2's core ones, no merge key, short keys, and aliases that
 * resolve to an earlier, complete value, at most `limits.aliases` of them and at most
 * `limits.expandedValues` values once expanded.
 *
 * Pure: text or a parsed document in, problems (with their offset in the YAML) out.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Parser, type Document, type Node } from 'yaml';
import { formatNumber } from '../domain/format';
import { fr } from '../i18n/fr';
import { excerpt } from '../i18n/excerpt';
import { ambiguousParts } from '../domain/shorthand';
import { limits } from './limits';

export interface YamlProblem {
  /** Offset in the YAML text. */
  offset: number;
  rule: string;
  message: string;
  found?: string;
  expected: string;
  hint: string;
}

const n = (value: number) => formatNumber(value, 0);

type CstToken = { type: string; offset: number; source?: string; value?: CstToken; key?: CstToken | null; items?: Array<{ key?: CstToken | null; value?: CstToken | null }> };

/** Directives and nesting depth, on the parser's tokens (an iterative walk: no recursion). */
export function checkYamlTokens(text: string): YamlProblem | undefined {
  return checkTokens(new Parser().parse(text) as Iterable<CstToken>);
}

/**
 * The same checks on tokens already read, which the caller then composes into a document
 * (`Composer`), so that a file's YAML is tokenised once.
 */
export function checkTokens(tokens: Iterable<unknown>): YamlProblem | undefined {
  const t = fr.input.yaml;
  const stack: Array<[CstToken, number]> = [];
  for (const token of tokens as Iterable<CstToken>) {
    if (token.type === 'directive') {
      return { offset: token.offset, rule: 'yaml/directive', message: t.directive(excerpt(token.source ?? '%', 40)), expected: t.directiveExpected, hint: t.directiveHint };
    }
    if (token.type === 'document' && token.value) stack.push([token.value, 0]);
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (!node.items) continue;
      if (depth + 1 > limits.yamlDepth) {
        return { offset: node.offset, rule: 'yaml/profondeur', message: t.tooDeep(n(limits.yamlDepth)), found: fr.details.yaml.depthFound(n(limits.yamlDepth)), expected: t.tooDeepExpected(n(limits.yamlDepth)), hint: t.tooDeepHint };
      }
      for (const item of node.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * The keys whose value is an amount (schemas/money.ts: budget totals and lines, funders, prices,
 * caps, thresholds). Written `7.900`, YAML reads the number 7.9: the schema cannot tell it from
 * 7,90 €, so the check reads the scalar as written.
 */
export const AMOUNT_KEYS = new Set(['total', 'amount', 'unitPrice', 'min', 'max', 'lumpSum', 'threshold', 'perBeneficiary']);
const AMOUNT_AS_NUMBER = new RegExp(String.raw`(?:${[...AMOUNT_KEYS].join('|')}):[ \t]+\d{1,3}\.\d{3}(?![\d.])`);

/** Whether a text may hold an amount written `7.900` (then only the full reading can say where). */
export const mayHoldAmbiguousAmount = (yaml: string) => AMOUNT_AS_NUMBER.test(yaml);

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** Tags, merge keys, keys and aliases of a parsed document. */
export function checkYamlDocument(doc: Document): YamlProblem[] {
  const t = fr.input.yaml;
  const problems: YamlProblem[] = [];
  const at = (node: { range?: [number, number, number] | null } | null | undefined) => node?.range?.[0] ?? 0;
  const size = new Map<Node, number>();
  const ancestors = new Set<Node>();
  let aliases = 0;
  let tooMany = false;
  const root = doc.contents as Node | null;
  if (!root) return problems;
  // Depth-first, each node entered then left, so that the values it holds are counted before it.
  const stack: Array<{ node: Node; leave: boolean }> = [{ node: root, leave: false }];
  const children = (node: Node): Node[] => {
    if (isMap(node)) return node.items.flatMap((pair) => [pair.key, pair.value].filter((x): x is Node => x !== null && typeof x === 'object' && !isPair(x)));
    if (isSeq(node)) return node.items.filter((x): x is Node => x !== null && typeof x === 'object');
    return [];
  };
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (leave) {
      ancestors.delete(node);
      size.set(node, Math.min(limits.expandedValues + 1, 1 + children(node).reduce((sum, child) => sum + (size.get(child) ?? 1), 0)));
      continue;
    }
    if (isAlias(node)) {
      aliases++;
      const target = node.resolve(doc) as Node | undefined;
      if (!target) problems.push({ offset: at(node), rule: 'yaml/alias', message: t.aliasUnknown(excerpt(node.source, 60)), expected: t.aliasUnknownExpected, hint: t.aliasUnknownHint(excerpt(node.source, 60)) });
      else if (ancestors.has(target)) problems.push({ offset: at(node), rule: 'yaml/alias', message: t.aliasCircular(excerpt(node.source, 60)), expected: t.aliasCircularExpected, hint: t.aliasCircularHint });
      size.set(node, target ? (size.get(target) ?? 1) : 1);
      if (aliases > limits.aliases && !tooMany) {
        tooMany = true;
        problems.push({ offset: at(node), rule: 'yaml/alias-nombre', message: t.tooManyAliases(n(aliases), n(limits.aliases)), found: fr.details.yaml.aliasesFound(n(aliases)), expected: t.tooManyAliasesExpected(n(limits.aliases)), hint: t.tooManyAliasesHint });
      }
      continue;
    }
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      problems.push({ offset: at(node), rule: 'yaml/etiquette', message: t.tag(excerpt(tag.replace(/^tag:yaml\.org,2002:/, '!!'), 60)), expected: t.tagExpected, hint: t.tagHint });
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN') {
          problems.push({ offset: at(key), rule: 'yaml/fusion', message: t.mergeKey, expected: t.mergeKeyExpected, hint: t.mergeKeyHint });
        } else if (isScalar(key) && AMOUNT_KEYS.has(String(key.value)) && isScalar(pair.value) && typeof pair.value.value === 'number' && ambiguousParts(pair.value.source ?? '')) {
          // A number as YAML read it (7.9); written « 1,200 » it is a text, which the schema refuses itself.
          const written = pair.value.source!;
          problems.push({ offset: at(pair.value as Node), rule: 'montant/separateur', message: fr.schema.amountAmbiguous(written), found: fr.diagnostics.value.text(written), expected: fr.schema.amount.expected, hint: fr.schema.amountAmbiguousHint(ambiguousParts(written)!) });
        } else if (isScalar(key) && typeof key.value === 'string' && key.value.length > limits.keyChars) {
          problems.push({ offset: at(key), rule: 'yaml/cle', message: t.keyTooLong(n(key.value.length), n(limits.keyChars)), found: fr.diagnostics.value.text(excerpt(key.value, limits.excerptChars)), expected: t.keyTooLongExpected(n(limits.keyChars)), hint: t.keyTooLongHint });
        }
      }
    }
    ancestors.add(node);
    stack.push({ node, leave: true });
    for (const child of children(node).reverse()) stack.push({ node: child, leave: false });
  }
  if ((size.get(root) ?? 0) > limits.expandedValues && problems.length === 0) {
    problems.push({ offset: 0, rule: 'yaml/alias-taille', message: t.tooLargeExpanded(n(limits.expandedValues)), found: fr.details.yaml.expandedFound(n(limits.expandedValues)), expected: t.tooLargeExpandedExpected(n(limits.expandedValues)), hint: t.tooLargeExpandedHint });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
