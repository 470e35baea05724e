/**
 * A sheet's file as its open data carries it: the same values, not one comment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, visit } from 'yaml';
import { publicSource, yamlWithoutComments } from '../../src/content/public-source';
import { fixturesDir } from './fixtures';

const root = join(import.meta.dirname, '..', '..');
const yamlFiles = [
  ...readdirSync(join(root, 'content', 'programmes')).map((f) => join(root, 'content', 'programmes', f)),
  ...readdirSync(join(fixturesDir, 'real-programmes')).filter((f) => f.endsWith('.yaml')).map((f) => join(fixturesDir, 'real-programmes', f)),
  ...readdirSync(join(fixturesDir, 'base', 'programmes')).map((f) => join(fixturesDir, 'base', 'programmes', f)),
].filter((f) => /\.ya?ml$/.test(f));

/** Every comment a YAML text still holds, as the `yaml` package reads them. */
function comments(text: string): string[] {
  const doc = parseDocument(text);
  const found: Array<string | null | undefined> = [doc.commentBefore, doc.comment];
  visit(doc, {
    Node(_, node) {
      found.push(node.commentBefore, node.comment);
    },
  });
  return found.filter((c): c is string => typeof c === 'string' && c.length > 0);
}

describe('publicSource', () => {
  it.each(yamlFiles.map((f) => [f.slice(root.length + 1), f]))('%s: same values, no comment', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const shown = yamlWithoutComments(text)!;
    expect(parse(shown)).toEqual(parse(text));
    expect(comments(shown)).toEqual([]);
    expect(shown).not.toMatch(/^\s*#/m);
  });

  it.each([
    ['no comment: as it is', 'title: A\nsummary: B\n', 'title: A\nsummary: B\n'],
    ['a header only: its lines go, the rest stays byte for byte', '# yaml-language-server: $schema=x\n\n# note\ntitle:   A\n', 'title:   A\n'],
    ['a comment further down', 'title: A # à vérifier avec Mme X\n# note privée\nsummary: B\n', 'title: A\nsummary: B\n'],
    ['a « # » in a text is no comment', 'title: "A # B"\ndescription: |\n  # Titre\n  texte\n', 'title: "A # B"\ndescription: |\n  # Titre\n  texte\n'],
    ['a comment inside a list', 'themes:\n  # le premier\n  - a\n  - b # le second\n', 'themes:\n  - a\n  - b\n'],
  ])('%s', (_, text, expected) => expect(yamlWithoutComments(text)).toBe(expected));

  it('a Markdown file loses its front matter comments and its HTML comments', () => {
    const text = '---\n# en-tête\ntitle: A # note\n---\n\nTexte <!-- note privée --> suite.\n';
    expect(publicSource(text, 'md')).toBe('---\ntitle: A\n---\n\nTexte  suite.\n');
  });

  it('gives nothing for a text that does not parse', () => {
    expect(yamlWithoutComments('title: [a\n# x\n')).toBeUndefined();
    expect(publicSource('pas de front matter', 'md')).toBeUndefined();
  });
});
