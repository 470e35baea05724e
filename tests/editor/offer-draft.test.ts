/**
 * An offer added on the evaluator's screen to a published evaluation arrives without marks, which
 * a published evaluation requires: the file is kept as a draft until they are entered (nothing the
 * evaluator typed is lost), and the save that completes them publishes it again. An evaluation the
 * author keeps as a draft is never published by adding an offer. The screen names offers and
 * criteria as the committee and the call name them, without the file's ids.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearCorpusCache } from '../../src/content/content-fs';
import { openFile } from '../../src/editor/files-fs';
import { addedNotice, withoutIds } from '../../src/editor/marks-notice';
import { saveFile } from '../../src/editor/service-fs';

const root = join(import.meta.dirname, '..', '..');
const EVALUATION = 'dijon-remobilisation-femmes-qpv-2022';
let dir: string;
let content: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'passerelle-offre-brouillon-'));
  content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  clearCorpusCache();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  clearCorpusCache();
});

type Data = Record<string, never>;
const horizon = (marks: unknown[]) => ({ manual: { id: 'association-horizon', provider: 'Association Horizon', price: { lumpSum: '35 000 € TTC', vat: { kind: 'not-subject' } } }, marks });
const marked = [{ criterion: 'valeur-technique', mark: 7, justification: 'Offre solide sur le collectif.' }];
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('saving an evaluation on the evaluator’s screen', () => {
  it.each([
    // [the file, the offer's marks, draftWhenInvalid, saved?, a draft after?]
    ['published', [], false, false, false],
    ['published', [], true, true, true],
    ['published', marked, true, true, false],
    ['draft', [], true, true, true],
    ['draft', marked, false, true, true],
  ] as const)('a %s file, an offer with %j marks, draftWhenInvalid %s: saved %s, a draft %s', (state, marks, draftWhenInvalid, saved, draft) => {
    const file = openFile(content, 'evaluations', EVALUATION);
    const data = { ...(state === 'draft' && { draft: true }), ...file.data, offers: [...(file.data.offers as unknown[]), horizon([...marks])] } as unknown as Record<string, Data>;
    const before = readFileSync(file.path, 'utf8');
    const result = saveFile(content, 'evaluations', EVALUATION, data as never, { version: file.version, draftWhenInvalid });
    expect(result.ok).toBe(saved);
    const after = readFileSync(file.path, 'utf8');
    if (!saved) return expect(after).toBe(before);
    expect(result.ok && result.draft).toBe(draft);
    expect(/^draft: true$/m.test(after)).toBe(draft);
    expect(after).toContain('provider: Association Horizon');
    if (result.ok && draft) expect(result.check.errors).toBe(0);
  });

  it('publishes the draft again once the new offer is marked', () => {
    const file = openFile(content, 'evaluations', EVALUATION);
    const offers = [...(file.data.offers as unknown[])];
    const first = saveFile(content, 'evaluations', EVALUATION, { ...file.data, offers: [...offers, horizon([])] } as never, { version: file.version, draftWhenInvalid: true });
    expect(first.ok && first.draft).toBe(true);
    const reopened = openFile(content, 'evaluations', EVALUATION);
    expect(reopened.data.draft).toBe(true);
    const { draft: _draft, ...published } = reopened.data;
    const second = saveFile(content, 'evaluations', EVALUATION, { ...published, offers: [...offers, horizon(marked)] } as never, { version: reopened.version, draftWhenInvalid: true });
    expect(second.ok && second.draft).toBe(false);
    expect(readFileSync(reopened.path, 'utf8')).not.toContain('draft: true');
  });
});

describe('what the evaluator’s screen says', () => {
  it.each([
    ['L’offre «\u00A0Association Horizon\u00A0» (association-horizon) n’a pas de note pour «\u00A0Valeur technique de l’offre\u00A0» (valeur-technique)', 'L’offre «\u00A0Association Horizon\u00A0» n’a pas de note pour «\u00A0Valeur technique de l’offre\u00A0»'],
    ['Le critère « Prix » (prix-2) est noté deux fois pour cette offre', 'Le critère « Prix » est noté deux fois pour cette offre'],
    ['La note 12 est hors de l’échelle (0 à 10)', 'La note 12 est hors de l’échelle (0 à 10)'],
    ['Précision (page 3)', 'Précision (page 3)'],
  ])('says %j as %j', (message, said) => {
    expect(withoutIds(message)).toBe(said);
  });

  const offers = [
    { index: 0, id: 'tremplin-dijon-2022', name: 'Groupement Tremplin', manual: false },
    { index: 1, id: 'association-horizon', name: 'Association Horizon', manual: true },
  ];
  it.each([
    ['a published evaluation made a draft', { offers: 1, draft: false }, true, 'L’offre « Association Horizon » est ajoutée ; l’évaluation repasse en brouillon jusqu’à ce que ses notes soient saisies dans la grille.'],
    ['a draft evaluation', { offers: 1, draft: true }, true, 'L’offre « Association Horizon » est ajoutée : saisissez ses notes dans la grille.'],
    ['a published evaluation with nothing to mark', { offers: 1, draft: false }, false, 'L’offre « Association Horizon » est ajoutée.'],
    ['an offer already there', { offers: 2, draft: false }, false, 'Cette offre figurait déjà dans l’évaluation : ses notes sont inchangées.'],
  ])('after adding to %s', (_, before, draft, text) => {
    const notice = addedNotice(before, offers, draft);
    expect(plain(notice.text)).toBe(text);
    expect(notice.offer).toBe(before.offers < offers.length ? 1 : undefined);
  });
});
