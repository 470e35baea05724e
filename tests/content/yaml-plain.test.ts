/**
 * The YAML shortcut (src/content/yaml-plain.ts) gives exactly what the full reading gives, or
 * leaves the file to it: compared on every content file, fixture and generated programme, on a
 * table of near misses, and on files mutated at random.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generatedProgramme, sampleProgrammes } from '../../scripts/bench-lib/generate';
import { parseSource, type SourceResult } from '../../src/content/source';
import { readPlainYaml } from '../../src/content/yaml-plain';
import { limits } from '../../src/content/limits';

const root = join(import.meta.dirname, '..', '..');

function contentFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) contentFiles(path, out);
    else if (/\.(ya?ml|md)$/.test(name) && !/README/.test(name)) out.push(path);
  }
  return out;
}

/** What a reading gives, without its functions: the data, or the messages. */
const outcome = (result: SourceResult) => (result.ok ? { ok: true, data: result.value.data } : { ok: false, diagnostics: result.diagnostics });

/** Both readings of a text, which must agree. */
function both(text: string, file = 'content/programmes/essai.yaml') {
  const options = { file, bodyField: file.endsWith('.md') ? 'body' : undefined };
  return { quick: parseSource(text, options), full: parseSource(text, { ...options, full: true }) };
}

/** The paths of a value's fields, for the locator. */
function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      paths(child, path, out);
    }
  }
  return out;
}

const files = [...contentFiles(join(root, 'content')), ...contentFiles(join(root, 'tests', 'fixtures'))];
const templates = sampleProgrammes();
const generated = Array.from({ length: 40 }, (_, i) => stringify(generatedProgramme(templates, i * 7).data));

describe('le raccourci de lecture du YAML', () => {
  it('lit le contenu, les fixtures et les programmes générés comme la lecture complète, positions comprises', () => {
    expect(files.length).toBeGreaterThan(50);
    let quick = 0;
    for (const [path, text] of [...files.map((f) => [f, readFileSync(f, 'utf8')] as const), ...generated.map((t, i) => [`généré-${i}.yaml`, t] as const)]) {
      const { quick: a, full: b } = both(text, path);
      expect(outcome(a), path).toEqual(outcome(b));
      if (!a.ok || !b.ok) continue;
      if (!path.endsWith('.md') && readPlainYaml(text) !== undefined) quick++;
      // The locator of a shortcut reads the document when asked, and answers as the full one.
      for (const p of paths(a.value.data).slice(0, 40)) expect(a.value.locate(p), `${path} ${p.join('.')}`).toEqual(b.value.locate(p));
      const first = paths(a.value.data).find((p) => typeof p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], a.value.data) === 'string');
      if (first) expect(a.value.locateCharacter(first, 'e')).toEqual(b.value.locateCharacter(first, 'e'));
    }
    // Nearly every valid file takes the shortcut: a file that does not is read fully, only slower.
    expect(quick).toBeGreaterThan(generated.length);
  });

  const cases: Array<[string, string, unknown]> = [
    ['nombres du schéma de base', 'a: 12\nb: -0\nc: +7\nd: 0o17\ne: 0x1F\nf: 1.50\ng: .5\nh: 1e3\ni: .inf\nj: -.Inf\nk: 1_000\nl: 017\nm: 0b101\nn: 12:30\n', { a: 12, b: -0, c: 7, d: 15, e: 31, f: 1.5, g: 0.5, h: 1000, i: Infinity, j: -Infinity, k: '1_000', l: 17, m: '0b101', n: '12:30' }],
    ['vrai, faux et rien', 'a: true\nb: True\nc: yes\nd: off\ne: ~\nf:\ng: Null\nh: nULL\n', { a: true, b: true, c: 'yes', d: 'off', e: null, f: null, g: null, h: 'nULL' }],
    ['dates et textes', 'a: 2024-01-15\nb: 2024-01-15T10:00:00Z\nc: "12"\nd: \'x\'\'y\'\ne: "\\u00e9t\\xe9"\n', { a: '2024-01-15', b: '2024-01-15T10:00:00Z', c: '12', d: "x'y", e: 'été' }],
    ['blocs de texte', 'a: |\n  un\n  deux\n\nb: >-\n  un\n  deux\n\n  trois\nc: |+\n  garde\n\nd: >2\n   indenté\n', { a: 'un\ndeux\n', b: 'un deux\ntrois', c: 'garde\n\n', d: ' indenté\n' }],
    ['texte sur plusieurs lignes', 'a: un\n  deux\n\n  trois\nb: "un\n  deux \\\n  trois"\n', { a: 'un deux\ntrois', b: 'un deux trois' }],
    ['listes vides et listes imbriquées', 'a: []\nb: {}\nf:\n- g\n- - h\n  - []\n', { a: [], b: {}, f: ['g', ['h', []]] }],
    ['clés numériques et booléennes', '2024: a\ntrue: b\n1.50: c\n', { 2024: 'a', true: 'b', '1.5': 'c' }],
    ['commentaires', '# tête\na: b # fin\nc: "d # e"\n', { a: 'b', c: 'd # e' }],
    ['listes et tables en ligne simples', 'a: [b, c-d, 12, true]\ne: { f: g, h: 2022-01 }\ni: [é]\n', { a: ['b', 'c-d', 12, true], e: { f: 'g', h: '2022-01' }, i: ['é'] }],
    ['début et fin de document', '---\na: b\n...\n', { a: 'b' }],
  ];
  for (const [name, text, data] of cases) {
    it(`prend le raccourci, comme la lecture complète : ${name}`, () => {
      expect(readPlainYaml(text)).toEqual(data);
      const { quick, full } = both(text);
      expect(outcome(full)).toEqual({ ok: true, data });
      expect(outcome(quick)).toEqual(outcome(full));
    });
  }

  const declined: Array<[string, string]> = [
    ['une liste en ligne de textes entre guillemets', 'a: ["b", c]\n'],
    ['une table en ligne imbriquée', 'a: { b: { c: d } }\n'],
    ['une liste en ligne suivie d’un commentaire', 'a: [b, c] # d\n'],
    ['une liste en ligne sur deux lignes', 'a:\n  b: [c,\n]\n'],
    ['un commentaire collé à une liste vide', 'a: []#\n'],
    ['un élément de liste vide suivi d’un autre moins en retrait', 'a: 1\noffers:\n  -\n-  response: resp\n   marks: 2\n'],
    ['un élément vide dans une liste de listes', 'a:\n  - - b\n    -\n'],
    ['une marque d’ordre des octets au milieu du texte', 'a: b\n\uFEFF# c: d\n'],
    ['une ancre et un alias', 'a: &x 1\nb: *x\n'],
    ['un alias sans ancre', 'a: *x\n'],
    ['une étiquette du schéma de base', 'a: !!str 12\n'],
    ['une étiquette qui ne va pas', 'a: !!int douze\n'],
    ['une étiquette locale', 'a: !moi x\n'],
    ['une étiquette non spécifique', 'a: ! 12\n'],
    ['une étiquette en toutes lettres', 'a: !<?> 12\n'],
    ['une directive', '%YAML 1.2\n---\na: b\n'],
    ['une clé de fusion', 'a: {b: 1}\n<<: {c: 2}\n'],
    ['une clé vide', '~: a\nb: c\n'],
    ['une clé « null »', 'null: a\n'],
    ['une clé trop longue', `${'k'.repeat(limits.keyChars + 1)}: a\n`],
    ['une clé en double', 'a: 1\na: 2\n'],
    ['deux documents', 'a: 1\n---\nb: 2\n'],
    ['une syntaxe fausse', 'a: b: c\n'],
    ['une tabulation en retrait', 'a:\n\tb: c\n'],
    ['une liste au lieu d’une table', '- a\n- b\n'],
    ['un document vide', ''],
    ['une valeur seule', 'texte\n'],
    ['une imbrication trop profonde', `${Array.from({ length: limits.yamlDepth + 1 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n')} 1\n`],
  ];
  for (const [name, text] of declined) {
    it(`laisse le fichier à la lecture complète : ${name}`, () => {
      expect(readPlainYaml(text)).toBeUndefined();
      const { quick, full } = both(text);
      expect(outcome(quick)).toEqual(outcome(full));
    });
  }

  it('lit les fichiers modifiés au hasard comme la lecture complète', () => {
    // mulberry32: the same mutations on every run.
    let seed = 20261202;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const inserts = [':', ': ', ' ', '\n', '\n  ', '- ', '#', ' #', '"', "'", '|', '>', '|-', '|+', '>2', '\t', '&a ', '*a', '!', '! ', '!!str ', '{', '}', '[', ']', '[]', '{}', ',', '? ', '\\', '%', '~', '0x1F', '1e3', '.5', '<<: ', 'null: ', '---\n', '...\n', '\uFEFF', '\\u0007', '"\\e"', '   ', '\n\n', ' \n', '\\n', '\\"', ': |\n', ': >\n  '];
    // A programme, a call, an offer and a Markdown file as the editor writes them, and generated programmes.
    const pick = (test: (f: string) => boolean) => files.filter(test).slice(0, 2);
    const sources = [
      ...pick((f) => f.startsWith(join(root, 'content', 'programmes'))),
      ...pick((f) => f.startsWith(join(root, 'content', 'tenders'))),
      ...pick((f) => f.startsWith(join(root, 'content', 'responses'))),
      ...pick((f) => f.endsWith('.md')),
    ].map((f) => [f, readFileSync(f, 'utf8')] as const);
    sources.push(...generated.slice(0, 4).map((t, i) => [`généré-${i}.yaml`, t] as const));
    let accepted = 0;
    let shortcut = 0;
    for (let n = 0; n < 1000; n++) {
      const [path, original] = sources[n % sources.length];
      let text = original;
      for (let m = 0; m < 1 + Math.floor(random() * 3); m++) {
        const at = Math.floor(random() * text.length);
        const kind = random();
        if (kind < 0.45) text = text.slice(0, at) + inserts[Math.floor(random() * inserts.length)] + text.slice(at);
        else if (kind < 0.75) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
        else {
          const start = text.lastIndexOf('\n', at) + 1;
          text = kind < 0.88 ? `${text.slice(0, start)}  ${text.slice(start)}` : text.slice(0, start) + text.slice(start).replace(/^ {1,2}/, '');
        }
      }
      const { quick, full } = both(text, path.replace(/.*\/(content|fixtures)\//, 'content/'));
      expect(outcome(quick), `${path}, mutation ${n}`).toEqual(outcome(full));
      if (quick.ok) accepted++;
      if (!path.endsWith('.md') && readPlainYaml(text) !== undefined) shortcut++;
    }
    // The mutations must leave many files valid, and many through the shortcut, or this test compares only refusals.
    expect(shortcut).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(100);
  });
});
