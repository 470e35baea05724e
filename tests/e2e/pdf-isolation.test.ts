/**
 * Issue 12, item 7, in full builds: every PDF a build writes has the bytes of the same document
 * rendered alone, with its own fonts (a build renders them all with one shared set, in an order of
 * Astro's choosing). The orders that made a document lose letters before the fix (a sheet rendered
 * after the others read « �ntretiens ») are in tests/pdf/isolation.test.ts, with the text read back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { loadFonts } from '../../src/pdf/fonts';
import { readFontBytes } from '../../src/pdf/fonts-fs';
import { sampleDocuments } from '../pdf/sample-documents';
import { dist, root } from './browser';

const pdfsOf = (site: string) =>
  readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.pdf'))
    .map((file) => `/${file.split('\\').join('/')}`)
    .sort();

/** Each PDF of a built site that differs from its document rendered alone. */
async function differing(site: string, content: string): Promise<string[]> {
  const documents = sampleDocuments(loadCorpus(content, root));
  const out: string[] = [];
  for (const route of pdfsOf(site)) {
    const document = documents.find((d) => d.route === route);
    const alone = document && (await document.render(loadFonts(readFontBytes())));
    if (!alone || !Buffer.from(readFileSync(join(site, route))).equals(Buffer.from(alone.bytes))) out.push(route);
  }
  return out;
}

describe('the PDFs of the sample site', () => {
  it('are the documents of the sample content, each with the bytes it has alone', async () => {
    expect(pdfsOf(dist).length).toBeGreaterThanOrEqual(6);
    expect(await differing(dist, join(root, 'content'))).toEqual([]);
  });
});
