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
    departements: 'Départements',
    region: 'Région',
    regions: 'Régions',
    qpv: 'Quartiers prioritaires (QPV)',
    qpvCount: 'Nombre de quartiers prioritaires',
    areas: 'Autres zones',
    otherTitles: 'Autres titres',
    period: 'Période',
    years: 'Années de mise en œuvre',
    span: 'Durée du programme',
    duration: "Durée du parcours d'une personne",
    themes: 'Thèmes',
    budget: 'Budget',
    status: 'Statut',
    awards: 'Prix et labels',
    identifiers: "Identifiants dans d'autres registres",
    identifier: (register: string, id: string) => `${register} : ${id}`,
    awardBy: (by: string) => `décerné par ${by}`,
    awardWith: (partner: string) => `avec ${partner}`,
    carrierWith: (name: string, what: string) => `${name} (${what})`,
    departementName: (name: string, code: string) => `${name} (${code})`,
    departementsIn: (regions: string, n: number) => `${regions} (${n} départements)`,
    withAcronym: (name: string, acronym: string) => `${name} (${acronym})`,
  },

  objectives: {
    general: 'Objectifs généraux',
    operational: 'Objectifs opérationnels',
  },

  public: {
    headcount: 'Nombre de personnes',
    shares: 'Répartition du public',
    share: (value: string, label: string, of?: string) => `${label} : ${value}${of ? ` ${of}` : ''}`,
    qpvPriority: 'Résidence en quartier prioritaire (QPV) prioritaire, non exigée',
    priority: 'Résidence prioritaire, non exigée',
    eligibility: 'Conditions selon le public, le lieu ou la période',
    eligibilityCaption: 'Les conditions propres à une part du public, à un lieu ou à une période, et les places réservées',
    eligibilityColumns: { public: 'Public', places: 'Places', criteria: 'Conditions', where: 'Lieu', when: 'Période' },
    gender: 'Femmes ou hommes',
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
    planned: (n: number) => plural(n, 'personne prévue (objectif)', 'personnes prévues (objectif)'),
    perYear: 'par an',
    inYear: (year: string) => `en ${year}`,
    oneGroup: "L'effectif du groupe.",
    summedGroups: (n: number) => `Somme des effectifs des ${n} groupes, calculée par Passerelle.`,
    recurringGroups: (groups: number, size: number, when?: string) => `${groups} groupes de ${size} personnes par an${when ? ` (${when})` : ''}, calculé par Passerelle.`,
    recurrence: 'rythme des groupes',
    /** A rhythm the source announces for what comes next (« nous proposons deux sessions par an »). */
    plannedRecurrence: 'rythme prévu des groupes',
    eachOf: (size: string) => `de ${size} chacun`,
    programmeSpan: 'durée du programme',
    sites: 'Lieux',
    sitesCaption: 'Les lieux où se déroule le programme',
    siteColumns: { name: 'Lieu', place: 'Adresse', surface: 'Surface', opened: 'Ouverture', note: 'Précisions' },
    plannedSite: (name: string) => `${name} (envisagé)`,
    surface: (value: string, unit: string) => `${value} ${unit}`,
    sessions: (n: number) => `${plural(n, 'séance', 'séances')} par personne`,
    hoursPerParticipant: 'de séances par personne',
    facilitatorHours: "d'animation en tout",
    /** `d'animation par an`: facilitation that covers less than the whole action. */
    facilitatorHoursPer: (per: string) => `d'animation ${per}`,
    /** What the facilitation minutes cover besides the whole action (see `facilitatorScope` in metrics.ts). */
    facilitatorScope: {
      year: 'par an',
      group: 'par groupe',
      described: (n: number) => (n === 1 ? 'pour le groupe décrit' : `pour les ${n} groupes décrits`),
    },
    /** `au moins 15`: a total that leaves out a workshop whose sessions or duration are not given. */
    atLeast: (value: string) => `au moins ${value}`,
    facilitationPartial: "Le temps d'animation d'un atelier n'est pas connu (séances ou durée non données, ou nombre de personnes d'un atelier individuel) : le total en est un minimum.",
    countedOnly: (counted: number, total: number) =>
      `Calculé sur ${counted} ${plural(counted, 'atelier chiffré', 'ateliers chiffrés')} sur ${total}.`,
    duration: "Durée du parcours d'une personne",
    durationReadings: "Selon la période ou la source : voir la fiche d'identité.",
    cohorts: 'Groupes accompagnés',
    cohortsCaption: 'Les groupes, leur effectif et la structure qui les accompagne',
    cohortColumns: {
      name: 'Groupe',
      size: 'Effectif',
      period: 'Période',
      public: 'Public',
      carrier: 'Structure qui accompagne',
      sites: 'Lieux',
      hours: 'Heures par personne',
    },
    cohortDescriptions: 'Comment chaque groupe est accompagné',
    /** `Rythme des groupes : 2 groupes par an.` */
    recurrenceNote: (recurrence: string) => `Rythme des groupes : ${recurrence}.`,
    plannedRecurrenceNote: (recurrence: string) => `Rythme prévu des groupes : ${recurrence}.`,
    workshops: 'Ateliers et séances',
    workshopsCaption: 'Les ateliers : nombre de séances, durée, rythme, animation et heures par personne (calculées)',
    workshopColumns: {
      title: 'Atelier',
      kind: 'Type et thèmes',
      sessions: 'Séances',
      duration: "Durée d'une séance",
      frequency: 'Rythme',
      facilitator: 'Animation',
      cohorts: 'Groupes',
      hours: 'Heures par personne',
    },
    kindAndMode: (kind: string, mode: string) => `${kind} (${mode})`,
    themes: (themes: string[]) => `thèmes : ${themes.join(', ')}`,
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
    undatedStep: (label: string) => `Date non renseignée : ${label}`,
    undated: 'Dates non renseignées.',
    milestones: 'Dates clés',
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
    /** A proposal's budget divided by the people it plans for. */
    perPlannedParticipant: 'Coût par personne prévue',
    plannedPeople: (n: number) => plural(n, 'personne prévue', 'personnes prévues'),
    perParticipantDetail: (total: string, people: string, period: string) => `${total} pour ${people}, ${period} ; calculé par Passerelle`,
    /** Why no cost per person is given although there are a budget and people. */
    withheld: {
      inexact: "Pas de coût par personne : le budget ou le nombre de personnes est approché, ou donné comme une borne.",
      period: "Pas de coût par personne : le budget et le nombre de personnes ne couvrent pas la même période (ou l'un des deux ne la dit pas).",
      capacity: 'Pas de coût par personne : le nombre donné compte des postes ou des places, pas des personnes.',
      unit: 'Pas de coût par personne : le nombre donné ne compte pas des personnes.',
      kind: 'Pas de coût par personne : les chiffres ne sont pas de même nature.',
      estimate: "Pas de coût par personne : le montant est un coût estimé, pas un coût constaté.",
      envelope: "Pas de coût par personne : le montant est une enveloppe (ce qui a été attribué), pas ce que l'action a coûté.",
      target: "Pas de coût par personne : le nombre de personnes est un objectif, pas le nombre de personnes accompagnées.",
    },
    unitCost: (amount: string, unit: string | undefined) => (unit ? `${amount} par ${unit}` : amount),
    linesPartial: 'Les postes ne détaillent qu\'une partie du budget : la source ne donne pas le reste.',
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
    /** `Les financeurs et leur part du budget`: of what the budget's amount is. */
    fundersCaption: (share: string) => `Les financeurs et leur ${share.toLowerCase()}`,
    funderColumns: { name: 'Financeur', kind: 'Type', amount: 'Montant', note: 'Précision' },
    /** A funder's share is of the amount the budget gives: its total cost, its budget, its envelope… */
    shareOf: {
      'total-cost': 'Part du coût total',
      budget: 'Part du budget',
      'eligible-cost': 'Part du coût éligible',
      'estimated-cost': 'Part du coût estimé',
      envelope: "Part de l'enveloppe",
    },
    inKind: 'apport en nature',
    fundersTotal: 'Total des financements renseignés',
    basis: (amount: string, basis: string) => `${amount} ${basis}`,
  },

  partners: {
    other: 'Autres partenaires',
    noRole: 'Rôle non renseigné',
    tentative: 'pressenti',
    incomplete: "La source ne nomme qu'une partie des partenaires : cette liste est incomplète.",
  },

  results: {
    /** In a table cell: `en mars 2021`, `au 31 mars 2021`. */
    asOf: (date: string) => (/^(1er|\d{1,2})[ \u00A0]/.test(date) ? `au ${date}` : `en ${date}`),
    asOfAll: (date: string) => `Bilan arrêté ${/^(1er|\d{1,2})[ \u00A0]/.test(date) ? 'au' : 'en'} ${date}.`,
    ofTarget: (target: string) => `${target} (cible)`,
    givenRate: (percent: string) => `${percent} (selon la source)`,
    notComputed: 'non calculé',
    interim: (date: string | undefined) => (date ? `Bilan à mi-parcours, arrêté en ${date}.` : 'Bilan à mi-parcours.'),
    chartTitle: 'Résultats chiffrés',
    chartDescription: (items: string[]) => `Diagramme en barres : ${items.join(' ; ')}.`,
    chartItem: (label: string, value: string) => `${label} : ${value}`,
    figuresCaption: 'Les résultats chiffrés, avec leur dénominateur',
    columns: { label: 'Résultat', count: 'Nombre', of: 'Sur', rate: 'Taux', outcome: 'Nature', detail: 'Précisions' },
    ofLabel: (of: string, label: string) => `${of} ${label}`,
    breakdown: (parts: string[]) => `répartition : ${parts.join(', ')}`,
    breakdownPart: (label: string, count: string) => `${label} ${count}`,
    cohort: (name: string) => `Groupe : ${name}`,
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
    /** The way without a terminal first: the editor's « Nouvelle réponse ». */
    adaptInEditor: (title: string) =>
      `Dans l'éditeur de Passerelle (« Modifier le contenu »), choisissez « Nouvelle réponse », puis « ${title} » comme programme dont vous partez, et l'appel visé. Ce programme n'est pas dans votre projet ? Téléchargez les données ouvertes de la fiche (le lien « Données ouvertes (JSON) » de sa page), puis, sous « Ou partir d'une fiche publiée ailleurs », choisissez ce fichier : la fiche est vérifiée et copiée au nom de votre structure.`,
    adaptCommandLabel: 'Ou, en ligne de commande, dans votre projet Passerelle',
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
    /** The figures come formatted (`1 001`, `10 000`). */
    countOfPage: (from: string, to: string, total: string) => `Fiches ${from} à ${to} sur ${total}`,
    pageTitle: (page: number, pages: number) => `Fiches d'expérience, page ${page} sur ${pages}`,
    pagination: 'Pages de la liste des fiches',
    previousPage: '← Page précédente',
    nextPage: 'Page suivante →',
    pageLabel: (n: number) => `Page ${n}`,
    /** Where the pagination leaves page numbers out (a bank of more than twelve pages). */
    pagesLeftOut: '…',
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
      qpvPriority: 'habitant de préférence en quartier prioritaire',
      groups: (n: number) => `en ${n} groupes`,
      groupsAlone: (n: number) => `${n} groupes`,
    },
    /** Messages of the search script: `{n}` and `{total}` are replaced in the browser. */
    script: {
      shownOne: '{n} fiche sur {total} correspond à votre recherche.',
      shownMany: '{n} fiches sur {total} correspondent à votre recherche.',
      shownNone: 'Aucune fiche ne correspond à votre recherche. Retirez un filtre ou changez de mots.',
      allOne: '{total} fiche.',
      all: '{total} fiches.',
      searching: 'Recherche en cours…',
      loadingCards: 'Chargement des fiches de toute la banque…',
      unavailable: "La recherche dans le texte n'a pas pu être chargée ; les filtres restent utilisables.",
      firstShown: 'Les {shown} premières sont affichées : précisez la recherche ou ajoutez un filtre pour voir les autres.',
      cardsUnavailable: "Les fiches des autres pages n'ont pas pu être chargées : la recherche et les filtres portent sur cette page seulement.",
      facetOne: '{n}\u00A0fiche',
      facetMany: '{n}\u00A0fiches',
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
        "Le programme tel que validé par Passerelle : montants en centimes (cents) avec une copie mise en forme (formatted), durées en minutes, intervalles { min, max }, dates ISO à la précision de la source ({ date, qualifier } quand la source est vague : « fin 2003 » donne { date: '2003', qualifier: 'late' } ; alternatives quand des sources ne s'accordent pas), périodes { start, end, ongoing }, comptes { min, max, bound, precision, approx, unit, period, kind, date, source } (bornes incluses : « plus de 250 » personnes donne min 251 et bound 'more-than'), sources (la liste sources, et source: [identifiants] sur chaque fait qui cite la sienne), textes longs en Markdown. Une clé absente est une information que la source ne donne pas.",
      metrics:
        "Les chiffres calculés à partir du programme : personnes, séances et minutes par personne (ateliers chiffrés seulement), minutes d'animation, coûts en centimes, taux de résultats en pourcentage. Un chiffre dont une donnée manque, ou dont les données sont approchées ou de périodes différentes, est absent.",
      sourceFile:
        "Le fichier de la fiche, tel que Passerelle le lit, sans ses commentaires : son nom (name) et son texte (text). Dans Passerelle, « Nouvelle réponse » part de ce JSON pour adapter la fiche, et « passerelle import-sheet » l'ajoute à une banque de fiches.",
      documentation: 'Cette explication des clés.',
    },
    metricsKeys: {
      participants: "Personnes accompagnées (ou prévues) : la somme des effectifs exacts des groupes, un groupe × les groupes par an, ou le compte exact de personnes du public ({ min, max }). Jamais des postes ni des places.",
      participantsBasis: "D'où vient ce nombre (from : cohorts, recurrence ou headcount), sa nature (kind : achieved, target), sa période (period : whole, year…) et sa date.",
      groups: 'Par groupe : séances et minutes par personne, minutes de contact du groupe, ateliers suivis.',
      workshops: "Par atelier : séances, minutes par séance et par personne, groupes, personnes, minutes d'animation.",
      unquantified: 'Les ateliers sans nombre de séances ou sans durée, laissés hors des totaux.',
      sessionsPerParticipant: 'Séances suivies par une personne, ateliers chiffrés seulement ({ min, max }).',
      minutesPerParticipant: "Minutes de séances d'une personne, ateliers chiffrés seulement ({ min, max }).",
      partial: "true quand un groupe suit un atelier sans nombre de séances ou sans durée : ses séances et minutes par personne sont un minimum.",
      facilitatorMinutes: "Minutes d'animation : par groupe pour un atelier collectif, par personne pour un atelier individuel, sur ce que dit facilitatorScope.",
      facilitatorScope: "Ce que couvrent ces minutes : whole (tous les groupes de l'action), year (une année de groupes qui se succèdent : le temps d'un groupe × les groupes par an), group (un seul groupe, le rythme n'étant pas exact), described (les groupes décrits, d'autres se succédant à côté).",
      facilitatorPartial: "true quand le temps d'animation d'un atelier n'est pas connu : les minutes d'animation sont un minimum.",
      costCents: 'Le montant du budget, en centimes, quand il est exact.',
      costPerParticipantCents: "Le coût par personne, en centimes ({ min, max }) : seulement quand le budget et le nombre de personnes sont exacts et couvrent la même période.",
      costWithheld: "Pourquoi aucun coût par personne n'est donné alors qu'il y a un budget et des personnes : inexact (une valeur approchée ou bornée), period (périodes différentes ou inconnues), capacity (des postes ou des places), estimate (un coût estimé), envelope (une enveloppe attribuée), target (un objectif de personnes, hors d'une proposition).",
      costPerParticipantHourCents: "Le coût d'une heure de séance par personne, en centimes ; absent si un atelier n'est pas chiffré ou si le coût par personne ne peut pas être calculé.",
      costPerFacilitatorHourCents: "Le coût d'une heure d'animation, en centimes ; absent si un atelier n'est pas chiffré, si le coût par personne ne peut pas être calculé, ou si l'animation et le budget ne couvrent pas la même période.",
      results:
        "Les résultats chiffrés : nombre (count) et dénominateur (of) comme des comptes, taux calculé (rate, seulement à partir de nombres exacts de même date, jamais sur une cible), pourcentage de la source tel qu'il est écrit (percent), raison de l'absence de taux (withheld), pourcentage qui ne correspond pas aux nombres (inconsistent).",
      formatted: 'Les mêmes chiffres, mis en forme comme sur la fiche.',
    },
  },
};
