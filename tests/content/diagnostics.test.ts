/**
 * Reading the schema along a field path, as the diagnostics do to say what a field expects: the
 * walk follows the raw data through unions, so each step reads the schema the author's value is
 * checked against.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { codeLabels } from '../../src/i18n/code-labels';
import { requirementMeasures } from '../../schemas/requirement';
import { unreadParts } from '../../schemas/call-vocabulary';
import { diagnosticsFromIssues, frenchNumber, schemaInfoAt } from '../../src/content/diagnostics';
import { fr } from '../../src/i18n/fr';

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

/** The diagnostic has these parts, and none of those written `undefined`. */
function expectFacts(diagnostic: object, parts: Record<string, unknown>) {
  const absent = Object.keys(parts).filter((key) => parts[key] === undefined);
  expect(diagnostic).toMatchObject(Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined)));
  for (const key of absent) expect(diagnostic).not.toHaveProperty(key);
}

describe('a value outside an enum, in the validator’s words', () => {
  // The codes of programmes’ status, with the labels of the dictionary’s vocabulary.
  const Status = z.strictObject({ status: z.enum(['proposed', 'running', 'completed']), kind: z.literal('a').optional() });
  const Step = z.strictObject({ steps: z.array(Plan.shape.items.element) });
  const run = (schema: z.ZodType, data: unknown) => {
    const parsed = schema.safeParse(data);
    expect(parsed.success).toBe(false);
    return diagnosticsFromIssues(parsed.error!.issues, { file: 'f.yaml', data, schema, locate: () => undefined })[0];
  };

  it.each([
    [
      'a typo: the code to type, what it means, the closest one',
      Status,
      { status: 'complted' },
      {
        expected: 'une valeur parmi\u00A0: proposed (proposé), running (en cours), completed (terminé)',
        hint: 'Vouliez-vous dire «\u00A0completed\u00A0» (terminé)\u202F?',
        choices: [
          { code: 'proposed', label: 'Proposé' },
          { code: 'running', label: 'En cours' },
          { code: 'completed', label: 'Terminé' },
        ],
        suggestion: 'completed',
      },
    ],
    [
      'the French label written for the code',
      Status,
      { status: 'En cours' },
      { hint: 'Vouliez-vous dire «\u00A0running\u00A0» (en cours)\u202F?', suggestion: 'running' },
    ],
    [
      'nothing close: the list, no suggestion',
      Status,
      { status: 'abandonné' },
      { hint: fr.diagnostics.chooseValue, suggestion: undefined },
    ],
    [
      'a discriminator’s values: what each kind of object is, by its literal’s description',
      Step,
      { steps: [{ type: 'c', items: [] }] },
      { path: ['steps', 0, 'type'], expected: 'une valeur parmi\u00A0: a, b', choices: [{ code: 'a' }, { code: 'b' }] },
    ],
  ] as const)('%s', (_, schema, data, expected) => {
    expectFacts(run(schema, data), { rule: 'schema/valeur', ...expected });
  });

  it('says the kinds of a discriminated union by their descriptions', () => {
    const Kind = z.strictObject({
      item: z.discriminatedUnion('measure', [
        z.strictObject({ measure: z.literal('group-count').meta({ description: 'Le nombre de groupes.' }) }),
        z.strictObject({ measure: z.literal('page-limit').meta({ description: 'Un nombre de pages maximal : 10.' }) }),
      ]),
    });
    expect(run(Kind, { item: { measure: 'group-size' } })).toMatchObject({
      expected: 'une valeur parmi\u00A0: group-count (le nombre de groupes), page-limit (un nombre de pages maximal)',
      choices: [
        { code: 'group-count', label: 'Le nombre de groupes' },
        { code: 'page-limit', label: 'Un nombre de pages maximal' },
      ],
    });
  });

  it.each([
    ['a code with its label', [{ code: 'running', label: 'En cours' }], 'la valeur «\u00A0running\u00A0» (en cours)'],
    ['a label that repeats the code', [{ code: 'HT', label: 'HT' }, { code: 'TTC', label: 'TTC' }], 'une valeur parmi\u00A0: HT, TTC'],
    ['a label that is a name', [{ code: 'france-travail', label: 'France Travail' }, { code: 'idf', label: 'Île-de-France' }], 'une valeur parmi\u00A0: france-travail (France Travail), idf (Île-de-France)'],
    ['a label with its own parentheses', [{ code: 'exempt', label: 'Exonéré de TVA (article 261-7-1° du CGI)' }, { code: 'x' }], 'une valeur parmi\u00A0: exempt (exonéré de TVA, article 261-7-1° du CGI), x'],
  ])('%s', (_, choices, text) => {
    expect(fr.diagnostics.invalidValueExpected(choices)).toBe(text);
  });
});

describe('the facts a diagnostic is said from', () => {
  const Group = z.strictObject({ title: z.string(), tags: z.array(z.string()), status: z.enum(['proposed', 'running']), note: z.string().meta({ expected: 'un texte court' }).optional() });
  const first = (data: unknown) => {
    const parsed = Group.safeParse(data);
    return diagnosticsFromIssues(parsed.error!.issues, { file: 'f.yaml', data, schema: Group, locate: () => undefined });
  };
  const valid = { title: 'T', tags: [], status: 'running' };

  it.each([
    ['a missing field: its key', { tags: [], status: 'running' }, { rule: 'schema/champ-manquant', missingKey: 'title', expectedType: 'string' }],
    ['a missing enum: its choices', { title: 'T', tags: [] }, { rule: 'schema/champ-manquant', missingKey: 'status', choices: [{ code: 'proposed', label: 'Proposé' }, { code: 'running', label: 'En cours' }] }],
    ['a text where a list is read: the type', { ...valid, tags: 'a, b' }, { rule: 'schema/type', expectedType: 'array', expected: fr.diagnostics.types.array }],
    ['a field with its own « attendu »: no type', { ...valid, note: 3 }, { rule: 'schema/type', expected: 'un texte court', expectedType: undefined }],
    ['an unknown key: the key suggested', { ...valid, titel: 'T' }, { rule: 'schema/champ-inconnu', suggestion: 'title', allowedKeys: ['title', 'tags', 'status', 'note'] }],
  ])('%s', (_, data, expected) => {
    const list = first(data);
    expect(list).toHaveLength(1);
    expectFacts(list[0], expected);
  });
});

describe('the meaning of each code of a list', () => {
  it('names every VAT regime, the one whose page label takes a rate too', () => {
    expect(codeLabels(['subject', 'not-subject', 'exempt-261-7-1', 'franchise-293-b']).filter((c) => !c.label)).toEqual([]);
    expect(codeLabels(['subject', 'not-subject'])[0]).toEqual({ code: 'subject', label: 'Assujetti à la TVA' });
  });

  it('does not take the labels of a list that only shares a code with the values', () => {
    // `deliverables` is a requirement's measure and a part of a call that was not read: before,
    // the requirement measures read « deliverables (les livrables) », the other list's label.
    const measures = codeLabels([...requirementMeasures]);
    expect(measures.find((c) => c.code === 'deliverables')).toEqual({ code: 'deliverables' });
    expect(codeLabels([...unreadParts]).filter((c) => !c.label)).toEqual([]);
    expect(codeLabels(['deliverables', 'responseSections'])).toEqual([
      { code: 'deliverables', label: 'les livrables' },
      { code: 'responseSections', label: 'le contenu attendu de la réponse' },
    ]);
  });
});
