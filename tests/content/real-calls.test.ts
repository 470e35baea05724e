/**
 * Real French calls, written as tender files with their facts (tests/fixtures/real-calls/): each
 * validates without one invented fact, says where it comes from and what its source does not say,
 * shows every fact it holds on its page or in its open data, shows the formatted facts expected
 * of it, and shows nothing its source does not give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Tender } from '../../schemas/index';
import { formatDiagnostics } from '../../src/content/diagnostics';
import { validateFiles } from '../../src/content/validate';
import { callDocument } from '../../src/document/call/index';
import { tenderExport } from '../../src/domain/tender-export';
import { documentText } from '../document/document-text';
import { OcdsReleasePackageSchema } from '../domain/ocds-schema';
import { plain, texts } from './call-facts';
import { fixturesDir, readFixture } from './fixtures';

const dir = join(fixturesDir, 'real-calls');
const result = validateFiles(readFixture(dir));
const options = { ocidPrefix: 'ocds-test01', site: 'https://passerelle.example', uri: 'https://passerelle.example/appels/x.json', extension: 'https://passerelle.example/ocds/passerelle/extension.json', builtAt: '2026-12-01T10:00:00Z' };

/** Formatted facts each call must show, and what its source does not give, which must not appear. */
const expectations: Record<string, { shown: string[]; notShown: string[] }> = {
  'var-accompagnement-intensif-rsa-2023': {
    shown: ['15 janvier 2023 à 23 h 59', 'Publication : 19 décembre 2022', 'Lot 1 : Toulon', 'Lot 2 : Reste du département du Var', 'au plus 650 000 €, HT ou TTC non précisé, pour 12 mois', 'au plus 2 350 000 €', 'au plus 3 000 000 €', '4 mois au plus', 'Début au plus tôt le 1er mars 2023', 'Fin : 31 décembre 2024', 'Reconduction : 1 fois, de 1 an', 'Un candidat répond à un ou plusieurs lots.', 'Aucun prix (subvention ou compensation)', 'Département : Var (83)', 'Contenu attendu de la réponse non renseigné'],
    notShown: ['€ TTC', '€ HT', 'Critère Type', 'rang 1', 'bons de commande', 'démarches-simplifiées'],
  },
  'ardennes-pdi-2020-remobilisation-rives-de-meuse': {
    shown: ['Pièces à joindre : non lu dans l’appel', '15 mai 2020 (délai de rigueur ; plus aucun dépôt à compter du 16 mai 2020', 'Plateforme de dépôt, exclusivement (un dépôt par un autre canal est irrecevable)', 'Numéro dans la série : appel à projets n° 2 de l\'année 2020', 'Identifiant sur la plateforme', 'pdi-2020-appel-n-2', 'Département : Ardennes (08)', 'Périmètre : Territoire Rives de Meuse'],
    notShown: ['à 23 h', 'à 12 h', 'Budget maximal : au', 'rang 1', 'Communes :'],
  },
  'ardennes-pdi-2022-aide-aux-deplacements': {
    shown: ['Pièces à joindre : non lu dans l’appel', '4 mars 2022 (délai de rigueur ; plus aucun dépôt à compter du 5 mars 2022', 'Plateforme de dépôt, exclusivement (un dépôt par un autre canal est irrecevable)', 'pdi-2022-deplacements', 'Département : Ardennes (08)', "leur pondération ou leur ordre d'importance n'a pas été lu", 'Liste partielle', 'Les objectifs recherchés'],
    notShown: ['à 23 h', 'à 12 h', 'sans pondération ni ordre', 'Budget maximal : au', 'rang 1', 'Pondération :', 'Critère Type'],
  },
  'o2r-ami-hauts-de-france-2025': {
    shown: ["Appel à manifestation d'intérêt — AMI régional", 'avant le 2 octobre 2025 à 18 h', 'Budget minimal : au moins 250 000 €, HT ou TTC non précisé', 'Durée : 3 ans', 'Reconduction possible, convention renouvelable', "9 mois au plus, jusqu'à 12 mois (en cas de situations particulières)", 'Loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi, art. 7', 'Code du travail, art. D. 5316-3', "Critères listés dans l'ordre de l'appel, sans pondération ni ordre d'importance.", 'Convention — convention pluriannuelle', 'Région : Hauts-de-France'],
    notShown: ['Appel à projets', 'rang 1', '%', 'Budget maximal', 'Date limite de dépôt : non renseigné', 'Pondération'],
  },
  'o2r-ami-la-reunion-2024': {
    shown: ["Appel à manifestation d'intérêt — AMI régional", '30 août 2024 à 15 h', 'Département : La Réunion (974)', "6 à 9 mois, jusqu'à 12 mois (dans les situations particulières", 'sans dire s\'il s\'agit d\'une fourchette ou de deux durées possibles', "Les critères d'attribution sont fixés dans un document qui n'est pas fourni ici : le cahier des charges national", 'Durée : 3 ans', 'titre de travail', 'Éligibilité :', "Relève du même cahier des charges que : Appel à manifestation d'intérêt", 'dont cet appel liste les critères'],
    notShown: ['DEETS', 'Préfet', 'Budget minimal', 'Budget maximal : au', 'rang 1', 'Appel à projets', '6 ou 9 mois', 'Critères listés'],
  },
  'france-travail-paca-agil-cadres-2025': {
    shown: ['Procédure adaptée (MAPA) — selon des modalités librement définies', 'Accord-cadre à un seul titulaire', 'Négociation possible', 'Identifiant de la procédure : 8388eb43-06c8-4c7f-a4f9-a16fc4986c2c', 'Référence interne : 2025-02', '85312300 Services d\'orientation et de conseil professionnel', 'Date limite de dépôt : non renseigné', "L'appel compte 6 lots.", 'Lot 6', 'Bénéficiaires : minimum non précisé, maximum non précisé, pour la période ferme', '9 mois au plus', "Les critères d'attribution sont fixés dans un document qui n'est pas fourni ici : le règlement de la consultation.", "Chiffre d'affaires :"],
    notShown: ['bons de commande', 'marchés subséquents', 'Lot 7', 'rang 1', 'Budget maximal : au', 'Modèle de prix : Prix'],
  },
  'france-competences-cep-accord-cadre-2019': {
    shown: ['Accord-cadre, exécuté par bons de commande et marchés subséquents', "L'appel annonce 19 lots ; 3 sont décrits ici.", 'Lot 1 : Île-de-France', 'Lot 3 : Hauts-de-France', 'Décision de lancement : 4 avril 2019', 'Code du travail, 12° du I de l\'art. R. 6123-8', 'Arrêté du 29 mars 2019'],
    notShown: ['Lot 4', 'Procédure : Appel d\'offres ouvert', "Appel d'offres restreint", 'rang 1', 'Date limite de dépôt : 1', 'Codes CPV'],
  },
  'pole-emploi-ccft-trajectoire-vers-emploi': {
    shown: ['Ce document est un modèle', 'Décret n° 2005-1742 du 30 décembre 2005, art. 9', 'Prix au résultat', '50 % par issue constatée : payée seulement en cas de succès du retour à l\'emploi', "L'appel a des critères d'attribution, qui ne sont pas renseignés ici.", 'Centre Inffo'],
    notShown: ['Pondération', 'Critères pondérés', 'Critère Type', 'rang 1', 'Durée du parcours d\'une personne : 6', 'région XXX (', 'Scénario'],
  },
  'plie-provence-mediterranee-fse-2018': {
    shown: ['Lot 1 : Développement de la responsabilité sociale des entreprises et des collectivités', 'Lot 2 : Mobilisation renforcée des employeurs', 'Nature : thématique', 'Durée : 12 ou 24 mois', 'Date limite de dépôt : 31 décembre 2018', 'Périmètre : Territoire de Provence Méditerranée', 'Cofinancement : Fonds social européen (FSE)', "Axe : 3, « Lutter contre la pauvreté et promouvoir l'inclusion »", "Objectif spécifique : 2, « Mobilisation des employeurs", "l'organisme intermédiaire qui gère le FSE ne sont pas dans la partie lue"],
    notShown: ['Taux de cofinancement', 'Gestion :', '12 à 24 mois', '18 mois', 'à 23 h', 'Département :', 'Budget maximal : au', 'rang 1', 'Ma démarche FSE', 'Critère Type'],
  },
  'plie-la-rochelle-appel-propositions-2016': {
    shown: ['Procédure : Appel à propositions', 'Numéro dans la série : appel à propositions d\'actions 2016 n° 1', 'Objectif : 2 500 personnes (objectif du PLIE pour 2015 à 2017', "bénéficiaires des minima sociaux, dont le rSa et l'ASS : 40 %", 'femmes : 54 %', '(Mireuil, Villeneu…, liste coupée) : 30 %', "délivre l'agrément des parcours", 'Programme : Programme opérationnel national « Emploi et Inclusion » 2014-2020', "Axe : 3, « lutter contre la pauvreté"],
    // The shares overlap (219 % in all) and are never turned into people (54 % of 2 500 = 1 350),
    // nor the 2 500 of 2015-2017 into people a year.
    notShown: ['Taux de cofinancement', 'Objectif spécifique', '219', '1 350', '1 000 personnes', '833', 'par an', 'Date limite de dépôt : 1', 'rang 1', 'Critère Type', 'Département :', 'Communes :'],
  },
  'plie-la-rochelle-aap-2022': {
    shown: ['Prestations : 4', 'Prestation 1 : Référent de parcours emploi PLIE', 'Prestation 4 : Étapes de parcours PLIE / relation entreprise et prospection', "Réunion d'information : 1er mars 2022, de 10 h à 12 h, en présentiel", 'plie@agglo-larochelle.fr', "Les critères de sélection des projets existent (partie V, page 13) mais n'ont pas été lus.", 'Gestion : le PLIE, par sa subvention globale 2018-2020 et ses avenants 2021 et 2022', 'Cofinancement : Fonds social européen (FSE)'],
    notShown: ['Taux de cofinancement', 'Axe :', 'Lot 1', 'Lots :', 'rang 1', 'Date limite de dépôt : 1', 'Critère Type'],
  },
  'alpes-de-haute-provence-travailleurs-independants-rsa-2025': {
    shown: ['25 septembre 2025 à 12 h (« midi », selon l\'affichage de l\'agrégateur, sans fuseau)', '25DSD006 (nature incertaine)', '85312300', '85310000', 'Instrument : Marché public', 'Procédure : non renseigné', 'Territoire non renseigné', 'Modèle de prix : non renseigné'],
    notShown: ['Procédure adaptée', "Appel d'offres ouvert", 'Département : Alpes', 'Lot 1', 'rang 1', 'Critère Type', 'Budget maximal : au', 'Publication :', 'Aucun prix'],
  },
  'val-d-oise-pdi-2017-association-intermediaire': {
    // A call for 2017 that closes in 2016: the year of the title is not the deadline's.
    shown: ['appel à projets 2017', 'Date limite de dépôt : 5 septembre 2016', 'Procédure : Appel à projets', 'DVS/SI 06/2016', '95032 Cergy-Pontoise Cedex', 'Contenu attendu de la réponse non lu dans l’appel (art. 9, « contenu de la proposition »)', 'Public et parcours non lu dans l’appel (art. 1, « public visé »)', 'Territoire non renseigné', 'Cofinancement : Fonds social européen (FSE)', 'Le taux et le montant du FSE ne sont pas dans la partie lue.'],
    notShown: ['Taux de cofinancement', 'Axe :', '5 septembre 2017', 'à 12 h', 'à 23 h', 'Département : Val', 'Budget maximal : au', 'rang 1', 'Critère Type', 'démarches-simplifiées'],
  },
  'alpes-maritimes-referent-public-violent-2025': {
    shown: ["L'appel n'a pas d'intitulé formel : son titre ici est un titre de travail.", '8 octobre 2025 à 16 h', 'Publication : 15 septembre 2025', 'Éligibilité :', 'Département : Alpes-Maritimes (06)', 'Instrument : non renseigné'],
    notShown: ['Subvention', 'rang 1', 'Budget maximal : au', 'Critère Type'],
  },
};

describe('real calls', () => {
  it('validate without one error', () => {
    expect(formatDiagnostics(result.diagnostics)).toBe('');
    expect(result.corpus.tenders.map((t) => t.id).sort()).toEqual(Object.keys(expectations).sort());
  });

  describe.each(Object.keys(expectations))('%s', (id) => {
    const entry = result.corpus.tenders.find((t) => t.id === id)!;
    const page = plain(documentText(callDocument(entry, result.corpus.tenders)));
    const json = tenderExport(id, entry.data as Tender, options);
    const both = `${page}\n${plain(JSON.stringify(json))}`;
    const file = readFileSync(join(dir, 'tenders', `${id}.yaml`), 'utf8');

    it('says where it comes from and what its source does not say', () => {
      // The address as the search gave it: some copies are only known over http.
      expect(file).toMatch(/^# Sources? : .*https?:\/\//m);
      expect(file).toMatch(/# Ce que (la source|les sources) ne (dit|disent) pas/);
      expect((entry.data.sources?.[0] ?? entry.data.source)?.url).toMatch(/^https?:\/\//);
    });

    it('shows every fact it holds, on its page or in its open data', () => {
      const facts = texts(entry.data);
      expect(facts.length).toBeGreaterThan(5);
      expect(facts.map(plain).filter((fact) => !both.includes(fact))).toEqual([]);
    });

    it('shows its facts formatted', () => {
      expect(expectations[id].shown.map(plain).filter((fact) => !page.includes(fact))).toEqual([]);
    });

    it('shows nothing its source does not give', () => {
      expect(expectations[id].notShown.map(plain).filter((fact) => page.includes(fact))).toEqual([]);
    });

    it('publishes a release that OCDS accepts', () => {
      expect(OcdsReleasePackageSchema().parse(json)).toEqual(json);
    });
  });
});
