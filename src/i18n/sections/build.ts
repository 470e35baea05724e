/** Texts of `npm run build`, which publishes the whole site or nothing (scripts/build.ts). */
import { plural } from './helpers';

export const build = {
  pdfs: (rendered: number, reused: number) =>
    `PDF : ${rendered} ${plural(rendered, 'composé', 'composés')}, ${reused} ${plural(reused, 'repris', 'repris')} du cache de construction.`,
  /** A PDF that could not be made: the document's own error (French), or a fault of Passerelle's code. */
  pdfFailed: (file: string, title: string, reason: string) => `Le PDF ${file} (« ${title} ») n'a pas pu être composé : ${reason.replace(/[.\s]+$/, '')}.`,
  pdfInternal: (name: string, message: string) =>
    `une erreur de Passerelle que le contenu n'explique pas (${name} : ${message}) ; signalez-la en joignant ce message et le fichier de contenu`,
  technicalDetail: 'Détail technique, pour le signalement :',
  searchParts: (indexed: number, reused: number) =>
    `Index de recherche : ${indexed} ${plural(indexed, 'partie indexée', 'parties indexées')}, ${reused} ${plural(reused, 'reprise', 'reprises')} du cache de construction.`,
  published: (folder: string) => `Site publié dans ${folder}/ : pages, PDF et index de recherche, construits ensemble.`,
  failed: (folder: string, step: string) =>
    `Construction arrêtée à l'étape « ${step} » : le site déjà publié dans ${folder}/ est resté tel quel, et aucun fichier de cette construction n'a été gardé.`,
  steps: {
    astro: 'pages et PDF',
    pagefind: 'index de recherche',
    publish: 'remplacement du dossier publié',
  },
  reason: (code: string, path: string) => `Cause : erreur du système (${code})${path ? ` sur ${path}` : ''}.`,
};
