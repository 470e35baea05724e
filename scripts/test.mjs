#!/usr/bin/env node
// Runs every test (unit, content, CLI, build, PDF and browser tests) with Vitest and ends with the
// line CI reads: "N passed, N failed" (", N skipped" when some are skipped). Just above it, it
// says which program the browser and PDF tests lacked (Chromium, poppler); on CI (CI=true) a
// missing program fails the run instead of leaving its tests skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { missingTools, onCi } from './test-tools.mjs';

// PASSERELLE_TEST_REPORT: another place for Vitest's JSON report (the test of this script uses it).
const report = process.env.PASSERELLE_TEST_REPORT ?? 'test-output/vitest.json';
mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
let ranEndToEnd = false;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
  // A file that fails to load has no tests but is a failure.
  failed += json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  // Chromium and poppler serve the end-to-end tests only.
  ranEndToEnd = json.testResults.some((file) => /[\\/]tests[\\/]e2e[\\/]/.test(file.name));
} catch {
  failed = Math.max(failed, 1);
}
if (run.status !== 0 && failed === 0) failed = 1;

const missing = ranEndToEnd ? missingTools() : [];
if (missing.length > 0) {
  console.log('');
  for (const line of missing) console.log(line);
  if (onCi) {
    console.log('CI\u00A0: un programme manque, la suite échoue au lieu d’ignorer les tests qui en ont besoin.');
    failed = Math.max(failed, missing.length);
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
