/** The hash that names what a build keeps (cache files, Astro's incremental build keys). */
import { createHash, type Hash } from 'node:crypto';

/** The SHA-256 of some bytes or texts, in hexadecimal. */
export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * A value written out for hashing, each kind tagged and each string, list and object delimited.
 * The text is gathered in JavaScript and handed to the hash in large pieces: one `update` per
 * value cost more than the hashing itself (1.6 s of a 1,000-sheet build).
 */
class Feeder {
  private text = '';
  constructor(private readonly hash: Hash) {}

  private write(part: string): void {
    this.text += part;
    if (this.text.length > 65536) this.flush();
  }

  flush(): void {
    if (this.text.length > 0) this.hash.update(this.text, 'utf16le');
    this.text = '';
  }

  feed(value: unknown): void {
    if (value === null) return this.write('n');
    switch (typeof value) {
      case 'undefined':
        return this.write('u');
      case 'boolean':
        return this.write(value ? 't' : 'f');
      case 'number':
        return this.write(`d${Object.is(value, -0) ? '-0' : String(value)};`);
      case 'bigint':
        return this.write(`i${value};`);
      case 'string':
        return this.write(`s${value.length}:${value}`);
    }
    if (value instanceof Uint8Array) {
      this.write(`b${value.length}:`);
      this.flush();
      return void this.hash.update(value);
    }
    if (value instanceof Date) return this.write(`D${value.getTime()};`);
    if (Array.isArray(value)) {
      this.write(`[${value.length}:`);
      for (const item of value) this.feed(item);
      return this.write(']');
    }
    if (value instanceof Map || value instanceof Set) {
      this.write(value instanceof Map ? 'M' : 'S');
      for (const item of value) this.feed(item);
      return this.write(';');
    }
    if (typeof value === 'object') {
      this.write('{');
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        this.feed(key);
        this.feed((value as Record<string, unknown>)[key]);
      }
      return this.write('}');
    }
    throw new TypeError(`hashOfData: ${typeof value}`);
  }
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
  const feeder = new Feeder(hash);
  for (const value of values) feeder.feed(value);
  feeder.flush();
  return hash.digest('hex');
}

/** The hashes of documents already hashed in this process, shared by its module instances. */
const frozen: WeakMap<object, string> = ((globalThis as { __passerelleFrozenHashes?: WeakMap<object, string> }).__passerelleFrozenHashes ??= new WeakMap());

/**
 * {@link hashOfData} of a value that is never changed once made (a sheet's document), computed
 * once per value: the sheet's page key and its PDF's name in the cache both hash its document.
 */
export function hashOfFrozen(value: object): string {
  let hash = frozen.get(value);
  if (hash === undefined) frozen.set(value, (hash = hashOfData(value)));
  return hash;
}

