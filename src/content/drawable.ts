/**
 * Characters a PDF cannot print, refused at validation: a character the PDF fonts do not draw (an
 * emoji), a right-to-left script, a direction control (see src/glyphs/drawable.ts for the rule).
 * Without this check `validate` accepted them and the build stopped later, in the PDF step, with
 * a stack trace; now the file, the line and the field are named before anything is built.
 *
 * Pure: the parsed file comes in, diagnostics come out (one per field, the first character).
 */
import { fr } from '../i18n/fr';
import { codeOf, excerptAround } from '../i18n/excerpt';
import { firstUnprintable, type Unprintable } from '../glyphs/drawable';
import type { Diagnostic, FieldPath } from './diagnostics';
import type { ParsedSource } from './source';

/** At most this many fields are reported per file: the rest is the same mistake. */
const MAX_PER_FILE = 10;

/** Every string value of the data (not the keys), with its path; an iterative walk. */
function* strings(data: unknown): Generator<[FieldPath, string]> {
  const stack: Array<[unknown, FieldPath]> = [[data, []]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') yield [path, value];
    else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
      for (const [key, child] of entries.reverse()) stack.push([child, [...path, key]]);
    }
  }
}

/** `« 🙂 » (U+1F642)`; a direction control, invisible, by its code alone. */
function shown(u: Unprintable): string {
  const code = `U+${u.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return u.reason === 'direction-control' ? codeOf(u.character) : `${fr.common.quote(u.character)} (${code})`;
}

/** The diagnostic of one unprintable character of a field. */
export function unprintableDiagnostic(file: string, path: FieldPath, value: string, u: Unprintable, position?: { line: number; column: number }): Diagnostic {
  const t = fr.input.print;
  const lineStart = value.lastIndexOf('\n', u.index - 1) + 1;
  const lineEnd = value.indexOf('\n', u.index);
  const line = value.slice(lineStart, lineEnd === -1 ? value.length : lineEnd);
  const base = {
    file,
    ...(position ?? {}),
    path,
    severity: 'error' as const,
    found: fr.diagnostics.value.text(excerptAround(line, u.index - lineStart + 1, 80)),
  };
  if (u.reason === 'right-to-left') return { ...base, rule: 'texte/droite-a-gauche', message: t.rightToLeft(shown(u), t.scripts[u.script]), expected: t.rightToLeftExpected, hint: t.rightToLeftHint };
  if (u.reason === 'direction-control') return { ...base, rule: 'texte/sens', message: t.directionControl(shown(u)), expected: t.directionControlExpected, hint: t.directionControlHint };
  return { ...base, rule: 'texte/glyphe', message: t.glyph(shown(u)), expected: t.glyphExpected, hint: t.glyphHint };
}

/** The fields of a parsed file that hold a character no PDF can print. */
export function unprintableDiagnostics(file: string, source: ParsedSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [path, value] of strings(source.data)) {
    const u = firstUnprintable(value);
    if (!u) continue;
    out.push(unprintableDiagnostic(file, path, value, u, source.locateCharacter(path, u.character)));
    if (out.length === MAX_PER_FILE) break;
  }
  return out;
}
