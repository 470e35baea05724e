/**
 * The fonts of a build: read and parsed once per process, shared by every PDF the build writes.
 */
import { loadFonts, type FontSet } from './fonts';
import { readFontBytes } from './fonts-fs';

let fonts: FontSet | undefined;

export function buildFonts(): FontSet {
  fonts ??= loadFonts(readFontBytes());
  return fonts;
}

/** PDFs can be left out of a build (PASSERELLE_PDF=0), to measure what they cost. */
export const pdfEnabled = () => process.env.PASSERELLE_PDF !== '0';
