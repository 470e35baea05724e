/**
 * Texts of the evaluator's comparison: scoring, flags, ranking, sensitivity, the evaluation page,
 * the what-if panel and the `score` command. Amounts, marks and points arrive already formatted.
 */
import { list, named, plural, type Named, deName } from './helpers';
import { add, said } from '../settings';

/** `1re`, `2e`, `3e`: the rank of an offer (« une offre », feminine). */
const ordinal = (n: number) => (n === 1 ? '1re' : `${n}e`);

export const evaluation = {
  ordinal,
  /** A consortium's offer: « Groupement Tremplin Côte-d'Or et Mobilité 21 ». */
  consortium: (names: string[]) => `Groupement ${list(names)}`,
  methodName: { proportional: 'Méthode proportionnelle', linear: 'Méthode linéaire' },
  methodFormula: {
    proportional: 'points prix = points du critère × prix le plus bas ÷ prix de l\'offre',
    linear: 'points prix = points du critère × (prix le plus élevé − prix de l\'offre) ÷ (prix le plus élevé − prix le plus bas)',
  },
  methodExplain: {
    proportional:
      'Le prix le plus bas des offres admises obtient tous les points du critère ; les autres en obtiennent une part proportionnelle à l\'écart de prix. Aucune note n\'est négative.',
    linear:
      'Les points vont de tous les points du critère pour le prix le plus bas des offres admises à zéro pour le prix le plus élevé, en ligne droite entre les deux. Aucune note n\'est négative.',
  },
  linearFewOffers:
    'Avec moins de trois offres classées, la méthode linéaire donne zéro point à l\'offre la plus chère quel que soit l\'écart de prix : la DAJ déconseille cette méthode quand peu d\'offres sont remises.',
  qualityExplain: (min: string, max: string) =>
    `Une note technique de ${min} vaut zéro point, une note de ${max} tous les points du critère ; entre les deux, les points sont proportionnels à la note.`,
  subcriteriaRule:
    'Un critère dont les sous-critères sont pondérés est noté sous-critère par sous-critère ; sinon il est noté dans son ensemble et ses sous-critères guident la justification.',
  basis: (basis: string) => `Prix comparés ${basis}`,
  basisExplain: (basis: string) =>
    `Tous les prix sont comparés ${basis}, calculés selon le régime de TVA de chaque prestataire : une offre exonérée et une offre assujettie ne sont jamais comparées l'une HT et l'autre TTC.`,
  weightingUnit: { percentage: '%', points: 'points' },
  outOf: (value: string, max: string) => `${value} sur ${max}`,
  markOn: (mark: string, max: string) => `${mark}/${max}`,
  /** `32,5 points`: `formatted` is `n` already formatted. */
  points: (formatted: string, n: number) => `${formatted}\u00A0${plural(n, 'point', 'points')}`,
  weightOf: (formatted: string, n: number, unit: 'percentage' | 'points') =>
    unit === 'percentage' ? `${formatted} %` : `${formatted}\u00A0${plural(n, 'point', 'points')}`,

  status: {
    ranked: (rank: string, tied: boolean) => (tied ? `${rank} ex aequo` : rank),
    excluded: 'Écartée',
    incomplete: 'Non classée',
  },
  statusLong: {
    excluded: 'Écartée par le comité ; ses points sont donnés pour information.',
    incomplete: 'Non classée : il manque des données pour la noter.',
    keptFlagged: 'Signalée, maintenue par le comité.',
    keptFlaggedNoDecision: 'Signalée ; le comité n\'a pas consigné de décision sur ce signalement.',
  },
  flag: {
    overCap: (price: string, cap: string) => `Au-dessus du budget maximal : ${price} pour un plafond de ${cap}`,
    notCompliant: (n: number) => `Non conforme à ${n} ${plural(n, 'exigence obligatoire', 'exigences obligatoires')}`,
    abnormallyLow: (price: string, threshold: string, share: string, average: string) =>
      `Prix anormalement bas : ${price}, sous le seuil de ${threshold} (${share} de la moyenne des offres, ${average})`,
    missingMarks: (items: string[]) => `${plural(items.length, 'Note manquante', 'Notes manquantes')} : ${items.join(', ')}`,
    missingPrice: 'Prix non renseigné',
  },
  flagShort: {
    'over-cap': 'Au-dessus du plafond',
    'not-compliant': 'Non conforme',
    'abnormally-low': 'Anormalement basse',
    'missing-marks': 'Notes manquantes',
    'missing-price': 'Prix manquant',
  },

  ranking: {
    none: 'Aucune offre n\'est classée.',
    winner: (name: string, total: string) => `En tête : ${name}, avec ${total}.`,
    tieAtTop: (names: string[], total: string) => `${list(names)} sont ex aequo en tête, avec ${total} : le comité doit les départager.`,
    line: (rank: string, name: string, total: string) => `${rank} : ${name}, ${total}`,
    announce: (lines: string[]) => `Nouveau classement : ${lines.join(' ; ')}.`,
    winnerChanged: (name: string, published: string) => `Le vainqueur change : ${name} au lieu de ${published}.`,
    winnerSame: (name: string) => `Le vainqueur reste ${name}.`,
  },

  sensitivity: {
    heading: 'Sensibilité du résultat',
    intro: 'Ce qu\'il faudrait changer pour que l\'offre en tête ne soit plus la même.',
    noWinner: 'Pas d\'analyse de sensibilité : aucune offre n\'est seule en tête.',
    single: 'Une seule offre est classée : le résultat ne dépend ni des pondérations ni des notes.',
    weightRule:
      'Quand le poids d\'un critère change, les autres critères gardent leurs proportions et le total reste le même.',
    weightFull: (criterion: string, winner: string) =>
      `${criterion} : ${winner} reste en tête quel que soit le poids de ce critère.`,
    weightRange: (criterion: string, current: string, min: string, max: string, winner: string) =>
      `${criterion} (${current}) : ${winner} reste en tête tant que ce poids va de ${min} à ${max}.`,
    weightAtLeast: (criterion: string, current: string, min: string, winner: string) =>
      `${criterion} (${current}) : ${winner} reste en tête tant que ce poids est d'au moins ${min}.`,
    weightAtMost: (criterion: string, current: string, max: string, winner: string) =>
      `${criterion} (${current}) : ${winner} reste en tête tant que ce poids ne dépasse pas ${max}.`,
    weightBelow: (leader: string) => `En dessous, ${leader} passe en tête.`,
    weightAbove: (leader: string) => `Au-dessus, ${leader} passe en tête.`,
    weightFixed: 'Un seul critère : son poids ne peut pas changer.',
    markNone: 'Aucun changement d\'une seule note, dans l\'échelle, ne change l\'offre en tête.',
    markDown: (offer: string, item: string, from: string, to: string, leader: string) =>
      `Si ${offer} obtenait moins de ${to} au lieu de ${from} pour « ${item} », ${leader} passerait en tête.`,
    markUp: (offer: string, item: string, from: string, to: string) =>
      `Avec plus de ${to} au lieu de ${from} pour « ${item} », ${offer} passerait en tête.`,
    smallest: (delta: string) => `Le plus petit changement de note qui change l'offre en tête est de ${delta}.`,
    otherMethod: (method: string, same: boolean, name: string) =>
      same ? `Avec la ${method}, ${name} resterait en tête.` : `Avec la ${method}, ${name} passerait en tête.`,
    otherMethodTie: (method: string) => `Avec la ${method}, plusieurs offres seraient ex aequo en tête.`,
  },

  page: {
    facts: {
      tender: 'Appel',
      date: 'Séance d\'analyse',
      offers: 'Offres reçues',
      priceMethod: 'Notation du prix',
      priceBasis: 'Base de comparaison des prix',
      scale: 'Échelle des notes techniques',
      threshold: 'Seuil d\'offre anormalement basse',
      thresholdValue: (share: string) => `${share} de la moyenne des prix des offres`,
      cap: 'Budget maximal',
    },
    fictional: 'Évaluation fictive, inventée pour l\'exemple.',
    rankingHeading: 'Classement',
    rankingCaption: 'Classement des offres selon les critères pondérés de l\'appel',
    matrixHeading: 'Grille d\'analyse',
    matrixCaption: (max: string) => `Notes et points pondérés de chaque offre, total sur ${max}`,
    chartHeading: 'Points pondérés par critère',
    chartTitle: 'Points pondérés de chaque offre, par critère',
    chartDesc: (lines: string[]) => lines.join(' ; '),
    chartLine: (name: string, parts: string[], total: string) => `${name} : ${parts.join(', ')}, total ${total}`,
    chartPart: (criterion: string, points: string) => `${criterion} ${points}`,
    chartInfo: '(pour information)',
    flagsHeading: 'Signalements',
    noFlags: 'Aucune offre n\'est signalée.',
    justificationsHeading: 'Justification des notes',
    methodHeading: 'Méthode de notation',
    conclusionHeading: 'Conclusion du comité',
    decision: 'Décision du comité',
    abnormallyLowExplanation: 'Explications sur le prix',
    failures: 'Exigences obligatoires non satisfaites',
    complianceLink: 'Voir la réponse',
    noneFlag: 'Aucun',
    /** `Décision du comité :`, with the no-break space French typography wants. */
    colon: (label: string) => `${label} :`,
    justificationHeading: (name: string, mark: string) => `${name} : ${mark}`,
    guides: (criterion: string, what: string, subs: string[]) => `${criterion} : ${what} (${subs.join(' ; ')}).`,
    cellText: (mark: string, points: string) => `${mark} · ${points}`,
    subtotal: 'Sous-total',
    responseLink: (title: string) => `Réponse : ${title}`,
    openData: 'Critères de l\'appel en données ouvertes (JSON, format OCDS)',
    committeeHeading: 'Comité d\'analyse',
    columns: {
      rank: 'Rang',
      offer: 'Offre',
      price: (basis: string) => `Prix ${basis}`,
      total: (max: string) => `Total sur ${max}`,
      flags: 'Signalements',
    },
    criterionHeader: (name: string, weight: string) => `${name} (${weight})`,
    subHeader: (name: string, weight: string) => `${name} (${weight})`,
    wholeCriterion: 'critère noté dans son ensemble',
  },

  whatIf: {
    heading: 'Simulation',
    intro:
      'Changez les pondérations, la méthode de notation du prix ou une note pour voir le classement changer. La simulation ne modifie pas le résultat publié ci-dessus ; le lien garde vos réglages.',
    noscript: 'La simulation demande JavaScript. Le résultat publié ci-dessus reste lisible sans lui.',
    weightsLegend: 'Pondérations',
    weightsHelp: (total: string) => `Quand vous changez un poids, les autres critères s'ajustent pour que le total reste ${total}.`,
    weightLabel: (criterion: string, unit: string) => `${criterion} (${unit})`,
    methodLegend: 'Notation du prix',
    marksLegend: 'Notes techniques',
    marksHelp: (min: string, max: string) => `Notes de ${min} à ${max}.`,
    markLabel: (offer: string, item: string) => `Note ${deName(offer)} pour ${item}`,
    markRefused: (mark: string, min: string, max: string) => `${mark} est hors de l'échelle (${min} à ${max}) : la note n'est pas prise en compte.`,
    weightRefused: (weight: string, total: string) => `${weight} n'est pas entre 0 et ${total} : la pondération n'est pas prise en compte.`,
    reset: 'Revenir au résultat publié',
    shareLink: 'Lien vers cette simulation',
    shareHelp: 'Copiez ce lien pour retrouver ces réglages.',
    published: 'Réglages publiés',
    changed: (n: number) => `${n} ${plural(n, 'réglage modifié', 'réglages modifiés')}`,
    resultHeading: 'Classement simulé',
    rankingCaption: 'Classement simulé des offres',
    chartTitle: 'Points pondérés simulés, par critère',
  },

  cli: {
    unknownEvaluation: (id: string, ids: string[]) =>
      `L'évaluation « ${id} » n'existe pas. Évaluations : ${ids.join(', ') || 'aucune'}.`,
    missingEvaluation: (ids: string[]) =>
      `Indiquez l'évaluation à classer : npx passerelle score <évaluation>. Évaluations : ${ids.join(', ') || 'aucune'}.`,
    header: (method: string, basis: string, scale: string) => `${method}, prix comparés ${basis}, notes techniques ${scale}`,
    flagsHeading: 'Signalements :',
    offerFlags: (name: string, flags: string[]) => (flags.length ? `${name} : ${flags.join(' ; ')}` : name),
    decision: (reason: string) => `Décision du comité : ${reason}`,
    /** For the evaluator only (never on the published page): how to record the decision. */
    noDecisionHint: "À consigner : ajoutez à l'offre, dans le fichier de l'évaluation, « excluded: true » et la raison (reason), ou seulement la raison pour la maintenir.",
    sensitivityHeading: 'Sensibilité :',
  },

  errors: {
    unknownTender: (id: string) => `l'appel « ${id} » n'existe pas.`,
  },

  /** Messages of the cross-file checks on marks. */
  check: {
    wholeCriterionHasWeightedSubs: (criterion: Named, subs: Named[]) =>
      subs.length === 1
        ? `Le critère ${named(criterion)} a un sous-critère pondéré, ${named(subs[0])} : notez-le, pas le critère dans son ensemble`
        : `Le critère ${named(criterion)} a des sous-critères pondérés, ${list(subs.map(named))} : notez chacun d'eux, pas le critère dans son ensemble`,
    wholeCriterionHasWeightedSubsHint: 'Remplacez cette note par une note par sous-critère, chacune avec sa justification.',
    unweightedSubMarked: (sub: Named, criterion: Named) =>
      `Le sous-critère ${named(sub)} n'a pas de pondération dans l'appel : notez le critère ${named(criterion)} dans son ensemble`,
    unweightedSubMarkedHint: 'Sans pondération, les sous-critères guident la justification ; donnez une seule note au critère.',
    duplicateMark: (criterion: Named & { sub?: boolean }) => `${criterion.sub ? 'Le sous-critère' : 'Le critère'} ${named(criterion)} est noté deux fois pour cette offre`,
    duplicateMarkHint: 'Gardez une seule note par critère ou sous-critère.',
    missingMarks: (offer: Named, items: Named[]) => `L'offre ${named(offer)} n'a pas de note pour ${list(items.map(named))}`,
    missingMarksHint: 'Ajoutez les notes manquantes avec leur justification, ou écartez l\'offre (excluded: true) en donnant la raison (reason).',
    excludedWithoutReason: (offer: Named) => `L'offre ${named(offer)} est écartée sans raison`,
    excludedWithoutReasonHint: said`${add('reason')} avec la raison de la décision (offre irrégulière, inacceptable, anormalement basse…).`,
  },
  /** An offer received outside Passerelle (a Word or PDF file), entered by hand by the committee. */
  manual: {
    finding: { met: 'Conforme', 'not-met': 'Non conforme', 'not-checked': 'Non vérifié' } as Record<string, string>,
    /** What compliance shows as found: the committee's own finding, not a computed verdict. */
    found: (finding: string) => `constat du comité : ${finding.toLowerCase()}`,
    sentence: (finding: string, note?: string) => `Constat du comité : ${finding.toLowerCase()}${note ? ` (${note})` : ''}.`,
    noFinding: 'Le comité n’a pas encore dit si l’offre respecte cette exigence.',
    expected: 'l’exigence telle que l’appel la formule, constatée par le comité sur l’offre reçue',
    responseOrManual: 'Une offre est soit une réponse faite avec Passerelle (response), soit une offre reçue hors Passerelle (manual), pas les deux',
    responseOrManualExpected: 'response: <identifiant de la réponse>, ou manual: { id, provider, … }',
    responseOrManualHint: 'Pour une offre reçue en Word ou en PDF hors Passerelle, retirez response et décrivez-la sous manual.',
    priceOne: 'Donnez le prix de l’offre soit en prix global (lumpSum), soit en lignes (lines), pas les deux ni aucun',
    priceOneExpected: 'lumpSum: « 35 000 € HT », ou lines: [{ label, quantity, unitPrice }]',
    priceOneHint: 'Recopiez le prix comme l’offre l’écrit ; ne calculez pas ce qu’elle ne donne pas.',
    lumpSumBasis: 'Le prix global doit dire s’il est HT ou TTC',
    lumpSumBasisExpected: '« 35 000 € HT » ou « 42 000 € TTC »',
    lumpSumBasisHint: 'Recopiez la mention HT ou TTC de l’offre (« 35 000 € TTC ») ; sans elle, les prix ne peuvent pas être comparés sur une même base.',
    findingTwice: (id: string) => `L’exigence « ${id} » a deux constats pour cette offre`,
    findingTwiceHint: 'Gardez un seul constat par exigence.',
    findingUnknown: (id: string, tender: string) => `L’exigence « ${id} » n’existe pas dans l’appel « ${tender} »`,
    findingUnknownHint: 'Choisissez une exigence de l’appel (ou du lot évalué).',
  },
};
