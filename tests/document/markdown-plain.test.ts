/**
 * The plain-prose shortcut gives exactly remark's tree, or nothing: compared on every text of the
 * sample content, of the fixtures and of generated programmes, on a table of near misses, and on
 * random texts made of the characters that matter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generatedProgramme, sampleProgrammes } from '../../scripts/bench-lib/generate';
import { plainMarkdown } from '../../src/markdown/plain';

const processor = unified().use(remarkParse).use(remarkGfm);

/** remark's tree without positions. */
function remark(source: string): unknown {
  const strip = (node: Record<string, unknown>): unknown => {
    const { position: _position, children, ...rest } = node;
    return Array.isArray(children) ? { ...rest, children: children.map((c) => strip(c as Record<string, unknown>)) } : rest;
  };
  return strip(processor.parse(source) as unknown as Record<string, unknown>);
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value.trim());
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

const root = join(import.meta.dirname, '..', '..');

/** A deterministic generator (xorshift), so that a failure can be replayed. */
function random(seed: number) {
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] };
}

/** Every string of the sample content and of the valid fixtures (the invalid ones may not parse). */
function corpusTexts(): string[] {
  const files = [...yamlFiles(join(root, 'content')), ...yamlFiles(join(root, 'tests', 'fixtures')).filter((f) => !f.includes(`${join('fixtures', 'invalid')}`))];
  const texts: string[] = [];
  for (const file of files) {
    try {
      strings(parseYaml(readFileSync(file, 'utf8')), texts);
    } catch {
      // A fixture that is not YAML on purpose.
    }
  }
  const templates = sampleProgrammes();
  for (let i = 0; i < 60; i++) strings(generatedProgramme(templates, i).data, texts);
  return [...new Set(texts)].filter((t) => t.length > 0);
}

describe('plainMarkdown', () => {
  it('gives remark’s tree for every text of the content, fixtures and generated programmes it takes, and takes most prose', () => {
    const texts = corpusTexts();
    let taken = 0;
    for (const text of texts) {
      const tree = plainMarkdown(text);
      if (!tree) continue;
      taken++;
      expect(tree, text).toEqual(remark(text));
    }
    expect(texts.length).toBeGreaterThan(2000);
    // Most texts are prose: the shortcut is worth having only if it takes them.
    expect(taken / texts.length).toBeGreaterThan(0.6);
  });

  it.each([
    'Un texte.',
    'Première ligne\nseconde ligne.',
    'Un paragraphe.\n\nUn autre.\n\n\nEt un troisième.',
    'En 2024, 37 % des jeunes (dont 12 femmes) ; « invisibles » : sortis des radars.',
    'Saint-Gaudens - Comminges, 12.5 % et 3) trois',
    'Ligne\n2024 fut une année',
    'Une école a ouvert en octobre\n2018. La filière recrute.',
    'Deux lignes\n12) douze',
    'Texte\u00a0insécable\n\u202fétroite en tête',
    'Un € et des ’apostrophes’ ?',
    'Les MESP sont de **vrais contrats de travail**, présentés dès le départ.',
    '**Le parcours.** Trois mois.\n\n**Les supports.** Un atelier.',
    '« **coaching collectif** » et (**pair-aidance**) puis l’**équipe**.',
    '**Jeunes**\n**Femmes et seniors** : deux **cohortes\nsuivies**',
    'Un **mot**\u00a0: et **un autre**…',
    'Le CCAS estime l’action facile à reproduire :\n\n- le besoin ;\n- **les moyens**, modestes.\n\nFin.',
    '- rédiger son CV ;\n- 2024 en chiffres',
    '- le contenu s’adapte au tissu\n  économique local ;\n- un autre point.',
    '1. **trois cohortes** (jeunes), chacune suivie\n   par l’acteur le plus compétent ;\n2. **un groupe opérationnel**.',
    'Le suivi se fait en trois temps :\n\n3) un\n4) deux\n\nEnsuite.',
    '9. neuf\n10. dix\n    suite de dix',
    '1) un',
    'Texte\n\n2018. un',
  ])('takes prose: %j', (text) => {
    const tree = plainMarkdown(text);
    expect(tree).toBeDefined();
    expect(tree).toEqual(remark(text));
  });

  it.each([
    ['emphasis', 'Un *mot* en italique'],
    ['bold within a word', 'mot**gras** et'],
    ['bold followed by a letter', '**gras**mot'],
    ['bold opening before a space', '** gras**'],
    ['bold closing after a space', '**gras **'],
    ['bold closing after a no-break space', '**gras\u00a0**'],
    ['bold opening before punctuation', '**(gras)** et'],
    ['bold closing between punctuation marks', '**gras.**, et'],
    ['three stars', '***gras***'],
    ['a lone pair', 'un ** deux'],
    ['an unclosed bold', 'un **deux'],
    ['bold and italic', '**gras** et *italique*'],
    ['strong', 'Un __mot__ gras'],
    ['list interrupting a paragraph', 'Avant\n- un\n- deux'],
    ['lazy line in a list', '- un\ndeux'],
    ['lazy dash in a list', '- un\n-deux'],
    ['loose list', '- un\n\n- deux'],
    ['indented item', '-  un'],
    ['empty item', '- un\n- '],
    ['nested list', '- - un'],
    ['nested ordered list', '- 2024. un'],
    ['star list', '* un'],
    ['lazy continuation of an ordered item', '1. un\ndeux'],
    ['continuation indented short of the text', '1. un\n  deux'],
    ['continuation that opens a list', '- un\n  - deux'],
    ['two kinds of markers', '1. un\n2) deux'],
    ['ordered and bulleted', '1. un\n- deux'],
    ['list after a list', '1. un\n\n- deux'],
    ['task item', '- [ ] à faire'],
    ['plus list', '+ un'],
    ['ordered list interrupting a paragraph', 'Texte\n1. un'],
    ['ordered list with parenthesis interrupting a paragraph', 'Texte\n1) un'],
    ['setext heading', 'Titre\n==='],
    ['setext heading with dashes', 'Titre\n---'],
    ['thematic break', 'Avant\n\n---\n\nAprès'],
    ['heading', '# Titre'],
    ['quote', '> cité'],
    ['indented code', 'Avant\n\n    code'],
    ['hard break', 'Ligne  \nsuite'],
    ['backslash break', 'Ligne\\\nsuite'],
    ['code span', 'Un `code`'],
    ['link', '[site](https://exemple.fr)'],
    ['autolink', 'Voir https://exemple.fr'],
    ['www autolink', 'Voir www.exemple.fr'],
    ['email autolink', 'Écrire à contact@exemple.fr'],
    ['character reference', 'A &amp; B'],
    ['html', 'Un <b>gras</b>'],
    ['table', 'a | b\n--|--\n1 | 2'],
    ['strikethrough', '~~barré~~'],
    ['tab', 'a\tb'],
    ['leading space', ' un'],
    ['whitespace-only line', 'un\n \ndeux'],
    ['empty', ''],
    ['untrimmed', 'un\n'],
  ])('leaves a text with a construct or a doubt to remark: %s', (_name, text) => {
    expect(plainMarkdown(text)).toBeUndefined();
  });

  it('agrees with remark on random texts made of the characters that matter', () => {
    const { next, pick } = random(0x2545f491);
    const alphabet = ['- ', '\n- ', 'a', 'é', 'Z', ' ', ' ', '\n', '\n\n', '-', '+', '=', '1', '9', '.', ')', '(', ':', '/', 'w', '@', '*', '_', '#', '>', '<', '&', '|', '~', '`', '[', ']', '!', '\\', '\t', '\u00a0', '\u202f', '«', '»', 'www.', 'http://', ';', ',', '%'];
    let taken = 0;
    for (let n = 0; n < 4000; n++) {
      const length = 1 + Math.floor(next() * 30);
      let text = '';
      for (let i = 0; i < length; i++) text += pick(alphabet);
      const tree = plainMarkdown(text);
      if (!tree) continue;
      taken++;
      expect(tree, JSON.stringify(text)).toEqual(remark(text));
    }
    expect(taken).toBeGreaterThan(50);
  });

  it('agrees with remark on random prose with bold spans', () => {
    const { next, pick } = random(0x1b873593);
    // Text around the spans, and inside them, with the marks that decide whether `**` opens or closes.
    const around = ['', ' ', ' ', '\n', '.', ',', ':', '(', ')', '«', '»', '’', '"', '-', '…', '\u00a0', '\u202f', '\u2028', '\ufeff', '?', '*', ';', '/', '%', 'mot', 'le', 'é', '1'];
    const inside = ['mot', 'Le parcours.', 'é', '1', ' ', '\n', '.', '(', ')', '’', '\u00a0', '*', 'a b'];
    let bold = 0;
    for (let n = 0; n < 40000; n++) {
      let text = '';
      const spans = 1 + Math.floor(next() * 3);
      for (let i = 0; i < spans; i++) {
        text += pick(around) + pick(around);
        let words = '';
        for (let j = 0, m = 1 + Math.floor(next() * 3); j < m; j++) words += pick(inside);
        text += `**${words}**`;
      }
      text += pick(around) + pick(around);
      const tree = plainMarkdown(text);
      if (!tree) continue;
      if (JSON.stringify(tree).includes('strong')) bold++;
      expect(tree, JSON.stringify(text)).toEqual(remark(text));
    }
    expect(bold).toBeGreaterThan(300);
  });

  it('agrees with remark on random lists with further lines', () => {
    const { next, pick } = random(0x68e31da4);
    const markers = ['- ', '- ', '1. ', '2. ', '1) ', '9. ', '10. ', '-  ', '* ', '+ ', '-'];
    const indents = ['', ' ', '  ', '   ', '    '];
    const texts = ['mot', 'deux mots', '**gras**', '- ', '1. ', '2018. ', '= ', '', 'é ;', '(x)', ' mot'];
    const blocks = ['', '\n\n', '\n\nUn paragraphe.\n\n', '\n'];
    let lists = 0;
    for (let n = 0; n < 40000; n++) {
      let text = '';
      for (let b = 0, m = 1 + Math.floor(next() * 2); b < m; b++) {
        text += b > 0 ? pick(blocks) : '';
        for (let i = 0, items = 1 + Math.floor(next() * 3); i < items; i++) {
          text += `${i > 0 ? '\n' : ''}${pick(markers)}${pick(texts)}${pick(texts)}`;
          for (let j = Math.floor(next() * 3); j > 0; j--) text += `\n${pick(indents)}${pick(texts)}`;
        }
      }
      const tree = plainMarkdown(text);
      if (!tree) continue;
      if (tree.children.some((c) => c.type === 'list')) lists++;
      expect(tree, JSON.stringify(text)).toEqual(remark(text));
    }
    expect(lists).toBeGreaterThan(300);
  });
});
