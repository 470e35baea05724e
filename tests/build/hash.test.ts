/**
 * The hash that names the cache's PDFs and Astro's page keys: equal data gives equal hashes,
 * however the engine holds its strings, and different data different ones.
 */
import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { hashOfData, hashOfFrozen } from '../../src/build/hash';

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

  it('is the SHA-256 of its tagged encoding in UTF-16 (a string: s, its length, a colon, its code units)', () => {
    expect(hashOfData('a')).toBe(createHash('sha256').update('s1:a', 'utf16le').digest('hex'));
    expect(hashOfData('a')).toBe('eb78be754cd6aeb3e95ce88f71e64852917553925a925ba8c482ad2dc5ba904c');
  });

  it('hashes a large value the same, however its encoding is cut into pieces for the hash', () => {
    const parts = Array.from({ length: 5000 }, (_, i) => 'é'.repeat(i % 40));
    const encoding = `[5000:${parts.map((part) => `s${part.length}:${part}`).join('')}]`;
    expect(encoding.length).toBeGreaterThan(65536);
    expect(hashOfData(parts)).toBe(createHash('sha256').update(encoding, 'utf16le').digest('hex'));
  });

  it('hashes a frozen value as its data, once', () => {
    const doc = { title: text, sections: [{ id: 'a' }] };
    expect(hashOfFrozen(doc)).toBe(hashOfData(doc));
    // Computed once: a change made afterwards (which a document never gets) is not seen.
    doc.title = 'autre';
    expect(hashOfFrozen(doc)).not.toBe(hashOfData(doc));
  });
});

