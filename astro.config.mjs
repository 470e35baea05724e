// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { passerelleContent } from './src/content/integration.ts';
import { passerellePdfs } from './src/build/integration.ts';
import { cacheFolder } from './src/build/cache-fs.ts';
import { siteMode } from './src/content/mode.ts';

// The public site: the experience sheets (pages, PDFs, open data) and the calls (pages, OCDS),
// built from content/ (or $PASSERELLE_CONTENT). Invalid content stops the build with a French
// report (see src/content/loader.ts). The private workspace (`passerelle workspace`) serves the
// same project with the responses, evaluations, providers and drafts added (src/workspace/).
// PASSERELLE_SITE is the public address of the site (its open data links to it). Its path is the
// base path of every page: `https://ccas.example/` serves at the root, while a project page of
// GitHub or GitLab Pages (`https://ccas.gitlab.io/fiches/`) serves under `/fiches/`.
const site = new URL(process.env.PASSERELLE_SITE || 'https://passerelle.example/');
// `astro build` (`npm run build`), as opposed to the dev server of `astro dev` and of the workspace.
const building = process.argv.slice(2).includes('build');
const base = site.pathname.replace(/\/+$/, '');

export default defineConfig({
  site: site.origin,
  ...(base && { base }),
  trailingSlash: 'always',
  outDir: process.env.PASSERELLE_OUT || './dist',
  // Sixteen pages rendered at once: one at a time, the main thread waited for each page's file to
  // be written and stood idle half of the pages' time (profiled on 1,000 sheets).
  build: { format: 'directory', concurrency: 16 },
  // React only serves the workspace's islands (editor, what-if panel), which the public build
  // never holds: with it, the build wrote React's 220 KB client into every site, linked from no page.
  integrations: [passerelleContent(), mdx(), ...(building && siteMode() === 'public' ? [] : [react()]), passerellePdfs()],
  devToolbar: { enabled: false },
  // A page whose `cacheKey` (the hash of its sheet) and code are those of the last build is copied
  // from Astro's cache instead of being rendered again. Astro's cache is kept in the build cache
  // beside the PDFs (src/build/cache-fs.ts): one ignored folder, safe to delete.
  cacheDir: `${cacheFolder()}/astro/`,
  experimental: { incrementalBuild: true },
  vite: {
    // The workspace's what-if panel is a React island: bundle React when the dev server starts, and
    // discover nothing else on a visit, so that no page is reloaded under the user (or a test). The
    // workspace's pages follow the files on the next reload; nothing is pushed to the browser. A
    // build has no dev server to serve them: its content sync spent 1.3 s bundling React for none.
    optimizeDeps: building ? { noDiscovery: true } : { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'], noDiscovery: true },
    ...(process.env.PASSERELLE_WORKSPACE === '1' && { server: { hmr: false } }),
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // One MODULE_LEVEL_DIRECTIVE warning per MDX file floods the log (open upstream issue).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          // The content loader imports the validation lazily, so that Astro's content sync, which
          // loads the loader on its own, need not load it when the integration already validated;
          // the pages' bundle imports the same modules directly, which Rolldown points out in
          // English in the middle of the French build log. Nothing to change there.
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && String(log.message).includes('src/content/loader.ts')) return;
          handler(level, log);
        },
      },
    },
  },
});
