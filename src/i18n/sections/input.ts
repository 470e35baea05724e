/**
 * Texts about input that cannot be read as content: entries of content/ that are not content
 * files, bytes that are not UTF-8 text, YAML and Markdown past the limits, hostile PDFs given to
 * import-offer. Numbers come in already formatted (`1 000`, `1 Mio`).
 */
import { q } from './helpers';

/** Names of the control characters people may meet; the others are « caractère de contrôle ». */
const controlNames: Record<number, string> = {
  0x00: 'caractère nul',
  0x07: 'sonnerie',
  0x08: 'retour arrière',
  0x0b: 'tabulation verticale',
  0x0c: 'saut de page',
  0x0d: 'retour chariot',
  0x1b: 'échappement, qui commence les séquences de terminal',
  0x7f: 'suppression',
};

export const input = {
  files: {
    hidden: (name: string) => `Fichier ou dossier caché ignoré : ${q(name)} n'est pas lu comme contenu`,
    hiddenHint: "Si c'est du contenu, renommez-le sans le point initial ; sinon (fichier de l'éditeur ou du système), vous pouvez le laisser.",
    readme: (name: string) => `Documentation ignorée : ${q(name)} n'est pas lu comme contenu`,
    readmeHint: 'Les fichiers README (README, README.md, README.txt) servent de documentation ; le contenu va dans des fichiers .yaml ou .md nommés par leur identifiant.',
    folder: (name: string) => `Sous-dossier ignoré : ${q(name)} et les fichiers qu'il contient ne sont pas lus`,
    contentFileExpected: 'un fichier de contenu .yaml, .yml ou .md, nommé par son identifiant (castelnau-donne-des-elles.yaml)',
    folderExpected: (collection: string) => `des fichiers de contenu rangés directement dans content/${collection}/`,
    folderHint: (collection: string) => `Les fichiers de contenu sont lus directement dans content/${collection}/ : déplacez-y ceux de ce dossier s'ils sont du contenu.`,
    special: (name: string) => `${q(name)} n'est ni un fichier ni un dossier (tube, périphérique…) : il est ignoré`,
    specialHint: 'Retirez-le du dossier de contenu.',
    notCollection: (name: string) => `${q(name)} n'est pas une collection : il est ignoré`,
    notCollectionExpected: (collections: string[]) => `un des dossiers ${collections.map((c) => `${c}/`).join(', ')}`,
    notCollectionHint: (suggestion: string | undefined) =>
      suggestion ? `Vouliez-vous dire ${q(`${suggestion}/`)} ? Renommez le dossier pour que ses fichiers soient lus.` : 'Rangez les fichiers de contenu dans le dossier de leur collection.',
    found: {
      file: 'un fichier',
      folder: 'un dossier',
      special: 'ni un fichier ni un dossier',
    },
    folderNamedLikeFile: (name: string) => `${q(name)} est un dossier, pas un fichier de contenu`,
    folderNamedLikeFileExpected: 'un fichier .yaml ou .md',
    folderNamedLikeFileHint: "Renommez le dossier (sans l'extension) ou remplacez-le par le fichier : sinon son contenu n'est pas lu.",
    collectionNotFolder: (path: string) => `${path} est un fichier : une collection doit être un dossier`,
    collectionNotFolderExpected: (collection: string) => `un dossier ${collection}/ qui contient les fichiers de contenu`,
    collectionNotFolderHint: (collection: string) => `Renommez ce fichier, créez le dossier ${collection}/ et rangez-y les fichiers de contenu.`,
    unreadable: {
      ENOENT: 'le lien symbolique ne mène à aucun fichier',
      ELOOP: 'le lien symbolique tourne en rond',
      EACCES: 'accès refusé',
      EPERM: 'accès refusé',
      EISDIR: "c'est un dossier",
    } as Record<string, string | undefined>,
    unreadableOther: (code: string) => `erreur du système (${code})`,
    unreadableExpected: 'un fichier lisible',
    unreadableHint: 'Vérifiez que le fichier existe et que vous avez le droit de le lire, ou retirez-le du dossier.',
    tooLarge: (size: string, max: string) => `Fichier trop gros : ${size}, au plus ${max} pour un fichier de contenu`,
    tooLargeFound: (size: string) => `un fichier de ${size}`,
    tooLargeExpected: (max: string) => `un fichier de ${max} au plus`,
    tooLargeHint: "Un fichier de contenu décrit une seule entrée : découpez-le, ou placez les longs documents en annexe plutôt que dans le texte.",
    offerIgnored: (name: string) =>
      `L'offre joint ${q(name)}, un fichier que Passerelle ne lirait pas comme contenu (fichier caché, README, dossier…). Rien n'a été écrit.`,
  },

  text: {
    notUtf8: "Le fichier n'est pas en UTF-8",
    notUtf8Found: (byte: string) => `l'octet ${byte}, qui n'est pas de l'UTF-8 (une lettre accentuée enregistrée en Latin-1 ou Windows-1252, le plus souvent)`,
    notUtf8Expected: 'du texte en UTF-8 (avec ou sans marque d\'ordre des octets)',
    notUtf8Hint: "Enregistrez le fichier en UTF-8 (dans VS Code : « Enregistrer avec l'encodage », puis UTF-8) et vérifiez les lettres accentuées de cette ligne.",
    control: (code: string, codePoint: number) => `Caractère interdit dans le texte : ${code} (${controlNames[codePoint] ?? (codePoint >= 0xd800 && codePoint <= 0xdfff ? 'moitié de paire de substitution UTF-16' : 'caractère de contrôle')})`,
    controlExpected: 'du texte imprimable (les tabulations et les retours à la ligne sont permis)',
    controlHint: "Retirez ce caractère invisible (il vient souvent d'un copier-coller) ou retapez le texte autour.",
    inComment: '(hors des champs : commentaire ou espace)',
  },

  /** Characters the PDF cannot print (src/glyphs/drawable.ts), refused at validation. */
  print: {
    glyph: (character: string) => `Caractère que les PDF ne peuvent pas imprimer : ${character}, absent de leur police (DejaVu Sans)`,
    glyphExpected: 'des caractères que dessine la police des PDF, dans ses quatre styles : lettres latines (accentuées comprises), grecques et cyrilliques, chiffres, ponctuation et symboles courants',
    glyphHint: "Remplacez ce caractère par un mot ou par un caractère courant (un émoji ou un pictogramme n'a pas de dessin dans la police) : le PDF l'imprimerait comme un carré vide.",
    rightToLeft: (character: string, script: string) => `Écriture de droite à gauche non prise en charge : ${character}, en ${script}`,
    rightToLeftExpected: "du texte qui s'écrit de gauche à droite (alphabets latin, grec, cyrillique…)",
    rightToLeftHint:
      "Les PDF de Passerelle ne savent pas mettre en page l'hébreu, l'arabe ni les autres écritures de droite à gauche (ordre des lettres, lettres liées) : écrivez ce texte en caractères latins (transcription ou traduction), ou retirez-le.",
    scripts: {
      Hebrew: 'hébreu',
      Arabic: 'arabe',
      Syriac: 'syriaque',
      Thaana: 'thâna',
      Nko: "n'ko",
      Samaritan: 'samaritain',
      Mandaic: 'mandéen',
      Adlam: 'adlam',
      Hanifi_Rohingya: 'hanifi rohingya',
      Yezidi: 'yézidi',
      Mende_Kikakui: 'mendé kikakui',
    } as Record<string, string>,
    directionControl: (code: string) => `Caractère invisible de sens d'écriture interdit : ${code}`,
    directionControlExpected: "du texte sans marque, enchâssement ni forçage du sens d'écriture",
    directionControlHint: "Retirez ce caractère invisible (il vient souvent d'un copier-coller) : il changerait l'ordre des lettres sur la page web, pas dans le PDF.",
  },

  yaml: {
    tooDeep: (max: string) => `Imbrication trop profonde : plus de ${max} niveaux de groupes ou de listes`,
    tooDeepExpected: (max: string) => `au plus ${max} niveaux imbriqués`,
    tooDeepHint: 'Un fichier de contenu tient en quelques niveaux : vérifiez les crochets, les accolades et les tirets de cette ligne.',
    aliasUnknown: (name: string) => `L'alias ${q(`*${name}`)} ne renvoie à aucune ancre ${q(`&${name}`)} définie avant lui`,
    aliasUnknownExpected: 'un alias dont l\'ancre est définie plus haut dans le fichier',
    aliasUnknownHint: (name: string) => `Définissez l'ancre (${q(`&${name}`)}) avant l'alias, ou écrivez la valeur à la place de l'alias.`,
    aliasCircular: (name: string) => `L'alias ${q(`*${name}`)} se trouve dans la valeur même à laquelle il renvoie`,
    aliasCircularExpected: "un alias qui renvoie à une valeur complète, définie avant lui et qui ne le contient pas",
    aliasCircularHint: 'Écrivez les valeurs : une valeur ne peut pas se contenir elle-même.',
    tooManyAliases: (count: string, max: string) => `Trop d'alias : ${count}, au plus ${max} par fichier`,
    tooManyAliasesExpected: (max: string) => `au plus ${max} alias`,
    tooManyAliasesHint: 'Écrivez les valeurs répétées, ou regroupez-les.',
    tooLargeExpanded: (max: string) => `Une fois ses alias développés, le fichier compterait plus de ${max} valeurs`,
    tooLargeExpandedExpected: (max: string) => `au plus ${max} valeurs, alias développés`,
    tooLargeExpandedHint: 'Des alias qui renvoient à des alias multiplient le contenu : écrivez les valeurs.',
    mergeKey: 'Clé de fusion « << » non prise en charge',
    mergeKeyExpected: 'des champs écrits un à un',
    mergeKeyHint: 'Recopiez les champs de l\'ancre au lieu de « <<: *ancre » : chaque champ se lit et se vérifie à sa place.',
    tag: (tag: string) => `Étiquette YAML ${q(tag)} non prise en charge`,
    tagExpected: 'une valeur sans étiquette : un texte, un nombre, vrai ou faux, une liste, un groupe de champs',
    tagHint: 'Retirez l\'étiquette (ce qui commence par « ! ») ; mettez le texte entre guillemets si besoin.',
    directive: (directive: string) => `Directive YAML ${q(directive)} non prise en charge`,
    directiveExpected: 'un seul document YAML 1.2, sans directive « % »',
    directiveHint: 'Retirez cette ligne.',
    keyTooLong: (length: string, max: string) => `Clé trop longue : ${length} caractères, au plus ${max}`,
    keyTooLongExpected: (max: string) => `un nom de champ de ${max} caractères au plus`,
    keyTooLongHint: "Un nom de champ est court (title, budget…) : il manque sans doute « : » ou un retour à la ligne avant le texte.",
  },

  markdown: {
    tooLong: (length: string, max: string) => `Texte Markdown trop long : ${length} caractères, au plus ${max}`,
    tooLongExpected: (max: string) => `un texte de ${max} caractères au plus`,
    tooLongHint: 'Découpez-le en plusieurs sections, ou placez le document en annexe.',
    tooDeep: (line: number, max: string) => `Trop de niveaux de listes ou de citations à la ligne ${line} du texte : plus de ${max}`,
    tooDeepExpected: (max: string) => `au plus ${max} niveaux de « > » et de listes imbriqués`,
    tooDeepHint: 'Réduisez l\'imbrication : moins de « > » en début de ligne, moins de listes dans des listes.',
    paragraphTooLong: (line: number, length: string, max: string) => `Paragraphe trop long à la ligne ${line} du texte : ${length} caractères, au plus ${max}`,
    paragraphTooLongExpected: (max: string) => `des paragraphes de ${max} caractères au plus`,
    paragraphTooLongHint: 'Séparez les paragraphes par une ligne vide.',
    tableTooWide: (line: number, columns: string, max: string) => `Tableau trop large à la ligne ${line} du texte : ${columns} colonnes, au plus ${max}`,
    tableTooWideExpected: (max: string) => `des tableaux de ${max} colonnes au plus, qu'une page du PDF puisse montrer`,
    tableTooWideHint: 'Scindez le tableau en plusieurs tableaux, ou présentez une partie des colonnes en liste.',
    bracketsTooDeep: (line: number, max: string) => `Trop de crochets imbriqués à la ligne ${line} du texte : plus de ${max}`,
    bracketsTooDeepExpected: (max: string) => `au plus ${max} crochets « [ » ouverts à la fois`,
    bracketsTooDeepHint: 'Refermez les crochets, ou écrivez « \\[ » pour un crochet qui n\'ouvre pas de lien.',
    runTooLong: (line: number, max: string) => `Suite de plus de ${max} « * », « _ » ou « ~ » à la ligne ${line} du texte`,
    runTooLongExpected: (max: string) => `au plus ${max} « * », « _ » ou « ~ » à la suite`,
    treeTooDeep: (max: string) => `Mise en forme trop imbriquée : plus de ${max} niveaux de listes, de citations, d'emphases et de liens`,
    treeTooDeepExpected: (max: string) => `au plus ${max} niveaux de mise en forme imbriqués`,
    treeTooDeepHint: 'Simplifiez la mise en forme : moins d\'emphases ou de liens les uns dans les autres.',
    runTooLongHint: 'Raccourcissez-la, ou écrivez « \\* », « \\_ », « \\~ » pour ces caractères.',
  },

  pdf: {
    tooLarge: (file: string, max: string) => `${file} fait plus de ${max} : il n'est pas lu.`,
    tooComplex: (file: string) => `${file} n'a pas été lu : sa structure dépasse les limites d'un PDF de réponse (trop d'objets, d'imbrications ou de données compressées).`,
    encrypted: (file: string) => `${file} est chiffré : l'offre jointe ne peut pas être lue. Demandez au prestataire un PDF sans mot de passe.`,
    offerTooLarge: (file: string, max: string) => `L'offre jointe à ${file} dépasse ${max} une fois décompressée : elle n'est pas lue et rien n'a été écrit.`,
    offerEncoding: (file: string, filter: string) => `L'offre jointe à ${file} est compressée d'une façon que Passerelle ne lit pas (${filter}) : rien n'a été écrit.`,
    offerDamaged: (file: string) => `L'offre jointe à ${file} est endommagée (données compressées illisibles) : rien n'a été écrit.`,
    manyOffers: (file: string, count: number) =>
      `${file} joint ${count} fichiers offre.json : impossible de savoir lequel est l'offre du prestataire. Rien n'a été écrit ; demandez-lui un PDF qui n'en joint qu'un.`,
    offerNotUtf8: (file: string, byte: string, line: number) =>
      `Le fichier offre.json joint à ${file} n'est pas en UTF-8 (octet ${byte} à la ligne ${line}) : l'offre ne peut pas être lue et rien n'a été écrit.`,
    offerControl: (file: string, code: string, path: string) =>
      `L'offre jointe à ${file} contient un caractère interdit (${code}) dans ${path} : rien n'a été écrit.`,
  },
};
