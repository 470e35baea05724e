/**
 * The forms come from the schemas: every field of every collection's schema is found in the
 * rendered editor (walked from the JSON Schema, independently of the form builder), with a French
 * label, and every value of every list of choices has its French label.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../schemas/index';
import { FieldView, Form, FormData, type FormContext } from '../../src/components/editor/Field';
import { messageStore } from '../../src/components/editor/messages-store';
import { flexInput, numberInput, parisTime, setIn } from '../../src/components/editor/values';
import { formSpec, inputSchema, type Spec } from '../../src/editor/form-spec';
import { unlabelledValues } from '../../src/editor/labels';
import { formSections } from '../../src/editor/sections';

type Json = Record<string, unknown>;

/** Every property path of a JSON Schema (`workshops[].sessionDuration`), unions merged. */
function schemaPaths(node: Json, path: string, out: Set<string>): Set<string> {
  for (const branch of [...((node.anyOf ?? node.oneOf ?? []) as Json[])]) schemaPaths(branch, path, out);
  if (node.properties) {
    for (const [key, child] of Object.entries(node.properties as Record<string, Json>)) {
      const p = path ? `${path}.${key}` : key;
      out.add(p);
      schemaPaths(child, p, out);
    }
  }
  if (node.items) schemaPaths(node.items as Json, `${path}[]`, out);
  return out;
}

/** A value for a field that shows all its parts: one item per list, the detailed form of a text. */
function sample(spec: Spec, prefer: 'object' | 'list', variant = 0): unknown {
  switch (spec.kind) {
    case 'object':
      return Object.fromEntries(spec.fields.map((f) => [f.key!, sample(f, prefer, variant)]));
    case 'list':
      return spec.item.kind === 'variants' ? spec.item.variants.map((v) => ({ ...(sample(v.spec, prefer, variant) as Json), [spec.item.kind === 'variants' ? spec.item.discriminator : '']: v.value })) : [sample(spec.item, prefer, variant)];
    case 'flex':
      if (prefer === 'list' && spec.list) return [sample(spec.list, prefer, variant)];
      // Each detailed form in turn (an age as { min, max }, then as { value, source }).
      return spec.objects.length ? sample(spec.objects[variant % spec.objects.length], prefer, variant) : 'x';
    case 'variants':
    {
      const chosen = spec.variants[variant % spec.variants.length];
      return { ...(sample(chosen.spec, prefer, variant) as Json), [spec.discriminator]: chosen.value };
    }
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return spec.options[0].value;
    case 'const':
      return spec.value;
    default:
      return 'x';
  }
}

const context: FormContext = { update: () => undefined, messages: messageStore([]), catalog: { entries: {}, tenders: {} }, regionOf: {}, markdown: async () => '' };

function renderedFields(collection: (typeof collectionNames)[number]): Set<string> {
  const spec = formSpec(collection);
  const found = new Set<string>();
  for (const [prefer, variant] of [['object', 0], ['list', 0], ['object', 1]] as const) {
    const data = sample(spec, prefer, variant) as Json;
    for (const field of spec.fields) {
      // Each variant of a single field (a budget cap in euros or in beneficiaries) in turn.
      const values = field.kind === 'variants' ? field.variants.map((v) => ({ ...(sample(v.spec, prefer, variant) as Json), [field.discriminator]: v.value })) : [data[field.key!]];
      for (const value of values) {
        const html = renderToStaticMarkup(createElement(Form.Provider, { value: context }, createElement(FormData.Provider, { value: data }, createElement(FieldView, { spec: field, path: [field.key!], value }))));
        for (const m of html.matchAll(/data-(?:item-)?field="([^"]+)"/g)) found.add(m[1].replace(/&#x27;/g, "'"));
      }
    }
  }
  return found;
}

describe.each(collectionNames)('the %s form', (collection) => {
  it('shows every field of the schema', () => {
    const paths = schemaPaths(inputSchema(collection), '', new Set());
    expect(paths.size).toBeGreaterThan(10);
    const rendered = renderedFields(collection);
    expect([...paths].filter((p) => !rendered.has(p))).toEqual([]);
  });

  it('puts every top-level field in exactly one section', () => {
    const keys = formSpec(collection).fields.map((f) => f.key!);
    const placed = formSections(collection, keys).flatMap((s) => s.keys);
    expect([...placed].sort()).toEqual([...keys].sort());
  });

  it('gives every field a French label and every choice a French label', () => {
    const problems: string[] = [];
    const walk = (spec: Spec) => {
      if (spec.key !== undefined && (!spec.label || spec.label === spec.key || /\b(true|false)\b/i.test(spec.label))) problems.push(`${spec.field}: « ${spec.label} »`);
      if (spec.kind === 'enum') {
        const missing = unlabelledValues(spec.options.map((o) => o.value));
        if (missing.length) problems.push(`${spec.field}: ${missing.join(', ')}`);
        for (const o of spec.options) if (spec.label.split(/[\s,]+/).includes(o.value) && o.value !== o.label) problems.push(`${spec.field}: le libellé cite ${o.value}`);
      }
      if (spec.kind === 'object') spec.fields.forEach(walk);
      if (spec.kind === 'list') walk(spec.item);
      if (spec.kind === 'flex') [...spec.objects, spec.list].forEach((s) => s && walk(s));
      if (spec.kind === 'variants') spec.variants.forEach((v) => walk(v.spec));
    };
    walk(formSpec(collection));
    expect(problems).toEqual([]);
  });
});

describe('French input', () => {
  it.each([
    ['8,5', 8.5],
    ['12', 12],
    ['1 200', 1200],
    ['douze', 'douze'],
    ['', undefined],
  ])('a number field reads « %s » as %s', (text, value) => expect(numberInput(text)).toEqual(value));

  it.each([
    ['10 à 12', ['string', 'integer'], '10 à 12'],
    ['12', ['string', 'integer'], 12],
    ['01000', ['string', 'integer'], '01000'],
    ['35 000 € TTC', ['number', 'string'], '35 000 € TTC'],
    ['8,5', ['number', 'string'], 8.5],
    ['février 2024', ['string', 'integer'], 'février 2024'],
  ])('a text-or-number field keeps « %s » as the validator reads it', (text, scalars, value) => expect(flexInput(text, scalars)).toEqual(value));

  it('removes an emptied object with its last value, and keeps nothing the author did not write', () => {
    expect(setIn({ a: 1, facilitator: { name: 'X' } }, ['facilitator', 'name'], undefined)).toEqual({ a: 1 });
    expect(setIn({}, ['public', 'headcount'], '10 à 12')).toEqual({ public: { headcount: '10 à 12' } });
  });
});

describe('the time of a save', () => {
  // As the files' list writes it (formatInstant), in Paris whatever the browser's zone: winter and summer time.
  it.each([
    ['2026-12-02T13:09:00Z', '14\u00A0h 09'],
    ['2026-07-14T06:05:00Z', '8\u00A0h 05'],
    ['2026-12-02T23:30:00Z', '0\u00A0h 30'],
  ])('%s → %j', (iso, shown) => {
    expect(parisTime(new Date(iso))).toBe(shown);
  });
});
