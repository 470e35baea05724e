/**
 * Every URL path of the site, in one place: pages, their PDFs and their open data. Pages, links,
 * documents and the open-data JSON all build their addresses here, so that a path is changed once.
 *
 * @example
 * routes.sheet('castelnau-donne-des-elles');    // '/experiences/castelnau-donne-des-elles/'
 * routes.sheetPdf('castelnau-donne-des-elles'); // '/experiences/castelnau-donne-des-elles.pdf'
 */
export const routes = {
  home: '/',
  sheets: '/experiences/',
  sheet: (id: string) => `/experiences/${id}/`,
  sheetPdf: (id: string) => `/experiences/${id}.pdf`,
  sheetJson: (id: string) => `/experiences/${id}.json`,
  calls: '/appels/',
  call: (id: string) => `/appels/${id}/`,
  callPdf: (id: string) => `/appels/${id}.pdf`,
  callJson: (id: string) => `/appels/${id}.json`,
  /** Passerelle's OCDS extension, listed by every call's open data. */
  ocdsExtension: '/ocds/passerelle/extension.json',
  providers: '/prestataires/',
  provider: (id: string) => `/prestataires/${id}/`,
  responses: '/reponses/',
  response: (id: string) => `/reponses/${id}/`,
  responsePdf: (id: string) => `/reponses/${id}.pdf`,
  evaluations: '/evaluations/',
  evaluation: (id: string) => `/evaluations/${id}/`,
  evaluationPdf: (id: string) => `/evaluations/${id}.pdf`,
  /** The search index Pagefind writes next to the pages. */
  pagefind: '/pagefind/pagefind.js',
} as const;
