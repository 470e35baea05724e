/**
 * A PDF worker thread (see pdf-pool.ts): parses the fonts once, then renders each document it is
 * sent and writes its bytes to the cache file named in the job. Only the result's size, or the
 * French error of a document that cannot be laid out, goes back to the build.
 */
import { deserialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { Document } from '../document/model';
import { loadFonts } from '../pdf/fonts';
import { readFontBytes } from '../pdf/fonts-fs';
import { renderPdf } from '../pdf/render';
import { writeCacheFile } from './cache-fs';
import { errorParts } from './pending';
import type { JobMessage, ResultMessage } from './pdf-pool';

const fonts = loadFonts(readFontBytes());

parentPort!.on('message', async (job: JobMessage) => {
  let reply: ResultMessage;
  try {
    const doc = deserialize(job.document) as Document;
    const { bytes } = await renderPdf(doc, fonts);
    writeCacheFile(job.path, bytes);
    reply = { id: job.id, ok: true };
  } catch (error) {
    reply = { id: job.id, ok: false, ...errorParts(error) };
  }
  parentPort!.postMessage(reply);
});
