/**
 * Issue 12, item 7, in a full build: every PDF of the built site has the bytes of the same
 * document rendered alone, with its own fonts (the build renders them all with one shared set, in
 * an order of Astro's choosing). See tests/pdf/isolation.test.ts for the orders and the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { sampleDocuments } from '../pdf/sample-documents';
import { dist } from './browser';

const built = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.pdf'))
  .map((file) => `/${relative(dist, join(dist, file)).split('\\').join('/')}`)
  .sort();
const documents = sampleDocuments(loadCorpus());

describe('the PDFs of a full build', () => {
  it('are all documents of the sample content', () => {
    expect(built.length).toBeGreaterThanOrEqual(6);
    expect(built.filter((route) => !documents.some((d) => d.route === route))).toEqual([]);
  });

  it.each(built)('%s has the bytes of its document rendered alone', async (route) => {
    const alone = await documents.find((d) => d.route === route)!.render(loadFonts(readFontBytes()));
    expect(Buffer.from(readFileSync(join(dist, route))).equals(Buffer.from(alone.bytes))).toBe(true);
  });
});
