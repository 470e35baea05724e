/**
 * JSON Schema for editors, generated from the zod schemas (the input side: what authors write).
 * Each field's French description reaches the editor's hover; what the field accepts is added to
 * `markdownDescription`, which VS Code's YAML extension shows.
 */
import { z } from 'astro/zod';
import { collections, singular, type CollectionName } from '../../schemas/index';
import { fr } from '../i18n/fr';

export function jsonSchemaFor(collection: CollectionName): Record<string, unknown> {
  const schema = collections[collection]();
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      const js = jsonSchema as Record<string, unknown>;
      const { expected, hint, ref, ...rest } = js;
      for (const key of Object.keys(js)) delete js[key];
      Object.assign(js, rest);
      if (typeof js.description === 'string' || expected) {
        const parts = [js.description, expected ? fr.diagnostics.expectedLine(String(expected)) : undefined, hint].filter(Boolean);
        js.markdownDescription = parts.join('\n\n');
      }
      if (ref) js['x-passerelle-ref'] = ref;
    },
  }) as Record<string, unknown>;
  return { ...json, $id: `https://passerelle.example/schemas/${singular[collection]}.schema.json` };
}

/** File name → JSON text, for every collection. */
export function generateJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(collections) as CollectionName[]).map((c) => [`${singular[c]}.schema.json`, `${JSON.stringify(jsonSchemaFor(c), null, 2)}\n`]),
  );
}
