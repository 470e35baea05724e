/**
 * The evaluator's screen for a call in lots: the sample call cut into two lots (the north and the
 * south of the QPV), its evaluation that of the first. An offer received by e-mail, entered in the
 * short form, answers the evaluated lot without the evaluator choosing it, and the screen says so;
 * once the evaluation is no longer a draft, an offer without marks is refused, and the form says why.
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

  it('says why an offer is not added when the evaluation is no longer a draft, beside the button, and keeps nothing', async () => {
    const { editor, browser } = session;
    const file = join(editor.content, 'evaluations', `${CALL}.yaml`);
    // The committee publishes its evaluation: every offer must now have its marks.
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    const before = readFileSync(file, 'utf8');
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/notes/${CALL}/`);
    await page.waitForSelector('.marks-grid', { timeout: 60_000 });
    await page.locator('#manuelle-provider').fill('Association Sud');
    await page.getByRole('button', { name: 'Ajouter l’offre et l’enregistrer' }).click();
    const said = page.locator('.manual-offer [role=status]');
    await expect.poll(() => said.textContent(), { timeout: 30_000 }).toContain('n’a pas de note pour');
    const text = (await said.textContent()) ?? '';
    expect(text.startsWith('Rien n’a été enregistré')).toBe(true);
    // The offer and its criteria by the names the committee and the call gave them, with the file's ids.
    expect(text).toContain('L’offre «\u00A0Association Sud\u00A0» (association-sud) n’a pas de note pour «\u00A0Valeur technique de l’offre\u00A0» (valeur-technique)');
    expect(text).not.toContain('signalées à côté des cases');
    expect(readFileSync(file, 'utf8')).toBe(before);
    await noViolations(page);
  });
});
