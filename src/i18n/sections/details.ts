/**
 * The « trouvé », « attendu » and « correction » lines of the errors whose message alone does not
 * give them (issue 12, item 5): every error says what was found, what was expected and how to fix
 * it. Grouped like the rules that report them: the schemas' checks (`schema`), the checks across
 * files (`check`, `evaluation`), the reading of a file (`file`, `yaml`). Numbers and amounts come
 * in already formatted.
 */
import { list, plural, q } from './helpers';

export const details = {
  /** Words the diagnostics printer adds to a schema issue. */
  diagnostics: {
    unknownKeyExpected: (allowed: string[]) => (allowed.length ? `un des champs possibles ici : ${allowed.join(', ')}` : 'aucun autre champ à cet endroit'),
    unknownKeyHint: 'Retirez ce champ, ou donnez-lui le nom d\'un des champs possibles (les noms de champs sont en anglais, sans accent).',
    missingFieldExpected: (description: string) => `ce que décrit le champ : ${description.charAt(0).toLowerCase()}${description.slice(1)}`,
    tooFewHint: (n: string, optional: boolean) =>
      optional ? `Donnez au moins ${n} ${plural(Number(n), 'élément', 'éléments')} à la liste, ou retirez le champ : il est facultatif.` : `Donnez au moins ${n} ${plural(Number(n), 'élément', 'éléments')} à la liste : ce champ est obligatoire.`,
    tooManyHint: (n: string) => `Gardez au plus ${n} ${plural(Number(n), 'élément', 'éléments')} dans la liste.`,
    tooShortHint: (optional: boolean) => (optional ? 'Écrivez le texte, ou retirez le champ : il est facultatif.' : 'Écrivez le texte : ce champ est obligatoire.'),
    tooLongHint: (n: string) => `Raccourcissez le texte à ${n} caractères au plus.`,
    numberHint: (expected: string) => `Écrivez un nombre qui respecte cette limite : ${expected}.`,
    placeholderExpected: (expected: string | undefined, description: string | undefined) =>
      [expected, description && `${description.charAt(0).toLowerCase()}${description.slice(1)}`].filter(Boolean).join(' : ') || 'la valeur que donne la source',
    formatHint: 'Recopiez la valeur telle que la source l\'écrit, dans le format attendu.',
  },

  /** Checks of the schemas. */
  schema: {
    duplicateIdExpected: 'un identifiant qu\'aucun autre élément de cette liste n\'utilise',
    rangeOrderExpected: 'un minimum inférieur ou égal au maximum',
    rangeNeedsBoundHint: 'Écrivez le minimum, le maximum ou les deux (« 10 à 12 », « plus de 30 », { min: 30 }), tels que la source les donne.',
    rangeClosedExpected: 'un intervalle avec un minimum et un maximum : « 10 à 12 », ou un seul nombre',
    periodOrderExpected: (start: string) => `une date de fin égale ou postérieure au début (${start})`,
    planningOrderExpected: (from: number) => `une semaine de fin (to) égale ou postérieure à la semaine de début (from: ${from})`,
    budgetSumExpected: (sum: string) => `un total égal à la somme des lignes du budget, ${sum}`,
    basisMixFound: (bases: string) => `des montants ${bases}`,
    basisMixExpected: 'des montants tous hors taxes (HT) ou tous toutes taxes comprises (TTC)',
    fundersOverFound: (sum: string) => `des financements qui totalisent ${sum}`,
    fundersOverExpected: (total: string) => `des financements qui totalisent au plus le coût total, ${total}`,
    basisConflictExpected: 'une seule base, HT ou TTC : écrite dans le montant ou dans basis, pas les deux différentes',
    weightsFound: (sum: string) => `des pondérations qui totalisent ${sum}`,
    weightsExpected: (total: string) => `des pondérations qui totalisent exactement ${total}`,
    pointsTotalExpected: 'le total des points de la grille (pointsTotal), auquel les pondérations des critères doivent arriver',
    orderFound: (ranks: string[]) => `les rangs ${list(ranks)}`,
    orderExpected: (n: number) => `les rangs 1 à ${n}, chacun une fois (1 pour le critère le plus important)`,
    orderHint: 'Numérotez les critères dans l\'ordre d\'importance que donne l\'appel : 1, 2, 3…, sans doublon ni saut.',
    subWeightsExpected: (weight: string) => `des sous-critères tous pondérés, dont les pondérations totalisent ${weight} (celle du critère)`,
    sharesFound: (total: string) => `des parts qui totalisent ${total}`,
    sharesExpected: 'des parts qui totalisent au plus 100 %',
    resultValueFound: 'un résultat sans count ni percent',
    resultValueExpected: 'un nombre (count, avec of pour son dénominateur) ou un pourcentage (percent)',
    resultOverExpected: (of: number | string) => `un nombre inférieur ou égal au dénominateur (of: ${of})`,
    statusObservedProposedFound: 'status: proposed avec un statut constaté (statusObserved)',
    statusObservedProposedExpected: 'statusObserved seulement pour une action qui existe : status running, completed ou unknown',
    unknownCohortExpected: (known: string[]) => (known.length ? `l'identifiant d'un des groupes déclarés dans cohorts : ${known.join(', ')}` : 'l\'identifiant d\'un groupe déclaré dans cohorts (il n\'y en a aucun)'),
    regionMismatchExpected: (regions: string[]) => (regions.length === 1 ? `la région du département, ${regions[0]}` : `une des régions des départements : ${regions.join(', ')}`),
    oneFormExpected: (one: string, many: string) => `${one} ou ${many}, l'un des deux`,
    formerRegionHint: "Écrivez le nom de la région d'avant 2016 comme la source, ou la région d'aujourd'hui dans regions.",
    readingSourceExpected: 'une date qui dit sa source (source: <identifiant>), comme chacune des dates qui ne s\'accordent pas',
    ongoingExpected: 'une période en cours sans fin, ou une période terminée avec sa fin, sans ongoing',
    sourceExpected: (known: string[]) => (known.length ? `l'identifiant d'une des sources du fichier (sources) : ${known.join(', ')}` : 'l\'identifiant d\'une source déclarée dans sources (le fichier n\'en déclare aucune)'),
    oneStatementExpected: (what: string) => `une seule ${what} : écrite dans le nombre ou dans son champ, pas deux différentes`,
    capOrderExpected: (max: string) => `un plafond minimum inférieur ou égal au plafond maximum, ${max}`,
    datesOrderExpected: 'des dates dans l\'ordre du calendrier : publication, date limite de dépôt, examen des offres, démarrage',
    priceLineTtcExpected: 'un prix unitaire hors taxes (HT)',
    markScaleFound: (min: number, max: number) => `min: ${min}, max: ${max}`,
    markScaleExpected: 'un minimum inférieur au maximum, par exemple min: 0 et max: 10',
    markScaleHint: 'Recopiez l\'échelle de la grille d\'analyse : la note la plus basse dans min, la plus haute dans max.',
    providerOrConsortiumFound: (both: boolean) => (both ? 'provider et consortium, tous les deux' : 'ni provider ni consortium'),
    providerOrConsortiumExpected: 'provider (un prestataire seul) ou consortium (un groupement), l\'un des deux',
    memberTargetFound: (both: boolean) => (both ? 'provider et organisation, tous les deux' : 'ni provider ni organisation'),
    memberTargetExpected: 'provider (un prestataire de content/providers) ou organisation (une organisation décrite ici), l\'un des deux',
    referenceNeedsTargetExpected: 'programme (l\'identifiant d\'un programme publié), ou title et summary',
    emailHint: 'Vérifiez l\'adresse : un seul « @ », un nom de domaine avec un point après lui, aucune espace.',
    phoneHint: 'Écrivez les dix chiffres du numéro (espaces, points et tirets sont acceptés), ou le format international +33.',
    urlHint: 'Copiez l\'adresse complète depuis la barre d\'adresse du navigateur : elle commence par https:// ou http://.',
    postcodeHint: 'Écrivez les cinq chiffres, entre guillemets s\'il commence par 0 (« 01000 »), sans la commune.',
    vatRateHint: 'Écrivez le taux sans le signe % (« 20 » pour 20 %) ; un prestataire qui ne facture pas de TVA a un autre régime (kind: not-subject, exempt-261-7-1 ou franchise-293-b).',
    frequencyHint: 'Écrivez le rythme avec un des mots attendus, ou sous la forme { every: 6, unit: weeks }.',
    percentHint: 'Écrivez un nombre entre 0 et 100, avec ou sans le signe % (« 58 » ou « 58 % »).',
  },

  /** Checks across files. */
  check: {
    lotUnexpectedExpected: 'pas de champ lot : l\'appel n\'est pas découpé en lots',
    lotRequiredFound: 'pas de champ lot',
    lotExpected: (lots: string[]) => `l'identifiant d'un des lots de l'appel : ${lots.join(', ')}`,
    sectionExpected: (ids: string[]) => `l'identifiant d'une des sections de l'appel : ${ids.join(', ')}`,
    sectionOnceExpected: 'une seule réponse par section de l\'appel',
    sectionOnceHint: 'Réunissez les deux textes dans une seule réponse à cette section.',
    deliverableExpected: (ids: string[]) => (ids.length ? `l'identifiant d'un des livrables de l'appel : ${ids.join(', ')}` : 'aucun livrable : l\'appel n\'en demande pas'),
    requirementExpected: (ids: string[]) => (ids.length ? `l'identifiant d'une des exigences de l'appel : ${ids.join(', ')}` : 'aucun engagement : l\'appel n\'a pas d\'exigence'),
    referenceStatusFound: (status: string) => `un programme au statut ${status}`,
    referenceStatusExpected: 'un programme mené : statut running ou completed',
    referenceProviderFound: (names: string[]) => `porteurs et partenaires du programme : ${names.length ? names.map(q).join(', ') : 'aucun'}`,
    referenceProviderExpected: (provider: string) => `un programme qui nomme ${q(provider)} parmi ses porteurs (carriers) ou ses partenaires`,
    responseProgrammeFound: (status: string) => `un programme au statut ${status}`,
    responseProgrammeExpected: 'le programme proposé par la réponse : statut proposed',
    otherTenderFound: (tender: string) => `une réponse à l'appel ${q(tender)}`,
    otherTenderExpected: (tender: string) => `une réponse à l'appel évalué, ${q(tender)}`,
    otherLotFound: (lot: string) => `une réponse au lot ${q(lot)}`,
    otherLotExpected: (lot: string) => `une réponse au lot évalué, ${q(lot)}`,
    evaluatedTwiceExpected: 'une seule fois chaque offre dans l\'évaluation',
    evaluatedTwiceHint: 'Gardez une seule fois cette offre, avec toutes ses notes.',
  },

  /** Checks of an evaluation's marks. */
  evaluation: {
    criterionExpected: (ids: string[]) => `l'identifiant d'un des critères ou sous-critères de l'appel : ${ids.join(', ')}`,
    markTwiceExpected: 'une seule note par critère pour cette offre',
    wholeCriterionExpected: (subs: string[]) => `une note par sous-critère : ${subs.join(', ')}`,
    unweightedSubExpected: (parent: string) => `une note du critère entier, ${q(parent)}, dont les sous-critères ne sont pas pondérés`,
    missingMarksFound: (marked: string[]) => (marked.length ? `des notes pour ${marked.map(q).join(', ')} seulement` : 'aucune note'),
    missingMarksExpected: (items: string[]) => `une note pour chaque critère technique : ${items.join(', ')}`,
    excludedFound: 'excluded: true, sans reason',
    excludedExpected: 'la raison de l\'exclusion (reason), telle que le comité l\'a écrite',
    orderWeightingFound: 'une pondération par ordre d\'importance (weighting: order)',
    orderWeightingExpected: 'un appel dont les critères sont pondérés en pourcentage ou en points',
    priceMarkedExpected: 'une note sur un critère technique : le prix est noté par le calcul',
    scaleExpected: (min: string, max: string) => `une note de ${min} à ${max}`,
  },

  /** Reading a file. */
  file: {
    duplicateExpected: 'un seul fichier par identifiant dans une collection (les extensions .yaml, .yml et .md comptent pour le même nom)',
    notAnObjectExpected: 'des lignes « clé: valeur » au premier niveau du fichier (title: …, status: …)',
    frontmatterFound: (line: string) => (line ? `une première ligne ${q(line)}` : 'un fichier vide'),
    frontmatterUnclosedFound: 'une ligne « --- » au début, et aucune autre pour refermer l\'en-tête',
    frontmatterExpected: 'une première ligne « --- », les champs en YAML, une ligne « --- », puis le texte',
  },

  /** The YAML this project does not take (see src/content/yaml-checks.ts). */
  yaml: {
    endFound: 'la fin du fichier, atteinte avant que la valeur soit refermée',
    blankLineFound: 'une ligne vide',
    depthFound: (max: string) => `plus de ${max} niveaux imbriqués`,
    aliasesFound: (count: string) => `${count} alias`,
    expandedFound: (max: string) => `plus de ${max} valeurs une fois les alias développés`,
  },
};
