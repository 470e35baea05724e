// The programs some tests need besides Node: Chromium (browser tests) and poppler (pdftotext and
// pdftoppm read the built PDFs back). Found here the same way for the tests, which skip what they
// cannot run, and for scripts/test.mjs, which says so in its closing lines. On CI a missing tool
// is a failure, not a skip: the tests run and fail, and the run fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** CI=true (or any value but false and 0), as GitHub Actions, GitLab CI and most others set. */
export const onCi = Boolean(process.env.CI) && !['false', '0'].includes(String(process.env.CI).toLowerCase());

function runs(command) {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const chromiumFound = existsSync(CHROMIUM);
export const popplerFound = runs('pdftotext') && runs('pdftoppm');

/** What is missing, in French, each with how to install it. */
export function missingTools() {
  const missing = [];
  if (!chromiumFound) missing.push(`Chromium est absent (${CHROMIUM})\u00A0: les tests dans le navigateur n’ont pas tourné. Installez-le avec « apt-get install chromium », ou donnez son chemin dans CHROMIUM_PATH.`);
  if (!popplerFound) missing.push(`poppler est absent (pdftotext, pdftoppm)\u00A0: les tests qui relisent les PDF n’ont pas tourné. Installez-le avec « apt-get install poppler-utils ».`);
  return missing;
}
