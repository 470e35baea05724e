/**
 * Line breaking: runs of styled text → lines that fit a width.
 *
 * Breaks at ordinary spaces (never at the no-break spaces of French typography: `38 400 €` and
 * `« titre »` stay whole), after a hyphen or a slash inside a long word, and, for a word wider than
 * the line (a long address, an identifier), between any two characters. Every token is measured
 * once with the font it is drawn in.
 */
import type { FontSet } from './fonts';
import { styleOf } from './fonts';
import type { FontStyle, Inline } from './model';

export interface Piece {
  text: string;
  font: FontStyle;
  x: number;
  width: number;
  href?: string;
  code?: boolean;
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
  href?: string;
  code?: boolean;
}

/** Splits runs into words and spaces; a long word is split after its hyphens and slashes. */
function tokenize(inlines: readonly Inline[], fonts: FontSet, size: number): Token[] {
  const tokens: Token[] = [];
  for (const run of inlines) {
    const font = styleOf(run.bold, run.italic);
    const face = fonts[font];
    const text = run.text.replace(/[\t\r\n]+/g, ' ');
    for (const part of text.split(/( +)/)) {
      if (part === '') continue;
      const space = /^ +$/.test(part);
      const chunks = space ? [' '] : part.split(/(?<=[-/])(?=[^-/])/);
      for (const chunk of chunks) {
        tokens.push({ text: chunk, font, width: face.widthOf(chunk, size), space, ...(run.href && { href: run.href }), ...(run.code && { code: true }) });
      }
    }
  }
  return tokens;
}

/** Cuts a token into pieces that fit, character by character (the first into `firstWidth`). */
function hardSplit(token: Token, firstWidth: number, width: number, fonts: FontSet, size: number): Token[] {
  const face = fonts[token.font];
  const out: Token[] = [];
  let current = '';
  for (const ch of token.text) {
    if (current && face.widthOf(current + ch, size) > (out.length === 0 ? firstWidth : width)) {
      out.push({ ...token, text: current, width: face.widthOf(current, size) });
      current = '';
    }
    current += ch;
  }
  if (current) out.push({ ...token, text: current, width: face.widthOf(current, size) });
  return out;
}

/** Breaks runs into lines of at most `width` points (the first line may be shorter: `firstWidth`). */
export function breakLines(inlines: readonly Inline[], fonts: FontSet, size: number, width: number, firstWidth = width): Line[] {
  const lines: Line[] = [];
  let pieces: Token[] = [];
  let lineWidth = 0;
  const limit = () => (lines.length === 0 ? firstWidth : width);

  const flush = () => {
    while (pieces.length && pieces[pieces.length - 1].space) lineWidth -= pieces.pop()!.width;
    lines.push(toLine(pieces));
    pieces = [];
    lineWidth = 0;
  };

  const queue = tokenize(inlines, fonts, size);
  for (let i = 0; i < queue.length; i++) {
    const token = queue[i];
    if (token.space && pieces.length === 0) continue;
    if (lineWidth + token.width <= limit() + 0.001) {
      pieces.push(token);
      lineWidth += token.width;
      continue;
    }
    if (token.space) {
      flush();
      continue;
    }
    if (token.width > limit()) {
      // A word wider than a line: fill the rest of this line with its start (if there is room).
      if (pieces.length && limit() - lineWidth < size * 3) flush();
      const parts = hardSplit(token, limit() - lineWidth, width, fonts, size);
      pieces.push(parts[0]);
      lineWidth += parts[0].width;
      queue.splice(i + 1, 0, ...parts.slice(1));
      continue;
    }
    flush();
    pieces.push(token);
    lineWidth = token.width;
  }
  if (pieces.length || lines.length === 0) flush();
  return lines;
}

/** Merges adjacent tokens of one style into pieces with their x positions. */
function toLine(tokens: readonly Token[]): Line {
  const pieces: Piece[] = [];
  let x = 0;
  for (const token of tokens) {
    const last = pieces[pieces.length - 1];
    if (last && last.font === token.font && last.href === token.href && last.code === token.code) {
      last.text += token.text;
      last.width += token.width;
    } else {
      pieces.push({ text: token.text, font: token.font, x, width: token.width, ...(token.href && { href: token.href }), ...(token.code && { code: true }) });
    }
    x += token.width;
  }
  return { pieces, width: x };
}
