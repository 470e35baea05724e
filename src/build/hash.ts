/** The hash that names what a build keeps (cache files, Astro's incremental build keys). */
import { createHash, type Hash } from 'node:crypto';

/** The SHA-256 of some bytes or texts, in hexadecimal. */
export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** Writes a value into a hash, each kind tagged and each string, list and object delimited. */
function feed(hash: Hash, value: unknown): void {
  if (value === null) return void hash.update('n');
  switch (typeof value) {
    case 'undefined':
      return void hash.update('u');
    case 'boolean':
      return void hash.update(value ? 't' : 'f');
    case 'number':
      return void hash.update(`d${Object.is(value, -0) ? '-0' : String(value)};`);
    case 'bigint':
      return void hash.update(`i${value};`);
    case 'string':
      hash.update(`s${value.length}:`);
      return void hash.update(value, 'utf16le');
  }
  if (value instanceof Uint8Array) {
    hash.update(`b${value.length}:`);
    return void hash.update(value);
  }
  if (value instanceof Date) return void hash.update(`D${value.getTime()};`);
  if (Array.isArray(value)) {
    hash.update(`[${value.length}:`);
    for (const item of value) feed(hash, item);
    return void hash.update(']');
  }
  if (value instanceof Map || value instanceof Set) {
    hash.update(value instanceof Map ? 'M' : 'S');
    for (const item of value) feed(hash, item);
    return void hash.update(';');
  }
  if (typeof value === 'object') {
    hash.update('{');
    for (const [key, item] of Object.entries(value)) {
      feed(hash, key);
      feed(hash, item);
    }
    return void hash.update('}');
  }
  throw new TypeError(`hashOfData: ${typeof value}`);
}

/**
 * The hash of plain data (objects, arrays, strings, numbers, bytes, dates…): the same data built
 * the same way gives the same hash. V8's serialiser, used before, is not canonical: it writes a
 * string in one or two bytes per character as the engine happens to hold it, so that a few sheets
 * of a bank of 300 changed hash from one build to the next with nothing changed, and their PDFs
 * were rendered again.
 */
export function hashOfData(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) feed(hash, value);
  return hash.digest('hex');
}
