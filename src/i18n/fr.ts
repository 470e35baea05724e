/**
 * The French dictionary: every text a person reads (pages, PDFs, error messages, CLI output).
 *
 * Written with plain spaces and apostrophes; `typeset()` applies French typography (no-break
 * spaces before `: ; ! ? %`, « guillemets », ’) to every string and function result at load.
 * Keys are English so that another language can be added as a sibling file with the same shape.
 */
import { NBSP, NNBSP, typeset } from './typography';
import { list, named, orList, plural, q, type Named } from './sections/helpers';
import { add, quoted, said, toFill, write } from './settings';
import { compliance } from './sections/compliance';
import { evaluationPdf, importOffer, pdf, responsePage, sheetPdf } from './sections/pdf';
import { importSheet } from './sections/publication';
import { evaluation } from './sections/evaluation';
import { home } from './sections/home';
import { input } from './sections/input';
import { build } from './sections/build';
import { details } from './sections/details';
import { excerpt } from './excerpt';
import { sheet } from './sections/sheet';
import { tender } from './sections/tender';
import { facts, factsVocab } from './sections/facts';
import { editor } from './sections/editor';

/** Whether a formatted date gives its day (`1er février 2024`, not `février 2024` nor `2024`). */
const withDay = (date: string) => /^(1er|\d{1,2})[ \u00A0]/.test(date);

const dictionary = {
  common: {
    notProvided: 'non renseigné',
    and: 'et',
    or: 'ou',
    to: 'à',
    yes: 'oui',
    no: 'non',
    quote: q,
    list,
    orList,
  },

  format: {
    rangeOpenMin: (min: string) => `${min} et plus`,
    rangeOpenMax: (max: string) => `jusqu'à ${max}`,
    range: (min: string, max: string) => `${min} à ${max}`,
    ageRange: (min: string, max: string) => `de ${min} à ${max}\u00A0ans`,
    ageOver: (min: string) => `plus de ${min}\u00A0ans`,
    ageUnder: (max: string) => `moins de ${max}\u00A0ans`,
    ageAtLeast: (min: string) => `${min}\u00A0ans et plus`,
    ageAtMost: (max: string) => `${max}\u00A0ans au plus`,
    ageExact: (age: string) => `${age}\u00A0ans`,
    ofDenominator: (count: string, of: string) => `${count} sur ${of}`,
    /** `5 août 2022 à 12 h`: a date and its time. */
    dateAtTime: (date: string, time: string) => `${date} à ${time}`,
    /**
     * `de mars 2018 à avril 2019`, `d’octobre 2020 à avril 2021` (elision before a vowel), and with
     * days `du 1er février 2024 au 31 juillet 2024`.
     */
    periodFromTo: (start: string, end: string) =>
      `${withDay(start) ? 'du ' : /^[aeiouyàâéèêîôû]/i.test(start) ? 'd’' : 'de '}${start} ${withDay(end) ? 'au' : 'à'} ${end}`,
    /** `depuis octobre 2020`, `depuis le 1er février 2024`. */
    periodSince: (start: string) => `depuis ${withDay(start) ? 'le ' : ''}${start}`,
    approx: (text: string) => `environ ${text}`,
    durationUnits: {
      minutes: ['minute', 'minutes'],
      days: ['jour', 'jours'],
      weeks: ['semaine', 'semaines'],
      months: ['mois', 'mois'],
    } as Record<'minutes' | 'days' | 'weeks' | 'months', [string, string]>,
    sessions: (n: number) => plural(n, 'séance', 'séances'),
    people: (n: number) => plural(n, 'personne', 'personnes'),
    participants: (n: number) => plural(n, 'participante ou participant', 'participantes et participants'),
    hoursShort: 'h',
    kilometres: 'km',
    minutesShort: 'min',
    every: (n: number, unit: 'days' | 'weeks' | 'months') =>
      n === 1
        ? { days: 'chaque jour', weeks: 'chaque semaine', months: 'chaque mois' }[unit]
        : `toutes les ${n} ${{ days: 'jours', weeks: 'semaines', months: 'mois' }[unit]}`,
    timesPer: (n: number, unit: 'days' | 'weeks' | 'months') =>
      `${n} fois par ${{ days: 'jour', weeks: 'semaine', months: 'mois' }[unit]}`,
    once: 'une fois',
    weekly: 'hebdomadaire',
    monthly: 'mensuel',
    shareWords: { '1/2': 'la moitié', '1/3': 'un tiers', '2/3': 'deux tiers', '1/4': 'un quart', '3/4': 'trois quarts', '1/5': 'un cinquième', '1/10': 'un dixième' } as Record<string, string>,
    share: (numerator: number, denominator: number) =>
      denominator === 100 ? `${numerator} %` : `${numerator}/${denominator}`,
    /** The time a person gives to a programme (its human means). */
    humanTime: {
      weeklyHours: (hours: string) => `${hours} par semaine`,
      share: (percent: string) => `${percent} du temps de travail`,
      fte: (fte: string) => `${fte} équivalent temps plein`,
      over: (text: string, over: string) => `${text}, pendant ${over}`,
      overOnly: (over: string) => `pendant ${over}`,
    },
  },

  vocab: {
    ...factsVocab,
    workshopTheme: {
      'self-confidence': 'Expression et confiance en soi',
      'body-expression': 'Expression corporelle',
      'public-speaking': 'Prise de parole',
      mobility: 'Mobilité',
      digital: 'Numérique',
      'childcare-parenting': "Garde d'enfants et parentalité",
      'job-search': "Techniques de recherche d'emploi",
      'employer-meetings': "Rencontres avec des employeurs",
      'gender-equality': 'Égalité femmes-hommes au travail',
      'skills-assessment': 'Évaluation des compétences',
      'professional-project': 'Projet professionnel',
      'access-to-rights': 'Accès aux droits',
      health: 'Santé',
      housing: 'Logement',
      budget: 'Budget et gestion du quotidien',
      training: 'Formation',
      'work-placement': 'Mise en situation de travail',
      'peer-support': 'Pair-aidance et co-développement',
      'social-link': 'Lien social',
      'first-aid': 'Premiers secours',
      'french-language': 'Français langue professionnelle',
    },
    workshopKind: {
      'individual-coaching': 'Coaching individuel',
      'collective-coaching': 'Coaching collectif',
      'thematic-workshop': 'Atelier thématique',
      'individual-interview': 'Entretien individuel',
      'employer-meeting': 'Rencontre avec des employeurs',
      event: 'Temps fort',
      'work-placement': 'Mise en situation professionnelle',
      training: 'Formation',
      outreach: "Aller-vers",
      other: 'Autre',
    },
    workshopKindPlural: {
      'individual-coaching': 'coachings individuels',
      'collective-coaching': 'coachings collectifs',
      'thematic-workshop': 'ateliers thématiques',
      'individual-interview': 'entretiens individuels',
      'employer-meeting': 'rencontres avec des employeurs',
      event: 'temps forts',
      'work-placement': 'mises en situation professionnelle',
      training: 'formations',
      outreach: "actions d'aller-vers",
      other: 'autres séances',
    },
    workshopMode: { individual: 'Individuel', collective: 'Collectif' },
    programmeTheme: {
      'employment-access': "Accès à l'emploi",
      'women-employment': 'Emploi des femmes',
      youth: 'Jeunes',
      seniors: 'Seniors',
      digital: 'Numérique',
      'social-clause': 'Clause sociale',
      'integration-through-work': "Insertion par l'activité économique",
      'social-innovation': 'Innovation sociale',
      mobility: 'Mobilité',
      childcare: "Garde d'enfants",
      'urban-policy': 'Politique de la ville',
      partnership: 'Coopération entre acteurs',
      remobilisation: 'Remobilisation',
      'violence-victims': 'Femmes victimes de violences',
      'food-and-gardens': 'Alimentation et jardins',
      health: 'Santé',
      environment: 'Environnement',
      'heritage-and-building': 'Patrimoine et bâtiment',
      'qualifying-training': 'Formation qualifiante',
      outreach: 'Aller vers',
      'business-creation': "Création d'entreprise",
      'cross-border-employment': 'Emploi transfrontalier',
      'career-guidance': 'Orientation et découverte des métiers',
      'driving-licence': 'Permis de conduire',
    },
    programmeStatus: { proposed: 'Proposé', running: 'En cours', completed: 'Terminé', unknown: 'Statut inconnu' },
    publicRank: { priority: 'En priorité', subsidiary: 'À titre subsidiaire' },
    gender: { women: 'Femmes', men: 'Hommes', mixed: 'Mixte' },
    organisationKind: {
      ccas: 'CCAS',
      cias: 'CIAS',
      commune: 'Commune',
      epci: 'Intercommunalité',
      departement: 'Département',
      region: 'Région',
      state: 'État',
      'public-employment-service': "Service public de l'emploi",
      'local-mission': 'Mission locale',
      plie: 'PLIE',
      association: 'Association',
      company: 'Entreprise',
      siae: "Structure d'insertion par l'activité économique",
      foundation: 'Fondation',
      opco: 'Opérateur de compétences',
      'training-body': 'Organisme de formation',
      'cross-border-body': 'Organisme transfrontalier (GECT…)',
      'foreign-administration': 'Administration étrangère',
      'joint-syndicate': 'Syndicat mixte ou intercommunal',
      caf: "Caisse d'allocations familiales",
      school: 'Établissement scolaire',
      university: 'Université',
      'social-landlord': 'Bailleur social',
      'insertion-agency': "Agence d'insertion",
      'france-services': 'Maison France services (MSAP)',
      'social-centre': 'Centre social',
      network: 'Tête de réseau',
      other: 'Autre',
    },
    partnerRole: {
      operational: 'Partenaires opérationnels',
      facilitator: 'Intervenants',
      funder: 'Financeurs',
      prescriber: 'Prescripteurs',
      host: "Structures d'accueil",
      steering: 'Pilotage',
      employer: 'Employeurs',
      'specialised-support': 'Associations spécialisées',
      initiator: "À l'initiative du projet",
      'consortium-member': 'Membres du consortium',
      coordinator: 'Coordination',
      support: 'Soutien et appui',
      'technical-support': 'Appui technique',
      'beneficiary-funding': 'Financement des bénéficiaires',
      evaluator: 'Évaluation',
      'intermediate-body': 'Organisme intermédiaire (gestion des fonds européens)',
    },
    /** One partner's role, in a sentence (the headings above are plural). */
    partnerRoleOne: {
      operational: 'partenaire opérationnel',
      facilitator: 'intervenant',
      funder: 'financeur',
      prescriber: 'prescripteur',
      host: "structure d'accueil",
      steering: 'pilotage',
      employer: 'employeur',
      'specialised-support': 'association spécialisée',
      initiator: "à l'initiative du projet",
      'consortium-member': 'membre du consortium',
      coordinator: 'coordination',
      support: 'soutien',
      'technical-support': 'appui technique',
      'beneficiary-funding': 'financement des bénéficiaires',
      evaluator: 'évaluation',
      'intermediate-body': 'organisme intermédiaire',
    },
    carrierRole: {
      carrier: 'porteur',
      operator: 'opérateur',
      coordinator: 'coordinateur',
      'fund-manager': 'gestionnaire des fonds',
    },
    meansStatus: {
      salaried: 'Salarié',
      invoiced: 'Facturé',
      volunteer: 'Bénévole',
      'made-available': 'Mis à disposition',
    },
    phaseKind: {
      setup: 'Montage',
      running: 'Mise en œuvre',
      closing: 'Clôture',
      evaluation: 'Évaluation',
      extension: 'Extension et essaimage',
    },
    budgetCategory: {
      staff: 'Personnel',
      services: 'Prestations',
      equipment: 'Matériel',
      premises: 'Locaux',
      travel: 'Déplacements',
      communication: 'Communication',
      'emergency-fund': "Fonds d'urgence",
      overheads: 'Frais de structure',
      other: 'Autre',
    },
    funderKind: {
      state: 'État',
      'local-authority': 'Collectivité',
      ccas: 'CCAS',
      foundation: 'Fondation',
      europe: 'Union européenne',
      company: 'Entreprise',
      other: 'Autre',
    },
    legalForm: {
      association: 'Association loi 1901',
      sarl: 'SARL',
      sas: 'SAS',
      sa: 'SA',
      scop: 'SCOP',
      scic: 'SCIC',
      ei: 'Entreprise individuelle',
      'micro-entreprise': 'Micro-entreprise',
      'public-body': 'Établissement public',
      other: 'Autre',
    },
    priceUnit: {
      session: ['séance', 'séances'],
      hour: ['heure', 'heures'],
      day: ['jour', 'jours'],
      participant: ['participante', 'participantes'],
      group: ['groupe', 'groupes'],
      package: ['forfait', 'forfaits'],
      month: ['mois', 'mois'],
    } as Record<string, [string, string]>,
    indicatorUnit: {
      people: 'personnes',
      percent: '%',
      hours: 'heures',
      sessions: 'séances',
      euros: 'euros',
      days: 'jours',
      count: 'nombre',
    },
    outcome: {
      employment: 'Emploi',
      'employment-or-training': 'Emploi ou formation',
      training: 'Formation',
      recruited: 'Recrutement',
      'permanent-contract': 'CDI',
      'fixed-term-contract': 'CDD',
      'integration-contract': "CDD d'insertion",
      'temporary-work': 'Intérim',
      'work-study': 'Alternance',
      'civic-service': 'Service civique',
      'active-job-search': "Recherche active d'emploi",
      participation: 'Participation',
      enrolment: 'Entrées dans le dispositif',
      'business-creation': "Création d'entreprise",
      'positive-exit': 'Sortie positive',
      'driving-licence': 'Permis obtenu',
      'driving-theory': 'Code obtenu',
      identified: 'Personnes repérées',
      remobilised: 'Personnes remobilisées',
      'perceived-usefulness': 'Utilité perçue',
      other: 'Autre',
    },
    audience: {
      beneficiaries: 'Pour les bénéficiaires',
      staff: 'Pour les équipes',
      partners: 'Pour les partenaires',
      territory: 'Pour le territoire',
    },
    amountBasis: { HT: 'HT', TTC: 'TTC' },
    vatRegime: {
      subject: (rate: string) => `Assujetti à la TVA (taux ${rate})`,
      'not-subject': 'Non assujetti à la TVA',
      'exempt-261-7-1': 'Exonéré de TVA (article 261-7-1° du CGI)',
      'franchise-293-b': 'Franchise en base de TVA (article 293 B du CGI)',
    },
    vatMention: {
      subject: '',
      'not-subject': 'Organisme non assujetti à la TVA.',
      'exempt-261-7-1': 'Exonération de TVA en application de l\'article 261-7-1° du code général des impôts.',
      'franchise-293-b': 'TVA non applicable, article 293 B du code général des impôts.',
    },
    criterionType: { price: 'Prix', cost: 'Coût', quality: 'Qualité' },
    weighting: { percentage: 'en pourcentage', points: 'en points', order: "par ordre d'importance", unknown: 'pondération non lue' },
    collection: {
      programmes: 'programme',
      tenders: 'appel',
      providers: 'prestataire',
      responses: 'réponse',
      evaluations: 'évaluation',
    },
    collectionPlural: {
      programmes: 'programmes',
      tenders: 'appels',
      providers: 'prestataires',
      responses: 'réponses',
      evaluations: 'évaluations',
    },
  },

  facts,

  /** Messages of the schemas: what went wrong, what was expected, how to fix it. */
  schema: {
    id: {
      message: 'Identifiant invalide',
      expected: 'des minuscules sans accent, des chiffres et des tirets, par exemple « atelier-mobilite »',
      hint: 'Remplacez les espaces et les accents : « Atelier Mobilité » devient « atelier-mobilite ».',
    },
    text: {
      expected: 'un texte non vide',
    },
    duplicateId: (id: string, first: number) =>
      `L'identifiant « ${id} » est déjà utilisé par l'élément n° ${first + 1} de cette liste`,
    duplicateIdHint: 'Donnez à chaque élément un identifiant unique.',
    amount: {
      message: 'Montant illisible',
      expected: 'un montant en euros avec au plus deux décimales : 7900, « 7 900 € » ou « 38 400,50 € TTC »',
      hint: 'Écrivez le montant en chiffres (virgule pour les centimes) et ajoutez HT ou TTC si la source le dit ; un montant approché garde son « environ » ; sans montant, retirez le champ.',
    },
    /** `7.900`: 7 900 € or 7,90 €? */
    amountAmbiguous: (written: string) => `Montant ambigu : « ${written} » peut se lire avec un séparateur de milliers ou avec des décimales`,
    /** `[whole, part]`: the figures before and after the separator (`7`, `900`). */
    amountAmbiguousHint: ([whole, part]: readonly [string, string]) =>
      `Pour ${whole}${NNBSP}${part}${NBSP}€, écrivez ${whole}${part} ou « ${whole}${NNBSP}${part} € » ; pour ${whole},${part.slice(0, 2)}${NBSP}€, écrivez « ${whole},${part.slice(0, 2)} € ». Une espace, pas un point, sépare les milliers.`,
    basisConflict: (written: string, declared: string) =>
      `Le montant est écrit « ${written} » mais le champ basis vaut « ${declared} »`,
    basisConflictHint: 'Gardez une seule indication HT ou TTC.',
    range: {
      message: 'Intervalle illisible',
      expected: 'un nombre (12), un intervalle « 10 à 12 », « plus de 30 » ou { min: 10, max: 12 }',
      hint: 'Écrivez un nombre, deux nombres séparés par « à », ou la seule borne que la source donne (« plus de 30 », « au plus 25 ») ; si la source ne donne pas ce nombre, retirez le champ.',
    },
    rangeNeedsBound: 'Un intervalle doit avoir au moins un minimum ou un maximum',
    rangeClosed: "Cet intervalle doit avoir un minimum et un maximum",
    rangeClosedHint: "Écrivez les deux bornes que donne la source (« 10 à 12 »), ou un seul nombre si la valeur est fixe ; si elle n'en donne qu'une, retirez le champ et dites ce qu'elle écrit dans description.",
    rangeOrder: (min: string, max: string) => `Le minimum (${min}) est supérieur au maximum (${max})`,
    rangeTooSmall: (value: string, least: string) => `La valeur ${value} est trop petite : au moins ${least}`,
    rangeTooSmallExpected: (least: string) => `un nombre de ${least} ou plus`,
    rangeTooSmallHint: 'Corrigez le nombre ; si la source ne le donne pas, retirez le champ.',
    rangeOrderHint: 'Inversez les deux bornes.',
    duration: {
      message: 'Durée illisible',
      expected: 'une durée comme « 2h30 », « 45 min », « 3 jours », « 10 semaines » ou « 5 mois »',
      hint: "Écrivez un nombre suivi de son unité ; « 2h30 » pour deux heures et demie ; si la source ne donne pas la durée, retirez le champ.",
    },
    durationRange: {
      message: 'Durée ou intervalle de durées illisible',
      expected: 'une durée ou un intervalle de durées : « 2 h », « 2h30 à 3h », « 30 min à 1 h », « 10 à 12 semaines »',
      readingsExpected: "une durée (« 5 mois », « 10 à 12 semaines », « 2 ans au plus »), ou une liste de durées chacune avec sa source : [{ value: 5 mois, source: a, note: première promotion }, { value: 4 mois, source: b }]",
      hint: "Écrivez une durée avec son unité (« 2h30 », « 45 min »), ou deux durées séparées par « à » dans des unités compatibles (minutes et heures, semaines, mois) ; si la source ne donne pas la durée, retirez le champ.",
    },
    frequency: {
      message: 'Fréquence illisible',
      expected: '« hebdomadaire », « mensuel », « toutes les 6 semaines », « 2 fois par semaine » ou « une fois »',
    },
    date: {
      message: 'Date illisible',
      expected: 'une date « 2022-08-05 » ou « 05/08/2022 », un mois « 2018-03 » ou une année « 2018 »',
      hint: "Écrivez la date avec la précision que donne la source : l'année seule si le mois n'est pas connu.",
    },
    dateTime: {
      message: 'Date et heure illisibles',
      expected: 'une date « 2022-08-05 », éventuellement suivie d\'une heure « 2022-08-05T12:00 »',
      hint: 'Écrivez la date au format AAAA-MM-JJ.',
    },
    planningOrder: (from: number, to: number) => `La semaine de fin (${to}) précède la semaine de début (${from})`,
    planningOrderHint: 'Vérifiez from et to : from est la première semaine, to la dernière.',
    periodOrder: (start: string, end: string) => `La période se termine (${end}) avant de commencer (${start})`,
    periodOrderHint: 'Vérifiez les dates de début et de fin.',
    share: {
      message: 'Part illisible',
      expected: 'une fraction « 1/4 » ou un pourcentage « 25 % »',
      hint: 'Écrivez la part telle que la source la donne : « 1/4 » ou « 25 % » ; si elle ne la donne pas, retirez le champ.',
    },
    sharesOver: (total: string) => `Les parts des prescripteurs dépassent le tout (total : ${total})`,
    sharesOverHint: 'La somme des parts ne peut pas dépasser 100 %.',
    percent: {
      expected: 'un pourcentage entre 0 et 100',
    },
    siret: {
      message: 'Numéro SIRET invalide',
      expected: '14 chiffres dont la clé de contrôle est juste (les espaces sont acceptés)',
      hint: "Recopiez le SIRET depuis l'avis de situation SIRENE ou annuaire-entreprises.data.gouv.fr.",
    },
    postcode: {
      message: 'Code postal invalide',
      expected: 'cinq chiffres, par exemple « 21000 »',
    },
    phone: {
      message: 'Numéro de téléphone illisible',
      expected: 'dix chiffres « 05 46 50 86 25 » ou le format international « +33 5 46 50 86 25 »',
    },
    url: {
      message: 'Adresse web invalide',
      expected: 'une adresse complète qui commence par https:// ou http://',
    },
    email: {
      message: 'Adresse e-mail invalide',
      expected: 'une adresse comme « prenom.nom@exemple.fr »',
    },
    departement: {
      message: (input: string) => `Département inconnu : « ${input} »`,
      expected: 'un numéro (« 34 », « 2A », « 974 ») ou un nom (« Hérault »)',
      hint: 'Écrivez le numéro du département ; si la source ne le nomme pas, retirez le champ (les communes suffisent).',
    },
    region: {
      message: (input: string) => `Région inconnue : « ${input} »`,
      expected: (names: string[]) => `une des régions : ${names.join(', ')}`,
      hint: "Écrivez le nom de la région depuis 2016 (par exemple « Occitanie »).",
    },
    regionMismatch: (dep: string, code: string, actual: string, written: string) =>
      `Le département ${dep} (${code}) est en ${actual}, pas en ${written}`,
    regionMismatchHint: (actual: string) => `Écrivez « ${actual} », ou retirez la région : elle se déduit du département.`,
    vatRate: {
      message: 'Taux de TVA invalide',
      expected: 'un taux en pourcentage : 20, 10, 5,5 ou 2,1',
    },
    budgetSum: (sum: string, total: string) => `Les lignes du budget totalisent ${sum}, le total indiqué est ${total}`,
    budgetSumHint: said`Corrigez une ligne ou le total : les deux doivent être égaux au centime près ; si la source ne détaille qu'une partie du total, ${add('linesComplete', 'false')} et laissez le reste non ventilé.`,
    lineAmount: (quantity: string, unitPrice: string, computed: string, amount: string) =>
      `La ligne indique ${amount}, mais ${quantity} × ${unitPrice} font ${computed}`,
    lineAmountHint: 'Corrigez le montant, la quantité ou le prix unitaire ; ou retirez le montant, Passerelle le calcule.',
    fundersOver: (sum: string, total: string) => `Les financements (${sum}) dépassent le coût total (${total})`,
    fundersOverHint: "Vérifiez les montants des financeurs ou le total du budget ; un montant que la source ne donne pas reste absent.",
    basisMix: 'Les montants du budget mélangent HT et TTC',
    basisMixHint: 'Exprimez le total et les lignes sur la même base (HT ou TTC).',
    unknownCohort: (id: string, known: string[]) =>
      known.length ? `Le groupe « ${id} » n'existe pas (groupes déclarés : ${known.join(', ')})` : `Le groupe « ${id} » n'existe pas : aucun groupe n'est déclaré dans cohorts`,
    unknownCohortHint: 'Utilisez l\'identifiant (id) d\'un élément de cohorts, ou retirez ce champ.',
    statusObservedProposed: 'Un programme proposé dans une réponse n\'a pas de statut constaté par une source',
    statusObservedProposedHint: 'Retirez statusObserved, ou donnez à status le statut de l\'action que la source décrit (running, completed ou unknown).',
    resultOver: (count: string, of: string) => `Le nombre (${count}) dépasse son dénominateur (${of})`,
    resultOverHint: "Le dénominateur est le nombre de personnes concernées : il ne peut pas être plus petit ; si la source ne le donne pas, retirez of.",
    resultNeedsValue: 'Un résultat chiffré donne un nombre (count) ou un pourcentage (percent)',
    resultNeedsValueHint: 'Ajoutez count (et of pour le dénominateur) ou percent ; un résultat sans chiffre va dans qualitative.',
    weightsSum: (sum: string, expected: string) => `Les pondérations des critères totalisent ${sum}, il faut ${expected}`,
    weightsSumHint: 'Corrigez une pondération : la somme doit être exacte.',
    subWeightsSum: (sum: string, expected: string) =>
      `Les pondérations des sous-critères totalisent ${sum}, il faut ${expected} (la pondération du critère)`,
    orderWeights: "Avec une pondération par ordre d'importance, les rangs doivent être 1, 2, 3… sans doublon",
    pointsTotalMissing: 'Une pondération en points demande le total des points (pointsTotal)',
    pointsTotalMissingHint: said`Ajoutez pointsTotal, le total de points que l’appel annonce ; s’il ne pondère pas ses critères en points, ${write('weighting', 'order', 'unweighted')}.`,
    dateNames: {
      published: 'La publication',
      deadline: 'La date limite de dépôt',
      decision: "L'examen des offres",
      start: 'Le démarrage',
    } as Record<string, string>,
    datesOrder: (first: string, firstDate: string, second: string, secondDate: string) =>
      `${second} (${secondDate}) tombe avant ${first.charAt(0).toLowerCase()}${first.slice(1)} (${firstDate})`,
    datesOrderHint: 'Vérifiez les dates : elles doivent se suivre.',
    capOrder: (min: string, max: string) => `Le plafond minimum (${min}) dépasse le plafond maximum (${max})`,
    providerOrConsortium: 'Une réponse indique soit un prestataire seul (provider), soit un groupement (consortium) : un des deux, pas les deux',
    providerOrConsortiumHint: 'Gardez provider pour une réponse seule, consortium pour une réponse en groupement.',
    memberTarget: 'Un membre du groupement est soit un prestataire de content/providers (provider), soit une organisation décrite ici (organisation) : un des deux',
    memberTargetHint: 'Gardez provider ou organisation, pas les deux.',
    referenceNeedsTarget: 'Une référence cite un programme publié (programme) ou décrit la prestation (title et summary)',
    referenceNeedsTargetHint: said`${toFill(add('programme', '<identifiant>'))}, ou title et summary.`,
    priceLineTtc: 'Les prix unitaires s\'écrivent hors taxes (HT) : la TVA est calculée selon le régime du prestataire',
    priceLineTtcHint: 'Écrivez le prix unitaire HT ; Passerelle calcule la TVA et le TTC.',
    markScale: (min: number, max: number) => `L'échelle de notation va de ${min} à ${max} : le minimum doit être inférieur au maximum`,
    emptyObject: 'Cet objet est vide',
  },

  /** Messages of the checks that look across files. */
  check: {
    missingRef: {
      programmes: (id: string) => `Le programme « ${id} » n'existe pas`,
      tenders: (id: string) => `L'appel « ${id} » n'existe pas`,
      providers: (id: string) => `Le prestataire « ${id} » n'existe pas`,
      responses: (id: string) => `La réponse « ${id} » n'existe pas`,
      evaluations: (id: string) => `L'évaluation « ${id} » n'existe pas`,
    },
    refExpected: (folder: string, ids: string[]) =>
      ids.length
        ? `l'identifiant d'un fichier de ${folder} : ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? '…' : ''}`
        : `l'identifiant d'un fichier de ${folder} (le dossier est vide)`,
    refHint: (collection: string, id: string) =>
      `Corrigez l'identifiant, ou créez le fichier avec « npx passerelle new ${collection} ${id} ».`,
    draftRef: {
      programmes: (id: string) => `Le programme « ${id} » est un brouillon qui ne peut pas encore être lu`,
      tenders: (id: string) => `L'appel « ${id} » est un brouillon qui ne peut pas encore être lu`,
      providers: (id: string) => `Le prestataire « ${id} » est un brouillon qui ne peut pas encore être lu`,
      responses: (id: string) => `La réponse « ${id} » est un brouillon qui ne peut pas encore être lue`,
      evaluations: (id: string) => `L'évaluation « ${id} » est un brouillon qui ne peut pas encore être lue`,
    },
    draftRefHint: (file: string) =>
      `Complétez d'abord les champs obligatoires de ${file} (la validation les liste sous « Brouillons »), ou retirez cette référence.`,
    lotMissing: (lot: string, tender: string) => `Le lot « ${lot} » n'existe pas dans l'appel « ${tender} »`,
    lotRequired: (tender: string) => `L'appel « ${tender} » est découpé en lots : la réponse doit dire lequel`,
    lotRequiredHint: (lots: string[]) => said`${quoted(add('lot'))} avec l'un des lots : ${lots.join(', ')}.`,
    lotUnexpected: (tender: string) => `L'appel « ${tender} » n'a pas de lots`,
    lotUnexpectedHint: 'Retirez le champ lot.',
    sectionUnknown: (section: string, tender: string) =>
      `La section « ${section} » n'est pas demandée par l'appel « ${tender} »`,
    sectionHint: (ids: string[]) => `Utilisez l'une des sections de l'appel : ${ids.join(', ')}.`,
    deliverableUnknown: (id: string, tender: string) => `Le livrable « ${id} » n'est pas demandé par l'appel « ${tender} »`,
    deliverableHint: (ids: string[]) => `Utilisez l'un des livrables de l'appel : ${ids.join(', ')}.`,
    requirementUnknown: (id: string, tender: string) => `L'exigence « ${id} » n'existe pas dans l'appel « ${tender} »`,
    requirementHint: (ids: string[]) => `Utilisez l'une des exigences de l'appel : ${ids.join(', ')}.`,
    evaluationOtherTender: (offer: Named, its: string, tender: string) =>
      `La réponse ${named(offer)} répond à l'appel « ${its} », pas à « ${tender} »`,
    evaluationOtherTenderHint: "Retirez cette réponse de l'évaluation, ou corrigez l'appel évalué.",
    evaluationOtherLot: (offer: Named, its: string, lot: string) =>
      `L'offre ${named(offer)} porte sur le lot « ${its} », l'évaluation sur le lot « ${lot} »`,
    evaluationDuplicate: (offer: Named) => `L'offre ${named(offer)} est évaluée deux fois`,
    /** An offer received after the call's deadline, and neither excluded nor dated otherwise. */
    evaluationLate: (offer: Named, received: string, deadline: string) =>
      `L'offre ${named(offer)} a été reçue le ${received}, après la date limite du ${deadline}, et n'est pas écartée`,
    evaluationLateExpected: (deadline: string) => `une offre reçue au plus tard le ${deadline}, ou écartée (excluded: true) avec sa raison`,
    evaluationLateHint: "Une offre reçue hors délai est écartée : cochez « écartée » et donnez la raison (« offre reçue hors délai »), ou corrigez la date de réception.",
    criterionUnknown: (id: string, tender: string) =>
      `Le critère « ${id} » n'existe pas dans l'appel « ${tender} »`,
    criterionHint: (ids: string[]) => `Utilisez l'un des critères ou sous-critères de l'appel : ${ids.join(', ')}.`,
    markOutOfScale: (mark: string, min: string, max: string) => `La note ${mark} est hors de l'échelle (${min} à ${max})`,
    markOutOfScaleHint: (min: string, max: string) => `Saisissez une note de ${min} à ${max}, ou changez l'échelle déclarée dans scale.`,
    priceCriterionMarked: (criterion: Named) =>
      `Le critère ${named(criterion)} est un critère de prix : sa note se calcule à partir des prix, elle ne se saisit pas`,
    priceCriterionMarkedHint: 'Retirez cette note ; la méthode de notation du prix est dans priceMethod.',
    referenceNotProvider: (programme: string, provider: string) =>
      `Le programme « ${programme} » est cité en référence mais ne nomme pas « ${provider} » parmi ses porteurs ou partenaires`,
    referenceNotProviderHint: 'Ajoutez le prestataire aux porteurs (carriers) ou aux partenaires du programme, ou retirez la référence.',
    referenceNotPublished: (programme: string) =>
      `Le programme « ${programme} » est seulement proposé : une référence doit être un programme mené (en cours ou terminé)`,
    referenceNotPublishedHint: 'Citez un programme dont le statut est running ou completed.',
    responseProgrammeStatus: (programme: string) =>
      `Le programme « ${programme} » a déjà été mené (statut running ou completed) : une réponse propose un programme au statut proposed`,
    responseProgrammeStatusHint: 'Citez le programme proposé (status: proposed) ; pour partir d’un programme mené, utilisez « npx passerelle new response … --from-programme … ».',
    fileName: (name: string) => `Nom de fichier invalide : « ${name} »`,
    fileNameExpected: 'des minuscules sans accent, des chiffres et des tirets, avec l\'extension .yaml ou .md',
    fileNameHint: 'Renommez le fichier : son nom sert d\'identifiant dans les autres fichiers.',
    duplicateEntry: (id: string, other: string) => `L'identifiant « ${id} » est déjà utilisé par ${other}`,
    duplicateEntryHint: 'Renommez l\'un des deux fichiers.',
  },

  /** Words of the diagnostics printer. */
  diagnostics: {
    error: 'erreur',
    warning: 'avertissement',
    field: 'champ',
    found: 'trouvé',
    expected: 'attendu',
    fix: 'correction',
    expectedLine: (text: string) => `Attendu : ${text}`,
    root: '(racine du fichier)',
    missingField: (key: string) => `Champ obligatoire manquant : « ${key} »`,
    missingFieldHint: (key: string, description?: string) =>
      description ? `Ajoutez « ${key}: … ». Ce champ : ${lowerFirst(description)}` : `Ajoutez « ${key}: … ».`,
    unknownKey: (key: string) => `Champ inconnu : « ${key} »`,
    invalidType: 'Type de valeur incorrect',
    invalidValue: 'Valeur non reconnue',
    /** `une valeur parmi : proposed (proposé), running (en cours), completed (terminé)`: the codes to type, with what they mean. */
    invalidValueExpected: (choices: ReadonlyArray<string | Coded>) => {
      const all = choices.map((c) => (typeof c === 'string' ? { code: c } : c));
      return all.length === 1 ? `la valeur « ${all[0].code} »${glossOf(all[0])}` : `une valeur parmi : ${all.map((c) => `${c.code}${glossOf(c)}`).join(', ')}`;
    },
    /** `Vouliez-vous dire « completed » (terminé) ?` */
    didYouMean: (value: string, label?: string) => `Vouliez-vous dire « ${value} »${glossOf({ code: value, label })} ?`,
    chooseValue: 'Écrivez exactement une des valeurs attendues (les clés sont en anglais, sans accent).',
    describe: (description: string) => `Ce champ : ${lowerFirst(description)}`,
    tooSmall: 'Valeur trop petite',
    tooBig: 'Valeur trop grande',
    tooFew: 'Liste trop courte',
    tooMany: 'Liste trop longue',
    tooShort: 'Texte vide ou trop court',
    tooLong: 'Texte trop long',
    atLeast: (n: number | string, inclusive: boolean) => (inclusive ? `au moins ${n}` : `plus de ${n}`),
    atMost: (n: number | string, inclusive: boolean) => (inclusive ? `au plus ${n}` : `moins de ${n}`),
    atLeastItems: (n: number | string) => `au moins ${n} ${plural(Number(n), 'élément', 'éléments')}`,
    atMostItems: (n: number | string) => `au plus ${n} ${plural(Number(n), 'élément', 'éléments')}`,
    atLeastChars: (n: number | string) => `au moins ${n} ${plural(Number(n), 'caractère', 'caractères')}`,
    atMostChars: (n: number | string) => `au plus ${n} ${plural(Number(n), 'caractère', 'caractères')}`,
    integer: 'un nombre entier',
    invalidEntry: 'Valeur invalide',
    fixType: (expected: string) => `Remplacez la valeur par ${expected}.`,
    /** `60,5` in a field that reads a bare number. */
    fixFrenchNumber: (written: string, number: string) =>
      `Ce champ se lit comme un nombre seul, avec un point pour les décimales et sans unité : écrivez ${number} au lieu de « ${written.trim()} ».`,
    types: {
      string: 'un texte',
      number: 'un nombre',
      int: 'un nombre entier',
      boolean: 'vrai ou faux (true ou false)',
      array: 'une liste (des lignes qui commencent par « - »)',
      object: 'un groupe de champs (des lignes « clé: valeur » en retrait)',
      date: 'une date',
      null: 'une valeur vide',
      undefined: 'rien',
    } as Record<string, string>,
    value: {
      missing: 'rien (champ absent)',
      null: 'une valeur vide',
      true: 'vrai (true)',
      false: 'faux (false)',
      list: (n: number) => (n === 0 ? 'une liste vide' : n === 1 ? "une liste d'un élément" : `une liste de ${n} éléments`),
      object: (keys: string[]) => (keys.length ? `un groupe de champs (${keys.slice(0, 6).join(', ')}${keys.length > 6 ? '…' : ''})` : 'un groupe de champs vide'),
      text: (text: string) => `« ${excerpt(text)} »`,
    },
    placeholderToken: 'À compléter',
    placeholder: 'Champ encore à compléter',
    placeholderHint: 'Remplacez « À compléter » par la valeur ; retirez le champ s\'il est facultatif et que la source ne le donne pas.',
    yamlSyntax: 'Le YAML est mal formé',
    yamlSyntaxExpected: 'un fichier YAML valide : des lignes « clé: valeur », des listes « - élément », une indentation régulière par espaces',
    yamlHint: {
      BAD_INDENT: "Un crochet « [ » ou une accolade « { » n'est pas refermé, ou l'indentation de la ligne est irrégulière.",
      TAB_AS_INDENT: 'Remplacez les tabulations par des espaces.',
      DUPLICATE_KEY: "Une clé apparaît deux fois au même niveau : retirez ou renommez l'une des deux.",
      MISSING_CHAR: "Vérifiez l'indentation de cette ligne : le même nombre d'espaces que les lignes de même niveau. Il peut aussi manquer un « - », un guillemet ou un crochet.",
      BLOCK_AS_IMPLICIT_KEY: "La ligne contient sans doute « : » suivi d'un espace au milieu d'un texte : mettez le texte entre guillemets (summary: \"Objectif : …\"), ou vérifiez l'indentation.",
      MULTILINE_IMPLICIT_KEY: "Il manque sans doute « : » après une clé, ou un texte sur plusieurs lignes doit être écrit après « | ».",
      UNEXPECTED_TOKEN: "Un caractère est inattendu ici ; mettez le texte entre guillemets s'il contient « : » ou « # ».",
      default: 'Corrigez la syntaxe à la ligne indiquée ; mettez entre guillemets les textes qui contiennent « : », « # » ou commencent par « - ».',
    } as Record<string, string>,
    frontmatterMissing: 'Le fichier Markdown doit commencer par un en-tête YAML entre deux lignes « --- »',
    frontmatterMissingHint: 'Ajoutez « --- » en première ligne, les champs, puis « --- » avant le texte.',
    frontmatterUnclosed: "L'en-tête YAML du fichier Markdown, ouvert par « --- » à la ligne 1, n'est jamais refermé",
    frontmatterUnclosedHint: 'Ajoutez une ligne « --- » après le dernier champ de l\'en-tête, avant le texte.',
    notAnObject: "Le fichier doit contenir des champs « clé: valeur » au premier niveau",
    notAnObjectHint: 'Vérifiez que le fichier n\'est pas vide et ne commence pas par une liste.',
    readError: (reason: string) => `Lecture impossible : ${reason}`,
    summaryOk: (files: number, counts: string) =>
      `${files} ${plural(files, 'fichier valide', 'fichiers valides')} (${counts}).`,
    summaryKo: (errors: number, files: number, checked: number) =>
      `${errors} ${plural(errors, 'erreur', 'erreurs')} dans ${files} ${plural(files, 'fichier', 'fichiers')} sur ${checked} ${plural(checked, 'vérifié', 'vérifiés')}. Rien n'est publié tant qu'il reste une erreur.`,
    summaryWarnings: (n: number) => `${n} ${plural(n, 'avertissement', 'avertissements')}.`,
    summaryDrafts: (drafts: number, fields: number) =>
      `${drafts} ${plural(drafts, 'brouillon', 'brouillons')} : ${fields} ${plural(fields, 'champ', 'champs')} à compléter (jamais publiés).`,
    drafts: {
      title: 'Brouillons : ce qui reste à compléter',
      heading: (fields: number, previewable: boolean) =>
        `brouillon : ${fields} ${plural(fields, 'champ', 'champs')} à compléter${previewable ? ' (aperçu possible dans l\'espace de travail)' : ' (pas encore d\'aperçu : complétez d\'abord les champs obligatoires)'}`,
      field: (line: number | undefined, path: string | undefined, message: string) => {
        const where = [line ? `ligne ${line}` : undefined, path].filter(Boolean).join(' · ');
        return where ? `${where} : ${message}` : message;
      },
    },
    count: (n: number, one: string, many: string) => `${n} ${plural(n, one, many)}`,
    buildStopped: 'Construction arrêtée : le contenu contient des erreurs.',
  },

  workspace: {
    started: (url: string) =>
      `Espace de travail privé ouvert : ${url}\nIl n'est accessible que depuis cette machine, et rien de ce qu'il montre (offres, prix, notes, brouillons) n'est publié sur le site public. Ctrl+C pour l'arrêter.`,
    editorStarted: (url: string) =>
      `Éditeur ouvert : ${url}\nOuvrez cette adresse dans votre navigateur. Il n'est accessible que depuis cette machine, et rien n'est publié tant que vous ne le décidez pas. Ctrl+C pour l'arrêter.`,
    stopped: 'Espace de travail arrêté.',
    badPort: (value: string) => `Port invalide : « ${value} ». Écrivez un nombre entre 0 et 65535 (0 : un port libre).`,
    forbidden: 'Accès refusé : l\'espace de travail ne répond qu\'aux pages ouvertes sur cette machine (127.0.0.1).',
    banner: 'Espace de travail privé : ces pages ne sont visibles que sur cette machine et ne sont jamais publiées.',
    title: 'Espace de travail',
    lead: 'Ce que le site public ne montre pas : les réponses et leur conformité, les évaluations et leurs notes, les prestataires, et les brouillons.',
    sections: {
      responses: 'Réponses',
      evaluations: 'Évaluations',
      providers: 'Prestataires',
      drafts: 'Brouillons',
      bank: 'Envoyer une fiche à une banque de fiches',
    },
    bankIntro:
      "Une banque de fiches (celle d'un réseau, d'un département…) publie les fiches qu'on lui envoie. Téléchargez le fichier de la fiche, puis envoyez-le à la banque (par courriel, par exemple) : elle l'ajoute avec la commande « npx passerelle import-sheet », qui le vérifie avant de le publier.",
    sendSheet: (title: string) => `Télécharger le fichier de la fiche « ${title} »`,
    draftsIntro: 'Un brouillon (draft: true) est vérifié comme les autres fichiers, mais ce qui lui manque ne bloque pas la construction et il n\'est jamais publié.',
    noDrafts: 'Aucun brouillon.',
    draftLine: (fields: number, previewable: boolean) =>
      `${fields} ${plural(fields, 'champ', 'champs')} à compléter${previewable ? '' : ' ; pas encore d\'aperçu : complétez d\'abord les champs obligatoires'}`,
    draftBadge: 'Brouillon',
    draftUntitled: (collection: string, id: string) => `${collection} « ${id} » (sans titre lisible)`,
    draftNotice: (fields: number) =>
      `Brouillon${fields ? ` : ${fields} ${plural(fields, 'champ', 'champs')} à compléter` : ''}. Ce document n'est jamais publié tant que la ligne « draft: true » reste dans son fichier.`,
    draftWatermark: 'BROUILLON',
    draftHeader: (header: string) => `Brouillon · ${header}`,
    preview: 'Aperçu',
    file: (path: string) => `fichier ${path}`,
  },

  cli: {
    usage: `Usage : passerelle <commande> [options]

Commandes :
  validate [dossier] [--strict]       vérifie tous les fichiers de contenu (par défaut : content/)
  new <collection> <identifiant>      crée un fichier à partir du modèle de templates/
      --from-programme <id> --tender <id>   (pour une réponse) part d'un programme publié
  pdf <réponse> -o <fichier.pdf>      écrit le PDF d'une réponse
  check <réponse>                     vérifie la conformité d'une réponse à son appel
  report <évaluation> -o <fichier.pdf>
                                      écrit le rapport d'analyse des offres d'une évaluation
  import-offer <réponse.pdf> [--evaluation <id>] [--force]
                                      lit l'offre jointe à un PDF de réponse et l'ajoute à l'évaluation
  score <évaluation> [--json]         classe les offres d'une évaluation selon les critères pondérés
  edit [--port <n>]                   ouvre l'éditeur (formulaires en français) dans le navigateur
  workspace [--port <n>]              ouvre l'espace de travail privé (réponses, évaluations,
                                      brouillons) sur http://127.0.0.1:4322/espace/
  import-sheet <fiche.yaml> [--force] ajoute à la banque une fiche d'expérience reçue d'un CCAS
  help [commande]                     affiche cette aide, ou celle d'une commande

Chaque commande a son aide : passerelle <commande> --help.
Collections : programme, tender, provider, response, evaluation.`,
    help: {
      validate: `Usage : passerelle validate [dossier] [--json] [--strict]

Vérifie tous les fichiers de contenu du dossier (par défaut : content/), y compris les références
entre fichiers. Affiche chaque erreur des fichiers publiés (fichier, ligne, champ, ce qui est
attendu, comment corriger), puis ce qui reste à compléter dans les brouillons (draft: true),
puis un résumé.

Options :
  --json        écrit le rapport en JSON (erreurs, brouillons, diagnostics) sur la sortie standard
  --strict      compte aussi ce qui manque aux brouillons comme des erreurs
  -h, --help    affiche cette aide

Code de sortie : 0 si les fichiers publiés sont valides (les brouillons ne comptent pas, sauf
avec --strict), 1 sinon.`,
      new: `Usage : passerelle new <collection> <identifiant>
       passerelle new response <identifiant> --from-programme <id> --tender <id> [--provider <id>]

Crée content/<collection>/<identifiant>.yaml à partir du modèle de templates/, sans jamais
écraser un fichier existant. Collections : programme, tender, provider, response, evaluation.
L'identifiant s'écrit en minuscules sans accent, chiffres et tirets.

Options :
  --from-programme <id>   crée une réponse et son programme proposé à partir d'un programme publié
  --tender <id>           l'appel auquel la réponse répond (obligatoire avec --from-programme)
  --provider <id>         le prestataire (par défaut : celui que le programme nomme comme porteur)
  -h, --help              affiche cette aide`,
      pdf: `Usage : passerelle pdf <réponse> -o <fichier.pdf>

Écrit le PDF d'une réponse (page de garde, sommaire, sections, conformité, offre jointe). Rien
n'est écrit si le contenu contient une erreur ou si la réponse ne peut pas être mise en page.

Options :
  -o, --output <fichier.pdf>   le fichier à écrire (son dossier doit exister)
  -h, --help                   affiche cette aide`,
      check: `Usage : passerelle check <réponse>

Vérifie une réponse contre les exigences de son appel (et de son lot) : pour chacune, ce que
l'appel attend, ce que la réponse propose et le résultat (conforme, non conforme, à vérifier).

Options :
  -h, --help    affiche cette aide

Code de sortie : 0 si toutes les exigences obligatoires vérifiables sont satisfaites, 1 sinon.`,
      report: `Usage : passerelle report <évaluation> -o <fichier.pdf>

Écrit le rapport d'analyse des offres d'une évaluation, celui que le comité conserve : l'appel, les
offres reçues, les offres écartées et pourquoi, les notes et leurs justifications, la méthode de
notation du prix, le classement et l'offre retenue. Rien n'est écrit si le contenu contient une
erreur ou si le rapport ne peut pas être mis en page.

Options :
  -o, --output <fichier.pdf>   le fichier à écrire (son dossier doit exister)
  -h, --help                   affiche cette aide`,
      'import-offer': `Usage : passerelle import-offer <réponse.pdf> [--evaluation <id>] [--force]

Lit l'offre structurée jointe à un PDF de réponse Passerelle (offre.json), écrit ses fichiers dans
content/ et ajoute l'offre à l'évaluation de son appel, notes à compléter.

Options :
  --evaluation <id>   l'évaluation qui reçoit l'offre (utile si l'appel en a plusieurs)
  --force             remplace les fichiers existants qui diffèrent de ceux de l'offre
  -h, --help          affiche cette aide`,
      score: `Usage : passerelle score <évaluation> [--json]

Classe les offres d'une évaluation selon les critères pondérés de son appel : tableau des points,
offres signalées, sensibilité du classement.

Options :
  --json        écrit l'entrée, le résultat et la sensibilité en JSON (montants en centimes)
  -h, --help    affiche cette aide`,
      'import-sheet': `Usage : passerelle import-sheet <fiche.yaml> [--id <identifiant>] [--force]

Ajoute à cette banque de fiches la fiche d'expérience qu'un CCAS a envoyée (le fichier de son
programme, téléchargé depuis son espace de travail). La fiche est vérifiée avec tout le contenu,
comme le fera la construction du site, puis écrite dans content/programmes/. Rien n'est écrit si
elle est invalide, si c'est un brouillon ou si elle décrit un programme seulement proposé.

Options :
  --id <identifiant>   l'identifiant de la fiche dans la banque (par défaut : le nom du fichier)
  --force              remplace une fiche de même identifiant qui diffère de celle reçue
  -h, --help           affiche cette aide`,
      edit: `Usage : passerelle edit [--port <n>]

Ouvre l'éditeur sur cette machine seulement (http://127.0.0.1:4322/espace/contenu/) : chaque fiche,
appel, prestataire, réponse et évaluation dans un formulaire en français, avec les erreurs à côté des
champs et l'aperçu du document. C'est l'espace de travail, ouvert sur l'éditeur.

Options :
  --port <n>    le port à utiliser (par défaut : 4322 ; 0 pour un port libre)
  -h, --help    affiche cette aide

Arrêt : Ctrl+C.`,
      workspace: `Usage : passerelle workspace [--port <n>]

Ouvre l'espace de travail privé sur cette machine seulement (http://127.0.0.1:4322/espace/) :
les réponses et leur PDF avec leur conformité, les évaluations avec le panneau de simulation et
le rapport d'analyse, les prestataires et les brouillons. Rien de ce qui s'y trouve n'est publié
par npm run build. Les pages suivent les fichiers : enregistrez, puis rechargez la page.

Options :
  --port <n>    le port à utiliser (par défaut : 4322 ; 0 pour un port libre)
  -h, --help    affiche cette aide

Arrêt : Ctrl+C.`,
    },
    args: {
      unknownOption: (option: string, command: string, allowed: string[], suggestion?: string) =>
        `Option inconnue pour « passerelle ${command} » : « ${option} ».${suggestion ? ` Vouliez-vous dire « ${suggestion} » ?` : ''} Options possibles : ${allowed.join(', ')}.`,
      optionBeforeCommand: (option: string) => `Option inconnue : « ${option} ». Écrivez d'abord la commande, puis ses options (passerelle validate --json).`,
      noValue: (option: string) => `L'option « ${option} » ne prend pas de valeur : écrivez-la seule.`,
      needsValue: (option: string) => `L'option « ${option} » attend une valeur : écrivez-la juste après (${option} <valeur>).`,
      tooManyArguments: (extra: string[], command: string) =>
        `Trop d'arguments pour « passerelle ${command} » : ${extra.map(q).join(', ')}. Un chemin qui contient des espaces s'écrit entre guillemets.`,
      seeHelp: (command: string) => `Aide : passerelle ${command} --help`,
    },
    unknownCommand: (cmd: string) => `Commande inconnue : « ${cmd} ».`,
    contentMissing: (folder: string) =>
      `Le dossier de contenu « ${folder} » n'existe pas. Lancez la commande à la racine du projet, donnez le chemin du dossier (passerelle validate <dossier>), ou créez un premier fichier avec « npx passerelle new programme <identifiant> ».`,
    contentNotFolder: (path: string) => `« ${path} » est un fichier, pas un dossier de contenu. Donnez le chemin du dossier qui contient programmes/, tenders/…`,
    contentEmpty: (folder: string, collections: string[]) =>
      `Le dossier « ${folder} » ne contient aucun dossier de contenu (${collections.map((c) => `${c}/`).join(', ')}). Vérifiez le chemin : c'est le dossier content/ du projet qu'il faut donner.`,
    outputFolderMissing: (folder: string) => `Le dossier « ${folder} » n'existe pas : aucun PDF n'a été écrit. Créez-le ou choisissez un autre chemin après -o.`,
    outputIsFolder: (path: string) => `« ${path} » est un dossier : aucun PDF n'a été écrit. Donnez après -o le nom du fichier à écrire, par exemple « ${path.replace(/\/+$/, '')}/reponse.pdf ».`,
    /** The system refused to write the file (permissions, a full disk…). */
    outputNotWritten: (path: string, code: string) => `Le fichier « ${path} » n'a pas pu être écrit (erreur du système ${code}) : aucun PDF n'a été écrit. Vérifiez que vous pouvez écrire dans ce dossier et qu'il reste de la place, ou choisissez un autre chemin après -o.`,
    missingArgument: (name: string) => `Argument manquant : ${name}.`,
    unknownCollection: (name: string, allowed: string[]) =>
      `Collection inconnue : « ${name} ». Collections possibles : ${allowed.join(', ')}.`,
    badSlug: (slug: string) =>
      `Identifiant invalide : « ${slug} ». Utilisez des minuscules sans accent, des chiffres et des tirets.`,
    exists: (file: string) => `Le fichier ${file} existe déjà : rien n'a été écrit. Choisissez un autre identifiant ou supprimez le fichier.`,
    created: (file: string) => `Créé : ${file}`,
    nextStep: (file: string) => `Complétez-le, puis vérifiez avec « npx passerelle validate ».`,
    fromProgrammeOnlyResponse: 'Les options --from-programme et --tender ne servent qu\'à créer une réponse.',
    fromProgrammeNeedsTender: 'Avec --from-programme, indiquez aussi l\'appel visé avec --tender <id>.',
    programmeNotFound: (id: string, ids: string[]) =>
      `Le programme « ${id} » n'existe pas. Programmes publiés : ${ids.join(', ') || 'aucun'}.`,
    programmeNotPublished: (id: string) =>
      `Le programme « ${id} » n'est pas publié (statut proposed) : partez d'un programme en cours ou terminé.`,
    programmeIsDraft: (id: string) =>
      `Le programme « ${id} » est un brouillon, pas encore publié : partez d'un programme publié, ou publiez-le d'abord.`,
    tenderNotFound: (id: string, ids: string[]) => `L'appel « ${id} » n'existe pas. Appels : ${ids.join(', ') || 'aucun'}.`,
    contentInvalid: 'Le contenu doit être valide pour partir d\'un programme publié : lancez « npx passerelle validate ».',
    nodeTooOld: (version: string) =>
      `Passerelle demande Node.js 22.12 ou plus récent (version trouvée : ${version}). Installez une version récente de Node.js.`,
    unexpected: (message: string) => `Erreur inattendue : ${message}`,
    proposalSuffix: 'proposition',
    responseHeader: (title: string) => `Réponse à l'appel « ${title} ». Complétez chaque « À compléter », puis lancez npx passerelle validate.`,
    lotChoice: (lots: string[]) => `lots possibles : ${lots.join(', ')}`,
    providerStub: 'identifiant du prestataire (content/providers), ou remplacez par un groupement (consortium)',
    carrierStub: 'le nom de votre structure',
    territoryStub: 'le territoire où l\'action sera menée (celui de l\'appel)',
    sectionExpects: (description: string) => `Attendu par l'appel : ${description}`,
    sectionPageLimit: (pages: number) => `Limite : ${pages} ${plural(pages, 'page', 'pages')}.`,
    priceLineStub: 'ce qui est facturé (quantité × prix unitaire HT)',
    deliverableStub: (label: string) => `la section de la réponse qui contient « ${label} » (ou annex: l'annexe)`,
    providerNotFound: (id: string, ids: string[]) => `Le prestataire « ${id} » n'existe pas. Prestataires : ${ids.join(', ') || 'aucun'}.`,
    forkedFrom: (title: string) => `Adapté du programme « ${title} ».`,
    adaptedSheet: (title: string) => `Fiche d'expérience « ${title} »`,
    draftComment: 'Brouillon : ce qui manque est listé « à compléter » sans bloquer la construction, et rien n\'est publié. Supprimez la ligne « draft: true » quand le fichier est complet.',
  },

  site: {
    siteName: 'Passerelle',
    tagline: "Écrire une fois un programme d'insertion, le publier, répondre aux appels, comparer les offres.",
    nav: {
      home: 'Accueil',
      experiences: "Fiches d'expérience",
      tenders: 'Appels',
      providers: 'Prestataires',
      responses: 'Réponses',
      evaluations: 'Évaluations',
      workspace: 'Espace de travail',
      editor: 'Modifier le contenu',
      main: 'Navigation principale',
    },
    skipLink: 'Aller au contenu',
    keywords: { response: 'réponse', sheet: "fiche d'expérience", evaluation: 'analyse des offres' },
    footer: 'Passerelle, logiciel libre pour le secteur de l\'insertion. Contenus d\'exemple tirés de fiches publiques, réécrits.',
    listCount: (n: number, one: string, many: string) => `${n} ${plural(n, one, many)}`,
    counts: {
      sheets: (n: number) => `${n} ${plural(n, 'fiche', 'fiches')}`,
      tenders: (n: number) => `${n} ${plural(n, 'appel', 'appels')}`,
      responses: (n: number) => `${n} ${plural(n, 'réponse', 'réponses')}`,
      evaluations: (n: number) => `${n} ${plural(n, 'évaluation', 'évaluations')}`,
      providers: (n: number) => `${n} ${plural(n, 'prestataire', 'prestataires')}`,
      offers: (n: number) => `${n} ${plural(n, 'offre', 'offres')}`,
    },
    empty: 'Aucun élément pour le moment.',
    tenderOpenData: "L'appel en données ouvertes (JSON, format OCDS)",
    fictional: 'Exemple fictif',
    fictionalNote: 'Cet exemple est inventé pour montrer le fonctionnement de Passerelle.',
    source: 'Source',
    facts: {
      buyer: 'Acheteur',
      kind: 'Type',
      deadline: 'Date limite de dépôt',
      decision: "Examen des offres",
      start: 'Démarrage',
      budgetCap: 'Budget maximal',
      provider: 'Prestataire',
      consortium: 'Groupement',
      tender: 'Appel',
      programme: 'Programme proposé',
      price: 'Prix',
      vat: 'TVA',
      legalForm: 'Forme juridique',
      siret: 'SIRET',
      address: 'Adresse',
      territory: 'Territoire',
      carriers: 'Porteurs',
      status: 'Statut',
      themes: 'Thèmes',
      period: 'Période',
      offers: 'Offres reçues',
      priceMethod: 'Notation du prix',
      scale: 'Échelle de notation',
      date: 'Date',
    },
    headings: {
      requirements: 'Exigences',
      criteria: "Critères d'attribution",
      sections: 'Contenu attendu de la réponse',
      deliverables: 'Livrables attendus',
      answers: 'Réponse',
      presentation: 'Présentation',
      references: 'Références',
    },
    capLabel: (range: string, basis: string) => `${range} ${basis}`,
    weight: (value: string, weighting: 'percentage' | 'points' | 'order') =>
      weighting === 'percentage' ? `${value} %` : weighting === 'points' ? `${value} points` : `rang ${value}`,
    priceMethod: { proportional: 'Méthode proportionnelle', linear: 'Méthode linéaire' },
    scaleLabel: (min: number, max: number) => `de ${min} à ${max}`,
    optional: 'facultatif',
    pageLimit: (n: number) => `${n} ${plural(n, 'page', 'pages')} au plus`,
    firstPages: {
      tendersTitle: 'Appels',
      tendersIntro: "Les appels d'offres et appels à projets décrits dans content/tenders.",
      providersTitle: 'Prestataires',
      providersIntro: 'Les prestataires décrits dans content/providers.',
      responsesTitle: 'Réponses',
      responsesIntro: 'Les réponses aux appels décrites dans content/responses.',
      evaluationsTitle: 'Évaluations',
      evaluationsIntro: 'Les évaluations des offres décrites dans content/evaluations.',
    },
  },
};

/** A code and its French label, if it has one (`src/i18n/code-labels.ts`). */
interface Coded {
  code: string;
  label?: string;
}

/**
 * What a code means, after it: ` (en cours)` for `running`, ` (exonéré de TVA, article 261-7-1°
 * du CGI)` for `exempt-261-7-1`; nothing when it has no label or the label only repeats it
 * (`HT`). A label that opens with a name (« France Travail », « QPV », « Île-de-France ») keeps
 * its capital.
 */
function glossOf({ code, label }: Coded): string {
  if (!label || label.toLowerCase() === code.toLowerCase()) return '';
  const name = /^\S*[A-ZÀ-ÖØ-Þ]\S*\s+[A-ZÀ-ÖØ-Þ]|^\S[^\s]*[A-ZÀ-ÖØ-Þ]/.test(label);
  return ` (${(name ? label : lowerFirst(label)).replace(/\s*\(([^()]*)\)/g, ', $1')})`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The dictionary's sections. Each part of the product keeps its texts in its own file under
 * sections/, so that parts can grow without stepping on each other; they are one dictionary here.
 */
const full = { ...dictionary, compliance, pdf, responsePage, evaluation, evaluationPdf, importOffer, importSheet, sheet, home, sheetPdf, input, build, details, tender, editor };

export type Dictionary = typeof full;

/** The dictionary with French typography applied. */
export const fr: Dictionary = typeset(full);
