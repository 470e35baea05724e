/**
 * Texts of the shared primitives (sources, known facts, qualified dates, periods, counts,
 * territories): how they read on a page, their labels, and the messages of their schemas.
 *
 * No hint pushes an author to invent: for a fact the source does not give, it says to leave the
 * field out.
 */
import { list, plural } from './helpers';
import { add, keep, said, toFill, write } from '../settings';

/** Words of a count's unit: singular and plural, and the « de » form after a round number. */
const units = {
  people: ['personne', 'personnes'],
  households: ['ménage', 'ménages'],
  posts: ['poste en insertion', 'postes en insertion'],
  fte: ['ETP', 'ETP'],
  places: ['place', 'places'],
  sessions: ['séance', 'séances'],
  appointments: ['rendez-vous', 'rendez-vous'],
  trainings: ['formation', 'formations'],
  groups: ['groupe', 'groupes'],
  structures: ['structure', 'structures'],
  companies: ['entreprise', 'entreprises'],
  worksites: ['chantier', 'chantiers'],
  events: ['événement', 'événements'],
  items: ['', ''],
} as const;

const roundWords: Record<number, string> = {
  10: 'une dizaine',
  12: 'une douzaine',
  15: 'une quinzaine',
  20: 'une vingtaine',
  30: 'une trentaine',
  40: 'une quarantaine',
  50: 'une cinquantaine',
  60: 'une soixantaine',
  100: 'une centaine',
  1000: 'un millier',
};

/** `de personnes`, `d'entreprises`. */
const deForm = (noun: string) => (/^[aeiouyéèêh]/i.test(noun) ? `d'${noun}` : `de ${noun}`);

/** An open bound as the source writes it (« plus de 250 »): for counts, and a territory's figures. */
const countBound = {
  'more-than': 'plus de',
  'at-least': 'au moins',
  'less-than': 'moins de',
  'at-most': 'au plus',
};

/** Labels of the vocabularies, merged into the dictionary's `vocab`. */
export const factsVocab = {
  countUnit: {
    people: 'personnes',
    households: 'ménages',
    posts: 'postes en insertion',
    fte: 'équivalents temps plein (ETP)',
    places: 'places',
    sessions: 'séances',
    appointments: 'rendez-vous',
    trainings: 'formations',
    groups: 'groupes',
    structures: 'structures',
    companies: 'entreprises',
    worksites: 'chantiers',
    events: 'événements',
    items: 'éléments',
  },
  countPeriod: {
    session: 'par séance',
    week: 'par semaine',
    month: 'par mois',
    quarter: 'par trimestre',
    year: 'par an',
    cohort: 'par groupe',
    whole: "sur toute l'action",
    'at-date': 'à une date',
  },
  countKind: { target: 'Objectif', achieved: 'Réalisé', capacity: 'Capacité' },
  countPrecision: { exact: 'exact', approx: 'approché', average: 'moyenne' },
  dateQualifier: {
    early: 'début',
    mid: 'mi-',
    late: 'fin',
    spring: 'printemps',
    summer: 'été',
    autumn: 'automne',
    winter: 'hiver',
    around: 'vers',
    before: 'avant',
    after: 'après',
    'not-before': 'au plus tôt',
    'not-after': 'au plus tard',
  },
  sourceKind: { primary: 'Source première', secondary: 'Source secondaire' },
  budgetBasis: {
    'total-cost': "coût total de l'action",
    budget: 'budget',
    'eligible-cost': 'coût éligible',
    'estimated-cost': 'coût estimé',
    envelope: 'enveloppe',
  },
  awardKind: { prize: 'Prix', label: 'Label', approval: 'Agrément', recognition: 'Reconnaissance', laureate: 'Lauréat' },
  milestoneKind: {
    founded: 'Création',
    approved: 'Agrément ou conventionnement',
    takeover: 'Reprise par un autre porteur',
    opening: 'Ouverture',
    extension: 'Extension',
    inauguration: 'Inauguration',
    diagnosis: 'Diagnostic',
    other: 'Étape',
  },
  titleLanguage: {
    eu: 'basque',
    es: 'espagnol',
    oc: 'occitan',
    br: 'breton',
    ca: 'catalan',
    co: 'corse',
    de: 'allemand',
    en: 'anglais',
    it: 'italien',
    fr: 'français',
  },
  surfaceUnit: { m2: 'm²', ha: 'ha' },
  countBound,
  areaKind: {
    'foreign-region': 'région hors de France',
    country: 'pays',
    'former-region': "région d'avant 2016",
    epci: 'intercommunalité',
    other: 'zone',
  },
};

export const facts = {
  count: {
    unitWords: units,
    roundWord: (n: number) => roundWords[n],
    round: (n: number, noun: string) => (noun ? `${roundWords[n]} ${deForm(noun)}` : roundWords[n]),
    about: (value: string) => `environ ${value}`,
    nearly: (value: string) => `près de ${value}`,
    average: (value: string) => `en moyenne ${value}`,
    /** `plus de 250`, `au moins 12`, `moins de 26`, `au plus 25`. */
    bounded: (bound: keyof typeof countBound, value: string) => `${countBound[bound]} ${value}`,
    /** `Objectif : 3 000 personnes d'ici 2020`. */
    withKind: (kind: string, text: string) => `${kind} : ${text}`,
    /** A target's horizon: `d'ici fin 2020`. */
    by: (date: string) => `d'ici ${date}`,
    /** A count at a day: `au 31 mars 2021`; at a month or year: `en mars 2021`. */
    atDay: (date: string) => `au ${date}`,
    inPeriod: (date: string) => `en ${date}`,
    perYearOf: (year: string) => `en ${year}`,
    /** `du 1er janvier au 31 août 2023`, or `du 1er janvier au 31 août, année non précisée`. */
    within: (from: string, to: string, year?: string) => (year ? `du ${from} au ${to}\u00A0${year}` : `du ${from} au ${to}, année non précisée`),
    monthDay: 'Jour illisible ou inexistant',
    monthDayExpected: 'un mois et un jour, « 01-01 » pour le 1er janvier, « 08-31 » pour le 31 août',
    monthDayHint: 'Écrivez le mois puis le jour, sur deux chiffres chacun, séparés par un tiret.',
    withinDate: 'Une période sans année, avec une date plus précise qu’une année',
    withinDateFound: (date: string) => `within et date: ${date}`,
    withinDateExpected: 'avec within, au plus l’année dans date (2023), ou pas de date',
    withinDateHint: 'Gardez seulement l’année dans date ; si la source donne les dates complètes, écrivez-les dans une période plutôt que dans within.',
    withinAcross: (year: string) => `Des jours sans année qui passent d’une année à l’autre, avec l’année ${year}`,
    withinAcrossFound: (from: string, to: string) => `within de ${from} à ${to}, avec une année dans date`,
    withinAcrossExpected: 'avec une année dans date, des jours dans l’ordre de l’année (from avant to)',
    withinAcrossHint: 'Retirez date si la source ne dit pas de quelles années il s’agit, ou corrigez from et to.',
    withinPeriod: (period: string) => `Des jours sans année, avec une période (« ${period} »)`,
    withinPeriodFound: (period: string) => `within et period: ${period}`,
    withinPeriodExpected: 'within seul : les jours disent la période',
    withinPeriodHint: 'Retirez la période (period, ou « par an » dans le nombre) : within dit déjà sur quels jours porte le compte.',
    message: 'Nombre illisible',
    expected:
      'un nombre (12), un intervalle (« 10 à 12 »), une approximation (« environ 60 », « près de 600 », « une soixantaine »), une moyenne (« en moyenne 10 ») ou une borne (« plus de 250 », « au moins 12 », « moins de 26 »), avec si besoin son unité et sa période (« 18 postes en insertion », « 60 personnes par an »)',
    hint: "Recopiez le nombre comme la source l'écrit, avec « environ » ou « plus de » s'il y est ; indiquez l'unité (unit) et la période (period) quand la source les donne, sinon laissez-les absentes ; sans nombre, retirez le champ.",
    unitConflict: (written: string, declared: string) => `Le nombre est écrit en ${written} mais le champ unit dit ${declared}`,
    unitConflictHint: "Gardez une seule unité : celle de la source.",
    periodConflict: 'La période écrite dans le nombre et le champ period ne disent pas la même chose',
    periodConflictHint: 'Gardez une seule période : celle de la source.',
    precisionConflict: 'La précision écrite dans le nombre et le champ precision ne disent pas la même chose',
    precisionConflictHint: 'Retirez precision : « environ » ou « en moyenne » dans le nombre suffisent.',
    whole: (unit: string) => `Un nombre de ${unit} est un nombre entier`,
    wholeHint: "Écrivez le nombre entier que donne la source, ou « environ » suivi du nombre s'il est approché ; sans nombre, retirez le champ.",
  },

  age: {
    expected: 'un âge (25), un intervalle « 18 à 55 », « 16-25 », ou une borne : « plus de 30 » (31 ans au moins), « moins de 26 » (25 ans au plus), « au moins 18 », « jusqu\'à 25 »',
    hint: "Recopiez l'âge comme la source l'écrit ; un âge moyen (« 34 ans en moyenne ») va dans la description du public.",
    readingsExpected: "un âge (« 18 à 55 », « moins de 26 »), ou une liste d'âges chacun avec sa source : [{ value: 15 à 30, source: a }, { value: 13 à 30, source: b }]",
    implausible: (age: string, oldest: string) => `Un âge de ${age} ans n'est pas plausible : au plus ${oldest}`,
    implausibleHint: "Vérifiez la saisie (« 18 à 55 » plutôt que « 18 à 550 ») ; si la source ne donne pas l'âge, retirez le champ.",
  },

  facilitatorExpected: 'un groupe de champs (role, organisation, name, status), ou une liste de tels groupes',
  facilitatorHint: "Décrivez chaque intervenant par sa fonction (role) et son organisation, comme la source ; retirez le champ si elle ne dit pas qui anime.",

  share: {
    expected: 'une part : « 55 % », « 55,78 % », « 1/4 », « un tiers », « la moitié », « environ 40 % »',
  },

  percent: {
    expected: 'un pourcentage entre 0 et 100, tel que la source l\'écrit : 58, « 55,78 % », « environ 40 % », « plus de 50 % »',
    hint: "Recopiez le pourcentage de la source, entre 0 et 100 ; un pourcentage au-delà de 100 est sans doute un nombre de personnes : mettez-le dans count, avec son dénominateur dans of.",
  },

  amount: {
    expected: 'un montant en euros avec au plus deux décimales : 7900, « 7 900 € », « 38 400,50 € TTC », ou approché comme la source l\'écrit : « près de 900 000 € », « environ 250 000 € TTC »',
  },

  budget: {
    wholeWithDate: "Un budget de toute l'action (period: whole) n'a ni année ni période de programmation",
    wholeWithDateExpected: "period: whole sans year ni span, ou period: year avec son année",
    wholeWithDateHint: said`${keep('period', 'whole')} pour un montant de toute l'action et retirez year et span ; pour un budget annuel ${write('period', 'year')} avec son année si la source la donne, pour une période de programmation écrivez span.`,
    shareContradicts: (funder: string, share: string, amount: string, total: string, computed: string) =>
      `La part de ${funder} (${share}) ne correspond pas à son montant : ${amount} sur ${total} font ${computed}`,
    shareContradictsExpected: (computed: string) => `une part égale, à un demi-point près, au montant divisé par le total : ${computed}`,
    shareContradictsHint:
      "Vérifiez la part, le montant et le total dans la source ; si elle ne donne que la part, retirez le montant (Passerelle n'en déduit aucun).",
    /** `sur toute l'action`, `pour l'année 2016`, `par an (année non précisée)`, `pour 2007-2013`. */
    periodWhole: "sur toute l'action",
    periodYear: (year: string) => `pour l'année ${year}`,
    periodYearUnknown: 'par an (année non précisée)',
    periodSpan: (span: string) => `pour la période ${span}`,
    periodUnknown: 'période non précisée',
  },

  site: {
    surfaceMessage: 'Surface illisible',
    surfaceExpected: 'une surface en m² (3000, « 3 000 m² ») ou en hectares (« 1 ha »)',
    unknown: (id: string, known: string[]) =>
      known.length ? `Le site « ${id} » n'existe pas (sites déclarés : ${known.join(', ')})` : `Le site « ${id} » n'existe pas : aucun site n'est déclaré dans sites`,
    unknownExpected: (known: string[]) => (known.length ? `l'identifiant d'un des sites déclarés dans sites : ${known.join(', ')}` : "l'identifiant d'un site déclaré dans sites (il n'y en a aucun)"),
    unknownHint: "Utilisez l'identifiant (id) d'un élément de sites, ou écrivez le lieu dans area.",
  },

  warnings: {
    targetDenominator: (of: string) => `Le dénominateur (${of}) est une cible : Passerelle ne calcule pas de taux sur une cible`,
    targetDenominatorHint:
      "Un taux se calcule sur les personnes réellement concernées (présentes, entrées) ; si la source ne les donne pas, gardez la cible dans indicators et laissez le dénominateur absent.",
    inconsistent: (count: string, of: string) => `Le pourcentage ne correspond pas à ${count} sur ${of}`,
    inconsistentHint:
      "Si la source écrit les deux, gardez-les tels quels : la fiche les montre sans rien recalculer et signale l'écart. Sinon, corrigez la valeur mal recopiée.",
    indicatorTargetDenominator: (n: number) => `Le dénominateur (${n}) est la cible de cet indicateur`,
  },

  steps: {
    order: (after: string, before: string) => `Cette étape (${after}) est datée avant l'étape écrite au-dessus d'elle (${before})`,
    orderExpected: (before: string) => `une date qui peut suivre celle de l'étape d'avant (${before})`,
    orderHint: "Écrivez les étapes dans l'ordre où elles se sont passées, ou corrigez la date.",
  },

  result: {
    /** A result whose denominator is a target: `111 (cible : 210)`, never a rate. */
    againstTarget: (count: string, target: string) => `${count} (cible : ${target})`,
    /** A percentage the source gives beside counts: `111 (cible : 210) ; 74 % selon la source`. */
    countAndPercent: (counted: string, percent: string) => `${counted} ; ${percent} selon la source`,
    withheld: {
      target: "pas de taux : le dénominateur est une cible",
      inexact: 'pas de taux : un des nombres est approché ou borné',
      unit: "pas de taux : les deux nombres ne comptent pas la même chose",
      date: "pas de taux : les deux nombres ne sont pas de la même date",
    },
    inconsistent: 'le pourcentage de la source ne correspond pas à ses nombres',
    targetAsResult: 'Un résultat est ce qui a été atteint ; ce nombre est une cible',
    targetAsResultExpected: 'un nombre atteint (kind: achieved, ou pas de kind)',
    targetAsResultHint: 'Mettez la cible dans indicators (target) ou dans public.headcount avec kind: target, et gardez ici ce qui a été atteint.',
  },

  known: {
    none: 'aucun',
    unknown: 'non précisé',
    message: 'Valeur illisible',
    expected: 'la valeur, ou « aucun » si la source dit qu\'il n\'y en a pas, ou « non précisé » si elle dit ne pas le savoir',
    hint: "Si la source n'en parle pas du tout, retirez ce champ : il restera « non renseigné ».",
    wordDescription: '« aucun » (la source dit qu\'il n\'y en a pas) ou « non précisé » (elle dit ne pas le savoir).',
  },

  date: {
    expected:
      'une date « 2022-08-05 » ou « 05/08/2022 », un mois « 2018-03 » ou « mars 2018 », une année « 2018 », ou une date approchée : « fin 2003 », « début mai 2010 », « mi-2015 », « printemps 2021 », « vers 2009 », « avant 2009 », « au plus tôt le 1er mars 2023 »',
    hint: "Écrivez la date avec la précision que donne la source (l'année seule si le mois n'est pas connu) et ses mots (« fin 2003 ») ; si elle n'en donne pas, retirez le champ.",
    qualifierPrecision: "Ce qualificatif ne va pas avec cette précision : une saison demande une année, « début », « mi- » et « fin » une année ou un mois",
    qualifierPrecisionHint: 'Écrivez par exemple « printemps 2021 », « fin janvier 2010 », ou retirez le qualificatif.',
    disputedExpected: 'une date, ou une liste de dates chacune avec sa source : [{ date: 2009-11, source: unccas }, { date: 2009-12-01, source: presse }]',
    readingWithoutSource: 'Quand les sources ne donnent pas la même date, chaque date dit sa source',
    readingWithoutSourceHint: said`${toFill(add('source', '<identifiant>'))} à chaque date ; si une seule source donne une date, gardez-la seule et retirez les autres.`,
    /** `novembre 2009 (Unccas) ou 1er décembre 2009 (Sud Ouest)`. */
    readings: (items: string[]) => items.join(' ou '),
    reading: (date: string, source: string) => `${date} (${source})`,
  },

  period: {
    expected: '{ start: 2018-03, end: 2019-04 }, { start: 1991, ongoing: true }, « depuis 1991 », « 2007-2013 » ou « de mars 2018 à avril 2019 »',
    hint: "Donnez le début et la fin que la source écrit ; « depuis » (ongoing: true) seulement si elle dit que l'action continue, sinon laissez la fin absente.",
    empty: 'Une période a au moins un début, une fin, ou « en cours »',
    emptyHint: "Si la source ne donne aucune date, retirez la période.",
    ongoingWithEnd: "Une période en cours (ongoing) n'a pas de fin",
    ongoingWithEndHint: "Gardez la fin si la source la donne, et retirez ongoing.",
    /** `depuis 1991`, `depuis le 1er février 2005`, `depuis fin 2003`. */
    since: (start: string) => `depuis ${/^(1er|\d{1,2})[ \u00A0]/.test(start) ? 'le ' : ''}${start}`,
    /** A period whose start is not given: `jusqu'au 31 mai 2010`, `jusqu'en 2010`, `jusqu'à fin 2010`. */
    until: (end: string, form: 'day' | 'plain' | 'qualified') => (form === 'day' ? `jusqu'au ${end}` : form === 'plain' ? `jusqu'en ${end}` : `jusqu'à ${end}`),
    /** `à partir de 2009, fin non renseignée`. */
    fromUnknownEnd: (start: string) => `à partir ${/^[aeiouyàâéèêîôû]/i.test(start) ? "d'" : 'de '}${start}, fin non renseignée`,
    ongoingOnly: 'en cours, début non renseigné',
    running: 'en cours',
  },

  /** A status a source observed at a date. */
  statusObserved: {
    /** `en octobre 2019`, `le 2 octobre 2019`, `en 2019`. */
    on: (date: string, day: boolean) => `${day ? 'le' : 'en'} ${date}`,
    /** `En cours (constaté en octobre 2019)`: today's status, which the source observed. */
    same: (status: string, on: string) => `${status} (constaté ${on})`,
    /** `Statut inconnu — en cours en octobre 2019, selon la source`. */
    other: (status: string, observed: string, on: string) => `${status} — ${observed} ${on}, selon la source`,
  },

  source: {
    label: (n: number) => plural(n, 'source', 'sources'),
    /** `source : Unccas, 28 novembre 2019`. */
    line: (labels: string[]) => `${plural(labels.length, 'source', 'sources')} : ${labels.join(' ; ')}`,
    /** The line closing a section of the sheet: `Sources : Unccas ; Sud Ouest`. */
    sectionLine: (labels: string[]) => `${plural(labels.length, 'Source', 'Sources')} : ${labels.join(' ; ')}`,
    item: (publisher: string, date?: string) => (date ? `${publisher}, ${date}` : publisher),
    withTitle: (publisher: string, title: string, date?: string) => `${publisher}, « ${title} »${date ? `, ${date}` : ''}`,
    refExpected: "l'identifiant d'une source de la liste sources (« unccas »), ou une liste d'identifiants",
    refHint: 'Déclarez la source dans sources (id, title, publisher) et citez son id ici.',
    unknown: (id: string, known: string[]) =>
      known.length
        ? `La source « ${id} » n'est pas dans la liste sources (sources déclarées : ${known.join(', ')})`
        : `La source « ${id} » n'est pas déclarée : ce fichier n'a pas de liste sources`,
    unknownHint: "Ajoutez-la à sources avec son titre et son éditeur, ou corrigez l'identifiant.",
  },

  territory: {
    bothForms: (one: string, many: string) => `Le territoire donne à la fois ${one} et ${many}`,
    bothFormsHint: (many: string) => `Mettez tout dans ${many}.`,
    regionWithoutDepartement: (region: string, departements: string[]) =>
      `La région ${region} ne contient aucun des départements indiqués (${list(departements)})`,
    regionWithoutDepartementHint:
      "Retirez la région : elle se déduit des départements ; si la source la nomme pour une autre zone, ajoutez le département qu'elle nomme.",
    formerRegionHint: (former: string, today: string) =>
      `« ${former} » est une région d'avant 2016 (aujourd'hui en ${today}) : écrivez-la dans areas avec kind: former-region, ou écrivez « ${today} ».`,
    formerRegionUnknown: (name: string) => `« ${name} » n'est pas une région d'avant 2016`,
    formerRegionExpected: "le nom d'une région d'avant 2016 : Basse-Normandie, Rhône-Alpes, Midi-Pyrénées…",
    /** `Basse-Normandie (région d'avant 2016, aujourd'hui en Normandie)`. */
    formerRegion: (name: string, today: string) => `${name} (région d'avant 2016, aujourd'hui en ${today})`,
    formerRegionShort: (name: string, today: string) => `${name} (aujourd'hui ${today})`,
    foreign: (name: string, country?: string) => (country ? `${name} (${country})` : name),
  },
};
