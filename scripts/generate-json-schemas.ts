// Writes schemas/json/*.schema.json from the zod schemas. Run: npm run schemas
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas } from '../src/schema-json/generate';

const dir = join(import.meta.dirname, '..', 'schemas', 'json');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(generateJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`schemas/json/${name}`);
}
