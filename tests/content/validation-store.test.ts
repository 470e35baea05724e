/**
 * Validation results kept between builds (`ValidationStore`): a file whose text has not changed is
 * taken back as it was, with its warnings; only valid published files are kept; and a check across
 * files that fails on a file taken back still says its line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles, type SourceFile, type StoredFile, type ValidationStore } from '../../src/content/validate';
import { fixturesDir, readFixture } from './fixtures';

/** A store in memory that counts what it is asked. */
function memoryStore() {
  const files = new Map<string, StoredFile>();
  const asked = { hits: 0, misses: 0 };
  const key = (f: SourceFile) => `${f.path}\n${f.text}`;
  const store: ValidationStore = {
    get(file) {
      const found = files.get(key(file));
      if (found) asked.hits++;
      else asked.misses++;
      return found === undefined ? undefined : structuredClone(found);
    },
    set(file, stored) {
      files.set(key(file), structuredClone(stored));
    },
  };
  return { store, files, asked };
}

const base = () => readFixture(join(fixturesDir, 'base'));

describe('a validation store', () => {
  it('keeps the valid published files and gives the same result from them', () => {
    const { store, files, asked } = memoryStore();
    const first = validateFiles(base(), [], undefined, undefined, store);
    expect(first.errors).toBe(0);
    expect(files.size).toBe(6);
    const again = validateFiles(base(), [], undefined, undefined, store);
    expect(asked).toEqual({ hits: 6, misses: 6 });
    expect(again.corpus).toEqual(first.corpus);
    expect(again.diagnostics).toEqual(first.diagnostics);
  });

  it('keeps neither a draft nor an invalid file', () => {
    const { store, files } = memoryStore();
    const draft: SourceFile = { collection: 'programmes', path: 'content/programmes/jardin.yaml', text: 'draft: true\ntitle: Jardin\n' };
    const invalid: SourceFile = { collection: 'programmes', path: 'content/programmes/faux.yaml', text: 'title: 12\n' };
    validateFiles([...base(), draft, invalid], [], undefined, undefined, store);
    expect([...files.keys()].map((k) => k.split('\n')[0])).not.toContain(draft.path);
    expect([...files.keys()].map((k) => k.split('\n')[0])).not.toContain(invalid.path);
  });

  it('still gives the line of a check across files that fails on a file taken back', () => {
    const { store } = memoryStore();
    validateFiles(base(), [], undefined, undefined, store);
    const withoutProvider = base().filter((f) => f.path !== 'content/providers/prov.yaml');
    const fresh = validateFiles(withoutProvider);
    const taken = validateFiles(withoutProvider, [], undefined, undefined, store);
    const reference = (r: typeof fresh) => r.diagnostics.filter((d) => d.file === 'content/responses/resp.yaml');
    expect(reference(fresh).length).toBeGreaterThan(0);
    expect(reference(fresh)[0].line).toBe(2);
    expect(reference(taken)).toEqual(reference(fresh));
  });
});
