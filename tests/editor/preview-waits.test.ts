/**
 * A new draft that cannot be previewed yet says why, in the form's words: « il apparaîtra dès que
 * le champ « Statut » sera choisi », never the public site's « Page introuvable ».
 */
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/content/validate';
import { fr } from '../../src/i18n/fr';

const programme = (text: string) => [{ collection: 'programmes' as const, path: 'content/programmes/essai.yaml', text: `draft: true\ntitle: Essai\n${text}` }];
const complete = 'summary: Un essai.\ncarriers:\n  - name: CCAS de Test\nterritory:\n  communes: [Dijon]\nthemes: [youth]\n';

describe('what a draft waits for before its preview', () => {
  it.each([
    ['nothing, once its status is chosen', `status: running\n${complete}`, true, undefined],
    ['its status', complete, false, [['status']]],
    ['its status and its themes', complete.replace('themes: [youth]\n', ''), false, [['status'], ['themes']]],
    ['its themes, when the only theme is not one of the list', `status: running\n${complete.replace('[youth]', '[inconnu]')}`, false, [['themes']]],
  ])('%s', (_, text, previewable, waitingFor) => {
    const [draft] = validateFiles(programme(text)).drafts;
    expect(draft.previewable).toBe(previewable);
    expect(draft.waitingFor).toEqual(waitingFor);
  });
});

describe('the preview’s words while it waits', () => {
  it.each([
    [[{ label: 'Statut', chosen: true }], 'Pas encore d’aperçu : il apparaîtra dès que le champ « Statut » sera choisi et le fichier enregistré.'],
    [[{ label: 'Le territoire', chosen: false }], 'Pas encore d’aperçu : il apparaîtra dès que le champ « Le territoire » sera rempli et le fichier enregistré.'],
    [
      [{ label: 'Statut', chosen: true }, { label: 'Thèmes', chosen: false }],
      'Pas encore d’aperçu : il apparaîtra dès que les champs « Statut » et « Thèmes » seront remplis et le fichier enregistré.',
    ],
  ])('%j', (fields, expected) => {
    expect(fr.editor.page.previewWaits(fields).replace(/[\u00A0\u202F]/g, ' ')).toBe(expected);
  });
});
