/**
 * Placeholders left by templates and scaffolding: any text that starts with "À compléter" is
 * reported as a field still to fill in, before (and instead of) the schema's own message.
 */
import type { z } from 'astro/zod';
import { fr } from '../i18n/fr';
import { expectedAt, schemaInfoAt, type Diagnostic, type FieldPath, type Locate } from './diagnostics';

/** The marker templates leave in fields to fill in (a text of the dictionary, recognised here). */
export const PLACEHOLDER = fr.diagnostics.placeholderToken;

const isPlaceholder = (value: unknown) => typeof value === 'string' && value.trim().toLowerCase().startsWith(PLACEHOLDER.toLowerCase());

/** The paths of every placeholder in raw data. */
export function placeholderPaths(data: unknown, path: FieldPath = []): FieldPath[] {
  if (isPlaceholder(data)) return [path];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => placeholderPaths(value, [...path, key]));
  return [];
}

export function placeholderDiagnostics(data: unknown, file: string, locate: Locate, schema?: z.core.$ZodType): Diagnostic[] {
  return placeholderPaths(data).map((path) => {
    const pos = locate(path);
    const text = String(path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], data)).trim();
    return {
      file,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      path,
      severity: 'error' as const,
      rule: 'contenu/a-completer',
      message: fr.diagnostics.placeholder,
      found: fr.diagnostics.value.text(text.length > 80 ? `${text.slice(0, 77)}…` : text),
      expected: fr.details.diagnostics.placeholderExpected(schema && expectedAt(schema, path, data), schema && schemaInfoAt(schema, path, data).description),
      hint: fr.diagnostics.placeholderHint,
    };
  });
}

/** Whether a diagnostic concerns a field under a placeholder (then the placeholder says it all). */
export function underPlaceholder(diagnostic: Diagnostic, paths: readonly FieldPath[]): boolean {
  return paths.some((p) => p.every((key, i) => diagnostic.path[i] === key));
}
