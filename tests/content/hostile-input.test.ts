/**
 * Broken and hostile text in a content file (issue 12, items 1, 2, 3, 5): YAML the validator must
 * survive, Markdown that must not overflow the stack or take superlinear time, control characters,
 * and values that must reach the terminal escaped and cut. Each case is one file of the base
 * fixture corpus rewritten; each must end in a French diagnostic on that file, never a throw.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/content/diagnostics';
import { summary, validateFiles, type ValidationResult } from '../../src/content/validate';
import { fixturesDir, readFixture } from './fixtures';

const REF = 'content/programmes/ref-prog.yaml';
const base = readFixture(join(fixturesDir, 'base'));
const refText = base.find((f) => f.path === REF)!.text;

function validateWith(text: string): { result: ValidationResult; report: string } {
  const files = [...base.filter((f) => f.path !== REF), { collection: 'programmes' as const, path: REF, text }];
  const result = validateFiles(files);
  return { result, report: `${formatDiagnostics(result.diagnostics)}\n\n${summary(result)}` };
}

/** The first error of the rewritten file (the only file in error), checked to be French and located. */
function errorOf(text: string, rule: string) {
  const { result, report } = validateWith(text);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((d) => d.file === REF)).toBe(true);
  expect(errors[0].rule).toBe(rule);
  expect(report).not.toMatch(/\b(Error|Unresolved|Unexpected|Maximum|exceeded|undefined|stack)\b/);
  expect(report).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  return { ...errors[0], report };
}

const replaceLine = (from: string, to: string) => {
  expect(refText).toContain(from);
  return refText.replace(from, to);
};
const markdownContext = (markdown: string) => replaceLine('context: |\n  Un contexte en **Markdown**.\n', `context: |\n${markdown.split('\n').map((l) => `  ${l}`).join('\n')}\n`);

describe('YAML the validator must survive', () => {
  it('an alias to an undefined anchor', () => {
    const d = errorOf(replaceLine('title: Programme de référence', 'title: *nulle-part'), 'yaml/alias');
    expect(d.line).toBe(2);
    expect(d.message).toBe('L’alias «\u00A0*nulle-part\u00A0» ne renvoie à aucune ancre «\u00A0&nulle-part\u00A0» définie avant lui');
  });

  it('a merge key on itself', () => {
    const d = errorOf(`${refText}extra: &z\n  <<: *z\n`, 'yaml/fusion');
    expect(d.message).toBe('Clé de fusion «\u00A0<<\u00A0» non prise en charge');
  });

  it('an alias inside the value it names', () => {
    const d = errorOf(`${refText}extra: &boucle [*boucle]\n`, 'yaml/alias');
    expect(d.message).toContain('se trouve dans la valeur même à laquelle il renvoie');
  });

  it('a legitimate file with more than 100 aliases', () => {
    const more = Array.from({ length: 110 }, (_, i) => `  - id: atelier-${i}\n    title: Atelier ${i}\n    kind: *kind\n    mode: *mode\n    sessions: 1\n    sessionDuration: 45 min\n`).join('');
    const text = replaceLine('    kind: individual-coaching\n    mode: individual\n', '    kind: &kind individual-coaching\n    mode: &mode individual\n').replace('budget:\n', `${more}budget:\n`);
    const { result, report } = validateWith(text);
    expect(report).not.toContain('erreur');
    expect(result.errors).toBe(0);
    const programme = result.corpus.programmes.find((p) => p.id === 'ref-prog')!.data as { workshops: Array<{ kind: string }> };
    expect(programme.workshops).toHaveLength(112);
    expect(programme.workshops[111].kind).toBe('individual-coaching');
  });

  it('aliases that expand past the limit (a "billion laughs")', () => {
    let text = `${refText}l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n`;
    for (let i = 1; i <= 6; i++) text += `l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]\n`;
    expect(errorOf(text, 'yaml/alias-taille').message).toBe('Une fois ses alias développés, le fichier compterait plus de 100\u202F000 valeurs');
  });

  it('an unknown tag is refused, not read as a text', () => {
    const d = errorOf(replaceLine('status: completed', 'status: !python/object completed'), 'yaml/etiquette');
    expect(d.line).toBe(4);
    expect(d.message).toBe('Étiquette YAML «\u00A0!python/object\u00A0» non prise en charge');
  });

  it.each([
    ['maps', `deep: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`, 0],
    ['lists', `deep: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, 0],
    ['block lists', `deep:\n  ${'- '.repeat(3000)}x\n`, 1],
  ])('3,000 levels of nested %s', (_, extra, after) => {
    const d = errorOf(`${refText}${extra}`, 'yaml/profondeur');
    expect(d.message).toBe('Imbrication trop profonde\u00A0: plus de 64 niveaux de groupes ou de listes');
    expect(d.line).toBe(refText.split('\n').length + after);
  });

  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ])('a file with %s line ends reads as the same file', (_, end) => {
    const { result, report } = validateWith(refText.replace(/\n/g, end));
    expect(report).not.toContain('erreur');
    expect(result.errors).toBe(0);
    expect(result.corpus.programmes.find((p) => p.id === 'ref-prog')!.data).toEqual(validateWith(refText).result.corpus.programmes.find((p) => p.id === 'ref-prog')!.data);
  });

  it('a directive is refused', () => {
    expect(errorOf(`%YAML 1.1\n---\n${refText}`, 'yaml/directive').line).toBe(1);
  });
});

/** A GFM table of `columns` columns, after a paragraph: its delimiter row is the text's third line. */
const table = (columns: number) => {
  const row = (cell: (i: number) => string) => `| ${Array.from({ length: columns }, (_, i) => cell(i)).join(' | ')} |`;
  return `Un tableau :\n\n${row((i) => `c${i}`)}\n${row(() => '---')}\n${row(() => 'val')}`;
};

describe('Markdown the validator must survive', () => {
  it.each([
    ['10 KB of >', `${'>'.repeat(10_000)} a`],
    ['6 KB of - ', `${'- '.repeat(3_000)}a`],
    ['100 nested list levels', Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i)}- niveau ${i}`).join('\n')],
  ])('%s: refused with the line, not a stack overflow', (_, markdown) => {
    const d = errorOf(markdownContext(markdown), 'markdown/limite');
    expect(d.path).toEqual(['context']);
    expect(d.message).toMatch(/^Trop de niveaux de listes ou de citations à la ligne \d+ du texte\u00A0: plus de 16$/);
  });

  it('16 nested list levels still read', () => {
    const { result } = validateWith(markdownContext(Array.from({ length: 16 }, (_, i) => `${' '.repeat(2 * i)}- niveau ${i}`).join('\n')));
    expect(result.errors).toBe(0);
  });

  it.each([
    ['a paragraph of 6,000 characters', 'a '.repeat(3_000), /^Paragraphe trop long à la ligne 1 du texte\u00A0: 5\u202F999 caractères, au plus 5\u202F000$/],
    ['33 nested brackets', `${'!['.repeat(40)}a${'](b)'.repeat(40)}`, /^Trop de crochets imbriqués à la ligne 1 du texte\u00A0: plus de 32$/],
    ['a run of 100 *', `${'*'.repeat(100)}a${'*'.repeat(100)}`, /^Suite de plus de 64 «\u00A0\*\u00A0», «\u00A0_\u00A0» ou «\u00A0~\u00A0» à la ligne 1 du texte$/],
    // 55 columns were narrower than their padding: the PDF's line breaking never ended, and the worker ran out of memory.
    ['a table of 55 columns', table(55), /^Tableau trop large à la ligne 3 du texte\u00A0: 55 colonnes, au plus 12$/],
    ['a table of 13 columns, without outer pipes', table(13).replace(/^\| | \|$/gm, ''), /^Tableau trop large à la ligne 3 du texte\u00A0: 13 colonnes, au plus 12$/],
  ])('%s is refused', (_, markdown, message) => {
    expect(errorOf(markdownContext(markdown), 'markdown/limite').message).toMatch(message);
  });

  it.each([12, 3])('a table of %i columns still reads', (columns) => {
    expect(validateWith(markdownContext(table(columns))).result.errors).toBe(0);
  });
});

describe('control characters in text', () => {
  it.each([
    ['NUL', '\u0000', 'caractère nul'],
    ['ESC', '\u001b', 'échappement'],
    ['BEL', '\u0007', 'sonnerie'],
    ['DEL', '\u007f', 'suppression'],
    ['NEL (C1)', '\u0085', 'caractère de contrôle'],
  ])('%s in a title is an error with its line and field', (_, character, name) => {
    const d = errorOf(replaceLine('title: Programme de référence', `title: Programme${character}de référence`), 'texte/controle');
    expect(d.line).toBe(2);
    expect(d.path).toEqual(['title']);
    expect(d.message).toContain(name);
  });

  it.each([
    ['\\e', 'échappement'],
    ['\\x07', 'sonnerie'],
    ['\\0', 'caractère nul'],
    ['\\uD800', 'moitié de paire'],
  ])('"%s" written as an escape in a quoted title is an error too', (escape, name) => {
    const d = errorOf(replaceLine('title: Programme de référence', `title: "Programme${escape}de référence"`), 'texte/controle');
    expect(d.path).toEqual(['title']);
    expect(d.line).toBe(2);
    expect(d.message).toContain(name);
  });

  it('a byte order mark is accepted', () => {
    expect(validateWith(`\uFEFF${refText}`).result.errors).toBe(0);
  });
});

describe('messages that must not harm', () => {
  it('a terminal escape sequence in a value is shown escaped', () => {
    const { report } = validateWith(replaceLine('status: completed', 'status: "\\e[2J\\e[31mcompleted"'));
    expect(report).not.toContain('\u001b');
    expect(report).toContain('«\u00A0<U+001B>[2J<U+001B>[31mcompleted\u00A0»');
  });

  it('a YAML error on a 1 MB line prints a short excerpt around it', () => {
    const d = errorOf(replaceLine('summary: Un programme terminé, cité en référence.', `summary: ${'a'.repeat(1_000_000)}: b`), 'yaml/syntaxe');
    expect(d.report.length).toBeLessThan(2_000);
    expect(d.found).toMatch(/^«\u00A0(…)?(summary: )?a{10,}…?\u00A0»$/);
    expect(d.found!.length).toBeLessThan(100);
  });

  it('a key of 300 characters is refused before it is compared with the known keys', () => {
    const d = errorOf(`${refText}${'k'.repeat(300)}: 1\n`, 'yaml/cle');
    expect(d.message).toBe('Clé trop longue\u00A0: 300 caractères, au plus 200');
    expect(d.report.length).toBeLessThan(2_000);
  });
});
