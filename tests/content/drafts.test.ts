/**
 * Drafts (`draft: true`): what they lack is a list of warnings, never an error of the build; they
 * are previewed when their required fields allow it, with refused values left out; published
 * files that name a draft which cannot be read are told so.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgrammeSchema } from '../../schemas/index';
import { previewDraft } from '../../src/content/drafts';
import { formatDrafts, summary, validateFiles, type SourceFile } from '../../src/content/validate';
import { fixturesDir, readFixture } from './fixtures';

const base = () => readFixture(join(fixturesDir, 'base'));
const refProg = () => base().find((f) => f.path === 'content/programmes/ref-prog.yaml')!;

/** The base corpus with one file replaced or added. */
function withFile(file: SourceFile): SourceFile[] {
  return [...base().filter((f) => f.path !== file.path), file];
}

const draftOf = (text: string, path = 'content/programmes/jardin.yaml'): SourceFile => ({ collection: 'programmes', path, text: `draft: true\n${text}` });

describe('previewDraft: what a draft shows before it is finished', () => {
  const minimal = {
    draft: true,
    title: 'Jardin partagé',
    summary: 'Un jardin.',
    status: 'running',
    carriers: [{ name: 'CCAS de Test' }],
    territory: { communes: ['Dijon'] },
    themes: ['youth'],
    public: {},
  };
  const schema = ProgrammeSchema();

  it.each([
    ['a valid draft is kept as it is', {}, []],
    ['a refused optional value is left out', { duration: 'deux mois' }, [['duration']]],
    ['a key the schema does not know is left out', { source: { title: 'Ancienne forme' } }, [['source']]],
    [
      'a list item that misses a required text shows the placeholder in its place',
      { workshops: [{ id: 'a', title: 'Atelier', kind: 'thematic-workshop', mode: 'collective' }, { id: 'b', kind: 'thematic-workshop', mode: 'collective' }] },
      [['workshops', 1, 'title']],
    ],
    [
      'a list item that misses a required field of another kind is left out with it',
      { workshops: [{ id: 'a', title: 'Atelier', kind: 'thematic-workshop', mode: 'collective' }, { id: 'b', title: 'Sans genre', mode: 'collective' }] },
      [['workshops', 1]],
    ],
    ['a required text with no value shows the placeholder', { summary: undefined }, [['summary']]],
  ])('%s', (_, change, leftOut) => {
    const preview = previewDraft({ ...minimal, ...change }, schema);
    expect(preview.data).toBeDefined();
    expect(preview.leftOut).toEqual(leftOut);
  });

  it.each([
    ['its status', ['status'], [['status']]],
    ['its status and its themes', ['status', 'themes'], [['status'], ['themes']]],
    ['its carriers and its territory', ['carriers', 'territory'], [['carriers'], ['territory']]],
  ])('fills nothing but text: a draft without %s has no preview, and says what it waits for', (_, missing, blockers) => {
    const rest = Object.fromEntries(Object.entries(minimal).filter(([key]) => !missing.includes(key)));
    expect(previewDraft(rest, schema)).toEqual({ leftOut: [], blockers });
  });

  it('shows « À compléter » for the missing summary, and « non renseigné » comes from the absent duration', () => {
    const preview = previewDraft({ ...minimal, summary: undefined, duration: 'deux mois' }, schema);
    expect(preview.data?.summary).toBe('À compléter');
    expect(preview.data?.duration).toBeUndefined();
  });
});

describe('validation of drafts', () => {
  it('reports what a draft lacks as warnings: no error, the build is not stopped', () => {
    const text = refProg().text.replace(/^summary: .*$/m, '').replace('duration: 12 semaines', 'duration: douze semaines');
    const result = validateFiles(withFile(draftOf(text)));
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(2);
    expect(result.drafts).toEqual([{ collection: 'programmes', id: 'jardin', file: 'content/programmes/jardin.yaml', toComplete: 2, previewable: true }]);
    expect(result.diagnostics.map((d) => [d.severity, d.path.join('.')])).toEqual([
      ['warning', 'summary'],
      ['warning', 'duration'],
    ]);
    // The preview is in the corpus, marked as a draft, with the refused duration left out.
    const entry = result.corpus.programmes.find((p) => p.id === 'jardin')!;
    expect(entry.data.draft).toBe(true);
    expect(entry.data.duration).toBeUndefined();
  });

  it('lists each draft and its fields in French, and says it is never published', () => {
    const text = refProg().text.replace(/^summary: .*$/m, '');
    const result = validateFiles(withFile(draftOf(text)));
    expect(formatDrafts(result)).toBe(
      [
        'content/programmes/jardin.yaml  brouillon\u00A0: 1 champ à compléter (aperçu possible dans l’espace de travail)',
        '  ligne 1 · summary\u00A0: Champ obligatoire manquant\u00A0: «\u00A0summary\u00A0»',
      ].join('\n'),
    );
    expect(summary(result)).toBe(
      '6 fichiers valides (2 programmes, 1 appel, 1 prestataire, 1 réponse, 1 évaluation). 1 brouillon\u00A0: 1 champ à compléter (jamais publiés).',
    );
  });

  it('keeps a draft whose YAML cannot be read out of the corpus, as a warning', () => {
    const result = validateFiles(withFile(draftOf('title: [non fermé\n')));
    expect(result.errors).toBe(0);
    expect(result.drafts[0]).toMatchObject({ id: 'jardin', previewable: false });
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', rule: 'yaml/syntaxe' });
  });

  it('still stops on an error in a published file', () => {
    const text = refProg().text.replace('duration: 12 semaines', 'duration: douze semaines');
    const result = validateFiles(withFile({ ...refProg(), text }));
    expect(result.errors).toBe(1);
    expect(result.warnings).toBe(0);
  });

  it('tells a published file that it names a draft which cannot be read yet', () => {
    // The response's proposed programme becomes a draft without its status: no preview.
    const proposed = base().find((f) => f.path === 'content/programmes/proposed-prog.yaml')!;
    const text = `draft: true\n${proposed.text.replace(/^status: .*$/m, '')}`;
    const result = validateFiles(withFile({ ...proposed, text }));
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.file, d.rule, d.message])).toEqual([
      ['content/responses/resp.yaml', 'ref/programme', 'Le programme «\u00A0proposed-prog\u00A0» est un brouillon qui ne peut pas encore être lu'],
    ]);
    expect(errors[0].hint).toBe(
      'Complétez d’abord les champs obligatoires de content/programmes/proposed-prog (la validation les liste sous «\u00A0Brouillons\u00A0»), ou retirez cette référence.',
    );
  });

  it('takes a draft out of the preview when it names what does not exist, and says so as a warning', () => {
    const resp = base().find((f) => f.path === 'content/responses/resp.yaml')!;
    const text = `draft: true\n${resp.text.replace('provider: prov', 'provider: inconnu')}`;
    const result = validateFiles(withFile({ ...resp, text }));
    // The evaluation of the call names this response: it is told the response is an unreadable draft.
    expect(result.drafts).toEqual([{ collection: 'responses', id: 'resp', file: 'content/responses/resp.yaml', toComplete: 1, previewable: false }]);
    expect(result.corpus.responses).toEqual([]);
    expect(result.diagnostics.map((d) => [d.severity, d.file, d.rule])).toEqual([
      ['warning', 'content/responses/resp.yaml', 'ref/provider'],
      ['error', 'content/evaluations/eval.yaml', 'ref/response'],
    ]);
  });
});
