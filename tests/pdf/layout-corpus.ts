/**
 * A generated corpus of documents that push the layout (issue 12, item 8): the sample content
 * with long unbroken titles (in the cover, the running header, the footer and the bookmarks),
 * long addresses and e-mails, wide tables with unbreakable words, retro-plannings with up to nine
 * lanes, long lane names and 1 to 104 weeks. Each variant is written as content and validated
 * like any content (so it is a document an author could write), then built as its document.
 * Deterministic: fast-check with a fixed seed.
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { collections, type CollectionName } from '../../schemas/index';
import { readContentFolder } from '../../src/content/content-fs';
import { diagnosticsFromIssues, formatDiagnostics } from '../../src/content/diagnostics';
import { parseSource } from '../../src/content/source';
import { validateFiles, type SourceFile } from '../../src/content/validate';
import { isDraft, publishedProgrammes, type Corpus } from '../../src/domain/corpus';
import { programmeMetrics } from '../../src/domain/metrics';
import { callDocument } from '../../src/document/call/index';
import { sheetDocument } from '../../src/document/sheet/index';
import { renderEvaluation } from '../../src/pdf/documents/evaluation';
import { renderResponse } from '../../src/pdf/documents/response';
import type { FontSet } from '../../src/pdf/fonts';
import { renderPdf, type RenderedPdf } from '../../src/pdf/render';

type Data = Record<string, unknown>;

export interface Variant {
  kind: 'sheet' | 'response' | 'call' | 'evaluation';
  /** The entry the document is built from. */
  id: string;
  /** What was changed, for failure messages. */
  name: string;
  /** What the variant exercises: `titre:unbroken`, `couloirs:7`, `semaines:70`, `résultats:44`… */
  features: string[];
  render(fonts: FontSet): Promise<RenderedPdf>;
}

const unbroken = (word: string, length: number) => word.repeat(Math.ceil(length / word.length)).slice(0, length);
const words = (length: number) => unbroken('Remobilisation professionnelle des femmes des quartiers ', length).trim();

/** A text of a given style: French words, one unbreakable word, or words then an unbreakable one. */
const textOf = (style: 'words' | 'unbroken' | 'mixed', length: number) =>
  style === 'words' ? words(length) : style === 'unbroken' ? unbroken('Remobilisationprofessionnelle', length) : `${words(Math.round(length / 2))} ${unbroken('Accompagnementrenforcé', Math.round(length / 2))}`;

const titleArb = fc.record({ style: fc.constantFrom('words' as const, 'unbroken' as const, 'mixed' as const), length: fc.integer({ min: 60, max: 240 }) });
const emailArb = fc.integer({ min: 40, max: 90 }).map((n) => `${unbroken('prenom.nom-', n - 28)}@insertion-quartiers.example.org`);
const urlArb = fc.tuple(fc.integer({ min: 60, max: 220 }), fc.boolean()).map(([n, slashes]) => `https://www.insertion-quartiers.example.org/${slashes ? unbroken('fiches/experience-', n) : unbroken('experienceremobilisation', n)}`);

/** A retro-planning: lanes (count and names), steps and weeks. */
const planningArb = fc
  .record({
    lanes: fc.integer({ min: 1, max: 9 }),
    laneStyle: fc.constantFrom('short' as const, 'words' as const, 'unbroken' as const),
    weeks: fc.oneof(fc.constant(70), fc.constant(104), fc.constant(1), fc.integer({ min: 2, max: 104 })),
    steps: fc.integer({ min: 1, max: 30 }),
    labelStyle: fc.constantFrom('words' as const, 'unbroken' as const),
  })
  .map(({ lanes, laneStyle, weeks, steps, labelStyle }) => {
    const laneName = (i: number) => (laneStyle === 'short' ? `Groupe ${i + 1}` : laneStyle === 'words' ? `${words(40 + i * 3)} ${i + 1}` : `${unbroken('Coordinationterritoriale', 30 + i * 4)}${i + 1}`);
    const count = Math.max(steps, lanes);
    return {
      start: '2024-09-02',
      items: Array.from({ length: count }, (_, i) => {
        const from = 1 + ((i * 7) % weeks);
        return {
          id: `etape-${i + 1}`,
          label: labelStyle === 'words' ? `${words(30 + (i % 5) * 20)} ${i + 1}` : `${unbroken('Étape', 20 + (i % 4) * 15)}${i + 1}`,
          from,
          // The last step ends the plan.
          to: i === count - 1 ? weeks : Math.min(weeks, from + (i % 9)),
          lane: laneName(i % lanes),
          ...(i % 6 === 5 && i < count - 1 && { milestone: true, to: from }),
        };
      }),
    };
  });

const change = fc.record({
  title: fc.option(titleArb, { freq: 3 }),
  email: fc.option(emailArb, { freq: 2 }),
  url: fc.option(urlArb, { freq: 2 }),
  wide: fc.option(fc.integer({ min: 20, max: 80 }), { freq: 2 }),
  planning: fc.option(planningArb, { freq: 5 }),
  results: fc.option(fc.integer({ min: 8, max: 70 }), { freq: 3 }),
});
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

const fileOf = (files: readonly SourceFile[], collection: CollectionName, id: string) => files.find((f) => f.collection === collection && f.path.endsWith(`/${id}.yaml`))!;

/** The content with one file rewritten by `edit` (its YAML comments are lost, not its data). */
function rewrite(files: readonly SourceFile[], file: SourceFile, edit: (data: Data) => void): SourceFile[] {
  const data = parse(file.text) as Data;
  edit(data);
  return files.map((f) => (f === file ? { ...f, text: stringify(data, { lineWidth: 0 }) } : f));
}

/**
 * Applies a change to the entry's file (the parts that do not apply to its collection are left
 * out) and says what it exercises.
 */
function apply(files: readonly SourceFile[], collection: CollectionName, id: string, c: Change): { file: SourceFile; features: string[] } {
  const features: string[] = [];
  const changed = rewrite(files, fileOf(files, collection, id), (data) => {
    if (c.title) {
      data.title = textOf(c.title.style, c.title.length);
      features.push(`titre:${c.title.style}`);
    }
    if (collection === 'programmes') {
      if (c.email || c.url) data.contacts = [{ name: 'Camille Martin-Durand', role: textOf('mixed', 70), ...(c.email && { email: c.email }) }];
      if (c.url) data.links = [{ label: 'Le guide du dispositif', url: c.url }];
      if (c.email) features.push('e-mail');
      if (c.url) features.push('adresse web');
      if (c.wide && Array.isArray(data.workshops)) {
        for (const w of data.workshops as Data[]) w.title = `${w.title} ${unbroken('Accompagnementsocioprofessionnel', c.wide)}`;
        features.push('tableau large');
      }
      // Many results, some with long labels: a results chart taller than a page.
      if (c.results) {
        data.results = {
          ...(data.results as Data | undefined),
          quantitative: Array.from({ length: c.results }, (_, i) => ({ label: i % 3 === 0 ? `${words(60 + i)} ${i + 1}` : `Sorties vers l'emploi, mesure ${i + 1}`, count: i % 12, of: 12 })),
        };
        features.push(`résultats:${c.results}`);
      }
    }
    if (collection === 'responses') {
      if (c.email) {
        data.contact = { ...(data.contact as Data), email: c.email };
        features.push('e-mail');
      }
      if (c.planning) {
        data.planning = c.planning;
        const lanes = new Set(c.planning.items.map((i) => i.lane));
        const longest = Math.max(...[...lanes].map((l) => l.length));
        features.push(`couloirs:${lanes.size}`, `semaines:${Math.max(...c.planning.items.map((i) => i.to))}`, `étapes:${c.planning.items.length}`, `nom de couloir:${longest}`);
      }
      if (c.wide && Array.isArray((data.price as Data | undefined)?.lines)) {
        for (const line of (data.price as { lines: Data[] }).lines) line.label = `${line.label} ${unbroken('Accompagnementindividualisé', c.wide)}`;
        features.push('tableau large');
      }
    }
    if (collection === 'tenders' && c.wide && Array.isArray(data.requirements)) {
      for (const q of data.requirements as Data[]) q.label = `${q.label} ${unbroken('Exigenceduparcours', c.wide)}`;
      features.push('tableau large');
    }
  });
  return { file: changed.find((f) => !files.includes(f))!, features };
}

function corpusOf(files: SourceFile[]): Corpus {
  const result = validateFiles(files);
  if (result.errors > 0) throw new Error(`variante invalide :\n${formatDiagnostics(result.diagnostics).slice(0, 3000)}`);
  return result.corpus;
}

/**
 * The sample corpus with one file replaced, validated by its collection's schema (the changes
 * touch no reference to another file, so the checks across files still hold).
 */
function corpusWith(sample: Corpus, file: SourceFile, id: string): Corpus {
  const source = parseSource(file.text, { file: file.path });
  if (!source.ok) throw new Error(`variante illisible :\n${formatDiagnostics(source.diagnostics)}`);
  const schema = collections[file.collection]();
  const parsed = schema.safeParse(source.value.data);
  if (!parsed.success) throw new Error(`variante invalide :\n${formatDiagnostics(diagnosticsFromIssues(parsed.error.issues, { file: file.path, data: source.value.data, schema, locate: source.value.locate }))}`);
  const entries = sample[file.collection] as Array<{ id: string; data: unknown }>;
  return { ...sample, [file.collection]: entries.map((e) => (e.id === id ? { ...e, data: parsed.data } : e)) };
}

/** `count` varied documents of the sample content at `root`. */
export function layoutCorpus(root: string, projectRoot: string, count: number, seed = 8_2026): Variant[] {
  const files = readContentFolder(root, projectRoot).files;
  const sample = corpusOf(files);
  const targets = [
    ...publishedProgrammes(sample).filter((p) => !isDraft(p)).map((p) => ({ kind: 'sheet' as const, collection: 'programmes' as const, id: p.id })),
    ...sample.responses.map((r) => ({ kind: 'response' as const, collection: 'responses' as const, id: r.id })),
    ...sample.tenders.map((t) => ({ kind: 'call' as const, collection: 'tenders' as const, id: t.id })),
    ...sample.evaluations.map((e) => ({ kind: 'evaluation' as const, collection: 'evaluations' as const, id: e.id })),
  ];
  // Every document once as it is, the rest with generated changes, responses weighted (plannings).
  const picks = fc.sample(fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...targets), weight: 2 }, { arbitrary: fc.constantFrom(...targets.filter((t) => t.kind === 'response')), weight: 1 }), change), { seed, numRuns: Math.max(0, count - targets.length) });
  const plain: Change = { title: null, email: null, url: null, wide: null, planning: null, results: null };
  return [...targets.map((t) => [t, plain] as const), ...picks].map(([target, c]) => {
    const changed = c === plain ? undefined : apply(files, target.collection, target.id, c);
    const corpus = changed ? corpusWith(sample, changed.file, target.id) : sample;
    const features = changed?.features ?? [];
    const name = `${target.kind} ${target.id}${features.length ? ` (${features.join(', ')})` : ''}`;
    const render = (fonts: FontSet): Promise<RenderedPdf> => {
      if (target.kind === 'response') return renderResponse(corpus, target.id, fonts);
      if (target.kind === 'evaluation') return renderEvaluation(corpus, target.id, fonts);
      if (target.kind === 'call') return renderPdf(callDocument(corpus.tenders.find((t) => t.id === target.id)!), fonts);
      const entry = corpus.programmes.find((p) => p.id === target.id)!;
      return renderPdf(sheetDocument(entry, programmeMetrics(entry.data)), fonts);
    };
    return { kind: target.kind, id: target.id, name, features, render };
  });
}
