/**
 * The benchmark's content: `count` varied programmes made from the published sample programmes
 * (so that they follow the model as it changes), and the bare-Astro reference project built from
 * the same text.
 *
 * Each generated programme is a copy of one sample programme (neither a draft nor only proposed)
 * with its own id, title, commune, département and years, and its own sentence added to its
 * summary and to each of its Markdown texts: no two programmes share a text, so nothing can be
 * saved by noticing copies (a real bank's sheets are all different).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { departements } from '../../schemas/territories-data';

const root = join(import.meta.dirname, '..', '..');

/** The narrative fields of a programme, written in Markdown. */
const MARKDOWN = ['context', 'description', 'lessons', 'transferability'] as const;

/** Shifts every date of a programme by `years` (ISO strings and bare years under date keys). */
function shiftDates(value: unknown, years: number, key = ''): unknown {
  if (typeof value === 'string' && /^(19|20)\d{2}(-\d{2}){0,2}$/.test(value)) return `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
  if (typeof value === 'number' && ['start', 'end', 'date', 'asOf'].includes(key) && value > 1900 && value < 2100) return value + years;
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, years, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, years, k)]));
  return value;
}

type Data = Record<string, any>;

/** The published sample programmes, as parsed YAML. */
export function sampleProgrammes(): Array<{ id: string; data: Data }> {
  const source = join(root, 'content', 'programmes');
  return readdirSync(source)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(source, f), 'utf8')) as Data }))
    .filter((t) => t.data.status !== 'proposed' && t.data.draft !== true);
}

/** Programme number `i` (from 0) of a generated bank, as YAML data. */
export function generatedProgramme(templates: Array<{ id: string; data: Data }>, i: number): { id: string; data: Data } {
  const template = templates[i % templates.length];
  const [code, name] = departements[(i * 7) % departements.length];
  const data = shiftDates(structuredClone(template.data), (i % 9) - 4) as Data;
  const commune = `Commune ${i + 1} (${name})`;
  data.title = `${data.title} (${name}, n° ${i + 1})`;
  data.summary = `${data.summary} Action menée à ${commune}.`;
  data.territory = { ...data.territory, departement: code, communes: [commune] };
  delete data.territory.departements;
  delete data.territory.region;
  delete data.territory.perimeter;
  for (const key of MARKDOWN) {
    if (typeof data[key] === 'string') data[key] = `${data[key].trimEnd()}\n\nÀ ${commune}, fiche n° ${i + 1} de la banque.\n`;
  }
  return { id: `${template.id}-${i + 1}`, data };
}

/** Writes `count` generated programmes into `dir/programmes` (the folder is emptied first). */
export function generateProgrammes(dir: string, count: number): string[] {
  const templates = sampleProgrammes();
  const target = join(dir, 'programmes');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id, data } = generatedProgramme(templates, i);
    writeFileSync(join(target, `${id}.yaml`), stringify(data));
    ids.push(id);
  }
  return ids;
}

/** Every text of a programme's data, in order (the strings of its YAML, Markdown as written). */
function texts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /^(id|url|email|phone|ref|programme|tender|unit|kind|status)$/.test(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  return [];
}

/** MDX treats braces and angle brackets as code: escape them so the text stays text. */
const mdxText = (text: string) => text.replace(/[{}<>]/g, (c) => `\\${c}`);

/**
 * A bare Astro project in `dir`: Astro and its MDX integration only, one plain MDX page per
 * generated programme (`src/pages/<id>.mdx`) holding the programme's title and all its text.
 * It uses the project's node_modules through a symbolic link.
 */
export function bareAstroProject(dir: string, contentDir: string): number {
  rmSync(dir, { recursive: true, force: true });
  const pages = join(dir, 'src', 'pages');
  mkdirSync(pages, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'astro-nu', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ cacheDir: './.cache-astro', integrations: [mdx()], vite: { build: { rolldownOptions: { onLog(level, log, handler) { if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log); } } } } });\n",
  );
  const files = readdirSync(join(contentDir, 'programmes')).filter((f) => f.endsWith('.yaml'));
  for (const file of files) {
    const data = parse(readFileSync(join(contentDir, 'programmes', file), 'utf8')) as Data;
    const body = texts(data).map(mdxText).join('\n\n');
    writeFileSync(join(pages, file.replace(/\.yaml$/, '.mdx')), `# ${mdxText(String(data.title))}\n\n${body}\n`);
  }
  return files.length;
}
