/**
 * Line breaking: runs of styled text → lines that fit a width, with the typography a buyer
 * expects of a printed document:
 *
 * - lines break at ordinary spaces only, never at a no-break space (U+00A0) or a narrow one
 *   (U+202F): `38 400 €`, `« titre »` and `12 semaines` stay whole;
 * - a word may also break after its own hyphen or slash (`co-|développement`, `remobilisation/|coaching`);
 * - an e-mail address or a URL breaks only after a `/` or a `.`, never at its hyphen, so that it
 *   reads back as the same address;
 * - a word that does not fit is hyphenated at a French hyphenation point (`accom-|pagnement`)
 *   when that fills the line better, and always rather than being cut anywhere;
 * - only a word wider than a whole line with no break point left is cut between two characters,
 *   and never next to a no-break space.
 *
 * Every piece is measured with the font it is drawn in.
 */
import type { Run } from '../document/model';
import type { Face, FontSet } from './fonts';
import { styleOf } from './fonts';
import { hyphenationPoints } from './hyphenate';
import type { FontStyle } from './model';

export interface Piece {
  text: string;
  font: FontStyle;
  x: number;
  width: number;
  href?: string;
  code?: boolean;
  missing?: boolean;
}

export interface Line {
  pieces: Piece[];
  width: number;
}

interface Token {
  text: string;
  font: FontStyle;
  width: number;
  space: boolean;
  /** Addresses and code: no hyphenation, breaks only after `/` and `.`. */
  address: boolean;
  href?: string;
  code?: boolean;
  missing?: boolean;
}

const NO_BREAK = /[\u00A0\u202F]/;
const ADDRESS = /@|:\/\/|^www\./;

/** Where a word may break without a hyphen being added: after its hyphens and slashes. */
const WORD_BREAKS = /(?<=[\p{L}\d][-/])(?=[\p{L}\d])/u;
/** Where an address may break: after a slash or a dot followed by more of it. */
const ADDRESS_BREAKS = /(?<=[/.])(?=[^/.])/;

/** The pieces of a word between its free break points. */
export function segments(word: string, address: boolean): string[] {
  // Most words have no hyphen, slash or dot, and need no split.
  if (!(address ? /[/.]/ : /[-/]/).test(word)) return word === '' ? [] : [word];
  return word.split(address ? ADDRESS_BREAKS : WORD_BREAKS).filter(Boolean);
}

/** Splits runs into spaces and segments (the parts of words between free break points). */
function tokenize(runs: readonly Run[], fonts: FontSet, size: number): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const font = styleOf(run.bold, run.italic || run.missing);
    const face = fonts[font];
    const extra = { ...(run.href && { href: run.href }), ...(run.code && { code: true }), ...(run.missing && { missing: true }) };
    // A soft hyphen (U+00AD, pasted from Word) only says where a word may break: the page hides
    // it, and the PDF's own hyphenation decides; drawn, it printed « des- Elles » in a title.
    for (const part of run.text.replace(/[\t\r\n]+/g, ' ').replace(/\u00AD/g, '').split(/( +)/)) {
      if (part === '') continue;
      if (/^ +$/.test(part)) {
        tokens.push({ text: ' ', font, width: face.widthOf(' ', size), space: true, address: false, ...extra });
        continue;
      }
      const address = Boolean(run.code || run.href || ADDRESS.test(part));
      for (const segment of segments(part, address)) tokens.push({ text: segment, font, width: face.widthOf(segment, size), space: false, address, ...extra });
    }
  }
  return tokens;
}

/** Hyphenation points of a segment: those of each run of letters in it (none in addresses). */
function pointsOf(token: Token): number[] {
  if (token.address) return [];
  const points: number[] = [];
  for (const match of token.text.matchAll(/[\p{L}’']+/gu)) for (const p of hyphenationPoints(match[0])) points.push(match.index + p);
  return points;
}

/** The longest start of `token` that fits `room` once a hyphen is added, and the rest. */
function hyphenate(token: Token, room: number, face: Face, size: number): [Token, Token] | undefined {
  const points = pointsOf(token);
  for (let i = points.length - 1; i >= 0; i--) {
    const head = `${token.text.slice(0, points[i])}-`;
    const width = face.widthOf(head, size);
    if (width <= room + 0.001) {
      const tail = token.text.slice(points[i]);
      return [
        { ...token, text: head, width },
        { ...token, text: tail, width: face.widthOf(tail, size) },
      ];
    }
  }
  return undefined;
}

/** Cuts a segment wider than a line between characters, never next to a no-break space. */
function hardSplit(token: Token, room: number, face: Face, size: number): [Token, Token] {
  const chars = [...token.text];
  let cut = 0;
  let fallback = 1;
  for (let i = 1; i < chars.length; i++) {
    if (face.widthOf(chars.slice(0, i).join(''), size) > room) break;
    fallback = i;
    if (!NO_BREAK.test(chars[i - 1]) && !NO_BREAK.test(chars[i])) cut = i;
  }
  const at = cut || fallback;
  const head = chars.slice(0, at).join('');
  const tail = chars.slice(at).join('');
  return [
    { ...token, text: head, width: face.widthOf(head, size) },
    { ...token, text: tail, width: face.widthOf(tail, size) },
  ];
}

/**
 * A line filled to this share of its width ends rather than hyphenate its next word; a word wider
 * than a whole line is always hyphenated (narrow columns, chart labels).
 */
const FILL = 0.5;
/** Narrower than this (a table column), a word that fits a line of its own goes there whole. */
const WIDE = 120;
/** A word long enough to be worth hyphenating to fill a line (not an amount, not a number and its unit). */
const LONG_WORD = /^[(«]?[\p{L}’'-]{8,}[).,;:»]?$/u;

/** Breaks runs into lines of at most `width` points. */
export function breakLines(runs: readonly Run[], fonts: FontSet, size: number, width: number): Line[] {
  const lines: Line[] = [];
  let pieces: Token[] = [];
  let lineWidth = 0;
  const flush = () => {
    while (pieces.length && pieces[pieces.length - 1].space) lineWidth -= pieces.pop()!.width;
    lines.push(toLine(pieces));
    pieces = [];
    lineWidth = 0;
  };
  const queue = tokenize(runs, fonts, size);
  for (let i = 0; i < queue.length; i++) {
    const token = queue[i];
    if (token.space && pieces.length === 0) continue;
    if (lineWidth + token.width <= width + 0.001) {
      pieces.push(token);
      lineWidth += token.width;
      continue;
    }
    if (token.space) {
      flush();
      continue;
    }
    const face = fonts[token.font];
    const room = width - lineWidth;
    // Hyphenate when the word is wider than a line, or the line would otherwise stay too short.
    if (pieces.length === 0 || token.width > width || (width >= WIDE && lineWidth < width * FILL && LONG_WORD.test(token.text))) {
      const cut = hyphenate(token, room, face, size);
      if (cut) {
        pieces.push(cut[0]);
        lineWidth += cut[0].width;
        flush();
        queue.splice(i + 1, 0, cut[1]);
        continue;
      }
    }
    if (pieces.length > 0) {
      flush();
      i--;
      continue;
    }
    const [head, tail] = hardSplit(token, width, face, size);
    pieces.push(head);
    flush();
    // A column narrower than one character still gets a character per line, and nothing more:
    // an empty rest, put back in the queue, was split again forever (a table of 55 columns).
    if (tail.text) queue.splice(i + 1, 0, tail);
  }
  if (pieces.length || lines.length === 0) flush();
  return lines;
}

/**
 * The width of the widest part of a text that no line break may cut (a word, an amount with its
 * no-break spaces, a segment of an address): the narrowest a column can be without hyphenating.
 */
export function widestUnbreakable(runs: readonly Run[], fonts: FontSet, size: number): number {
  return Math.max(0, ...tokenize(runs, fonts, size).filter((t) => !t.space).map((t) => t.width));
}

/** Merges adjacent tokens of one style into pieces with their x positions. */
function toLine(tokens: readonly Token[]): Line {
  const pieces: Piece[] = [];
  let x = 0;
  for (const token of tokens) {
    const last = pieces[pieces.length - 1];
    if (last && last.font === token.font && last.href === token.href && last.code === token.code && last.missing === token.missing) {
      last.text += token.text;
      last.width += token.width;
    } else {
      pieces.push({
        text: token.text,
        font: token.font,
        x,
        width: token.width,
        ...(token.href && { href: token.href }),
        ...(token.code && { code: true }),
        ...(token.missing && { missing: true }),
      });
    }
    x += token.width;
  }
  return { pieces, width: x };
}
