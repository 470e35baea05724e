// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { passerelleContent } from './src/content/integration.ts';

// The static site: experience sheets, calls, responses (with their PDFs) and evaluations, all
// built from content/ (or $PASSERELLE_CONTENT). Invalid content stops the build with a French
// report (see src/content/loader.ts).
export default defineConfig({
  site: process.env.PASSERELLE_SITE ?? 'https://passerelle.example',
  trailingSlash: 'always',
  outDir: process.env.PASSERELLE_OUT || './dist',
  build: { format: 'directory' },
  integrations: [passerelleContent(), mdx(), react()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // One MODULE_LEVEL_DIRECTIVE warning per MDX file floods the log (open upstream issue).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
