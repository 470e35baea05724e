/**
 * The form never shows a YAML key or an English code: every label, help and « attendu » of every
 * field of every collection, and every message of the validator on the invalid fixtures (said
 * with the form's glossary), is checked against the list of all the schemas' keys and codes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames, type CollectionName } from '../../schemas/index';
import { validateFiles } from '../../src/content/validate';
import { formSpec, inputSchema, type Spec } from '../../src/editor/form-spec';
import { formText, formWording, frenchWords } from '../../src/editor/form-messages';
import { fr } from '../../src/i18n/fr';
import { fixturesDir, withCase } from '../content/fixtures';

type Json = Record<string, unknown>;

/** Every key and every code (enum value, constant) of a JSON Schema. */
function schemaWords(node: Json, out: Set<string>): Set<string> {
  for (const branch of (node.anyOf ?? node.oneOf ?? []) as Json[]) schemaWords(branch, out);
  if (Array.isArray(node.enum)) node.enum.forEach((v) => out.add(String(v)));
  if (typeof node.const === 'string') out.add(node.const);
  for (const [key, child] of Object.entries((node.properties as Record<string, Json>) ?? {})) {
    out.add(key);
    schemaWords(child, out);
  }
  if (node.items) schemaWords(node.items as Json, out);
  return out;
}

const words = [...new Set(collectionNames.flatMap((c) => [...schemaWords(inputSchema(c), new Set())]))].filter((w) => w.length > 1 && !frenchWords.has(w));
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const codeWord = new RegExp(`(?<![\\p{L}\\d_-])(${words.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d_-])`, 'u');
/** A YAML pair (« linesComplete: false », « source: <identifiant> »): a key glued to its colon. */
const yamlPair = /(?<![\p{L}/])[a-z][A-Za-z]*:(?!\/)|\[\]|\{(?!\s*»)|<identifiant/u;

function problems(where: string, text: string | undefined): string[] {
  if (!text) return [];
  const code = codeWord.exec(text)?.[1];
  return [...(code ? [`${where}: « ${code} » dans « ${text} »`] : []), ...(yamlPair.test(text) ? [`${where}: YAML dans « ${text} »`] : [])];
}

function specTexts(spec: Spec, out: Array<[string, string | undefined]>): Array<[string, string | undefined]> {
  out.push([`${spec.field} (libellé)`, spec.label], [`${spec.field} (aide)`, spec.help], [`${spec.field} (attendu)`, spec.expected]);
  if (spec.kind === 'enum') spec.options.forEach((o) => out.push([`${spec.field} (choix)`, o.label]));
  if (spec.kind === 'object') spec.fields.forEach((f) => specTexts(f, out));
  if (spec.kind === 'list') specTexts(spec.item, out);
  if (spec.kind === 'flex') [...spec.objects, ...(spec.list ? [spec.list] : [])].forEach((s) => specTexts(s, out));
  if (spec.kind === 'variants') spec.variants.forEach((v) => (out.push([`${spec.field} (genre)`, v.label]), specTexts(v.spec, out)));
  return out;
}

describe('the list of keys and codes', () => {
  it('holds the schemas’ words', () => {
    expect(words).toEqual(expect.arrayContaining(['linesComplete', 'proposed', 'employment-access', 'individual-coaching', 'weighting', 'not-provided', 'contractPeriod', 'annex', 'answers', 'cohorts', 'capacity']));
  });
});

/** The labels a person reads side by side: an object's fields, a choice's kinds; each group named by its path. */
function siblingLabels(spec: Spec, out: Array<[string, string[]]>): Array<[string, string[]]> {
  if (spec.kind === 'object') {
    out.push([spec.field || '(racine)', spec.fields.map((f) => f.label)]);
    spec.fields.forEach((f) => siblingLabels(f, out));
  }
  if (spec.kind === 'list') siblingLabels(spec.item, out);
  if (spec.kind === 'flex') [...spec.objects, ...(spec.list ? [spec.list] : [])].forEach((s) => siblingLabels(s, out));
  if (spec.kind === 'variants') {
    out.push([`${spec.field} (genres)`, spec.variants.map((v) => v.label)]);
    spec.variants.forEach((v) => siblingLabels(v.spec, out));
  }
  return out;
}

describe.each(collectionNames)('the %s form', (collection) => {
  it('gives fields side by side labels that tell them apart', () => {
    const groups = siblingLabels(formSpec(collection), []);
    expect(groups.length).toBeGreaterThan(5);
    const twice = groups.flatMap(([where, labels]) => labels.filter((l, i) => labels.indexOf(l) !== i).map((l) => `${where}: « ${l} »`));
    expect(twice).toEqual([]);
  });

  it('names no key and no code in its labels, help and « attendu »', () => {
    expect(specTexts(formSpec(collection), []).flatMap(([where, text]) => problems(where, text))).toEqual([]);
  });

  it('labels no field with its key or an English word', () => {
    const bad = specTexts(formSpec(collection), []).filter(([where, text]) => where.endsWith('(libellé)') && text && /^[A-Z]?[a-z]+(?:[A-Z][a-z]+)*$/.test(text) && words.some((w) => w.toLowerCase() === text.toLowerCase()));
    expect(bad).toEqual([]);
  });
});

describe('the validator’s messages in the form', () => {
  const cases = readdirSync(join(fixturesDir, 'invalid')).sort();
  it.each(cases)('%s names no key and no code', (name) => {
    const found: string[] = [];
    for (const d of validateFiles(withCase(join(fixturesDir, 'invalid', name))).diagnostics) {
      const collection = d.file.split('/')[1] as CollectionName;
      if (!collectionNames.includes(collection)) continue;
      const w = formWording(d, undefined, formSpec(collection).glossary);
      found.push(...problems(`${d.rule} (message)`, w.message), ...problems(`${d.rule} (attendu)`, w.expected), ...problems(`${d.rule} (correction)`, w.hint));
    }
    // The section identifiers of the fixture's call are its own content, not the schema's words.
    expect(found.filter((p) => !/presentation, proposition/.test(p))).toEqual([]);
  });
});

const find = (collection: CollectionName, field: string): Spec => {
  const all: Spec[] = [];
  const walk = (s: Spec) => {
    all.push(s);
    if (s.kind === 'object') s.fields.forEach(walk);
    if (s.kind === 'list') walk(s.item);
    if (s.kind === 'flex') [...s.objects, ...(s.list ? [s.list] : [])].forEach(walk);
    if (s.kind === 'variants') s.variants.forEach((v) => walk(v.spec));
  };
  walk(formSpec(collection));
  return all.find((s) => s.field === field)!;
};

describe('help and labels said once, with French typography', () => {
  it.each([
    ['programmes', 'status', 'help', '« Proposé » (proposé dans une réponse), « En cours », « Terminé » ou « Statut inconnu » (la source ne dit pas si l’action continue : une fiche ancienne).'],
    ['programmes', 'phases[].kind', 'help', '« Montage », « Mise en œuvre », « Clôture », « Évaluation » ou « Extension et essaimage » (essaimage).'],
    ['programmes', 'otherTitles[].lang', 'label', 'Sa langue'],
    ['programmes', 'carriers[].role', 'label', 'Son rôle'],
    ['programmes', 'budget.basis', 'label', 'Ce que ce montant représente'],
    ['programmes', 'period', 'expected', '« depuis 1991 », « 2007-2013 » ou « de mars 2018 à avril 2019 »'],
    ['programmes', 'territory.departement', 'help', 'Un seul département (raccourci de « Les départements, par numéro ou par nom »).'],
    ['tenders', 'awardCriteria.orderJustification', 'label', "Pourquoi l'appel classe ses critères sans les pondérer"],
    // Both said « Pour un accord-cadre » side by side.
    ['tenders', 'instrument.awardees', 'label', "Le nombre de titulaires d'un accord-cadre"],
    ['tenders', 'instrument.callOffs', 'label', "Comment un accord-cadre s'exécute"],
  ] as const)('%s %s: its %s', (collection, field, part, text) => {
    const spec = find(collection, field) as unknown as Record<string, string>;
    expect(spec[part]).toBe(part === 'label' ? text : formText(text));
  });

  it.each([
    ['Remplacez « À compléter » par la valeur ; retirez le champ.', 'Remplacez «\u00A0À compléter\u00A0» par la valeur\u202F; retirez le champ.'],
    ['Le public visé ; absent si…', 'Le public visé\u202F; absent si…'],
    ['une date.. ou deux', 'une date. ou deux'],
  ])('« %s » keeps its space before « ; »', (text, expected) => expect(formText(text)).toBe(expected));
});

describe('a message of the validator in the form’s words', () => {
  const words = formSpec('programmes').glossary;
  it.each([
    ['a missing field, by its label', { rule: 'schema/champ-manquant', path: ['workshops', 0, 'title'], message: fr.diagnostics.missingField('title'), expected: 'un texte non vide', hint: fr.diagnostics.missingFieldHint('title') }, { message: fr.diagnostics.missingField(find('programmes', 'workshops[].title').label) }],
    ['a hint that adds a box’s value', { rule: 'budget/somme', path: ['budget'], message: fr.schema.budgetSum('1 €', '2 €'), hint: fr.schema.budgetSumHint }, { hint: expect.stringContaining(formText(`cochez « ${find('programmes', 'budget.linesComplete').label} »`)) }],
    ['a value out of the list, by the labels', { rule: 'schema/valeur', path: ['status'], message: fr.diagnostics.invalidValue, expected: fr.diagnostics.invalidValueExpected(['proposed', 'running', 'completed']) }, { expected: formText('une valeur parmi : « Proposé », « En cours », « Terminé »') }],
  ])('%s', (_, diagnostic, wording) => {
    expect(formWording(diagnostic as never, undefined, words)).toMatchObject(wording);
  });
});
