/**
 * The validator's « attendu » and « correction » as the form shows them: values by their French
 * labels, lists and groups without YAML syntax; the message itself unchanged.
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { formText, formWording } from '../../src/editor/form-messages';
import { frenchTypography } from '../../src/i18n/typography';

const d = fr.diagnostics;
const status = [
  { value: 'proposed', label: 'Proposé' },
  { value: 'running', label: 'En cours' },
  { value: 'completed', label: 'Terminé' },
];

describe('the form’s wording of a message', () => {
  it.each([
    [
      'a value outside the list, with a suggestion',
      { rule: 'schema/valeur', expected: d.invalidValueExpected(['proposed', 'running', 'completed']), hint: d.didYouMean('completed') },
      status,
      { expected: 'une valeur de la liste\u00A0: Proposé, En cours, Terminé', hint: 'Vouliez-vous dire «\u00A0Terminé\u00A0»\u202F?' },
    ],
    [
      'a value outside the list, no suggestion',
      { rule: 'schema/valeur', expected: d.invalidValueExpected(['proposed', 'running', 'completed']), hint: d.chooseValue },
      status,
      { expected: 'une valeur de la liste\u00A0: Proposé, En cours, Terminé', hint: 'Choisissez une valeur dans la liste.' },
    ],
    [
      'a text where a list is expected',
      { rule: 'schema/type', expected: d.types.array, hint: d.fixType(d.types.array) },
      undefined,
      { expected: 'une liste (un élément par case, ajouté avec le bouton «\u00A0Ajouter\u00A0»)', hint: 'Remplacez la valeur par une liste (un élément par case, ajouté avec le bouton «\u00A0Ajouter\u00A0»).' },
    ],
    [
      'a text where a group is expected',
      { rule: 'schema/type', expected: d.types.object, hint: d.fixType(d.types.object) },
      undefined,
      { expected: 'un groupe de champs (ouvrez «\u00A0Détailler\u00A0» et remplissez ses cases)', hint: 'Remplacez la valeur par un groupe de champs (ouvrez «\u00A0Détailler\u00A0» et remplissez ses cases).' },
    ],
    ['a missing field', { rule: 'schema/champ-manquant', expected: 'un texte non vide', hint: d.missingFieldHint('title') }, undefined, { expected: 'un texte non vide', hint: 'Remplissez ce champ.' }],
    ['a message in the form’s words already', { rule: 'duree/format', expected: '«\u00A02\u00A0h\u00A0»', hint: 'Écrivez une durée.' }, undefined, { expected: '«\u00A02\u00A0h\u00A0»', hint: 'Écrivez une durée.' }],
    ['a message without expected nor hint', { rule: 'schema/type' }, undefined, {}],
  ])('%s', (_, diagnostic, options, wording) => {
    expect(formWording(diagnostic, options)).toEqual(wording);
  });

  it('keeps the validator’s words where the field has no list (a value typed, not chosen)', () => {
    const diagnostic = { rule: 'schema/valeur', expected: d.invalidValueExpected(['a', 'b']), hint: d.didYouMean('a') };
    expect(formWording(diagnostic)).toEqual({ expected: diagnostic.expected, hint: diagnostic.hint });
  });
});

describe('a text of the schemas in the form’s words', () => {
  it.each([
    ['un nombre (12), un intervalle « 10 à 12 », « plus de 30 » ou { min: 10, max: 12 }', 'un nombre (12), un intervalle « 10 à 12 », « plus de 30 »'],
    ['Écrivez le minimum, le maximum ou les deux (« 10 à 12 », « plus de 30 », { min: 30 }), tels que la source les donne.', 'Écrivez le minimum, le maximum ou les deux (« 10 à 12 », « plus de 30 »), tels que la source les donne.'],
    [`Remplacez la valeur par ${d.types.boolean}.`, 'Remplacez la valeur par oui ou non.'],
    ['un texte non vide', 'un texte non vide'],
  ])('« %s » reads « %s »', (text, expected) => {
    expect(formText(text)).toBe(frenchTypography(expected));
  });
});
