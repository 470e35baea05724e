/** Texts of `npm run build`, which publishes the whole site or nothing (scripts/build.ts). */
import { plural } from './helpers';

export const build = {
  pdfs: (rendered: number, reused: number) =>
    `PDF : ${rendered} ${plural(rendered, 'composé', 'composés')}, ${reused} ${plural(reused, 'repris', 'repris')} du cache de construction.`,
  /** A PDF that could not be made because of its document: the document's own message, which names it. */
  pdfDocumentFailed: (file: string | undefined, message: string) => `${file ? `Le PDF ${file}` : 'Un PDF préparé d\'avance'} n'a pas pu être composé. ${message}`,
  /** A PDF that could not be made because of a fault in Passerelle's code. */
  pdfInternal: (file: string | undefined, title: string, name: string, message: string) =>
    `Le PDF ${file ? `${file} (« ${title} »)` : `de « ${title} », préparé d'avance,`} n'a pas pu être composé, à cause d'une erreur de Passerelle que le contenu n'explique pas (${name} : ${message}). Signalez-la en joignant ce message.`,
  technicalDetail: 'Détail technique, pour le signalement :',
  /** A PDF worker thread died (out of memory, or stopped): the PDFs it held are composed again by the build itself. */
  pdfWorkerLost: (reason: string, titles: readonly string[]) =>
    `Un fil de calcul des PDF s'est arrêté (${reason === 'ERR_WORKER_OUT_OF_MEMORY' ? 'mémoire épuisée' : reason}) pendant qu'il composait ${titles.length === 1 ? 'le PDF' : 'les PDF'} de ${titles.map((t) => `« ${t} »`).join(', ')} : la construction ${titles.length === 1 ? 'le compose' : 'les compose'} elle-même. Si elle s'arrête à son tour, c'est dans l'un de ces documents que se trouve ce qui l'arrête.`,
  /** A site of calls only: no sheet, so nothing to index. */
  searchNone: 'Index de recherche : aucune fiche d’expérience à indexer, pas d’index ni de recherche sur la page des fiches.',
  searchParts: (indexed: number, reused: number) =>
    `Index de recherche : ${indexed} ${plural(indexed, 'partie indexée', 'parties indexées')}, ${reused} ${plural(reused, 'reprise', 'reprises')} du cache de construction.`,
  published: (folder: string, indexed = true) => `Site publié dans ${folder}/ : ${indexed ? 'pages, PDF et index de recherche' : 'pages et PDF'}, construits ensemble.`,
  failed: (folder: string, step: string) =>
    `Construction arrêtée à l'étape « ${step} » : le site déjà publié dans ${folder}/ est resté tel quel, et aucun fichier de cette construction n'a été gardé.`,
  steps: {
    astro: 'pages et PDF',
    pagefind: 'index de recherche',
    publish: 'remplacement du dossier publié',
  },
  reason: (code: string, path: string) => `Cause : erreur du système (${code})${path ? ` sur ${path}` : ''}.`,
};
