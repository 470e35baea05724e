/**
 * The evaluator's screen for a call in lots: the sample call cut into two lots (the north and the
 * south of the QPV), its evaluation that of the first. An offer received by e-mail, entered in the
 * short form, answers the evaluated lot without the evaluator choosing it, and the screen says so;
 * once the evaluation is published, an offer without marks is still added, the evaluation going back
 * to a draft until it is marked, which the screen says by the offer's name.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { context, hasChromium } from './browser';
import { noViolations, withEditor } from './editor-session';

const CALL = 'dijon-remobilisation-femmes-qpv-2022';
const LOTS = `lotRules:
  bid: one-or-more
lots:
  - id: quartiers-nord
    title: Quartiers du nord
  - id: quartiers-sud
    title: Quartiers du sud
`;

describe.runIf(hasChromium)('the evaluator’s screen for a call in lots', () => {
  const session = withEditor({
    prepare: (content) => {
      const edit = (path: string, change: (text: string) => string) => {
        const before = readFileSync(join(content, path), 'utf8');
        const after = change(before);
        expect(after, path).not.toBe(before);
        writeFileSync(join(content, path), after);
      };
      edit(join('tenders', `${CALL}.yaml`), (text) => `${text}${LOTS}`);
      // The call's responses and its evaluation are those of the first lot.
      for (const name of readdirSync(join(content, 'responses'))) {
        if (readFileSync(join(content, 'responses', name), 'utf8').includes(`tender: ${CALL}\n`)) edit(join('responses', name), (text) => text.replace(`tender: ${CALL}\n`, `tender: ${CALL}\nlot: quartiers-nord\n`));
      }
      // A draft while the committee marks: an offer just entered has no marks yet.
      edit(join('evaluations', `${CALL}.yaml`), (text) => text.replace(`tender: ${CALL}\n`, `draft: true\ntender: ${CALL}\nlot: quartiers-nord\n`));
    },
  });

  it('enters an offer for the evaluated lot, said on the screen, without a choice to make', async () => {
    const { editor, browser } = session;
    const file = join(editor.content, 'evaluations', `${CALL}.yaml`);
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/notes/${CALL}/`);
    await page.waitForSelector('.marks-grid', { timeout: 60_000 });
    const rows = await page.locator('.marks-grid tbody tr').count();
    expect(rows).toBeGreaterThan(0);

    // No list of lots to pick from: the one of the evaluation, by its name.
    expect(await page.locator('select#manuelle-lot').count()).toBe(0);
    expect(await page.locator('#manuelle-lot').innerText()).toBe('Le lot\nLot 1\u00A0: Quartiers du nord, celui de l’évaluation (une offre d’un autre lot va dans l’évaluation de ce lot).');
    await noViolations(page);

    await page.locator('#manuelle-provider').fill('Association Horizon');
    await page.getByRole('button', { name: 'Ajouter l’offre et l’enregistrer' }).click();
    await expect.poll(() => page.locator('.marks-grid tbody tr').count(), { timeout: 30_000 }).toBe(rows + 1);
    expect(readFileSync(file, 'utf8')).toContain(`  - manual:
      id: association-horizon
      provider: Association Horizon
      lot: quartiers-nord
    marks: []
`);
  });

  it('adds an offer to the published evaluation of a lot as a draft, and says so by the offer’s name', async () => {
    const { editor, browser } = session;
    const file = join(editor.content, 'evaluations', `${CALL}.yaml`);
    // The committee publishes its evaluation: every offer must now have its marks.
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/notes/${CALL}/`);
    await page.waitForSelector('.marks-grid', { timeout: 60_000 });
    // The offer entered in the first test, still without marks, keeps the evaluation from being published.
    await page.locator('#manuelle-provider').fill('Association Sud');
    await page.getByRole('button', { name: 'Ajouter l’offre et l’enregistrer' }).click();
    const said = page.locator('[data-added]');
    await expect.poll(() => said.count(), { timeout: 30_000 }).toBe(1);
    expect(await said.textContent()).toBe('L’offre «\u00A0Association Sud\u00A0» est ajoutée\u202F; l’évaluation repasse en brouillon jusqu’à ce que ses notes soient saisies dans la grille.');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toContain(`  - manual:
      id: association-sud
      provider: Association Sud
      lot: quartiers-nord
    marks: []
`);
    await noViolations(page);
  });
});
