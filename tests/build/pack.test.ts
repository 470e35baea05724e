/**
 * A pack of the build cache: records written one at a time come back whole, by name; a pack cut
 * short, or a file that is not a pack, reads as empty; an abandoned pack leaves the old one.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PackWriter, readPack } from '../../src/build/pack-fs';

const dir = mkdtempSync(join(tmpdir(), 'passerelle-paquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records: Array<[string, Uint8Array]> = [
  ['0a1b', new Uint8Array([1, 2, 3])],
  ['vide', new Uint8Array([])],
  ['été', new Uint8Array(70000).fill(7)],
];

describe('packs', () => {
  it('gives back each record by its name, and leaves no temporary file', () => {
    const path = join(dir, 'a.bin');
    const pack = new PackWriter(path);
    for (const [name, bytes] of records) pack.add(name, bytes);
    expect(pack.count).toBe(3);
    pack.commit();
    const read = readPack(path);
    expect([...read.keys()]).toEqual(records.map(([name]) => name));
    for (const [name, bytes] of records) expect(Buffer.from(read.get(name)!).equals(Buffer.from(bytes))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it.each([
    ['missing', null],
    ['not a pack', Buffer.from('pas un paquet')],
    ['cut short', 'cut'],
  ])('reads a file that is %s as an empty pack', (_name, content) => {
    const path = join(dir, `${_name}.bin`);
    if (content === 'cut') {
      const whole = new PackWriter(path);
      for (const [name, bytes] of records) whole.add(name, bytes);
      whole.commit();
      writeFileSync(path, readFileSync(path).subarray(0, 40));
    } else if (content) writeFileSync(path, content);
    expect(readPack(path).size).toBe(0);
  });

  it('keeps the pack on disk as it was when the new one is abandoned, and writes an empty pack when committed empty', () => {
    const path = join(dir, 'b.bin');
    const first = new PackWriter(path);
    first.add('un', new Uint8Array([1]));
    first.commit();
    const second = new PackWriter(path);
    second.add('deux', new Uint8Array([2]));
    second.abandon();
    expect([...readPack(path).keys()]).toEqual(['un']);
    new PackWriter(path).commit();
    expect(readPack(path).size).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});
