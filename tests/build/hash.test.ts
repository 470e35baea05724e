/**
 * The hash that names the cache's PDFs and Astro's page keys: equal data gives equal hashes,
 * however the engine holds its strings, and different data different ones.
 */
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { hashOfData } from '../../src/build/hash';

const text = 'Éducation populaire et insertion';
// The same characters, held by V8 in two bytes each (cut out of a string that needs them).
const twoBytes = (text + '\u0100').slice(0, text.length);

describe('hashOfData', () => {
  it('gives equal strings the same hash, in one byte or two bytes per character', () => {
    expect(twoBytes).toBe(text);
    // V8's serialiser (the hash before) told them apart.
    expect(Buffer.from(serialize(twoBytes)).equals(Buffer.from(serialize(text)))).toBe(false);
    expect(hashOfData({ title: twoBytes, pages: [1, 2] })).toBe(hashOfData({ title: text, pages: [1, 2] }));
  });

  it.each([
    ['a string and the same digits as a number', ['12'], [12]],
    ['two strings and their concatenation', ['ab', 'c'], ['a', 'bc']],
    ['undefined and null', [undefined], [null]],
    ['a key moved to another object', [{ a: 1 }, {}], [{}, { a: 1 }]],
    ['other bytes', [new Uint8Array([1, 2])], [new Uint8Array([1, 3])]],
    ['another date', [new Date('2022-01-01')], [new Date('2022-01-02')]],
    ['zero and minus zero', [0], [-0]],
  ])('tells apart %s', (_, a, b) => {
    expect(hashOfData(a)).not.toBe(hashOfData(b));
  });

  it('is the SHA-256 of its tagged encoding (a string: s, its length, its UTF-16 code units)', () => {
    expect(hashOfData('a')).toBe('621acfbace324a8a976bef7c8addd7ee733a8a5630ce8567a9cb46f4e8988d4e');
  });
});
