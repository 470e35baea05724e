/**
 * How a value from a file is shown in a message: control characters, terminal escape sequences,
 * direction overrides and lone surrogates are written as their code (`<U+001B>`), so that a
 * hostile value cannot clear the screen or reorder the line; long values are cut with « … ».
 *
 * @example
 * excerpt('a\u001B[2Jb') // → 'a<U+001B>[2Jb'
 * excerpt('x'.repeat(1000), 5) // → 'xxxxx…'
 */

/** What a terminal or a reader could take for something other than text. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

/** `<U+001B>`: how an unsafe character is written. */
export function codeOf(character: string): string {
  return `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** The text with every unsafe character written as its code. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_ALL, codeOf);
}

/** Whether a text holds a character {@link escapeUnsafe} would rewrite. */
export function hasUnsafe(text: string): boolean {
  return UNSAFE.test(text);
}

/** The first `max` characters (never half a surrogate pair), with « … » when cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A value as it may be quoted in a message: cut to `max` characters, then escaped. */
export function excerpt(text: string, max = 200): string {
  return escapeUnsafe(cut(text, max));
}

/**
 * The part of a long line around a column (1-based), for a message that points at it:
 * `…abc def…` with at most `max` characters of the line.
 */
export function excerptAround(line: string, column: number, max = 80): string {
  if (line.length <= max) return escapeUnsafe(line);
  const start = Math.max(0, Math.min(column - 1 - Math.floor(max / 2), line.length - max));
  const piece = line.slice(start, start + max);
  return `${start > 0 ? '…' : ''}${escapeUnsafe(piece)}${start + max < line.length ? '…' : ''}`;
}
