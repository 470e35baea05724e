/**
 * Validation results kept between builds (`ValidationStore`): a file whose text has not changed is
 * taken back as it was, with its warnings; only valid published files are kept; and a check across
 * files that fails on a file taken back still says its line.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildValidationStore } from '../../src/content/content-fs';
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

describe('the build cache’s validation store (packs on disk)', () => {
  // The cache folder is chosen once per process: this file's own, in a temporary folder.
  const cache = mkdtempSync(join(tmpdir(), 'passerelle-paquets-'));
  process.env.PASSERELLE_CACHE = cache;
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  const packs = () => {
    const version = readdirSync(join(cache, 'validation'))[0];
    const dir = join(cache, 'validation', version);
    return new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).mtimeMs]));
  };
  /** A validation through a new store (a new build), counting what it found there. */
  const validate = (files: SourceFile[]) => {
    const store = buildValidationStore();
    const counts = { hits: 0, sets: 0 };
    const counting: ValidationStore = {
      get: (file) => {
        const found = store.get(file);
        if (found) counts.hits++;
        return found;
      },
      set: (file, stored) => {
        counts.sets++;
        store.set(file, stored);
      },
      flush: () => store.flush?.(),
    };
    return { result: validateFiles(files, [], undefined, undefined, counting), counts };
  };

  it('writes a few packs once, takes every valid file back from them, and writes again only the pack that changed', async () => {
    const first = validate(base());
    expect(first.counts).toEqual({ hits: 0, sets: 6 });
    const written = packs();
    expect(written.size).toBeGreaterThan(0);
    expect(written.size).toBeLessThanOrEqual(6);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = validate(base());
    expect(again.counts).toEqual({ hits: 6, sets: 0 });
    expect(again.result.corpus).toEqual(first.result.corpus);
    expect(again.result.diagnostics).toEqual(first.result.diagnostics);
    // Nothing changed: no pack written.
    expect(packs()).toEqual(written);

    const changed = base().map((f) => (f.path === 'content/providers/prov.yaml' ? { ...f, text: `${f.text}\n# modifié\n` } : f));
    const third = validate(changed);
    expect(third.counts).toEqual({ hits: 5, sets: 1 });
    const after = packs();
    const rewritten = [...after].filter(([name, time]) => written.get(name) !== time).map(([name]) => name);
    // The new entry's pack, and the old entry's if another file still leads to it.
    expect(rewritten.length).toBeGreaterThanOrEqual(1);
    expect(rewritten.length).toBeLessThanOrEqual(2);
  });

  it('validates again, without failing, the files of a pack that cannot be read', () => {
    validate(base());
    const version = readdirSync(join(cache, 'validation'))[0];
    for (const name of readdirSync(join(cache, 'validation', version))) writeFileSync(join(cache, 'validation', version, name), 'pas un paquet');
    const again = validate(base());
    expect(again.counts).toEqual({ hits: 0, sets: 6 });
    expect(again.result.errors).toBe(0);
  });
});

