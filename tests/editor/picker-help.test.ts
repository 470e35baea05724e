/**
 * A field chosen from a list shows help about what to choose, not how to type an identifier: no
 * « identifiant », no schema code, no identifier format; a list of values from a vocabulary names
 * them by their French labels.
 */
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/i18n/typography';
import { choicesFor } from '../../src/editor/choices';
import { formSpec, type Spec } from '../../src/editor/form-spec';
import { pickerHelp } from '../../src/editor/labels';
import type { CollectionName } from '../../schemas/index';

describe('a picker’s help', () => {
  it.each([
    ['La source de ce fait : l\'identifiant d\'un élément de sources, ou une liste d\'identifiants.', 'La source de ce fait.'],
    ['La section de l\'appel (responseSections) à laquelle ce texte répond ; si l\'appel ne donne pas de sections, un identifiant de votre choix.', 'La section de l\'appel à laquelle ce texte répond.'],
    ['L\'exigence de l\'appel (son identifiant).', 'L\'exigence de l\'appel.'],
    ['L\'exigence de l\'appel (measure: commitment).', 'L\'exigence de l\'appel.'],
    ['Le programme proposé (statut proposed).', 'Le programme proposé.'],
    ['La section de la réponse (answers) qui le contient.', 'La section de la réponse qui le contient.'],
    ['La source de la pondération (« pondération : source … »).', 'La source de la pondération (« pondération : source … »).'],
    ['(son identifiant)', undefined],
  ])('« %s » reads « %s »', (help, expected) => {
    expect(pickerHelp(help)).toBe(expected);
  });
});

function find(collection: CollectionName, field: string): Spec {
  const found: Spec[] = [];
  const walk = (s: Spec) => {
    if (s.field === field) found.push(s);
    if (s.kind === 'object') s.fields.forEach(walk);
    if (s.kind === 'list') walk(s.item);
    if (s.kind === 'flex') s.objects.forEach((o) => o.fields.forEach(walk));
    if (s.kind === 'flex' && s.list) walk(s.list);
    if (s.kind === 'variants') s.variants.forEach((v) => v.spec.fields.forEach(walk));
  };
  walk(formSpec(collection));
  return found[0];
}

describe('the form’s help', () => {
  it.each([
    ['responses', 'answers[].section', 'La section de l\'appel à laquelle ce texte répond.'],
    ['responses', 'deliverables[].section', 'La section de la réponse qui le contient.'],
    ['responses', 'programme', undefined],
    ['evaluations', 'offers[].manual.findings[].requirement', undefined],
    ['programmes', 'workshops[].themes', 'Les thèmes travaillés (« Mobilité », « Numérique », « Garde d’enfants et parentalité », « Expression et confiance en soi »…).'],
  ] as const)('%s %s', (collection, field, help) => {
    expect(find(collection, field).help).toBe(help && frenchTypography(help));
  });

  it.each([
    ['responses', 'answers[].section'],
    ['responses', 'programme'],
    ['evaluations', 'offers[].marks[].criterion'],
  ] as const)('%s %s does not ask for an identifier’s format', (collection, field) => {
    expect(find(collection, field).expected).toBeUndefined();
  });

  it('chooses a deliverable’s section among the response’s answers, and its annex among its annexes', () => {
    expect(find('responses', 'deliverables[].section').choices).toEqual({ kind: 'own', list: 'answers' });
    expect(find('responses', 'deliverables[].annex').choices).toEqual({ kind: 'own', list: 'annexes' });
    const catalog = { entries: {}, tenders: { appel: { lots: [], sections: [{ value: 'methode', label: 'Méthode et moyens' }], deliverables: [], commitments: [], requirements: [], criteria: [], units: [] } } };
    const data = { tender: 'appel', answers: [{ section: 'methode', body: '…' }, { section: 'annexe-libre', title: 'Nos références', body: '…' }, { body: 'sans section' }], annexes: [{ id: 'cv', title: 'Les CV de l’équipe' }] };
    expect(choicesFor({ kind: 'own', list: 'answers' }, catalog, data)).toEqual([
      { value: 'methode', label: 'Méthode et moyens' },
      { value: 'annexe-libre', label: 'Nos références' },
    ]);
    expect(choicesFor({ kind: 'own', list: 'annexes' }, catalog, data)).toEqual([{ value: 'cv', label: 'Les CV de l’équipe' }]);
  });
});

describe('a reference to another item of the file or of the call', () => {
  it.each([
    ['programmes', 'workshops[].cohorts[]', { kind: 'own', list: 'cohorts' }],
    ['programmes', 'results.quantitative[].cohort', { kind: 'own', list: 'cohorts' }],
    ['programmes', 'public.eligibility[].site', { kind: 'own', list: 'sites' }],
    ['programmes', 'milestones[].site', { kind: 'own', list: 'sites' }],
    ['programmes', 'workshops[].source', { kind: 'own', list: 'sources' }],
    ['programmes', 'workshops[].source[]', { kind: 'own', list: 'sources' }],
    ['tenders', 'pricingScenario.outcomes[].share', { kind: 'own', list: 'shares' }],
    ['tenders', 'lots[].pricingScenario.units[].unit', { kind: 'own', list: 'units' }],
    ['responses', 'price.unitRates[].unit', { kind: 'tender', list: 'units' }],
  ] as const)('%s %s is chosen by name', (collection, field, choices) => {
    const spec = find(collection, field);
    expect(spec.choices).toEqual(choices);
    expect(spec.expected).toBeUndefined();
  });

  const data = {
    sites: [{ id: 'mantes', name: 'Mantes-la-Jolie' }],
    cohorts: [{ id: 'g1', name: 'Groupe du matin' }],
    sources: [{ id: 'bilan', title: 'Bilan 2023' }],
    priceModel: { shares: [{ id: 'entree', label: 'À l’entrée en parcours' }], units: [{ id: 'aiguillage', label: 'Un aiguillage' }] },
  };
  it.each([
    ['sites', [{ value: 'mantes', label: 'Mantes-la-Jolie' }]],
    ['cohorts', [{ value: 'g1', label: 'Groupe du matin' }]],
    ['sources', [{ value: 'bilan', label: 'Bilan 2023' }]],
    ['shares', [{ value: 'entree', label: 'À l’entrée en parcours' }]],
    ['units', [{ value: 'aiguillage', label: 'Un aiguillage' }]],
  ] as const)('lists the file’s %s by their names', (list, options) => {
    expect(choicesFor({ kind: 'own', list }, { entries: {}, tenders: {} }, data)).toEqual(options);
  });
});
