/**
 * The import graph: one document model, the documents above it, and two renderers beside each
 * other. Nothing in the PDF renderer imports from the site, nor the other way round; the model and
 * the documents know neither renderer; the PDF's layout, pagination and drawing know only the model.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|astro)$/.test(name) ? [path] : [];
  });
}

/** Each source file (relative to src/) and the files under src/ it imports (relative too). */
const graph = new Map(
  files(src).map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]/g)].map((m) => {
      const target = relative(src, resolve(dirname(file), m[1] ?? m[2]));
      return target.replace(/\.(ts|tsx|astro)$/, '');
    });
    return [relative(src, file), targets] as const;
  }),
);

const under = (path: string, ...folders: string[]) => folders.some((f) => path === f || path.startsWith(`${f}/`));
/** Imports of the files under `from` that land under one of `to`. */
function imports(from: (file: string) => boolean, to: (target: string) => boolean): string[] {
  return [...graph].flatMap(([file, targets]) => (from(file) ? targets.filter(to).map((t) => `${file} → ${t}`) : []));
}

const site = (p: string) => under(p, 'site', 'components', 'layouts', 'pages');
const html = (p: string) => under(p, 'site', 'components', 'layouts');
const pdf = (p: string) => under(p, 'pdf');
/** The PDF pipeline proper: everything in src/pdf/ but its entry points for documents and builds. */
const pipeline = (p: string) => pdf(p) && !under(p, 'pdf/documents') && p !== 'pdf/build-fs.ts';

describe('the import graph', () => {
  it('reads the source', () => {
    expect(graph.get('pdf/render.ts')).toContain('pdf/layout/index');
    expect(graph.get('components/document/Blocks.astro')).toContain('document/model');
  });

  it('has the PDF renderer import nothing of the site', () => {
    expect(imports(pdf, site)).toEqual([]);
  });

  it('has the HTML renderer import nothing of the PDF renderer', () => {
    expect(imports(html, pdf)).toEqual([]);
  });

  it('has the model and the documents import neither renderer', () => {
    expect(imports((f) => under(f, 'document'), (t) => pdf(t) || site(t))).toEqual([]);
  });

  it('has the PDF pipeline know the model, not the documents built on it', () => {
    expect(imports(pipeline, (t) => under(t, 'document') && !['document/model', 'document/errors', 'document/chart-style'].includes(t))).toEqual([]);
  });

  it('keeps one model: no second block vocabulary or chart renderer left', () => {
    for (const gone of ['site/sheet-view.ts', 'site/blocks-html.ts', 'site/chart-svg.ts', 'pdf/documents/sheet.ts', 'pdf/from-mdast.ts', 'components/evaluation/ScoreChart.tsx']) expect(graph.has(gone)).toBe(false);
  });
});
