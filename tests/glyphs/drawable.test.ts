/**
 * The characters a PDF can print (issue 12, items 6 and 9): the coverage table generated from the
 * fonts is current, and validation refuses what the PDF step would refuse, with the file, the
 * line and the field, before anything is built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/content/diagnostics';
import { validateFiles } from '../../src/content/validate';
import { fontCoverage } from '../../src/glyphs/coverage-data';
import { firstUnprintable, fontDraws } from '../../src/glyphs/drawable';
import { coverageSource, toRanges } from '../../src/glyphs/generate';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { fixturesDir, readFixture } from '../content/fixtures';

describe('the coverage table of the PDF fonts', () => {
  it('is current (run npm run fonts if this fails)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'glyphs', 'coverage-data.ts'), 'utf8')).toBe(coverageSource(readFontBytes()));
  });

  it('holds the characters all four DejaVu Sans faces draw', () => {
    expect(fontCoverage.font).toBe('DejaVu Sans 2.37');
    expect(fontCoverage.characters).toBe(5225);
  });

  it('writes runs of code points as ranges', () => {
    expect(toRanges([0x20, 0x21, 0x22, 0xa0, 0xa2, 0xa3])).toEqual(['20-22', 'a0', 'a2-a3']);
  });

  it.each([
    ['A', 0x41, true],
    ['é', 0xe9, true],
    ['the narrow no-break space of amounts', 0x202f, true],
    ['€', 0x20ac, true],
    ['œ', 0x153, true],
    ['the Greek α', 0x3b1, true],
    ['the Cyrillic ж', 0x436, true],
    ['→', 0x2192, true],
    ['🎯', 0x1f3af, false],
    ['✅', 0x2705, false],
    ['the Tifinagh ⵣ, which the oblique faces lack', 0x2d63, false],
    ['the Arabic ش, which the oblique faces lack', 0x634, false],
    ['the ideograph 中', 0x4e2d, false],
  ])('%s (U+%s): drawn %s', (_, codePoint, drawn) => {
    expect(fontDraws(codePoint)).toBe(drawn);
  });
});

describe('firstUnprintable', () => {
  it.each([
    ['Bilan de santé', undefined],
    ['35\u202F000\u00A0€, « guillemets »', undefined],
    ['e\u0301te\u0301 (combining accents)', undefined],
    ['ligne 1\nligne\t2', undefined],
    ['Objectif 🎯', { index: 9, character: '🎯', codePoint: 0x1f3af, reason: 'glyph' }],
    ['Atelier שלום', { index: 8, character: 'ש', codePoint: 0x5e9, reason: 'right-to-left', script: 'Hebrew' }],
    ['مرحبا', { index: 0, character: 'م', codePoint: 0x645, reason: 'right-to-left', script: 'Arabic' }],
    ['abc\u202Edef', { index: 3, character: '\u202E', codePoint: 0x202e, reason: 'direction-control' }],
    ['mark\u200F', { index: 4, character: '\u200F', codePoint: 0x200f, reason: 'direction-control' }],
    ['🎯 puis ✅', { index: 0, character: '🎯', codePoint: 0x1f3af, reason: 'glyph' }],
    ['après 🎯 ש', { index: 6, character: '🎯', codePoint: 0x1f3af, reason: 'glyph' }],
  ])('%j → %j', (text, expected) => {
    expect(firstUnprintable(text)).toEqual(expected);
  });
});

describe('validation refuses what no PDF can print', () => {
  const base = readFixture(join(fixturesDir, 'base'));
  const withLine = (find: string, replace: string) =>
    base.map((f) => (f.path === 'content/programmes/ref-prog.yaml' ? { ...f, text: f.text.replace(find, replace) } : f));

  it.each([
    ['an emoji in a title', 'title: Programme de référence', 'title: Programme 🎯 de référence', 'content/programmes/ref-prog.yaml:2:18', 'title', 'texte/glyphe'],
    ['Hebrew in a list item', '    title: Coaching individuel', '    title: Coaching (שלום)', 'content/programmes/ref-prog.yaml:29:22', 'workshops › n° 1 › title', 'texte/droite-a-gauche'],
    ['Arabic in a quoted text', 'summary: Un programme terminé, cité en référence.', 'summary: "Bienvenue : مرحبا"', 'content/programmes/ref-prog.yaml:3:23', 'summary', 'texte/droite-a-gauche'],
    ['a direction override written as an escape', 'summary: Un programme terminé, cité en référence.', 'summary: "abc\\u202Edef"', 'content/programmes/ref-prog.yaml:3:10', 'summary', 'texte/sens'],
  ])('%s', (_, find, replace, where, field, rule) => {
    const result = validateFiles(withLine(find, replace));
    expect(result.errors).toBe(1);
    const report = formatDiagnostics(result.diagnostics);
    expect(report.split('\n')[0]).toMatch(new RegExp(`^${where}  erreur  .+  ${rule}$`));
    expect(report.split('\n')[1]).toBe(`  champ\u00A0: ${field}`);
    expect(report).toMatch(/\n {2}trouvé\u00A0: .+\n {2}attendu\u00A0: .+\n {2}correction\u00A0: .+$/);
    expect(report).not.toMatch(/[\u202E\u200F]/);
    // Nothing of the file reaches the corpus the site is built from.
    expect(result.corpus.programmes.map((p) => p.id)).toEqual(['proposed-prog']);
  });

  it('accepts a character in a comment or a key it does not print', () => {
    const result = validateFiles(withLine('title: Programme de référence', '# Titre 🎯\ntitle: Programme de référence'));
    expect(formatDiagnostics(result.diagnostics)).toBe('');
  });

  it('reports one field after another, not only the first', () => {
    const result = validateFiles(withLine('title: Programme de référence', 'title: Programme 🎯').map((f) => (f.path.endsWith('ref-prog.yaml') ? { ...f, text: f.text.replace('    title: Coaching individuel', '    title: Coaching ✅') } : f)));
    expect(result.diagnostics.map((d) => [d.line, d.path.join('.'), d.rule])).toEqual([
      [2, 'title', 'texte/glyphe'],
      [29, 'workshops.0.title', 'texte/glyphe'],
    ]);
  });
});
