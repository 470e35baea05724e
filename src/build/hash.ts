/** The hash that names what a build keeps (cache files, Astro's incremental build keys). */
import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';

/** The SHA-256 of some bytes or texts, in hexadecimal. */
export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * The hash of plain data (objects, arrays, strings, numbers…), through V8's serialiser: the same
 * data built the same way gives the same hash.
 */
export const hashOfData = (value: unknown): string => hashOf(serialize(value));
