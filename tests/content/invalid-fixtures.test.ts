/**
 * Every kind of mistake in tests/fixtures/invalid/<case>/ (the base corpus with one thing wrong)
 * must fail with the French report pinned in its expected.txt. A case without one fails; run with
 * UPDATE=1 to write or regenerate the expected texts, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/content/diagnostics';
import { summary, validateFiles } from '../../src/content/validate';
import { fixturesDir, readFixture, withCase } from './fixtures';

const invalidDir = join(fixturesDir, 'invalid');
const cases = readdirSync(invalidDir).sort();

describe('the base fixture corpus', () => {
  it('is valid', () => {
    const result = validateFiles(readFixture(join(fixturesDir, 'base')));
    expect(formatDiagnostics(result.diagnostics)).toBe('');
    expect(result.errors).toBe(0);
  });
});

describe('invalid fixtures', () => {
  it('cover 121 kinds of mistake, each with its expected report', () => {
    expect(cases).toHaveLength(121);
    expect(cases.filter((name) => !existsSync(join(invalidDir, name, 'expected.txt')))).toEqual([]);
  });

  it.each(cases)('%s', (name) => {
    const result = validateFiles(withCase(join(invalidDir, name)));
    expect(result.errors).toBeGreaterThan(0);
    const report = `${formatDiagnostics(result.diagnostics)}\n\n${summary(result)}\n`;
    // Every diagnostic says where, what and how to fix, in French.
    for (const d of result.diagnostics) {
      expect(d.file).toMatch(/^content\//);
      expect(d.message).not.toMatch(/\b(Invalid|expected|received|Required|Unrecognized)\b/);
      expect(d.hint ?? d.expected).toBeTruthy();
    }
    const expectedFile = join(invalidDir, name, 'expected.txt');
    // Written only on request, so that a new report is read before it is accepted.
    if (process.env.UPDATE) writeFileSync(expectedFile, report);
    expect(existsSync(expectedFile), `${name}/expected.txt is missing: run UPDATE=1 npx vitest run ${relative(process.cwd(), import.meta.filename)}, then read the diff`).toBe(true);
    expect(report).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
