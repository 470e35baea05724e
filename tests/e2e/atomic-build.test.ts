/**
 * Issue 12, item 6, through `npm run build` (scripts/build.ts): a sheet whose title holds a
 * character the PDF fonts cannot draw. Before, the build stopped in the PDF step with a stack
 * trace and an English Astro hint, after writing into the published folder (65 files became 79,
 * the bad entry's JSON among them). Now validation refuses it, naming the file, the line and the
 * field, and the published folder (here a copy of the sample site) is exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, root } from './browser';

const work = join(root, 'test-output', 'atomic-build');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = statSync(join(folder, name));
    entries[name] = stat.isDirectory() ? 'dossier' : `${stat.size} ${stat.mtimeMs} ${readFileSync(join(folder, name)).toString('base64').slice(0, 64)}`;
  }
  return entries;
}

const build = (content: string, out: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PASSERELLE_CONTENT: content, PASSERELLE_OUT: out },
  });

describe('npm run build on content the PDF cannot print', () => {
  const content = join(work, 'content');
  const sheet = join(content, 'programmes', 'castelnau-donne-des-elles.yaml');
  const out = join(work, 'site');
  let before: Record<string, string>;
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(join(root, 'content'), content, { recursive: true });
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('title: Castelnau donne des Elles\n', 'title: Castelnau donne des Elles 🌷\n'));
    cpSync(dist, out, { recursive: true });
    before = snapshot(out);
    run = build(content, out);
  });

  it('stops with exit code 1 and the French report: file, line, field, what and how', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${relative(root, sheet)}:2:34  erreur  Caractère que les PDF ne peuvent pas imprimer\u00A0: «\u00A0🌷\u00A0» (U+1F337)`);
    expect(run.stderr).toContain('  champ\u00A0: title\n');
    expect(run.stderr).toContain('Construction arrêtée à l’étape «\u00A0pages et PDF\u00A0»');
  });

  it('prints no stack trace and no English hint', () => {
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$|Hint:|DocumentError/m);
  });

  it('leaves the published site exactly as it was, with nothing beside it', () => {
    expect(Object.keys(before).length).toBeGreaterThan(40);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(['content', 'site']);
  });
});

describe('the sample site, built by npm run build', () => {
  it('was published whole, with its search index, and no staging folder was left beside it', () => {
    expect(readdirSync(join(dist, 'pagefind')).length).toBeGreaterThan(0);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist.'))).toEqual([]);
  });
});
