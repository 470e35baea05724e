/**
 * The site's configuration, from the environment of the build:
 *
 * - `PASSERELLE_SITE`: the site's address (also read by astro.config.mjs), default
 *   `https://passerelle.example`;
 * - `PASSERELLE_OCID_PREFIX`: the OCID prefix of the open data of calls. A publisher registers its
 *   own with the Open Contracting Partnership (`ocds-` and six characters); the default,
 *   `ocds-passerelle`, is not registered and only fits the sample content;
 * - `PASSERELLE_BUILT_AT`: the date-time the open data says it was published at (by default, the
 *   moment of the build; set it for byte-identical builds).
 */
const built = new Date();
const site = new URL(process.env.PASSERELLE_SITE || 'https://passerelle.example/');

export const siteConfig = {
  /** The site's address, without a trailing slash (`https://ccas.gitlab.io/fiches`). */
  site: `${site.origin}${site.pathname}`.replace(/\/+$/, ''),
  /** Its origin (`https://ccas.gitlab.io`), which the routes' paths (base path included) follow. */
  origin: site.origin,
  ocidPrefix: process.env.PASSERELLE_OCID_PREFIX ?? 'ocds-passerelle',
  builtAt: process.env.PASSERELLE_BUILT_AT ?? `${built.toISOString().slice(0, 19)}Z`,
};
