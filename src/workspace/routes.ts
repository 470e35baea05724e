/**
 * The private workspace's pages: injected only when the workspace is served, so that the public
 * build cannot contain them (they are not under src/pages/).
 */
export const privateRoutes: ReadonlyArray<{ pattern: string; entrypoint: string }> = [
  { pattern: '/espace', entrypoint: './src/workspace/index.astro' },
  { pattern: '/espace/fiches/[slug].yaml', entrypoint: './src/workspace/fiches/[slug].yaml.ts' },
  { pattern: '/espace/fiches/[slug].md', entrypoint: './src/workspace/fiches/[slug].md.ts' },
  { pattern: '/reponses', entrypoint: './src/workspace/reponses/index.astro' },
  { pattern: '/reponses/[slug]', entrypoint: './src/workspace/reponses/[slug].astro' },
  { pattern: '/reponses/[slug].pdf', entrypoint: './src/workspace/reponses/[slug].pdf.ts' },
  { pattern: '/evaluations', entrypoint: './src/workspace/evaluations/index.astro' },
  { pattern: '/evaluations/[slug]', entrypoint: './src/workspace/evaluations/[slug].astro' },
  { pattern: '/evaluations/[slug].pdf', entrypoint: './src/workspace/evaluations/[slug].pdf.ts' },
  { pattern: '/prestataires', entrypoint: './src/workspace/prestataires/index.astro' },
  { pattern: '/prestataires/[slug]', entrypoint: './src/workspace/prestataires/[slug].astro' },
  { pattern: '/espace/contenu', entrypoint: './src/workspace/editor/index.astro' },
  { pattern: '/espace/contenu/[collection]/nouveau', entrypoint: './src/workspace/editor/create.astro' },
  { pattern: '/espace/contenu/[collection]/[...id]', entrypoint: './src/workspace/editor/edit.astro' },
  { pattern: '/espace/versions', entrypoint: './src/workspace/editor/versions.astro' },
  { pattern: '/espace/notes/[id]', entrypoint: './src/workspace/editor/marks.astro' },
];
