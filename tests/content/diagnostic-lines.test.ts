/**
 * Issue 12, item 5: every error says what was found, what was expected and how to fix it (its
 * « trouvé », « attendu » and « correction » lines), on every invalid fixture, on broken variants
 * of the fixtures and of the sample content (tests/fuzz/broken.ts), on the fuzz test's hostile
 * variants and on entries of content/ that are not content files. Before the fix, 49 of the 75
 * errors of the invalid fixtures lacked one, and 45 of 45 unknown-key errors of the broken
 * variants had no « attendu ».
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../schemas/index';
import { readContentFolder } from '../../src/content/content-fs';
import type { Diagnostic } from '../../src/content/diagnostics';
import { decodeSource } from '../../src/content/source';
import { bodyFields, validateFiles } from '../../src/content/validate';
import { brokenVariants, checkBroken, lacking } from '../fuzz/broken';
import { classes, readSample, variants } from '../fuzz/hostile';
import { fsVariants } from '../fuzz/hostile-fs';
import { fixturesDir, readFixture, withCase } from './fixtures';

const root = join(import.meta.dirname, '..', '..');
/** `rule (line missing)` for each diagnostic that lacks a line. */
const incomplete = (list: readonly Diagnostic[]) => list.flatMap((d) => (lacking(d).length ? [`${d.file} ${d.rule} (sans ${lacking(d).join(', ')})`] : []));

describe('every error has its « trouvé », « attendu » and « correction » lines', () => {
  it('on every invalid fixture', () => {
    const dir = join(fixturesDir, 'invalid');
    const all = readdirSync(dir).flatMap((name) => validateFiles(withCase(join(dir, name))).diagnostics);
    expect(all.length).toBeGreaterThanOrEqual(78);
    expect(incomplete(all)).toEqual([]);
  });

  it('on 300 broken variants of the fixtures', () => {
    const base = readFixture(join(fixturesDir, 'base'));
    const outcomes = brokenVariants(base, 300).map((b) => checkBroken(base, [], b));
    const errors = outcomes.flatMap((o) => o.diagnostics.filter((d) => d.severity === 'error'));
    expect(outcomes.filter((o) => o.outcome === 'refused').length).toBeGreaterThan(180);
    expect(errors.filter((d) => d.rule === 'schema/champ-inconnu').length).toBeGreaterThan(30);
    expect(new Set(errors.map((d) => d.rule)).size).toBeGreaterThan(20);
  }, 120_000);

  it('on 25 broken variants of the sample content', () => {
    const folder = readContentFolder(join(root, 'content'), root);
    const outcomes = brokenVariants(folder.files, 25).map((b) => checkBroken(folder.files, folder.diagnostics, b));
    expect(outcomes.filter((o) => o.outcome === 'refused').length).toBeGreaterThan(15);
  }, 120_000);

  it('on the fuzz test’s hostile variants', () => {
    const sample = readSample(join(root, 'content'), root);
    const all: Diagnostic[] = [];
    for (const cls of classes) {
      for (const v of fc.sample(variants(sample)[cls], { seed: 12_2026, numRuns: 5 })) {
        const original = sample.files.find((f) => f.path === v.path)!;
        const decoded = decodeSource(v.bytes, { file: v.path, bodyField: bodyFields[original.collection as CollectionName] });
        const others = sample.files.filter((f) => f.path !== v.path);
        all.push(...(decoded.ok ? validateFiles([...others, { ...original, text: decoded.text }]) : validateFiles(others, decoded.diagnostics)).diagnostics);
      }
    }
    expect(all.filter((d) => d.severity === 'error').length).toBeGreaterThan(10);
    expect(incomplete(all)).toEqual([]);
  }, 120_000);

  it('on entries of content/ that are not content files, notes included', () => {
    const all: Diagnostic[] = [];
    for (const v of fc.sample(fsVariants, { seed: 12_2026, numRuns: 12 })) {
      const dir = mkdtempSync(join(tmpdir(), 'passerelle-lines-'));
      try {
        cpSync(join(fixturesDir, 'base'), join(dir, 'content'), { recursive: true });
        v.make(join(dir, 'content'));
        const folder = readContentFolder(join(dir, 'content'), dir);
        all.push(...validateFiles(folder.files, folder.diagnostics).diagnostics);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    expect(all.length).toBeGreaterThan(5);
    expect(incomplete(all)).toEqual([]);
  });
});
