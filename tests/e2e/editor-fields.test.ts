/**
 * Fields that take their choices from what exists: a département chosen from the official list
 * gives its région at once, and a response's call, provider and programme are chosen among the
 * content's own files, by their titles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { context, hasChromium } from './browser';
import { hydrated, openSections, withEditor } from './editor-session';

const labels = (options: string[]) => options.map((o) => o.trim()).filter((o) => o !== 'non renseigné' && o !== '— à choisir —');

describe.runIf(hasChromium)('the editor’s choices', () => {
  const session = withEditor();

  it('fills the région from the département chosen', async () => {
    const { editor, browser } = session;
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/programmes/castelnau-donne-des-elles/`);
    await hydrated(page);
    expect(await page.locator('#champ-territory-departement').inputValue()).toBe('34');
    await expect.poll(() => page.locator('.derived').textContent()).toBe('Région déduite des départements\u00A0: Occitanie.');
    await page.locator('#champ-territory-departement').selectOption({ label: '21 · Côte-d\'Or' });
    await expect.poll(() => page.locator('.derived').textContent()).toBe('Région déduite des départements\u00A0: Bourgogne-Franche-Comté.');
  });

  it('chooses a response’s call, provider and programme among the files that exist', async () => {
    const { editor, browser } = session;
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/reponses/tremplin-dijon-2022/`);
    await hydrated(page);
    const options = (id: string) => page.locator(`#${id} option`).allTextContents();
    expect(labels(await options('champ-provider'))).toEqual(['Élan Formation Conseil', 'Sophie Marchal Coaching', 'Tremplin Côte-d\'Or']);
    expect(labels(await options('champ-tender'))).toEqual(['Prestation d\'une action de remobilisation/coaching individuel ou collectif des publics femmes pour l\'accès et/ou le retour à l\'emploi']);
    expect(labels(await options('champ-programme'))).toContain('Elles rebondissent, parcours de remobilisation des femmes des QPV de la métropole dijonnaise');
    expect(await page.locator('#champ-programme').inputValue()).toBe('elles-rebondissent-dijon-2022');
  });
});

describe.runIf(hasChromium)('an optional group of several kinds (a call without a budget cap)', () => {
  const file = 'tenders/dijon-remobilisation-femmes-qpv-2022.yaml';
  const session = withEditor({
    prepare: (content) => {
      const path = join(content, file);
      const before = readFileSync(path, 'utf8');
      const after = before.replace(/^budgetCap:\n(?: {2}.*\n)+\n/m, '');
      if (after === before) throw new Error('the sample call no longer has the budget cap this test removes');
      writeFileSync(path, after);
    },
  });

  it('says it may stay empty, and emptied again leaves no budget cap in the file', async () => {
    const { editor, browser } = session;
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/appels/dijon-remobilisation-femmes-qpv-2022/`);
    await hydrated(page);
    await openSections(page);
    const group = page.locator('fieldset[data-field="budgetCap"]');
    // Before: « Le budget », no « (facultatif) », and « — à choisir — » as if a cap had to be given.
    expect((await group.locator('legend').first().innerText()).replace(/\s+/g, ' ')).toBe('Le budget maximal de l\'appel (facultatif)');
    expect(await group.locator('.field-help').first().innerText()).toContain('absent si l’appel ne dit rien de son budget');
    const kind = group.locator('select').first();
    expect((await kind.locator('option').allTextContents()).map((o) => o.trim())).toEqual(['non renseigné', 'Un plafond en euros', 'Un plafond en nombre de bénéficiaires']);
    await kind.selectOption('euros');
    await expect.poll(() => group.locator('input').count()).toBeGreaterThan(0);
    // A value typed, then « non renseigné »: the whole cap goes, not a cap without a unit.
    await group.locator('input').first().fill('35000');
    await kind.selectOption('');
    await expect.poll(() => group.locator('input').count()).toBe(0);
    await expect.poll(() => page.locator('.field-error').count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('.editor-status').textContent(), { timeout: 10_000 }).toContain('Enregistré à');
    // Before, the emptied group stayed in the form as a cap without a unit: an error on a call that has no cap.
    expect(readFileSync(join(editor.content, file), 'utf8')).not.toContain('budgetCap');
  }, 120_000);
});
