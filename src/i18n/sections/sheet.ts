/**
 * Texts of the experience sheets (one page per programme, its PDF and open-data JSON) and of
 * their index (cards, search, filters). Plain objects: `fr.ts` applies French typography.
 */
import { plural } from './helpers';

export const sheet = {
  /** Anchors of the sections, in URLs (`/experiences/castelnau/#resultats`). */
  anchors: {
    identity: 'identite',
    objectives: 'objectifs',
    public: 'public',
    context: 'contexte',
    operation: 'fonctionnement',
    phases: 'calendrier',
    means: 'moyens',
    budget: 'cout',
    partners: 'partenaires',
    results: 'resultats',
    indicators: 'indicateurs',
    tools: 'outils',
    lessons: 'enseignements',
    transferability: 'transferabilite',
    contacts: 'contacts',
    source: 'source',
  },

  headings: {
    identity: "Fiche d'identité",
    objectives: 'Objectifs',
    public: 'Public visé',
    context: 'Contexte',
    operation: 'Fonctionnement',
    phases: 'Étapes et calendrier',
    means: 'Moyens humains et matériels',
    budget: 'Coût et financements',
    partners: 'Partenaires',
    results: 'Résultats',
    indicators: 'Indicateurs',
    tools: "Outils d'évaluation et de communication",
    lessons: 'Enseignements et observations',
    transferability: 'Transférabilité',
    contacts: 'Contacts et liens',
    source: 'Sources',
  },

  identity: {
    carriers: 'Structures porteuses',
    territory: 'Territoire',
    departement: 'Département',
    region: 'Région',
    qpv: 'Quartiers prioritaires (QPV)',
    period: 'Période',
    years: 'Années de mise en œuvre',
    duration: "Durée de l'accompagnement",
    themes: 'Thèmes',
    budget: 'Coût total',
    status: 'Statut',
    departementName: (name: string, code: string) => `${name} (${code})`,
    withAcronym: (name: string, acronym: string) => `${name} (${acronym})`,
  },

  objectives: {
    general: 'Objectifs généraux',
    operational: 'Objectifs opérationnels',
  },

  public: {
    headcount: 'Nombre de personnes prévu',
    gender: 'Public',
    age: 'Âge',
    residence: 'Résidence',
    criteria: "Critères d'entrée",
    qpvRequired: 'Résidence en quartier prioritaire (QPV) exigée',
    areas: (areas: string[]) => `Quartiers ou communes : ${areas.join(', ')}`,
    genders: { women: 'Femmes', men: 'Hommes', mixed: 'Public mixte' },
    personWords: ['personne', 'personnes'] as [string, string],
    referrals: 'Orientation par les prescripteurs',
    referralsCaption: 'Les prescripteurs qui orientent les personnes, et leur part des places',
    referralColumns: { prescriber: 'Prescripteur', share: 'Part des places', note: 'Public orienté' },
  },

  context: {
    figures: 'Le territoire en chiffres',
    figureYear: (year: number) => `en ${year}`,
  },

  operation: {
    keyFigures: 'Le parcours en chiffres',
    participants: (n: number) => plural(n, 'personne accompagnée', 'personnes accompagnées'),
    sessions: (n: number) => `${plural(n, 'séance', 'séances')} par personne`,
    hoursPerParticipant: 'de séances par personne',
    facilitatorHours: "d'animation en tout",
    countedOnly: (counted: number, total: number) =>
      `Calculé sur ${counted} ${plural(counted, 'atelier chiffré', 'ateliers chiffrés')} sur ${total}.`,
    duration: "Durée de l'accompagnement",
    cohorts: 'Groupes accompagnés',
    cohortsCaption: 'Les groupes, leur effectif et la structure qui les accompagne',
    cohortColumns: {
      name: 'Groupe',
      size: 'Effectif',
      public: 'Public',
      carrier: 'Structure qui accompagne',
      sites: 'Lieux',
      hours: 'Heures par personne',
    },
    cohortDescriptions: 'Comment chaque groupe est accompagné',
    workshops: 'Ateliers et séances',
    workshopsCaption: 'Les ateliers : nombre de séances, durée, rythme, animation et heures par personne (calculées)',
    workshopColumns: {
      title: 'Atelier',
      kind: 'Type',
      sessions: 'Séances',
      duration: "Durée d'une séance",
      frequency: 'Rythme',
      facilitator: 'Animation',
      cohorts: 'Groupes',
      hours: 'Heures par personne',
    },
    kindAndMode: (kind: string, mode: string) => `${kind} (${mode})`,
    /** Adverbial, so that it agrees with every kind: « Formation (en groupe) ». */
    mode: { individual: 'en individuel', collective: 'en groupe' },
    /** The word that says the mode already in a kind's name (« Coaching collectif »). */
    modeInKind: { individual: 'individuel', collective: 'collectif' },
    span: (frequency: string, span: string) => `${frequency}, pendant ${span}`,
    spanOnly: (span: string) => `pendant ${span}`,
    allCohorts: 'tous',
    total: 'Total des ateliers chiffrés',
    /** Why a workshop with sessions and a duration has no hours per person. */
    notComputed: (units: string) => `non calculé (durée en ${units})`,
    unquantified: (titles: string[]) =>
      `${plural(titles.length, "Atelier sans nombre de séances ou sans durée, non compté dans le total", "Ateliers sans nombre de séances ou sans durée, non comptés dans le total")} : ${titles.join(' ; ')}.`,
    hoursNote:
      "Les heures par personne sont calculées par Passerelle : nombre de séances × durée d'une séance.",
    workshopDescriptions: 'Contenu des ateliers',
    governance: 'Pilotage et coordination',
    governanceCaption: 'Les instances de pilotage et de coordination',
    governanceColumns: { body: 'Instance', frequency: 'Rythme', members: 'Membres', role: 'Rôle', dates: 'Dates connues' },
  },

  phases: {
    chartTitle: 'Calendrier des phases',
    chartDescription: (phases: string[]) => `Frise chronologique : ${phases.join(' ; ')}.`,
    phaseLine: (label: string, period: string) => `${label}, ${period}`,
    heading: (kind: string, title: string | undefined) => (title ? `${kind} : ${title}` : kind),
    step: (date: string, label: string) => `${date} : ${label}`,
    legend: 'Chaque point marque une étape datée, détaillée sous la frise.',
  },

  means: {
    human: 'Moyens humains',
    humanCaption: 'Les personnes mobilisées et leur temps',
    humanColumns: { role: 'Fonction', organisation: 'Organisation', status: 'Statut', time: 'Temps consacré', note: 'Précision' },
    count: (n: number, role: string) => `${role} (${n})`,
    material: 'Moyens matériels',
  },

  budget: {
    total: 'Coût total',
    perParticipant: 'Coût par personne accompagnée',
    perParticipantDetail: (total: string, people: string) => `${total} pour ${people}`,
    perParticipantHour: "Coût d'une heure de séance par personne",
    perFacilitatorHour: "Coût d'une heure d'animation",
    computed: 'calculé par Passerelle',
    lines: 'Postes de dépense',
    linesCaption: 'Les postes de dépense du budget',
    lineColumns: { label: 'Poste', category: 'Catégorie', computation: 'Calcul', amount: 'Montant' },
    lineComputation: (quantity: string, unit: string | undefined, unitPrice: string) =>
      unit ? `${quantity} ${unit} × ${unitPrice}` : `${quantity} × ${unitPrice}`,
    linesTotal: 'Total',
    funders: 'Financeurs',
    fundersCaption: 'Les financeurs et leur part du coût total',
    funderColumns: { name: 'Financeur', kind: 'Type', amount: 'Montant', share: 'Part du coût total', note: 'Précision' },
    inKind: 'apport en nature',
    fundersTotal: 'Total des financements renseignés',
    basis: (amount: string, basis: string) => `${amount} ${basis}`,
  },

  partners: {
    other: 'Autres partenaires',
  },

  results: {
    asOf: (date: string) => `Bilan arrêté en ${date}.`,
    interim: (date: string | undefined) => (date ? `Bilan à mi-parcours, arrêté en ${date}.` : 'Bilan à mi-parcours.'),
    chartTitle: 'Résultats chiffrés',
    chartDescription: (items: string[]) => `Diagramme en barres : ${items.join(' ; ')}.`,
    chartItem: (label: string, value: string) => `${label} : ${value}`,
    figuresCaption: 'Les résultats chiffrés, avec leur dénominateur',
    columns: { label: 'Résultat', count: 'Nombre', of: 'Sur', rate: 'Taux', detail: 'Précisions' },
    ofLabel: (of: string, label: string) => `${of} ${label}`,
    breakdown: (parts: string[]) => `répartition : ${parts.join(', ')}`,
    breakdownPart: (label: string, count: string) => `${label} ${count}`,
    cohort: (name: string) => `Groupe : ${name}`,
    givenPercent: 'pourcentage donné par la source',
    qualitative: "Ce que l'action a changé",
    otherAudience: 'Autres constats',
    ofDenominator: (count: string, of: string) => `${count} sur ${of}`,
  },

  indicators: {
    caption: 'Les indicateurs de suivi, leur cible et la valeur atteinte',
    columns: { label: 'Indicateur', definition: 'Définition', target: 'Cible', actual: 'Valeur atteinte', computation: 'Calcul' },
  },

  tools: {
    evaluation: "Pour évaluer l'action",
    communication: "Pour faire connaître l'action",
  },

  contacts: {
    people: 'Personnes à contacter',
    links: 'Supports en ligne',
    caption: 'Les personnes à contacter pour en savoir plus',
    columns: { name: 'Nom', role: 'Fonction', organisation: 'Organisation', email: 'Courriel', phone: 'Téléphone' },
  },

  source: {
    title: 'Document',
    publisher: 'Publié par',
    date: 'Date de publication',
    url: 'Adresse',
    kind: 'Nature',
    read: 'Partie lue',
    note: 'Ce que Passerelle a adapté',
  },

  page: {
    toc: 'Sommaire de la fiche',
    tocHeading: 'Sommaire',
    downloads: 'Télécharger et réutiliser',
    pdf: 'Télécharger en PDF',
    json: 'Données ouvertes (JSON)',
    print: "Pour imprimer la fiche, utilisez la commande d'impression du navigateur : la mise en page est prévue pour le papier.",
    backToIndex: "Toutes les fiches d'expérience",
    status: { running: 'En cours', completed: 'Terminé' } as Record<string, string>,
    fictional: 'Exemple fictif',
    fictionalNote: 'Cette fiche est inventée pour montrer le fonctionnement de Passerelle : ne la citez pas comme une expérience réelle.',
    adaptHeading: 'Adapter cette expérience',
    adaptIntro:
      "Vous voulez proposer cette action sur votre territoire, en réponse à un appel d'offres ou à un appel à projets ? Passerelle copie ce programme dans une nouvelle réponse, que vous adaptez ensuite : public, groupes, ateliers, calendrier, budget.",
    adaptCommandLabel: 'Commande à lancer dans votre projet Passerelle',
    adaptPlaceholders:
      "Remplacez « ma-reponse » par l'identifiant de votre réponse et « identifiant-de-l-appel » par celui de l'appel visé (un fichier de content/tenders).",
    adaptResponseId: 'ma-reponse',
    adaptTenderId: 'identifiant-de-l-appel',
  },

  /** The texts of the index of sheets (cards, search, filters). */
  index: {
    title: "Fiches d'expérience",
    intro:
      "Des actions d'insertion menées par des CCAS, des collectivités et leurs partenaires, décrites de la même façon : public, ateliers, calendrier, coût, résultats. Cherchez celles qui ressemblent à votre projet et adaptez-les.",
    count: (n: number) => `${n} ${plural(n, 'fiche', 'fiches')}`,
    listHeading: 'Les fiches',
    finderLabel: 'Rechercher et filtrer les fiches',
    searchLabel: 'Rechercher dans le texte des fiches',
    searchButton: 'Rechercher',
    filtersHeading: 'Affiner la liste',
    filtersHint: "Les cases cochées dans un même groupe s'ajoutent ; les groupes se combinent.",
    reset: 'Effacer la recherche et les filtres',
    facets: { theme: 'Thème', region: 'Région', departement: 'Département', public: 'Public', year: 'Année' },
    publicFacet: {
      women: 'Femmes',
      men: 'Hommes',
      mixed: 'Public mixte',
      youth: 'Jeunes de moins de 26 ans',
      qpv: 'Habitants des quartiers prioritaires',
    },
    card: {
      territory: 'Territoire',
      public: 'Public',
      themes: 'Thèmes',
      years: 'Années',
      keyResult: 'Résultat :',
    },
    publicSummary: {
      people: (count: string, noun: string) => `${count} ${noun}`,
      nouns: {
        women: ['femme', 'femmes'],
        men: ['homme', 'hommes'],
        mixed: ['personne', 'personnes'],
        unknown: ['personne', 'personnes'],
      } as Record<string, [string, string]>,
      mixed: 'public mixte',
      /** `12 femmes` + `plus de 30 ans` → `12 femmes de plus de 30 ans`. */
      withAge: (people: string | undefined, age: string | undefined) => {
        if (!age) return people ?? '';
        const of = age.startsWith('de ') ? age : `de ${age}`;
        return people ? `${people} ${of}` : `personnes ${of}`;
      },
      qpv: 'habitant en quartier prioritaire',
      groups: (n: number) => `en ${n} groupes`,
    },
    /** Messages of the search script: `{n}` and `{total}` are replaced in the browser. */
    script: {
      shownOne: '{n} fiche sur {total} correspond à votre recherche.',
      shownMany: '{n} fiches sur {total} correspondent à votre recherche.',
      shownNone: 'Aucune fiche ne correspond à votre recherche. Retirez un filtre ou changez de mots.',
      allOne: '{total} fiche.',
      all: '{total} fiches.',
      searching: 'Recherche en cours…',
      unavailable: "La recherche dans le texte n'a pas pu être chargée ; les filtres restent utilisables.",
    },
  },

  /** Keys of the open-data JSON, explained (the `documentation` object of each file). */
  openData: {
    format: "Fiche d'expérience Passerelle, données ouvertes",
    keys: {
      format: 'Le format et sa version.',
      id: "L'identifiant de la fiche (le nom du fichier de contenu).",
      title: 'Le titre du programme.',
      summary: 'Le résumé.',
      url: 'La page de la fiche.',
      pdf: 'Le PDF de la fiche.',
      programme:
        "Le programme tel que validé par Passerelle : montants en centimes (cents) avec une copie mise en forme (formatted), durées en minutes, intervalles { min, max }, dates ISO à la précision de la source, textes longs en Markdown. Une clé absente est une information que la source ne donne pas.",
      metrics:
        "Les chiffres calculés à partir du programme : personnes, séances et minutes par personne (ateliers chiffrés seulement), minutes d'animation, coûts en centimes, taux de résultats en pourcentage. Un chiffre dont une donnée manque est absent.",
      documentation: 'Cette explication des clés.',
    },
    metricsKeys: {
      participants: 'Personnes accompagnées : la somme des effectifs des groupes, ou le public prévu ({ min, max }).',
      groups: 'Par groupe : séances et minutes par personne, minutes de contact du groupe, ateliers suivis.',
      workshops: 'Par atelier : séances, minutes par séance et par personne, groupes, personnes, minutes d\'animation.',
      unquantified: 'Les ateliers sans nombre de séances ou sans durée, laissés hors des totaux.',
      sessionsPerParticipant: 'Séances suivies par une personne, ateliers chiffrés seulement ({ min, max }).',
      minutesPerParticipant: 'Minutes de séances d\'une personne, ateliers chiffrés seulement ({ min, max }).',
      facilitatorMinutes: "Minutes d'animation : par groupe pour un atelier collectif, par personne pour un atelier individuel.",
      costCents: 'Le coût total, en centimes.',
      costPerParticipantCents: 'Le coût par personne accompagnée, en centimes ({ min, max }).',
      costPerParticipantHourCents: "Le coût d'une heure de séance par personne, en centimes ; absent si un atelier n'est pas chiffré.",
      costPerFacilitatorHourCents: "Le coût d'une heure d'animation, en centimes ; absent si un atelier n'est pas chiffré.",
      results: 'Les résultats chiffrés : nombre (count), dénominateur (of), taux en pourcentage (rate), calculé ou donné par la source (computed).',
      formatted: 'Les mêmes chiffres, mis en forme comme sur la fiche.',
    },
  },
};
