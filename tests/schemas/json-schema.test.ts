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

describe('every field carries a French description', () => {
  /** Property paths whose schema has no description, walking objects, arrays and unions. */
  function undescribed(node: Record<string, unknown>, path: string, out: string[]) {
    const props = node.properties as Record<string, Record<string, unknown>> | undefined;
    if (props) {
      for (const [key, child] of Object.entries(props)) {
        if (typeof child.description !== 'string' || child.description.length < 3) out.push(`${path}.${key}`);
        undescribed(child, `${path}.${key}`, out);
      }
    }
    if (node.items && typeof node.items === 'object') undescribed(node.items as Record<string, unknown>, `${path}[]`, out);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      for (const option of (node[key] as Array<Record<string, unknown>> | undefined) ?? []) undescribed(option, path, out);
    }
  }

  it.each(Object.keys(generateJsonSchemas()))('%s', (name) => {
    const out: string[] = [];
    undescribed(JSON.parse(generateJsonSchemas()[name]), name.replace('.schema.json', ''), out);
    expect(out).toEqual([]);
  });
});
