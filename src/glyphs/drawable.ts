/**
 * Which characters a Passerelle PDF can print, decided once for validation and for the PDF step.
 *
 * A character is printable when all four faces of the PDF font draw it (the table generated from
 * the fonts, `coverage-data.ts`: any text may be set in bold or italic) and when it reads left to
 * right. Right-to-left scripts (Hebrew, Arabic and its relatives, whose letters also join) are
 * refused rather than printed wrong: the PDF step lays text out one character after the other,
 * left to right, without bidirectional reordering or contextual shaping, so Hebrew would print
 * reversed and Arabic unjoined and reversed, while the page in the browser showed them right.
 * Direction controls (U+202E…) are refused too: they would reorder the page and not the PDF.
 *
 * Pure: no font is read; `npm run fonts` regenerates the table.
 *
 * @example
 * firstUnprintable('Bilan de santé') // → undefined
 * firstUnprintable('Atelier 🙂')     // → { index: 8, character: '🙂', codePoint: 0x1f642, reason: 'glyph' }
 * firstUnprintable('שלום')           // → { index: 0, …, reason: 'right-to-left', script: 'Hebrew' }
 */
import { fontCoverage } from './coverage-data';

export type Unprintable = {
  /** Index of the character in the text (UTF-16 units). */
  index: number;
  character: string;
  codePoint: number;
} & ({ reason: 'glyph' } | { reason: 'right-to-left'; script: RightToLeftScript } | { reason: 'direction-control' });

/** Scripts written right to left (and, for most, with joined letters), by their Unicode name. */
export const rightToLeftScripts = ['Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko', 'Samaritan', 'Mandaic', 'Adlam', 'Hanifi_Rohingya', 'Yezidi', 'Mende_Kikakui'] as const;
export type RightToLeftScript = (typeof rightToLeftScripts)[number];

const scriptTests = rightToLeftScripts.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);
const RIGHT_TO_LEFT = new RegExp(rightToLeftScripts.map((script) => `\\p{Script=${script}}`).join('|'), 'u');
/** The first code point of the first right-to-left script (Hebrew): below it, no test is needed. */
const FIRST_RIGHT_TO_LEFT = 0x0590;
/** Explicit direction marks, embeddings, overrides and isolates. */
const DIRECTION_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** The coverage table as sorted [first, last] pairs. */
const ranges: Array<[number, number]> = fontCoverage.ranges.split(' ').map((range) => {
  const [first, last = first] = range.split('-');
  return [parseInt(first, 16), parseInt(last, 16)];
});

/** Whether all four faces of the PDF font draw a code point (binary search in the table). */
export function fontDraws(codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codePoint < ranges[mid][0]) high = mid - 1;
    else if (codePoint > ranges[mid][1]) low = mid + 1;
    else return true;
  }
  return false;
}

/** The right-to-left script of a character, if it belongs to one. */
export function rightToLeftScript(character: string): RightToLeftScript | undefined {
  if (character.codePointAt(0)! < FIRST_RIGHT_TO_LEFT || !RIGHT_TO_LEFT.test(character)) return undefined;
  return scriptTests.find(([, test]) => test.test(character))?.[0];
}

/** Why a character cannot be printed, or undefined when it can (line breaks and tabs can). */
export function whyUnprintable(character: string): Unprintable['reason'] | undefined {
  if (character === '\n' || character === '\t') return undefined;
  if (DIRECTION_CONTROL.test(character)) return 'direction-control';
  if (rightToLeftScript(character)) return 'right-to-left';
  return fontDraws(character.codePointAt(0)!) ? undefined : 'glyph';
}

/** The first character of a text that a PDF cannot print, with why. */
export function firstUnprintable(text: string): Unprintable | undefined {
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.codePointAt(index)!;
    // The common case first: printable ASCII and Latin-1 letters are in every face.
    if (codePoint >= 0x20 && codePoint < 0x7f) continue;
    const character = String.fromCodePoint(codePoint);
    const reason = whyUnprintable(character);
    if (reason === 'right-to-left') return { index, character, codePoint, reason, script: rightToLeftScript(character)! };
    if (reason) return { index, character, codePoint, reason };
    if (codePoint > 0xffff) index++;
  }
  return undefined;
}
