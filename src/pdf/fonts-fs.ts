/**
 * Reads the DejaVu Sans fonts from the dejavu-fonts-ttf package (a Unicode TTF family whose
 * subsets pdf-lib's fontkit writes correctly; see STACK-NOTES). The only file access of the PDFs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontBytes } from './fonts';

export function readFontBytes(): FontBytes {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  return {
    regular: read('DejaVuSans.ttf'),
    bold: read('DejaVuSans-Bold.ttf'),
    italic: read('DejaVuSans-Oblique.ttf'),
    boldItalic: read('DejaVuSans-BoldOblique.ttf'),
  };
}
