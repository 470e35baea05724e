/**
 * An offer that arrives after the committee has published its evaluation: the sample evaluation
 * (published, every offer marked) receives Association Horizon's offer, sent by e-mail and entered
 * in the short form, then Élan's, imported from its Passerelle PDF. Each time the offer is added
 * and nothing is lost: the evaluation goes back to a draft, the screen says so, by the offer's
 * name, in the new offer's first cell, which has the focus; the evaluator marks it, saves, and the
 * evaluation is valid and published again, without a line of YAML. The justifications show
 * rendered under their boxes (lists, bold, links), what the evaluator writes as HTML shown as text.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseDocument, type YAMLSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/content/validate';
import { elanPdf, ELAN_FILES } from '../cli/buyer-workspace';
import { readFixture } from '../content/fixtures';
import { context, hasChromium, screenshots } from './browser';
import { noViolations, withEditor } from './editor-session';

const EVALUATION = 'dijon-remobilisation-femmes-qpv-2022';
const plain = (text: string | null) => (text ?? '').replace(/[\u00A0\u202F]/g, ' ');

/** The evaluation's errors and whether it is a draft, as `passerelle validate` reads the content. */
function validation(content: string): { errors: string[]; draft: boolean } {
  const result = validateFiles(readFixture(content));
  const file = (path: string) => path.endsWith(`evaluations/${EVALUATION}.yaml`);
  return { errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), draft: result.drafts.some((d) => file(d.file)) };
}

describe.runIf(hasChromium)('an offer added to a published evaluation', () => {
  const pdf = join(tmpdir(), `passerelle-elan-publiee-${process.pid}.pdf`);
  const session = withEditor({
    prepare: async (content) => {
      // Élan's offer has not been received yet: neither its files nor its marks are in the content.
      for (const f of ELAN_FILES) unlinkSync(join(content, f));
      const path = join(content, 'evaluations', `${EVALUATION}.yaml`);
      const doc = parseDocument(readFileSync(path, 'utf8'));
      const offers = doc.get('offers') as YAMLSeq;
      offers.items = offers.items.filter((o) => !String((o as { get: (k: string) => unknown }).get('response')).startsWith('elan-'));
      writeFileSync(path, doc.toString({ lineWidth: 100 }));
      expect(validation(content)).toEqual({ errors: [], draft: false });
      writeFileSync(pdf, await elanPdf());
    },
  });

  /** Types the mark and its justification in the focused cell, saves, and reads what the screen says. */
  async function markAndSave(page: Page, mark: string, justification: string): Promise<string> {
    // What is in the cell (« À compléter », as an imported offer brings it) is replaced.
    await page.keyboard.press('Control+A');
    await page.keyboard.type(mark);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(justification);
    await page.getByRole('button', { name: 'Enregistrer les notes et les décisions' }).click();
    const status = page.locator('.marks > p[role=status]');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^Notes enregistrées/);
    return plain(await status.textContent());
  }

  it('adds the offer as a draft, says so, and publishes the evaluation again once it is marked', async () => {
    const { editor, browser } = session;
    const file = join(editor.content, 'evaluations', `${EVALUATION}.yaml`);
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/notes/${EVALUATION}/`);
    await page.waitForSelector('.marks-grid', { timeout: 60_000 });
    const state = page.locator('.marks .editor-state .badge');
    expect(await state.textContent()).toBe('Publiée');
    const rows = await page.locator('.marks-grid tbody tr').count();
    // Each justification read as the evaluation's page shows it: its list and bold rendered, not their marks.
    const preview = (row: number) => page.locator(`#note-${row}-valeur-technique-justification + .markdown-preview`);
    expect(await preview(0).locator('li').count()).toBeGreaterThan(1);
    expect(await preview(0).locator('li strong').first().textContent()).toBe('Compréhension de la demande');
    expect(await preview(0).innerText()).not.toMatch(/\*\*|^- /m);

    // Association Horizon's offer, received by e-mail: its price and VAT regime, and no mark yet.
    await page.locator('#manuelle-provider').fill('Association Horizon');
    await page.getByLabel('Un prix global').check();
    await page.locator('#manuelle-lumpSum').fill('35 000 € TTC');
    await page.locator('#manuelle-tva').selectOption({ label: 'Non assujetti à la TVA' });
    await page.getByRole('button', { name: 'Ajouter l’offre et l’enregistrer' }).click();
    const added = page.locator('[data-added]');
    await expect.poll(() => added.count(), { timeout: 30_000 }).toBe(1);
    expect(plain(await added.textContent())).toBe('L’offre « Association Horizon » est ajoutée ; l’évaluation repasse en brouillon jusqu’à ce que ses notes soient saisies dans la grille.');
    expect(await page.locator('.marks-grid tbody tr').count()).toBe(rows + 1);
    expect(await page.locator(`.marks-grid tbody tr:nth-child(${rows + 1}) th`).textContent()).toBe('Association Horizon (reçue hors Passerelle)');
    expect(await state.textContent()).toBe('Brouillon');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`note-${rows}-valeur-technique`);
    expect(readFileSync(file, 'utf8')).toContain('provider: Association Horizon');
    expect(validation(editor.content)).toEqual({ errors: [], draft: true });
    await noViolations(page);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'editeur-offre-ajoutee-brouillon.png'), fullPage: true });

    // Marked and saved: valid, and published again.
    expect(await markAndSave(page, '7', 'Offre reçue par courriel, **solide** sur le collectif ; voir [le courriel](https://exemple.fr/offre) <img src=x onerror=alert(1)>')).toMatch(/^Notes enregistrées à \d{1,2} h \d\d ; l’évaluation est complète et publiée\.$/);
    expect(await state.textContent()).toBe('Publiée');
    expect(readFileSync(file, 'utf8')).not.toMatch(/^draft:/m);
    expect(validation(editor.content)).toEqual({ errors: [], draft: false });
    // What was just typed, rendered as it is typed; the evaluator's HTML shown as text, never run.
    await expect.poll(() => preview(rows).locator('strong').textContent(), { timeout: 5_000 }).toBe('solide');
    expect(await preview(rows).locator('a').getAttribute('href')).toBe('https://exemple.fr/offre');
    expect(await preview(rows).locator('img').count()).toBe(0);
    expect(await preview(rows).innerText()).toContain('<img src=x onerror=alert(1)>');

    // Élan's offer, from its Passerelle PDF: the same way.
    await page.locator('#import-pdf-fichier').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Importer l’offre' }).click();
    await expect.poll(() => added.count(), { timeout: 60_000 }).toBe(1);
    expect(plain(await added.textContent())).toBe('L’offre « Élan Formation Conseil » est ajoutée ; l’évaluation repasse en brouillon jusqu’à ce que ses notes soient saisies dans la grille.');
    expect(await page.locator('.marks-grid tbody tr').count()).toBe(rows + 2);
    expect(await state.textContent()).toBe('Brouillon');
    expect(validation(editor.content)).toEqual({ errors: [], draft: true });

    // A save with the mark still to give keeps the draft, and says what it waits for, by name.
    await page.getByRole('button', { name: 'Enregistrer les notes et les décisions' }).click();
    const status = page.locator('.marks > p[role=status]');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^Notes enregistrées/);
    const waiting = plain(await status.textContent());
    expect(waiting).toMatch(/^Notes enregistrées à \d{1,2} h \d\d ; l’évaluation reste un brouillon : /);
    expect(waiting).not.toMatch(/\([a-z0-9-]+\)/);
    expect(await state.textContent()).toBe('Brouillon');

    await page.locator(`#note-${rows + 1}-valeur-technique`).focus();
    expect(await markAndSave(page, '6', 'Déroulé conforme, peu développé sur la pair-aidance.')).toMatch(/ l’évaluation est complète et publiée\.$/);
    expect(readFileSync(file, 'utf8')).not.toMatch(/^draft:/m);
    expect(validation(editor.content)).toEqual({ errors: [], draft: false });
    await noViolations(page);
  }, 240_000);
});
