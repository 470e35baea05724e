/**
 * `npm test` (scripts/test.mjs) when a program the tests need is missing: its closing lines say
 * which one and how to install it; on CI the run fails instead of leaving the tests skipped.
 * Runs the script on the response-preview browser tests with a Chromium that does not exist.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'passerelle-test-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function testRun(ci: boolean) {
  // A clean environment for the inner Vitest: none of this run's VITEST_* variables.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const run = spawnSync(process.execPath, ['scripts/test.mjs', 'tests/e2e/responses.test.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, CI: ci ? 'true' : '', CHROMIUM_PATH: '/nonexistent/chromium', PASSERELLE_REUSE_BUILD: '1', PASSERELLE_TEST_REPORT: join(dir, `vitest-${ci}.json`) },
  });
  return { status: run.status, closing: run.stdout.trimEnd().split('\n').slice(-4) };
}

const missing = 'Chromium est absent (/nonexistent/chromium)\u00A0: les tests dans le navigateur n’ont pas tourné. Installez-le avec « apt-get install chromium », ou donnez son chemin dans CHROMIUM_PATH.';

describe('npm test without Chromium', () => {
  it('says so in its closing lines and skips the browser tests', () => {
    expect(testRun(false)).toEqual({ status: 0, closing: ['', missing, '', '0 passed, 0 failed, 5 skipped'] });
  });

  it('fails on CI instead of skipping them', () => {
    expect(testRun(true)).toEqual({
      status: 1,
      closing: [missing, 'CI\u00A0: un programme manque, la suite échoue au lieu d’ignorer les tests qui en ont besoin.', '', '0 passed, 1 failed, 5 skipped'],
    });
  });
});
