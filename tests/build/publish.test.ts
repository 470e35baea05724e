/**
 * Issue 12, item 6: a build that fails leaves the previously published folder exactly as it was
 * and no partial output; a build that succeeds replaces it whole (scripts/publish-fs.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leftovers, publishAtomically } from '../../scripts/publish-fs';

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'publish-'));
  out = join(dir, 'dist');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under a folder with its bytes and modification time, and every folder. */
function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(folder, name);
    const stat = statSync(path);
    entries[relative(folder, path)] = stat.isDirectory() ? 'dossier' : `${readFileSync(path, 'utf8')} @${stat.mtimeMs}`;
  }
  return entries;
}

const write = (folder: string, files: Record<string, string>) => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
};
const published = { 'index.html': 'ancien site', 'experiences/a.pdf': 'ancien PDF', 'experiences/a.json': '{}' };

describe('publishAtomically', () => {
  it('publishes into a folder that did not exist', async () => {
    await publishAtomically(out, (staging) => write(staging, { 'index.html': 'nouveau' }));
    expect(snapshot(out)).toEqual({ 'index.html': expect.stringMatching(/^nouveau @/) });
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('replaces the published folder whole when the build succeeds', async () => {
    write(out, published);
    await publishAtomically(out, (staging) => write(staging, { 'index.html': 'nouveau', 'appels/b.pdf': 'PDF' }));
    expect(Object.keys(snapshot(out))).toEqual(['appels', 'appels/b.pdf', 'index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('nouveau');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it.each([
    ['before writing anything', () => {}],
    ['after writing half the site (the bad entry’s JSON included)', (staging: string) => write(staging, { 'index.html': 'à moitié', 'experiences/mauvaise.json': '{}' })],
  ])('leaves the published folder exactly as it was when the build fails %s', async (_, partial) => {
    write(out, published);
    const before = snapshot(out);
    const failure = new Error('la police ne dessine pas ce caractère');
    await expect(
      publishAtomically(out, async (staging) => {
        partial(staging);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(snapshot(out)).toEqual(before);
    expect(Object.keys(before)).toHaveLength(4);
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('leaves no output at all when the first build fails', async () => {
    const build = async (staging: string) => {
      write(staging, { 'index.html': 'x' });
      throw new Error('échec');
    };
    await expect(publishAtomically(out, build)).rejects.toThrow('échec');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes what a build killed before it finished left behind, not what a running build uses', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    mkdirSync(join(dir, `.dist.construction-${dead}-abc`));
    mkdirSync(join(dir, `.dist.precedent-${dead}-abc`));
    mkdirSync(join(dir, `.dist.construction-${process.pid}-xyz`));
    expect(leftovers(out).map((p) => relative(dir, p)).sort()).toEqual([`.dist.construction-${dead}-abc`, `.dist.precedent-${dead}-abc`]);
    await publishAtomically(out, (staging) => write(staging, { 'index.html': 'nouveau' }));
    expect(readdirSync(dir).sort()).toEqual([`.dist.construction-${process.pid}-xyz`, 'dist']);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});
