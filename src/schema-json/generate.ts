/**
 * JSON Schema for editors, generated from the zod schemas (the input side: what authors write).
 * Each field's French description reaches the editor's hover; what the field accepts is added to
 * `markdownDescription`, which VS Code's YAML extension shows.
 */
import { z } from 'astro/zod';
import { collections, singular, type CollectionName } from '../../schemas/index';
import { fr } from '../i18n/fr';

export function jsonSchemaFor(collection: CollectionName): Record<string, unknown> {
  const json = z.toJSONSchema(collections[collection](), { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return { ...(editorHints(json) as Record<string, unknown>), $id: `https://passerelle.example/schemas/${singular[collection]}.schema.json` };
}

/** Folds our `expected` and `hint` metadata into `markdownDescription`; `ref` becomes `x-passerelle-ref`. */
function editorHints(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(editorHints);
  if (!node || typeof node !== 'object') return node;
  const { expected, hint, ref, missingHint, ...rest } = node as Record<string, unknown>;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, editorHints(v)]));
  if (typeof out.description === 'string' || expected) {
    out.markdownDescription = [out.description, expected ? fr.diagnostics.expectedLine(String(expected)) : undefined, hint ?? missingHint]
      .filter(Boolean)
      .join('\n\n');
  }
  if (ref) out['x-passerelle-ref'] = ref;
  return out;
}

/** File name → JSON text, for every collection. */
export function generateJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(collections) as CollectionName[]).map((c) => [`${singular[c]}.schema.json`, `${JSON.stringify(jsonSchemaFor(c), null, 2)}\n`]),
  );
}
