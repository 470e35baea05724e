/** Texts of the PDF documents: covers, tables of contents, running headers and footers, errors. */
import { plural } from './helpers';

export const pdf = {
  footer: (title: string) => (title.length > 70 ? `${title.slice(0, 67)}…` : title),
  toc: 'Sommaire',
  weekShort: 'S',
  errors: {
    fontNotSingle: 'Le fichier de police n\'est pas une police TrueType ou OpenType seule : réinstallez le paquet dejavu-fonts-ttf (npm install).',
    embedderChanged: 'La version de pdf-lib installée n\'a plus l\'encodeur de sous-ensemble de police attendu : réinstallez les versions du fichier package-lock.json (npm install).',
    empty: (title: string) => `Le document « ${title} » n'a aucune section : rien à mettre en page.`,
    missing: (file: string, field: string, what: string, id: string) =>
      `${file} : le champ ${field} cite ${what} « ${id} », qui n'existe pas. Aucun PDF n'a été écrit.`,
    unknownResponse: (id: string, ids: string[]) =>
      `La réponse « ${id} » n'existe pas. Réponses : ${ids.join(', ') || 'aucune'}.`,
    noOutput: 'Indiquez le fichier à écrire avec -o <fichier.pdf>.',
    missingGlyph: (title: string, page: number, character: string, code: string, text: string, style: string) =>
      `Le document « ${title} » ne peut pas être écrit : ${page ? `page ${page}` : "dans l'en-tête des pages"}, dans « ${text} », ` +
      `le caractère « ${character} » (${code}) n'existe pas dans la police DejaVu Sans ${style} et s'imprimerait comme un carré vide. ` +
      "Aucun PDF n'a été écrit. Remplacez ce caractère dans le contenu (par un mot, ou un caractère courant : les émojis et certains symboles n'ont pas de dessin dans la police), puis relancez.",
    rightToLeft: (title: string, page: number, text: string, character: string, code: string, script: string) =>
      `Le document « ${title} » ne peut pas être écrit : ${page ? `page ${page}` : "dans l'en-tête des pages"}, dans « ${text} », ` +
      `le caractère « ${character} » (${code}) est en ${script}, une écriture de droite à gauche que les PDF de Passerelle ne mettent pas en page (ordre des lettres, lettres liées). ` +
      "Aucun PDF n'a été écrit. Écrivez ce texte en caractères latins (transcription ou traduction), ou retirez-le, puis relancez.",
    directionControl: (title: string, page: number, text: string, code: string) =>
      `Le document « ${title} » ne peut pas être écrit : ${page ? `page ${page}` : "dans l'en-tête des pages"}, dans « ${text} », ` +
      `le caractère invisible ${code} change le sens d'écriture. Aucun PDF n'a été écrit. Retirez-le du contenu, puis relancez.`,
    fontStyles: { regular: 'normale', bold: 'grasse', italic: 'italique', boldItalic: 'grasse italique' },
    written: (file: string, pages: number, bytes: string) => `PDF écrit : ${file} (${pages} ${plural(pages, 'page', 'pages')}, ${bytes}).`,
  },
  provider: {
    certifications: 'Certifications',
    leadRole: 'mandataire du groupement',
    memberRole: 'Rôle dans le groupement',
    team: "L'équipe",
    role: 'Fonction',
    qualification: 'Qualification',
    time: 'Temps',
    fte: (n: string) => `${n} ETP`,
    roleInReference: 'Rôle du prestataire',
    client: 'Commanditaire',
    year: 'Année',
    noReferences: "Le prestataire ne cite pas de référence.",
  },
  programme: {
    duration: "Durée de l'accompagnement",
    participants: 'Personnes accompagnées',
    public: 'Public',
    budget: 'Budget',
  },
  indicators: { label: 'Indicateur', definition: 'Définition et calcul', target: 'Cible' },
  planning: { step: 'Étape', lane: 'Ligne', weeks: 'Semaines' },
  call: {
    kicker: "Appel",
    subject: (title: string) => `Appel « ${title} »`,
    header: (buyer: string, title: string) => `${buyer} · ${title}`,
    note: "Document produit avec Passerelle à partir de l'appel décrit en données : exigences, contenu attendu de la réponse et critères d'attribution.",
    sections: {
      context: 'Contexte',
      requirements: 'Exigences',
      sections: 'Contenu attendu de la réponse',
      deliverables: 'Livrables attendus',
      criteria: "Critères d'attribution",
    },
    downloadPdf: "Télécharger l'appel en PDF",
  },
  partTitles: {
    provider: 'Présentation du prestataire',
    programme: 'Le programme proposé',
    planning: 'Le rétroplanning',
    references: 'Références',
    price: 'Le prix',
  },
  response: {
    kicker: "Réponse à l'appel",
    subject: (tender: string) => `Réponse à l'appel « ${tender} »`,
    header: (provider: string, tender: string) => `${provider} · Réponse à « ${tender} »`,
    facts: {
      tender: 'Appel',
      reference: 'Référence',
      lot: 'Lot',
      buyer: 'Acheteur',
      provider: 'Prestataire',
      consortium: 'Groupement',
      lead: 'mandataire',
      date: 'Date',
      contact: 'Contact',
      deadline: 'Date limite de dépôt',
    },
    note: 'Document produit avec Passerelle : les chiffres (heures, prix, conformité) sont calculés à partir du programme proposé. La proposition structurée est jointe à ce PDF (offre.json).',
    fictional: 'Exemple fictif.',
    pathway: 'Le parcours proposé',
    workshopsTable: 'Les ateliers et séances',
    columns: {
      workshop: 'Atelier',
      kind: 'Type',
      sessions: 'Séances',
      duration: 'Durée par séance',
      hoursPerParticipant: 'Heures par personne',
      facilitator: 'Animation',
      themes: 'Thèmes',
    },
    totals: (sessions: string, hours: string) => `Total par personne : ${sessions}, ${hours}.`,
    sessionWords: ['séance', 'séances'] as const,
    personWords: ['personne', 'personnes'] as const,
    sizeUnknown: 'effectif non renseigné',
    /** `Temps d'animation prévu : 40 h par an.`; `per` says what the hours cover, when not the whole action. */
    facilitatorHours: (hours: string, per?: string) => `Temps d'animation prévu : ${hours}${per ? ` ${per}` : ''}.`,
    groups: 'Les groupes',
    groupLine: (name: string, size: string, areas: string) => `${name} : ${size}${areas ? ` (${areas})` : ''}`,
    planning: 'Le rétroplanning',
    planningAlt: (n: number, weeks: number) => `Rétroplanning de ${n} ${plural(n, 'étape', 'étapes')} sur ${weeks} ${plural(weeks, 'semaine', 'semaines')}.`,
    /** The lane of the steps common to every group, beside the groups' own lanes. */
    commonLane: 'Commun aux groupes',
    planningStart: (date: string) => `Semaine 1 : semaine du ${date}.`,
    means: 'Les moyens',
    indicators: 'Les indicateurs',
    references: 'Nos références',
    referenceResults: 'Résultats',
    referenceRole: (role: string) => `Rôle : ${role}.`,
    price: 'Le prix',
    priceColumns: { line: 'Prestation', unit: 'Unité', quantity: 'Quantité', unitPrice: 'Prix unitaire HT', total: 'Total HT' },
    priceTotals: { ht: 'Total HT', vat: (rate: string) => `TVA (${rate})`, vatNone: 'TVA', ttc: 'Total TTC' },
    priceRegime: (label: string) => `Régime de TVA du prestataire : ${label}.`,
    compliance: 'Annexe : conformité au cahier des charges',
    complianceIntro: "Chaque exigence de l'appel, vérifiée sur la proposition : ✓ conforme, ✗ non conforme, ? à vérifier (donnée manquante).",
    annex: (n: number, title: string) => `Annexe ${n} : ${title}`,
    attachmentDescription: "Proposition structurée (réponse, programme, prix, conformité) lisible par l'outil d'analyse de l'acheteur",
  },
};

/** Texts of the evaluation's analysis report. */
export const evaluationPdf = {
  kicker: "Rapport d'analyse des offres",
  subject: (tender: string) => `Analyse des offres reçues pour l'appel « ${tender} »`,
  header: (buyer: string, tender: string) => `${buyer} · Analyse des offres · ${tender}`,
  note: "Rapport produit avec Passerelle : les prix, les points pondérés, le classement et la sensibilité sont calculés à partir des réponses et des notes du comité.",
  committee: 'Comité',
  sections: {
    call: "L'appel",
    offers: 'Les offres reçues',
    excluded: 'Offres écartées et motifs',
    marks: 'Notes et justifications par critère',
    method: 'Méthode de notation du prix',
    ranking: 'Le classement',
    winner: "L'offre retenue et ses motifs",
  },
  call: {
    buyer: 'Acheteur',
    object: 'Objet',
    value: 'Budget maximal',
    deadline: 'Date limite de dépôt',
    criteria: "Critères d'attribution",
    criterion: 'Critère',
    type: 'Type',
    weight: 'Pondération',
    aspects: 'Appréciée au regard de',
  },
  offerColumns: { offer: 'Offre', price: 'Prix', status: 'Statut', flags: 'Signalements' },
  status: { ranked: 'Classée', excluded: 'Écartée', kept: 'Classée malgré un signalement' },
  noExcluded: "Aucune offre n'a été écartée.",
  priceFormulas: 'Le prix comparé de chaque offre, calculé sur le scénario de l’acheteur ou sur ses tarifs :',
  decision: 'Décision du comité',
  failures: 'Exigences non satisfaites',
  explanation: 'Explications obtenues',
  mark: (name: string, mark: string) => `${name} : ${mark}`,
  formula: 'Formule',
  chartAlt: (sentence: string) => `Points pondérés par critère et par offre. ${sentence}`,
  sensitivity: 'Sensibilité du résultat',
  winner: (name: string, total: string, max: string) => `Offre la mieux classée : ${name}, avec ${total} sur ${max}.`,
  downloadReport: "Télécharger le rapport d'analyse (PDF)",
  noWinner: "Aucune offre n'est classée : le comité ne peut pas proposer d'attributaire.",
  conclusion: 'Conclusion du comité',
};

/** Texts of an experience sheet's PDF. */
export const sheetPdf = {
  kicker: "Fiche d'expérience",
  subject: (title: string) => `Fiche d'expérience « ${title} »`,
  header: (title: string) => `Fiche d'expérience · ${title}`,
  note: 'Fiche produite avec Passerelle : les heures, les coûts et les taux sont calculés à partir du programme décrit ; ce que la source ne donne pas est indiqué « non renseigné ».',
  facts: { status: 'Statut', territory: 'Territoire', public: 'Public', years: 'Années', themes: 'Thèmes', keyResult: 'Résultat clé' },
};

/** Texts of `passerelle import-offer`. */
export const importOffer = {
  noFile: (file: string) => `Le fichier ${file} n'existe pas.`,
  notPdf: (file: string) => `${file} n'est pas un PDF lisible.`,
  noOffer: (file: string) =>
    `${file} ne contient pas d'offre structurée Passerelle (pas de fichier offre.json joint). Saisissez l'offre à la main : créez la réponse, son programme et le prestataire avec « npx passerelle new response <id> » (ou new programme, new provider), puis ajoutez « - response: <id> » et ses notes dans offers de l'évaluation.`,
  badJson: (file: string) => `Le fichier offre.json joint à ${file} n'est pas du JSON valide : l'offre ne peut pas être lue. Saisissez-la à la main (voir npx passerelle new response).`,
  invalidOffer: (file: string) => `L'offre jointe à ${file} n'est pas au format attendu (passerelle/offre, version 1) : rien n'a été écrit.`,
  badFileName: (name: string) =>
    `L'offre joint un fichier qui n'est pas le sien (« ${name} ») : une offre n'apporte que sa réponse, ses prestataires et les programmes qu'ils citent. Rien n'a été écrit.`,
  wouldReplace: (files: string[]) =>
    `L'offre remplacerait ${plural(files.length, 'un fichier différent', 'des fichiers différents')} de votre contenu : ${files.join(', ')}. Rien n'a été écrit. Comparez-les, puis relancez avec --force pour accepter la version de l'offre.`,
  unknownEvaluation: (id: string) => `L'évaluation « ${id} » n'existe pas dans content/evaluations/.`,
  noEvaluation: (tender: string) =>
    `Aucune évaluation ne porte sur l'appel « ${tender} ». Créez-la avec « npx passerelle new evaluation <id> » (tender: ${tender}), puis relancez l'import.`,
  manyEvaluations: (files: string[]) => `Plusieurs évaluations portent sur cet appel (${files.join(', ')}) : choisissez avec --evaluation <id>.`,
  unknownTender: (id: string) => `L'offre répond à l'appel « ${id} », absent de content/tenders/ : importez d'abord l'appel.`,
  contentInvalid: "Le contenu n'est pas valide avec les fichiers de l'offre : rien n'a été écrit.",
  wouldBreak: "Importer cette offre rendrait le contenu invalide (en dehors des notes à compléter) : rien n'a été écrit.",
  file: (path: string, status: 'new' | 'updated' | 'same') =>
    status === 'new' ? `Créé : ${path}` : status === 'updated' ? `Mis à jour : ${path}` : `Inchangé : ${path}`,
  added: (response: string, file: string) => `Offre « ${response} » ajoutée à ${file}.`,
  present: (response: string, file: string) => `L'offre « ${response} » figurait déjà dans ${file} : ses notes sont inchangées.`,
  next: "Complétez ses notes et justifications (« À compléter »), puis vérifiez avec « npx passerelle validate » et classez avec « npx passerelle score ».",
  nowDraft: (file: string) =>
    `${file} était publiée : elle repasse en brouillon (draft: true) tant que les notes de cette offre ne sont pas données, pour que le site se construise. Une fois les notes données, retirez la ligne « draft: true » pour la publier de nouveau.`,
  notCompliant: (n: number) => `Attention : d'après l'offre elle-même, ${n} ${plural(n, "exigence n'est pas satisfaite", 'exigences ne sont pas satisfaites')}.`,
};

/** Texts of the response preview page. */
export const responsePage = {
  downloadPdf: 'Télécharger la réponse en PDF',
  seeCompliance: 'Voir la conformité',
  priceLine: (ht: string, ttc: string) => `Prix : ${ht} HT, ${ttc} TTC.`,
};
