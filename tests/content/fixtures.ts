import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionNames, type CollectionName } from '../../schemas/index';
import type { SourceFile } from '../../src/content/validate';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

/** The files of a fixture folder, as if they were in content/. */
export function readFixture(dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of collectionNames) {
    const sub = join(dir, collection);
    if (!existsSync(sub)) continue;
    for (const name of readdirSync(sub).sort()) {
      const full = join(sub, name);
      if (!statSync(full).isFile()) continue;
      files.push({ collection: collection as CollectionName, path: `content/${relative(dir, full)}`, text: readFileSync(full, 'utf8') });
    }
  }
  return files;
}

/** The base corpus with a case's files replacing or adding to it. */
export function withCase(caseDir: string): SourceFile[] {
  const overrides = readFixture(caseDir);
  const base = readFixture(join(fixturesDir, 'base')).filter((f) => !overrides.some((o) => o.path === f.path));
  return [...base, ...overrides];
}
