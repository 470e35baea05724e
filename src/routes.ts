/**
 * Every URL path of the site, in one place: pages, their PDFs and their open data. Pages, links,
 * documents and the open-data JSON all build their addresses here, so that a path is changed once.
 *
 * Paths start with the site's base path: `/` on its own domain, `/passerelle/` for a project page
 * of GitHub or GitLab Pages (set by the path of PASSERELLE_SITE, see astro.config.mjs). Vite writes
 * the base into the pages and scripts it builds; outside them (the CLI) it is `/`.
 *
 * @example
 * routes.sheet('castelnau-donne-des-elles');    // '/experiences/castelnau-donne-des-elles/'
 * routes.sheetPdf('castelnau-donne-des-elles'); // '/experiences/castelnau-donne-des-elles.pdf'
 */

/** Vite's `import.meta.env` in the pages and scripts it builds; undefined in plain Node (the CLI). */
const env: { BASE_URL?: string } | undefined = import.meta.env;
/** The base path, without its trailing slash (`''` or `/passerelle`). */
const base = (env?.BASE_URL ?? '/').replace(/\/+$/, '');
const at = (path: string) => `${base}${path}`;

export const routes = {
  home: at('/'),
  sheets: at('/experiences/'),
  /** Page `n` (from 1) of the index of sheets: the first is the index itself. */
  sheetsPage: (n: number) => (n <= 1 ? at('/experiences/') : at(`/experiences/page/${n}/`)),
  /** Every sheet's card and filter values, for the index's filters and search across its pages. */
  sheetCards: at('/experiences/cartes.json'),
  sheet: (id: string) => at(`/experiences/${id}/`),
  sheetPdf: (id: string) => at(`/experiences/${id}.pdf`),
  sheetJson: (id: string) => at(`/experiences/${id}.json`),
  calls: at('/appels/'),
  call: (id: string) => at(`/appels/${id}/`),
  callPdf: (id: string) => at(`/appels/${id}.pdf`),
  callJson: (id: string) => at(`/appels/${id}.json`),
  /** Passerelle's OCDS extension, listed by every call's open data. */
  ocdsExtension: at('/ocds/passerelle/extension.json'),
  /** The private workspace's pages (served by `passerelle workspace` only, never built for the public site). */
  workspace: at('/espace/'),
  /** The editor: every content file in a form (workspace only). */
  editor: at('/espace/contenu/'),
  /** A published sheet's file, to send to a bank of sheets (workspace only). */
  sheetFile: (fileName: string) => at(`/espace/fiches/${fileName}`),
  providers: at('/prestataires/'),
  provider: (id: string) => at(`/prestataires/${id}/`),
  responses: at('/reponses/'),
  response: (id: string) => at(`/reponses/${id}/`),
  responsePdf: (id: string) => at(`/reponses/${id}.pdf`),
  evaluations: at('/evaluations/'),
  evaluation: (id: string) => at(`/evaluations/${id}/`),
  evaluationPdf: (id: string) => at(`/evaluations/${id}.pdf`),
  /** The search index Pagefind writes next to the pages. */
  pagefind: at('/pagefind/pagefind.js'),
  /** The other parts of the search index, to merge with the first (scripts/search-index-fs.ts). */
  pagefindParts: at('/pagefind/parties.json'),
  favicon: at('/favicon.svg'),
} as const;
