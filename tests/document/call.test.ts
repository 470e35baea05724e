/**
 * The call page shows everything its file holds: a call with every field of the tender schema
 * filled in (tests/fixtures/full-call/) shows each of its texts, and its facts formatted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostics } from '../../src/content/diagnostics';
import { validateFiles } from '../../src/content/validate';
import { callDocument } from '../../src/document/call/index';
import { jsonSchemaFor } from '../../src/schema-json/generate';
import { plain, texts } from '../content/call-facts';
import { fixturesDir, readFixture } from '../content/fixtures';
import { documentText } from './document-text';

const dir = join(fixturesDir, 'full-call');
const result = validateFiles(readFixture(dir));
const entry = result.corpus.tenders.find((t) => t.id === 'complet')!;
const page = plain(documentText(callDocument(entry, result.corpus.tenders)));
const units = result.corpus.tenders.find((t) => t.id === 'complet-unites')!;
const unitsPage = plain(documentText(callDocument(units)));

/** Every property name the tender schema declares, at any depth. */
function schemaKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => schemaKeys(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
    Object.values(o).forEach((v) => schemaKeys(v, out));
  }
  return out;
}

/** Every key written in a YAML value, at any depth. */
function writtenKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => writtenKeys(v, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) writtenKeys(v, out.add(k));
  return out;
}

describe('a call with every field filled', () => {
  it('validates', () => {
    expect(formatDiagnostics(result.diagnostics.filter((d) => d.severity === 'error'))).toBe('');
    expect(result.corpus.tenders.map((t) => t.id).sort()).toEqual(['complet', 'complet-unites']);
  });

  it('fills every field the tender schema has (the fields of a price in units of work in the second call)', () => {
    const written = new Set<string>();
    for (const name of ['complet', 'complet-unites']) writtenKeys(parse(readFileSync(join(dir, 'tenders', `${name}.yaml`), 'utf8')), written);
    expect([...schemaKeys(jsonSchemaFor('tenders'))].filter((k) => !written.has(k)).sort()).toEqual([]);
  });

  it('shows each of its texts on the page', () => {
    const facts = texts(entry.data);
    expect(facts.length).toBeGreaterThan(100);
    expect(facts.map(plain).filter((fact) => !page.includes(fact))).toEqual([]);
    expect(texts(units.data).map(plain).filter((fact) => !unitsPage.includes(fact))).toEqual([]);
  });

  it.each([
    'Durée du parcours d’une personne : 90 ou 180 jours calendaires',
    'Nombre de QPV : environ 12',
    'Prix par unité d’œuvre',
    'aiguillage : un premier entretien d’orientation',
    'Scénario de chiffrage de l’acheteur : 500 × aiguillage | 200 × premier niveau de conseil',
  ])('shows « %s » for a price in units of work', (fact) => {
    expect(unitsPage).toContain(plain(fact));
  });

  it.each([
    'Appel d’offres restreint — appel d’offres restreint en deux phases',
    'Accord-cadre à plusieurs titulaires, exécuté par bons de commande et marchés subséquents',
    'Négociation systématique, sur le prix et le calendrier',
    'Code de la commande publique, art. R. 2161-6',
    'Référence interne, « numéro de consultation » : 2025-AC-07',
    'Avis BOAMP : 25-123456 (nature incertaine)',
    '85310000-5 Services d’action sociale',
    'Départements : Côte-d’Or (21) | Saône-et-Loire (71)',
    'Autres zones : Jura suisse (Suisse)',
    'Nombre de QPV : 3',
    '21,4 % | 2024, source : Observatoire Exemple',
    'avant le 15 octobre 2025 à 12 h (délai de rigueur ; plus aucun dépôt à compter du 16 octobre 2025 ; l’heure est celle de Paris)',
    'Réunion d’information : 10 septembre 2025, de 14 h à 16 h 30, en présentiel ou à distance',
    'Durée : 2 ans',
    'Début au plus tôt le 5 janvier 2026',
    'Période ferme : 1 an (renouvelable par reconduction expresse)',
    'Reconduction : 2 fois, de 1 an, selon le taux de sortie vers l’emploi',
    '6 mois au plus, jusqu’à 9 mois (sur avis du référent)',
    'L’appel compte 4 lots. Un candidat répond à un ou plusieurs lots. Au plus 2 lots par candidat. L’offre couvre tout le public du lot.',
    'Lot 1 : Secteur nord',
    'Durée du parcours d’une personne : 12 ou 24 mois',
    'au plus 60 bénéficiaires, aucun minimum, pour la période ferme',
    'au plus 80 000 € HT, minimum non précisé, par an',
    'Critères classés par ordre d’importance, sans pondération.',
    'Qualité du parcours au nord | Qualité | 1',
    'Liste partielle : seule une partie des critères a été lue.',
    'Les critères d’attribution sont fixés dans un document qui n’est pas fourni ici : le règlement de la consultation.',
    'Dix pages au plus pour la proposition. (facultatif)',
    'Proposition (12 pages au plus, la réponse y place : programme proposé, rétroplanning) — Le parcours proposé.',
    '(la réponse doit contenir : rétroplanning)',
    '100 000 € à 250 000 € TTC pour toute la durée (pour l’ensemble des lots)',
    '40 % à l’entrée de chaque bénéficiaire : à l’entrée',
    '60 % par issue constatée : à l’emploi durable',
    'Scénario de chiffrage de l’acheteur : 40 bénéficiaires',
    'Critères pondérés en points, sur 100 points. — critères, source : Département Exemple, 1er septembre 2025 — pondération, source : Journal Exemple, 3 septembre 2025',
    'La méthode (40 points) : Ses étapes. — source : Département Exemple, 1er septembre 2025',
    'Dossier papier, exclusivement (un dépôt par un autre canal est irrecevable)',
    'réponses en groupement admises',
    'Nature : source primaire, partie lue : l’avis entier',
    'L’appel n’a pas d’intitulé formel : son titre ici est un titre de travail.',
    'Ce document est un modèle',
    'Cofinancement : Fonds social européen plus (FSE+) — FSE+ volet emploi | Fonds d’aide aux jeunes de test',
    'Programme : Programme national Emploi et inclusion 2021-2027',
    'Axe : 1, « Insertion professionnelle »',
    'Taux de cofinancement : au plus 60 %',
    'Gestion : le Département, organisme intermédiaire',
    'Taux de cofinancement : non précisé',
    'Fait suite à : Appel par unités d’œuvre pour les tests — l’appel de l’année d’avant, aux unités d’œuvre',
    'Obligations du cofinancement : Fonds social européen plus (FSE+) — FSE+ volet emploi',
  ])('shows « %s »', (fact) => {
    expect(page).toContain(plain(fact));
  });

  it.each([
    'Pièces à joindre : Les statuts de la structure. | Un relevé d’identité bancaire.',
    'En priorité : les femmes qui ne sont inscrites nulle part',
    'À titre subsidiaire : les demandeuses d’emploi sans accompagnement depuis 5 mois',
  ])('shows « %s »', (fact) => {
    expect(page).toContain(plain(fact));
  });

  it('says « non lu dans l’appel » for a part the call has but that was not read, « non renseigné » for one it does not give', () => {
    // Before, a part the call has but the reading did not reach read « non renseigné », as if the call said nothing.
    expect(unitsPage).toContain(plain('Contenu attendu de la réponse non lu dans l’appel (article 9)'));
    expect(unitsPage).toContain(plain('Budget maximal : non lu dans l’appel'));
    expect(unitsPage).toContain(plain('Livrables attendus non renseigné'));
    expect(unitsPage).not.toContain(plain('Pièces à joindre'));
    // Days without a year, running over the new year, as the call writes them.
    expect(unitsPage).toContain(plain('30 personnes du 1er septembre au 30 juin, année non précisée'));
  });

  it('gives no section the id of the page’s main element, which the skip link goes to', () => {
    // Before, « Contenu attendu de la réponse » was #contenu: the table of contents led to the top of the page.
    const base = readFileSync(join(import.meta.dirname, '../../src/layouts/Base.astro'), 'utf8');
    const pageIds = [...base.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(pageIds).toContain('contenu');
    for (const call of [entry, units]) expect(callDocument(call, result.corpus.tenders).sections.map((s) => s.id).filter((id) => pageIds.includes(id))).toEqual([]);
  });

  it('shows a duration in calendar days that rolls over to the next working day', () => {
    expect(unitsPage).toContain(plain('Durée du parcours d’une personne : 90 ou 180 jours calendaires ; une échéance qui tombe un jour non ouvré passe au premier jour ouvré suivant'));
  });

  it('says on the page, not only in the PDF, that its title is a working title and that it is a template', () => {
    expect(plain(callDocument(entry).cover.notice ?? '')).toBe(
      plain('L’appel n’a pas d’intitulé formel : son titre ici est un titre de travail. Ce document est un modèle : ses paramètres (région, dates, quantités) ne sont pas renseignés.'),
    );
  });

  it('names a linked call missing from the calls it is given by its identifier, and links one it is given to its page', () => {
    const alone = plain(documentText(callDocument(entry)));
    expect(alone).toContain(plain('Fait suite à : l’appel « complet-unites », qui n’est pas publié ici'));
    const related = callDocument(entry, result.corpus.tenders).sections.find((s) => s.id === 'appels-lies');
    expect(JSON.stringify(related)).toContain('"href":"/appels/complet-unites/"');
  });

  it('shows on the other call’s page the calls that link to it, without their notes, and each once', () => {
    // Before, a call knew nothing of those that link to it: the national call never led to its declinations.
    const back = callDocument(units, result.corpus.tenders).sections.find((s) => s.id === 'appels-lies');
    const shown = plain(documentText({ ...callDocument(units, result.corpus.tenders), sections: back ? [back] : [] }));
    expect(shown).toContain(plain(`A pour suite : ${entry.data.title}`));
    expect(shown).not.toContain('l’appel de l’année d’avant');
    expect(JSON.stringify(back)).toContain('"href":"/appels/complet/"');
    // Alone, or given only itself, the call has no linked calls to show.
    expect(callDocument(units).sections.some((s) => s.id === 'appels-lies')).toBe(false);
    expect(callDocument(units, [units]).sections.some((s) => s.id === 'appels-lies')).toBe(false);
    // The call that names the other is not named back on its own page.
    expect(page.split(plain(entry.data.title)).length).toBe(plain(documentText(callDocument(entry))).split(plain(entry.data.title)).length);
  });
});
