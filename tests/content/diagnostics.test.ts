/**
 * Reading the schema along a field path, as the diagnostics do to say what a field expects: the
 * walk follows the raw data through unions, so each step reads the schema the author's value is
 * checked against.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { diagnosticsFromIssues, frenchNumber, schemaInfoAt } from '../../src/content/diagnostics';

// Two kinds of step, each with a list of tasks of its own kinds: the task list sits under the
// same key (`items`) at both levels, so a path repeats a key and an index.
const TaskA = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('call') }), z.strictObject({ kind: z.literal('visit') })]);
const TaskB = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('workshop') }), z.strictObject({ kind: z.literal('coaching'), hours: z.number().meta({ description: 'Les heures.' }) })]);
const Step = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('a'), items: z.array(TaskA) }),
  z.strictObject({ type: z.literal('b'), items: z.array(TaskB) }),
]);
const Plan = z.strictObject({ items: z.array(Step) });

const plan = { items: [{ type: 'b', items: [{ kind: 'visite' }] }] };

describe('the schema along a path that repeats a key and an index', () => {
  it('reads the field of the option the data is in', () => {
    const data = { items: [{ type: 'a', items: [] }, { type: 'b', items: [{ kind: 'workshop' }, { kind: 'coaching', hours: 'deux' }] }] };
    expect(schemaInfoAt(Plan, ['items', 1, 'items', 1, 'hours'], data)).toMatchObject({ type: 'number', description: 'Les heures.' });
    expect(schemaInfoAt(Plan, ['items', 1, 'items', 1], data).keys).toEqual(['kind', 'hours']);
  });

  it('says which values the author can write: those of the union the data is in', () => {
    const parsed = Plan.safeParse(plan);
    expect(parsed.success).toBe(false);
    const [diagnostic] = diagnosticsFromIssues(parsed.error!.issues, { file: 'plan.yaml', data: plan, schema: Plan, locate: () => undefined });
    expect(diagnostic).toMatchObject({ path: ['items', 0, 'items', 0, 'kind'], rule: 'schema/valeur', found: '«\u00A0visite\u00A0»' });
    expect(diagnostic.expected).toBe('une valeur parmi\u00A0: workshop, coaching');
  });
});

describe('the metadata along a path', () => {
  it('reads it through wrappers, the outermost first', () => {
    const schema = z.strictObject({ n: z.number().meta({ description: 'Dedans.', hint: 'Écrivez un nombre.' }).optional().meta({ description: 'Dehors.' }) });
    expect(schemaInfoAt(schema, ['n'], {})).toEqual({ description: 'Dehors.', hint: 'Écrivez un nombre.', type: 'number', optional: true });
  });

  it('gives nothing for a path the schema does not have', () => {
    expect(schemaInfoAt(Plan, ['items', 0, 'inconnu'], plan)).toEqual({});
  });
});

describe('a French number where a bare number is read', () => {
  it.each([
    ['60,5', '60.5'],
    ['8 h', '8'],
    ['60 %', '60'],
    ['1 200', '1200'],
    ['1\u202F200,50 €', '1200.50'],
    ['1,5 jours', '1.5'],
    ['huit', undefined],
    ['10 à 12', undefined],
    ['', undefined],
  ])('%j → %j', (text, number) => {
    expect(frenchNumber(text)).toBe(number);
  });
});
