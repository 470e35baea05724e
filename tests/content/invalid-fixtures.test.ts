/**
 * Every kind of mistake in tests/fixtures/invalid/<case>/ (the base corpus with one thing wrong)
 * must fail with the French report pinned in its expected.txt. Run with UPDATE=1 to regenerate
 * the expected texts, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  it('cover at least 30 kinds of mistake', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
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
    if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, report);
    expect(report).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
