/**
 * Creating a file from the editor: its identifier comes from its title, never empty and never a
 * word of the editor's own addresses (a file `nouveau` would be hidden by the creation page), and
 * every file, whatever its identifier, opens at its address.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CollectionName } from '../../schemas/index';
import { clearCorpusCache } from '../../src/content/content-fs';
import { createEntry, createResponseFromSheet } from '../../src/editor/create-fs';
import { editorRoutes, idOfEditPath } from '../../src/editor/routes';

const root = join(import.meta.dirname, '..', '..');
let content: string;

beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), 'passerelle-creer-')), 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  clearCorpusCache();
});
afterEach(() => {
  rmSync(join(content, '..'), { recursive: true, force: true });
  clearCorpusCache();
});

describe('a new file’s identifier', () => {
  it.each<[CollectionName, string[], string[]]>([
    ['programmes', ['Les jardins d’Émile'], ['les-jardins-d-emile']],
    ['programmes', ['Les jardins', 'Les jardins'], ['les-jardins', 'les-jardins-2']],
    ['programmes', ['!!!', '???', ''], ['programme-1', 'programme-2', 'programme-3']],
    ['programmes', ['Nouveau', 'nouveau !'], ['nouveau-2', 'nouveau-3']],
    ['tenders', ['« »'], ['appel-1']],
    ['providers', ['—'], ['prestataire-1']],
    ['responses', ['!!!'], ['reponse-1']],
    ['evaluations', ['...'], ['evaluation-1']],
  ])('in %s, from the titles %j, is %j', (collection, titles, ids) => {
    expect(titles.map((title) => createEntry(content, collection, title))).toEqual(ids);
  });

  it.each(['!!!', 'Nouveau', 'Jardins'])('from « %s », opens at its own address, not at the creation page', (title) => {
    const id = createEntry(content, 'programmes', title);
    const address = editorRoutes.edit('programmes', id);
    expect(address).not.toBe(editorRoutes.create('programmes'));
    const rest = address.slice(editorRoutes.list('programmes').length).replace(/\/$/, '');
    expect(idOfEditPath(rest)).toBe(id);
  });
});

describe('a file whose identifier is a word of the editor’s addresses', () => {
  it.each([
    ['nouveau', '/espace/contenu/programmes/fichier/nouveau/'],
    ['fichier', '/espace/contenu/programmes/fichier/'],
    ['castelnau-donne-des-elles', '/espace/contenu/programmes/castelnau-donne-des-elles/'],
  ])('%s opens at %s', (id, address) => {
    writeFileSync(join(content, 'programmes', `${id}.yaml`), 'draft: true\ntitle: Écrit à la main\n');
    expect(editorRoutes.edit('programmes', id)).toBe(address);
    expect(idOfEditPath(address.slice('/espace/contenu/programmes/'.length, -1))).toBe(id);
  });
});

describe('a new response from a sheet published elsewhere', () => {
  const blanquefort = readFileSync(join(root, 'tests', 'fixtures', 'real-programmes', 'blanquefort-cuisine-nomade.yaml'), 'utf8');
  const castelnau = () => readFileSync(join(content, 'programmes', 'castelnau-donne-des-elles.yaml'), 'utf8');
  const sheet = (text: string, id = 'une-fiche') => ({ ok: true as const, id, extension: 'yaml' as const, text, title: 'La fiche', url: 'https://banque.example/experiences/une-fiche/' });
  const options = { tender: 'dijon-remobilisation-femmes-qpv-2022', title: 'Ma réponse' };
  const programmes = () => readdirSync(join(content, 'programmes')).sort();

  it.each<[string, string, RegExp]>([
    ['a draft', `draft: true\n${blanquefort}`, /^Cette fiche est un brouillon/],
    ['a proposed programme', blanquefort.replace(/^status: running$/m, 'status: proposed'), /^Ce fichier décrit un programme proposé/],
    ['a sheet that does not validate here', blanquefort.replace(/^title: .*$/m, 'title: 12'), /^Cette fiche ne se lit pas avec votre contenu \(\d+ erreurs?\s:\s/],
    ['a sheet naming a programme this content lacks', `derivedFrom: ailleurs\n${blanquefort}`, /^Cette fiche ne se lit pas avec votre contenu/],
  ])('refuses %s and writes nothing', (_, text, message) => {
    const before = programmes();
    expect(() => createResponseFromSheet(content, sheet(text), options)).toThrow(message);
    expect(programmes()).toEqual(before);
  });

  it('writes the proposal and the response only, the sheet cited among the proposal’s sources', () => {
    const before = programmes();
    const id = createResponseFromSheet(content, sheet(blanquefort), options);
    expect(id).toBe('ma-reponse');
    expect(programmes()).toEqual([...before, 'ma-reponse.yaml'].sort());
    const proposal = parse(readFileSync(join(content, 'programmes', 'ma-reponse.yaml'), 'utf8'));
    expect(proposal.derivedFrom).toBeUndefined();
    expect(proposal.sources.at(-1)).toMatchObject({ id: 'fiche-adaptee', url: 'https://banque.example/experiences/une-fiche/' });
  });

  it('takes a sheet this content already has, identical, from the content (derivedFrom names it)', () => {
    const id = createResponseFromSheet(content, sheet(castelnau(), 'castelnau-donne-des-elles'), options);
    expect(parse(readFileSync(join(content, 'programmes', `${id}.yaml`), 'utf8')).derivedFrom).toBe('castelnau-donne-des-elles');
  });
});
