/**
 * A buyer's site holds calls and no experience sheet yet (here the fourteen real calls of
 * tests/fixtures/real-calls/). Before, `npm run build` ran Pagefind on an empty folder, which
 * failed (« Pagefind was not able to build an index »), and the build stopped with an English
 * stack trace after Astro had written every page. Now it publishes the calls, their PDFs and their
 * open data, says there is no sheet to index, and the index of sheets offers no search form.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './browser';

const work = join(root, 'test-output', 'calls-only-build');
const content = join(work, 'content');
const out = join(work, 'site');
let run: ReturnType<typeof spawnSync>;

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(join(root, 'tests', 'fixtures', 'real-calls', 'tenders'), join(content, 'tenders'), { recursive: true });
  run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PASSERELLE_CONTENT: content, PASSERELLE_OUT: out, PASSERELLE_CACHE: '0' },
  });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build on content with calls and no sheet', () => {
  it('publishes, and says there was no sheet to index', () => {
    expect(run.stderr).not.toContain('Pagefind was not able');
    expect(run.status).toBe(0);
    // The dictionary's French typography puts a no-break space before the colons.
    const said = String(run.stdout).replace(/[\u00A0\u202F]/g, ' ');
    expect(said).toContain('Index de recherche : aucune fiche d’expérience à indexer');
    expect(said).toContain(`Site publié dans ${out}/ : pages et PDF, construits ensemble.`);
  });

  it('holds each call’s page, PDF and open data, and no search index', () => {
    const calls = readdirSync(join(content, 'tenders')).map((name) => name.replace(/\.yaml$/, ''));
    expect(calls).toHaveLength(14);
    for (const id of calls) {
      expect(existsSync(join(out, 'appels', id, 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'appels', `${id}.pdf`))).toBe(true);
      expect(existsSync(join(out, 'appels', `${id}.json`))).toBe(true);
    }
    expect(readdirSync(out).filter((name) => name.startsWith('pagefind'))).toEqual([]);
  });

  it('shows the empty index of sheets without a search form that could not search', () => {
    const index = readFileSync(join(out, 'experiences', 'index.html'), 'utf8');
    expect(index).not.toContain('data-finder');
    expect(index).toContain('0 fiche');
  });
});
