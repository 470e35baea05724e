/**
 * The validator's « attendu » and « correction » as the form shows them: values by their French
 * labels, lists and groups without YAML syntax; the message itself unchanged.
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { formText, formWording, type Glossary, type WordedDiagnostic } from '../../src/editor/form-messages';
import { frenchTypography } from '../../src/i18n/typography';
import { add, also, hintParts, said, toFill, write } from '../../src/i18n/settings';

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

describe('the form’s wording said from the diagnostic’s facts, not its texts', () => {
  const words: Glossary = {
    fields: { status: 'Statut', workshops: 'Ateliers', 'workshops[].title': 'Titre de l’atelier', 'workshops[].themes': 'Thèmes', 'workshops[].level': 'Niveau', title: 'Titre' },
    keys: { status: 'Statut', title: 'Titre', themes: 'Thèmes', level: 'Niveau' },
    codes: { proposed: 'Proposé', running: 'En cours', completed: 'Terminé' },
    boxes: {},
    chosen: { status: true },
  };
  const choices = [
    { code: 'proposed', label: 'Proposé' },
    { code: 'running', label: 'En cours' },
    { code: 'completed', label: 'Terminé' },
  ];
  // The texts are the validator’s, so that a case shows what the facts change.
  const valeur = { rule: 'schema/valeur', message: d.invalidValue, expected: d.invalidValueExpected(choices), hint: d.didYouMean('completed', 'Terminé'), choices, suggestion: 'completed' };
  const list = 'une liste (un élément par case, ajouté avec le bouton « Ajouter »)';

  it.each([
    ['a value picked from a list, with its suggestion', { ...valeur, path: ['status'] }, words, { expected: 'une valeur de la liste : Proposé, En cours, Terminé', hint: 'Vouliez-vous dire « Terminé » ?' }],
    ['a value picked from a list, nothing close', { ...valeur, path: ['status'], hint: d.chooseValue, suggestion: undefined }, words, { expected: 'une valeur de la liste : Proposé, En cours, Terminé', hint: 'Choisissez une valeur dans la liste.' }],
    ['a value typed, the labels of what to type', { ...valeur, path: ['workshops', 0, 'level'] }, words, { expected: 'une valeur parmi : « Proposé », « En cours », « Terminé »', hint: 'Vouliez-vous dire « Terminé » ?' }],
    ['a code no vocabulary names keeps its code', { ...valeur, path: ['status'], choices: [{ code: 'a' }, { code: 'b' }], suggestion: 'b' }, { ...words, codes: {} }, { expected: 'une valeur de la liste : A, B', hint: 'Vouliez-vous dire « B » ?' }],
    ['a value, no glossary: the validator’s words', { ...valeur, path: ['status'] }, undefined, { message: d.invalidValue, expected: 'une valeur parmi : proposed (proposé), running (en cours), completed (terminé)', hint: 'Vouliez-vous dire « completed » (terminé) ?' }],
    ['a missing field, by its label', { rule: 'schema/champ-manquant', path: ['workshops', 0, 'title'], message: d.missingField('title'), expected: d.types.string, expectedType: 'string', hint: d.missingFieldHint('title'), missingKey: 'title' }, words, { message: 'Champ obligatoire manquant : « Titre de l’atelier »', expected: 'un texte', hint: 'Remplissez ce champ.' }],
    ['a missing field picked from a list', { rule: 'schema/champ-manquant', path: ['status'], message: d.missingField('status'), expected: d.invalidValueExpected(choices), choices, hint: d.missingFieldHint('status'), missingKey: 'status' }, words, { message: 'Champ obligatoire manquant : « Statut »', expected: 'une valeur de la liste : Proposé, En cours, Terminé', hint: 'Remplissez ce champ.' }],
    ['a missing list, by the form’s control', { rule: 'schema/champ-manquant', path: ['workshops', 0, 'themes'], message: d.missingField('themes'), expected: d.types.array, expectedType: 'array', hint: d.missingFieldHint('themes'), missingKey: 'themes' }, words, { message: 'Champ obligatoire manquant : « Thèmes »', expected: list, hint: 'Remplissez ce champ.' }],
    ['a text where a list is read', { rule: 'schema/type', path: ['workshops', 0, 'themes'], message: d.invalidType, expected: d.types.array, expectedType: 'array', hint: d.fixType(d.types.array) }, words, { message: d.invalidType, expected: list, hint: `Remplacez la valeur par ${list}.` }],
    ['a text where yes or no is read', { rule: 'schema/type', path: ['x'], message: d.invalidType, expected: d.types.boolean, expectedType: 'boolean', hint: d.fixType(d.types.boolean) }, undefined, { message: d.invalidType, expected: 'oui ou non', hint: 'Remplacez la valeur par oui ou non.' }],
    ['a hint of its own is kept beside the type', { rule: 'schema/type', path: ['x'], message: d.invalidType, expected: d.types.number, expectedType: 'number', hint: d.fixFrenchNumber('60,5', '60.5') }, undefined, { message: d.invalidType, expected: 'un nombre', hint: d.fixFrenchNumber('60,5', '60.5') }],
    ['an unknown key, the suggested one by its label', { rule: 'schema/champ-inconnu', path: ['workshops', 0, 'titel'], message: d.unknownKey('titel'), expected: 'un des champs possibles ici : title, themes', hint: d.didYouMean('title'), suggestion: 'title', allowedKeys: ['title', 'themes'] }, words, { expected: 'un des champs possibles ici : « Titre de l’atelier », « Thèmes »', hint: 'Vouliez-vous dire « Titre de l’atelier » ?' }],
    ['an unknown key, nothing close: the fields by their labels, one the form does not show by its key', { rule: 'schema/champ-inconnu', path: ['workshops', 0, 'x'], message: d.unknownKey('x'), expected: 'un des champs possibles ici : title, mode', hint: fr.details.diagnostics.unknownKeyHint, allowedKeys: ['title', 'mode'] }, words, { expected: 'un des champs possibles ici : « Titre de l’atelier », mode', hint: fr.details.diagnostics.unknownKeyHint }],
  ] as const)('%s', (_, diagnostic, glossary, wording) => {
    const typeset = Object.fromEntries(Object.entries(wording).map(([k, v]) => [k, frenchTypography(v)]));
    expect(formWording(diagnostic as WordedDiagnostic, undefined, glossary as Glossary | undefined)).toMatchObject(typeset);
  });
});

describe('a hint’s settings said with the form’s controls', () => {
  const words: Glossary = {
    fields: { budget: 'Budget', 'budget.linesComplete': 'Les postes ne détaillent qu’une partie du total', 'budget.total': 'Total', awardCriteria: 'Critères', 'awardCriteria.weighting': 'Pondération', 'budgetCap.max': 'Le maximum', 'address.city': 'Commune', 'deliverables[].section': 'Section', 'deliverables[].annex': 'Annexe' },
    keys: {},
    codes: { percentage: 'En pourcentage', points: 'En points', order: 'Par ordre d’importance' },
    boxes: { 'budget.linesComplete': false },
    chosen: { 'awardCriteria.weighting': true },
  };
  const hinted = (path: Array<string | number>, hint: string) => ({ rule: 'r/r', message: 'm', path, hint, hintParts: hintParts(hint) });

  it.each([
    ['a box to tick', ['budget', 'total'], said`Corrigez le total ; sinon, ${add('linesComplete', 'false')} et laissez le reste.`, 'Corrigez le total ; sinon, cochez « Les postes ne détaillent qu’une partie du total » et laissez le reste.'],
    ['one choice or another, from a list', ['awardCriteria'], said`${write('weighting', 'percentage', 'points')} si l’appel pondère.`, 'Choisissez « En pourcentage » ou « En points » pour « Pondération » si l’appel pondère.'],
    ['a value typed as it is', ['budgetCap', 'max'], said`Sinon, ${write('max', 'non précisé')}.`, 'Sinon, écrivez « non précisé » dans « Le maximum ».'],
    ['a value to find', ['address'], said`${toFill(add('city', 'la commune'))} ; sinon, retirez l’adresse.`, 'Remplissez « Commune » ; sinon, retirez l’adresse.'],
    ['a second setting, without its verb', ['deliverables', 0], said`${toFill(add('section', '<identifiant>'))} ou ${toFill(also('annex', '<identifiant>'))}.`, 'Remplissez « Section » ou « Annexe ».'],
    ['a key the form does not show stays as the file writes it', ['budget'], said`Sinon, ${add('secret', 'x')}.`, 'Sinon, ajoutez secret: x.'],
  ])('%s', (_, path, hint, wording) => {
    expect(formWording(hinted(path, hint), undefined, words).hint).toBe(frenchTypography(wording));
  });

  it('says the validator’s hint without a glossary', () => {
    const hint = said`Sinon, ${add('linesComplete', 'false')}.`;
    expect(formWording(hinted(['budget'], hint)).hint).toBe(hint);
  });
});
