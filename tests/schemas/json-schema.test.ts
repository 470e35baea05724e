import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '../../src/schema-json/generate';

const dir = join(import.meta.dirname, '..', '..', 'schemas', 'json');

describe('schemas/json', () => {
  const generated = generateJsonSchemas();

  it.each(Object.keys(generated))('%s is current (run npm run schemas if this fails)', (name) => {
    expect(readFileSync(join(dir, name), 'utf8')).toBe(generated[name]);
  });

  it('carries the French descriptions to the editor', () => {
    const programme = JSON.parse(generated['programme.schema.json']);
    expect(programme.properties.title.description).toBe('Le titre du programme.');
    expect(programme.properties.public.properties.headcount.markdownDescription).toContain('Attendu\u00A0: un nombre (12)');
    expect(programme.additionalProperties).toBe(false);
  });

  it('describes what authors write (the input side), not the normalised output', () => {
    const programme = JSON.parse(generated['programme.schema.json']);
    const duration = programme.properties.duration;
    expect(JSON.stringify(duration)).toContain('"type":"string"');
    expect(JSON.stringify(programme.properties.budget.properties.total)).toContain('"type":"number"');
  });
});
