/**
 * The identifiers the editor makes for list items other fields refer to: from the item's name,
 * lower case without accents, unique in the list, never empty; one the item has is kept (a
 * title changed after saving does not break a reference), one typed badly is corrected. The form
 * shows them as a small optional field made from the title.
 */
import { describe, expect, it } from 'vitest';
import { ID_MAX, isSlug, itemIds, slugify, uniqueId, withItemIds, type ItemIds } from '../../src/editor/item-ids';
import { formSpec } from '../../src/editor/form-spec';
import type { ObjectSpec, Spec } from '../../src/editor/form-spec';
import { collections } from '../../schemas/index';

describe('slugify', () => {
  it.each([
    ['Atelier mobilité', 'atelier-mobilite'],
    ['Taux d’assiduité', 'taux-d-assiduite'],
    ["Taux d'assiduité", 'taux-d-assiduite'],
    ['  Œuvres & cœur  ', 'oeuvres-coeur'],
    ['Ex æquo', 'ex-aequo'],
    ['Groupe n° 2 (matin)', 'groupe-n-2-matin'],
    ['CCAS — Mantes-la-Jolie', 'ccas-mantes-la-jolie'],
    ['atelier-mobilite', 'atelier-mobilite'],
    ['Été 2024 : « bilan »', 'ete-2024-bilan'],
    ['« … »', ''],
    ['', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    if (slug) expect(isSlug(slug)).toBe(true);
  });

  it.each([
    ['a'.repeat(80), 'a'.repeat(ID_MAX)],
    [`${'mots '.repeat(14)}fin`, 'mots-'.repeat(12).slice(0, -1)],
    ['Atelier mobilité', 'atelier'],
  ])('bounds %j', (text, slug) => {
    const max = text === 'Atelier mobilité' ? 8 : ID_MAX;
    expect(slugify(text, max)).toBe(slug);
    expect(slugify(text, max).length).toBeLessThanOrEqual(max);
    expect(isSlug(slugify(text, max))).toBe(true);
  });
});

describe('uniqueId', () => {
  it.each([
    ['atelier', [], 'atelier'],
    ['atelier', ['atelier'], 'atelier-2'],
    ['atelier', ['atelier', 'atelier-2'], 'atelier-3'],
    ['atelier-2', ['atelier-2'], 'atelier-2-2'],
    ['a'.repeat(ID_MAX), ['a'.repeat(ID_MAX)], `${'a'.repeat(ID_MAX - 2)}-2`],
  ])('%j among %j → %j', (base, taken, id) => {
    const out = uniqueId(base, new Set(taken));
    expect(out).toBe(id);
    expect(out.length).toBeLessThanOrEqual(ID_MAX);
  });
});

const workshops: ItemIds = { name: 'title', word: 'atelier' };

describe('itemIds', () => {
  it.each<[string, unknown[], ItemIds, Array<string | undefined>]>([
    ['made from the titles, unique', [{ title: 'Atelier mobilité' }, { title: 'Atelier mobilité' }], workshops, ['atelier-mobilite', 'atelier-mobilite-2']],
    ['an item’s own id kept when its title changed', [{ id: 'jardin', title: 'Atelier potager' }], workshops, ['jardin']],
    ['a new item does not take an existing id', [{ title: 'Jardin' }, { id: 'jardin', title: 'Le jardin' }], workshops, ['jardin-2', 'jardin']],
    ['an id typed badly is corrected', [{ id: 'Mon Atelier', title: 'X' }], workshops, ['mon-atelier']],
    ['an id typed as nothing valid is made from the title', [{ id: '« »', title: 'Potager' }], workshops, ['potager']],
    ['without a name: the item word and its number', [{}, { title: '' }, { title: '!!!' }], workshops, ['atelier-1', 'atelier-2', 'atelier-3']],
    ['the number fallback is unique too', [{ id: 'atelier-2', title: 'A' }, {}], workshops, ['atelier-2', 'atelier-2-2']],
    ['a list without a name field', [{}, {}], { word: 'lot' }, ['lot-1', 'lot-2']],
    ['an entry that is not an object', ['x', { name: 'Groupe du matin' }], { name: 'name', word: 'groupe' }, [undefined, 'groupe-du-matin']],
  ])('%s', (_, items, how, ids) => {
    expect(itemIds(items, how)).toEqual(ids);
  });
});

describe('withItemIds', () => {
  const spec = formSpec('programmes');
  const tenders = formSpec('tenders');

  it.each<[string, ObjectSpec, Record<string, unknown>, Record<string, unknown>]>([
    ['new workshops', spec, { title: 'P', workshops: [{ title: 'Atelier mobilité' }, { title: 'Atelier mobilité' }] }, { title: 'P', workshops: [{ id: 'atelier-mobilite', title: 'Atelier mobilité' }, { id: 'atelier-mobilite-2', title: 'Atelier mobilité' }] }],
    ['groups by their names', spec, { cohorts: [{ id: 'matin', name: 'Matin' }, { name: 'Groupe du soir' }] }, { cohorts: [{ id: 'matin', name: 'Matin' }, { id: 'groupe-du-soir', name: 'Groupe du soir' }] }],
    ['indicators by their labels', spec, { indicators: [{ label: 'Taux d’assiduité' }] }, { indicators: [{ id: 'taux-d-assiduite', label: 'Taux d’assiduité' }] }],
    ['phases by their titles', spec, { phases: [{ kind: 'setup', title: 'Montage du projet' }] }, { phases: [{ id: 'montage-du-projet', kind: 'setup', title: 'Montage du projet' }] }],
    [
      'phases without a title by their kinds’ labels, unique',
      spec,
      { phases: [{ kind: 'setup' }, { kind: 'running' }, { kind: 'running' }, { id: 'bilan', kind: 'evaluation' }] },
      { phases: [{ id: 'montage', kind: 'setup' }, { id: 'mise-en-oeuvre', kind: 'running' }, { id: 'mise-en-oeuvre-2', kind: 'running' }, { id: 'bilan', kind: 'evaluation' }] },
    ],
    ['a phase’s id kept once saved, its title changed', spec, { phases: [{ id: 'montage', kind: 'setup', title: 'Préparation' }] }, { phases: [{ id: 'montage', kind: 'setup', title: 'Préparation' }] }],
    [
      'results by their labels, unique',
      spec,
      { results: { quantitative: [{ label: 'Accès à l’emploi', count: 4 }, { label: 'Accès à l’emploi', count: 2 }] } },
      { results: { quantitative: [{ id: 'acces-a-l-emploi', label: 'Accès à l’emploi', count: 4 }, { id: 'acces-a-l-emploi-2', label: 'Accès à l’emploi', count: 2 }] } },
    ],
    ['a result without a label: its word and number', spec, { results: { quantitative: [{ id: 'emploi', label: 'Emploi' }, { count: 3 }] } }, { results: { quantitative: [{ id: 'emploi', label: 'Emploi' }, { id: 'resultat-2', count: 3 }] } }],
    ['a call’s requirements (one kind of item each)', tenders, { requirements: [{ measure: 'group-count', label: 'Nombre de groupes' }] }, { requirements: [{ id: 'nombre-de-groupes', measure: 'group-count', label: 'Nombre de groupes' }] }],
    ['nested lists, unique in their own list', tenders, { lots: [{ title: 'Lot A', deliverables: [{ label: 'Bilan' }] }, { title: 'Lot B', deliverables: [{ label: 'Bilan' }] }] }, { lots: [{ id: 'lot-a', title: 'Lot A', deliverables: [{ id: 'bilan', label: 'Bilan' }] }, { id: 'lot-b', title: 'Lot B', deliverables: [{ id: 'bilan', label: 'Bilan' }] }] }],
  ])('%s', (_, form, data, expected) => {
    expect(withItemIds(data, form)).toEqual(expected);
  });

  it.each([
    ['nothing to make', { title: 'P', workshops: [{ id: 'jardin', title: 'Jardin' }] }],
    ['no list', { title: 'P' }],
  ])('gives the same object when there is %s', (_, data) => {
    expect(withItemIds(data, spec)).toBe(data);
  });
});

/** Every list of every form whose items carry a required identifier, and its id field. */
function idLists(spec: Spec, out: Array<Extract<Spec, { kind: 'list' }>> = []): Array<Extract<Spec, { kind: 'list' }>> {
  if (spec.kind === 'list') {
    out.push(spec);
    idLists(spec.item, out);
  }
  if (spec.kind === 'object') spec.fields.forEach((f) => idLists(f, out));
  if (spec.kind === 'variants') spec.variants.forEach((v) => idLists(v.spec, out));
  if (spec.kind === 'flex') spec.objects.forEach((o) => idLists(o, out));
  return out;
}

describe('the forms', () => {
  const lists = Object.keys(collections).flatMap((c) => idLists(formSpec(c as keyof typeof collections)));
  const made = lists.filter((l) => l.itemIds);

  it.each(['workshops[]', 'phases[]', 'results.quantitative[]', 'cohorts[]', 'sites[]', 'indicators[]', 'sources[]', 'groups[]', 'requirements[]', 'responseSections[]', 'deliverables[]', 'annexes[]', 'lots[]'])('makes the identifiers of %s', (field) => {
    expect(made.some((l) => l.item.field === field)).toBe(true);
  });

  it('shows each such identifier as optional, made from the item’s name, without « Par exemple »', () => {
    const ids = made.flatMap((l) => (l.item.kind === 'object' ? [l.item] : l.item.kind === 'variants' ? l.item.variants.map((v) => v.spec) : [])).map((o) => o.fields.find((f) => f.key === 'id')!);
    expect(ids.length).toBeGreaterThan(15);
    for (const id of ids) {
      expect(id.required).toBe(false);
      expect(id.label).toMatch(/^Identifiant \(créé à partir (du titre|du nom|du libellé|du titre ou du type)\)$/);
      expect(id.examples).toBeUndefined();
    }
  });

  it('leaves no identifier of a list item to type: every list whose items have one makes it', () => {
    const forms = (l: (typeof lists)[number]) => (l.item.kind === 'object' ? [l.item] : l.item.kind === 'variants' ? l.item.variants.map((v) => v.spec) : []);
    const typed = lists.filter((l) => !l.itemIds && forms(l).some((o) => o.fields.some((f) => f.key === 'id' && f.kind === 'text' && f.slug)));
    expect(typed.map((l) => l.item.field)).toEqual([]);
  });
});
