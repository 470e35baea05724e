/**
 * Reading a PDF back for tests, with pdfjs-dist (text with positions, metadata, outline,
 * attachments) and poppler (pdftotext, pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { onCi, popplerFound } from '../../scripts/test-tools.mjs';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReadPdf {
  pages: number;
  text: string[];
  items: TextItem[][];
  info: Record<string, unknown>;
  outline: Array<{ title: string; page: number }>;
  attachments: Record<string, Uint8Array>;
  size: { width: number; height: number };
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  const text: string[] = [];
  const items: TextItem[][] = [];
  let size = { width: 0, height: 0 };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    size = { width: viewport.width, height: viewport.height };
    const content = await page.getTextContent({ disableNormalization: true });
    const pageItems = (content.items as Array<{ str: string; transform: number[]; width: number; height: number }>)
      .filter((i) => 'str' in i && i.str.length > 0)
      .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, height: i.height }));
    items.push(pageItems);
    text.push(pageItems.map((i) => i.str).join(' '));
  }
  const { info } = (await doc.getMetadata()) as { info: Record<string, unknown> };
  const outline: Array<{ title: string; page: number }> = [];
  for (const entry of (await doc.getOutline()) ?? []) {
    const dest = Array.isArray(entry.dest) ? entry.dest : await doc.getDestination(String(entry.dest));
    const page = dest ? (await doc.getPageIndex(dest[0] as never)) + 1 : 0;
    outline.push({ title: entry.title, page });
  }
  const attachments: Record<string, Uint8Array> = {};
  for (const [id] of (await doc.getAttachments()) ?? []) {
    const content = await doc.getAttachmentContent(id);
    if (content) attachments[id] = content;
  }
  await doc.cleanup?.();
  return { pages: text.length, text, items, info, outline, attachments, size };
}

/** pdftotext's layout text of one page (1-based), or of the whole document. */
export function pdftotext(bytes: Uint8Array, page?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdftotext-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const range = page ? ['-f', String(page), '-l', String(page)] : [];
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A page rasterised by pdftoppm as raw grey pixels (PGM), for pixel comparisons. */
export function rasterise(bytes: Uint8Array, page: number, dpi = 50): { width: number; height: number; pixels: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'pdftoppm-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'out')]);
    const pgm = readFileSync(join(dir, 'out.pgm'));
    // Header: P5\n<width> <height>\n<max>\n
    const header = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
    const [width, height] = [Number(header[1]), Number(header[2])];
    return { width, height, pixels: new Uint8Array(pgm.subarray(pgm.length - width * height)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether the tests that need poppler run: without it they are skipped, except on CI where they fail. */
export const hasPoppler = popplerFound || onCi;
