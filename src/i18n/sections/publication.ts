/** Texts of publishing: a sheet sent to a bank of sheets (`passerelle import-sheet`). */
import { plural } from './helpers';

export const importSheet = {
  noFile: (file: string) => `Le fichier « ${file} » n'existe pas. Donnez le chemin du fichier de la fiche reçue (un fichier .yaml).`,
  isFolder: (file: string) => `« ${file} » est un dossier. Donnez le chemin du fichier de la fiche reçue (un fichier .yaml), pas celui du dossier qui le contient.`,
  tooLarge: (file: string, max: string) => `Le fichier « ${file} » dépasse ${max} : ce n'est pas une fiche. Rien n'a été écrit.`,
  notSheet: (file: string) =>
    `« ${file} » n'est pas un fichier de fiche : il faut le fichier .yaml (ou .md) d'un programme, tel que l'espace de travail le fait télécharger (« Télécharger le fichier de la fiche »), ou les données ouvertes (.json) d'une fiche publiée par Passerelle.`,
  notSheetJson: (file: string) =>
    `« ${file} » n'est pas le JSON d'une fiche d'expérience Passerelle : il faut le lien « Données ouvertes (JSON) » de la page d'une fiche. Rien n'a été écrit.`,
  noSourceFile: (file: string) =>
    `Le JSON « ${file} » ne contient pas le fichier de sa fiche : il vient d'un site construit par une version plus ancienne de Passerelle. Demandez le fichier .yaml de la fiche à la structure qui l'a publiée. Rien n'a été écrit.`,
  notUtf8: (file: string) =>
    `Le fichier « ${file} » n'est pas un texte UTF-8 : il a sans doute été réenregistré par un autre logiciel. Demandez le fichier d'origine, tel que l'espace de travail le télécharge. Rien n'a été écrit.`,
  badId: (name: string) =>
    `« ${name} » ne peut pas servir d'identifiant de fiche. Donnez-en un avec --id, en minuscules sans accent, chiffres et tirets (--id jardin-villefontaine).`,
  otherFile: (file: string) => `La banque a déjà cette fiche sous un autre nom de fichier (${file}) : rien n'a été écrit. Supprimez l'un des deux, ou choisissez un autre identifiant avec --id.`,
  same: (file: string) => `La fiche est déjà dans la banque, identique (${file}) : rien à faire.`,
  exists: (file: string) =>
    `La banque a déjà une fiche ${file}, différente de celle reçue : rien n'a été écrit. Comparez les deux, puis relancez avec --force pour la remplacer, ou choisissez un autre identifiant avec --id.`,
  draft: (file: string, fields: number) =>
    `« ${file} » est un brouillon (draft: true)${fields ? `, avec ${fields} ${plural(fields, 'champ', 'champs')} à compléter` : ''} : une banque ne publie que des fiches terminées. Demandez à son auteur de la compléter et de retirer la ligne « draft: true ». Rien n'a été écrit.`,
  invalid: (file: string) => `La fiche « ${file} » n'est pas valide (voir ci-dessus) : rien n'a été écrit. Renvoyez ces messages à son auteur.`,
  proposed: (file: string) =>
    `« ${file} » décrit un programme proposé dans une réponse (status: proposed), pas une action menée : ce n'est pas une fiche d'expérience. Rien n'a été écrit.`,
  added: (file: string) => `Fiche ajoutée : ${file}. Elle sera publiée à la prochaine construction du site (npm run build, ou à la publication automatique).`,
  replaced: (file: string) => `Fiche remplacée : ${file}. La nouvelle version sera publiée à la prochaine construction du site.`,
};
