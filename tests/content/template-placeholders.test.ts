/**
 * A placeholder left where a choice goes (a programme's status, an evaluation's price method, a
 * provider's VAT regime) names the choices as a person reads them, by the dictionary's labels,
 * never by the codes written in the file: « À compléter : proposé, en cours ou terminé », not
 * « proposed, running ou completed ». Every placeholder of every template and of a scaffolded
 * response is walked; one at a choice must be in the table below, read and pinned. The message
 * the validator gives there, in the form's words, offers every choice by its label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectionNames, singular, type CollectionName } from '../../schemas/index';
import { fromTemplate, scaffoldResponse } from '../../src/cli/scaffold';
import { placeholderPaths } from '../../src/content/placeholders';
import { validateFiles } from '../../src/content/validate';
import { formSpec, type Spec } from '../../src/editor/form-spec';
import { formWording } from '../../src/editor/form-messages';
import type { Option } from '../../src/editor/labels';
import { fixturesDir, readFixture } from './fixtures';

const root = join(import.meta.dirname, '..', '..');
type Path = ReadonlyArray<string | number>;

/** The choices (codes and labels) of the field at `path` of a form, if it is a choice. */
function choicesAt(spec: Spec, path: Path): Option[] | undefined {
  if (path.length === 0) return spec.kind === 'enum' ? spec.options : undefined;
  const [key, ...rest] = path;
  if (spec.kind === 'list' && typeof key === 'number') return choicesAt(spec.item, rest);
  if (spec.kind === 'variants') return rest.length === 0 && key === spec.discriminator ? spec.variants.map((v) => ({ value: v.value, label: v.label })) : choicesAt(spec.variants[0].spec, path);
  if (spec.kind === 'object') {
    const field = spec.fields.find((f) => f.key === key);
    return field && choicesAt(field, rest);
  }
  return undefined;
}

const template = (collection: CollectionName) => fromTemplate(readFileSync(join(root, 'templates', `${singular[collection]}.yaml`), 'utf8'), singular[collection]);

/** The files a person starts from: each template, and a response scaffolded from the sample call. */
function startingFiles(): Array<{ collection: CollectionName; name: string; text: string }> {
  const tender = readFixture(join(root, 'content')).find((f) => f.collection === 'tenders')!;
  const data = parse(tender.text);
  const response = scaffoldResponse({ tender: { id: 'appel', data } as never, programmeId: 'programme' });
  return [...collectionNames.map((c) => ({ collection: c, name: `templates/${singular[c]}.yaml`, text: template(c) })), { collection: 'responses', name: 'réponse préparée', text: response }];
}

/** Every placeholder at a choice: where, its text, the choices. */
const atChoices = startingFiles().flatMap(({ collection, name, text }) => {
  const data = parse(text) as Record<string, unknown>;
  return placeholderPaths(data).flatMap((path) => {
    const options = choicesAt(formSpec(collection), path);
    const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], data);
    return options ? [{ collection, name, field: path.join('.'), text: String(value), options }] : [];
  });
});

describe('placeholders where a choice goes', () => {
  it.each([
    ['templates/programme.yaml', 'status', 'À compléter : proposé, en cours, terminé ou statut inconnu'],
    ['templates/evaluation.yaml', 'priceMethod', 'À compléter : méthode proportionnelle ou méthode linéaire'],
    ['templates/provider.yaml', 'vat.kind', 'À compléter : assujetti à la TVA, non assujetti, exonéré (article 261-7-1° du CGI) ou franchise en base (article 293 B du CGI)'],
    // Too many choices to list: the field's name says what to choose.
    ['templates/programme.yaml', 'themes.0', 'À compléter : thème'],
    ['templates/provider.yaml', 'legalForm', 'À compléter : forme juridique'],
    ['templates/response.yaml', 'price.lines.0.unit', 'À compléter : unité'],
  ])('%s, %s: « %s »', (name, field, text) => {
    expect(atChoices.find((p) => p.name === name && p.field === field)?.text).toBe(text);
  });

  it('are all in the table above', () => {
    expect(atChoices.map((p) => `${p.name} ${p.field}`).sort()).toEqual([
      'templates/evaluation.yaml priceMethod',
      'templates/programme.yaml status',
      'templates/programme.yaml themes.0',
      'templates/provider.yaml legalForm',
      'templates/provider.yaml vat.kind',
      'templates/response.yaml price.lines.0.unit',
    ]);
  });

  it.each(atChoices.map((p) => [p.name, p.field, p] as const))('%s, %s: names no code', (_, __, { text, options }) => {
    const words = new Set(text.toLowerCase().split(/[\s,;:()«»]+/));
    expect(options.map((o) => o.value).filter((code) => words.has(code.toLowerCase()))).toEqual([]);
  });
});

describe('the message at such a placeholder, in the form’s words', () => {
  const base = readFixture(join(fixturesDir, 'base')).filter((f) => f.collection !== 'evaluations');
  it.each([
    ['providers', 'vat.kind', ['Assujetti à la TVA', 'Non assujetti à la TVA', 'Exonéré au titre de l’article 261-7-1° du CGI', 'Franchise en base de TVA, article 293 B du CGI']],
    ['programmes', 'status', ['Proposé', 'En cours', 'Terminé']],
    ['evaluations', 'priceMethod', ['Méthode proportionnelle', 'Méthode linéaire']],
  ] as const)('%s, %s: offers %j', (collection, field, labels) => {
    const file = { collection, path: `content/${collection}/nouveau-${collection}.yaml`, text: template(collection) };
    const diagnostic = validateFiles([...base, file]).diagnostics.find((d) => d.file === file.path && d.path.join('.') === field);
    expect(diagnostic?.rule).toBe('contenu/a-completer');
    const { expected } = formWording(diagnostic!, undefined, formSpec(collection).glossary);
    for (const label of labels) expect(expected).toContain(`«\u00A0${label}\u00A0»`);
    const codes = choicesAt(formSpec(collection), field.split('.'))!.map((o) => o.value);
    expect(codes.filter((code) => new RegExp(`(^|[\\s«])${code}([\\s,»]|$)`).test(expected ?? ''))).toEqual([]);
  });
});
