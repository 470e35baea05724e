/**
 * Saving keeps the file a person's file: one field edited changes one line, comments and key
 * order stay, a new key goes where the form's order puts it, a moved list item keeps its text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../src/editor/text-diff';
import { patchYaml, type Json } from '../../src/editor/yaml-patch';

const root = join(import.meta.dirname, '..', '..');
const castelnau = readFileSync(join(root, 'content', 'programmes', 'castelnau-donne-des-elles.yaml'), 'utf8');
const data = () => parseDocument(castelnau).toJSON() as Record<string, Json> & { workshops: Array<Record<string, Json>> };
const changed = (before: string, after: string) => lineDiff(before, after, 0).filter((l) => l.kind !== 'gap');

describe('patchYaml', () => {
  it('changes exactly the one line of the one field edited', () => {
    const d = data();
    d.workshops[1].sessionDuration = '2h30';
    const out = patchYaml(castelnau, d);
    expect(changed(castelnau, out).map((l) => `${l.kind} ${l.text}`)).toEqual(['removed     sessionDuration: 2 h', 'added     sessionDuration: 2h30']);
  });

  it('keeps a trailing comment and the file’s quotes elsewhere', () => {
    const text = '# Titre\ntitle: Ancien # à garder\nstatus: running\npostcode: \'01000\'\n';
    expect(patchYaml(text, { title: 'Nouveau', status: 'running', postcode: '01000' })).toBe('# Titre\ntitle: Nouveau # à garder\nstatus: running\npostcode: \'01000\'\n');
  });

  it('puts a new key where the form’s order says, before the next key’s comment', () => {
    const text = 'title: T\n\n# Le statut.\nstatus: running\n';
    const out = patchYaml(text, { title: 'T', summary: 'Un résumé', status: 'running' }, () => ['title', 'summary', 'status']);
    expect(out).toBe('title: T\n\nsummary: Un résumé\n# Le statut.\nstatus: running\n');
  });

  it('writes a text the YAML would read otherwise in quotes', () => {
    const out = patchYaml('a: x\n', { a: 'À compléter : oui' });
    expect(out).toBe('a: "À compléter : oui"\n');
    expect(patchYaml('a: x\n', { a: '12' })).toBe('a: "12"\n');
  });

  it('writes a multi-line text as a block that keeps its lines', () => {
    const out = patchYaml('context: court\nb: 1\n', { context: 'Ligne 1\n\nLigne 2\n', b: 1 });
    expect(out).toBe('context: |\n  Ligne 1\n\n  Ligne 2\nb: 1\n');
  });

  it('removes a key with its lines only', () => {
    const out = patchYaml('a: 1\nb:\n  - x\n  - y\nc: 3\n', { a: 1, c: 3 });
    expect(out).toBe('a: 1\nc: 3\n');
  });

  it('moves a list item with its own text and comments', () => {
    const text = 'items:\n  # premier\n  - id: a\n    n: 1\n  # second\n  - id: b\n    n: 2\n';
    const out = patchYaml(text, { items: [{ id: 'b', n: 2 }, { id: 'a', n: 1 }] });
    expect(parseDocument(out).toJSON()).toEqual({ items: [{ id: 'b', n: 2 }, { id: 'a', n: 1 }] });
    expect(out).toBe('items:\n  # second\n  - id: b\n    n: 2\n  # premier\n  - id: a\n    n: 1\n');
  });

  it('adds and removes list items without touching the others', () => {
    const d = data();
    d.workshops.push({ id: 'nouvel-atelier', title: 'Nouvel atelier' });
    const out = patchYaml(castelnau, d);
    expect(changed(castelnau, out).every((l) => l.kind === 'added')).toBe(true);
    expect(changed(castelnau, out).map((l) => l.text)).toEqual(['  - id: nouvel-atelier', '    title: Nouvel atelier']);
  });

  it.each(['elles-rebondissent-dijon-2022', 'la-rochelle-cite-emploi', 'toulouse-clause-sociale-femmes'])('reads back as the data after many edits (%s)', (name) => {
    const text = readFileSync(join(root, 'content', 'programmes', `${name}.yaml`), 'utf8');
    const d = parseDocument(text).toJSON() as Record<string, Json>;
    const edits: Array<(x: Record<string, Json>) => void> = [
      (x) => (x.title = `${x.title} (modifié)`),
      (x) => delete x.summary,
      (x) => (x.lessons = 'Première ligne\nDeuxième ligne'),
      (x) => Array.isArray(x.themes) && (x.themes as Json[]).reverse(),
      (x) => Array.isArray(x.workshops) && (x.workshops as Json[]).splice(0, 1),
    ];
    for (const edit of edits) {
      edit(d);
      const out = patchYaml(text, d);
      expect(parseDocument(out).toJSON()).toEqual(d);
    }
  });
});
