/**
 * Fields that take their choices from what exists: a département chosen from the official list
 * gives its région at once, and a response's call, provider and programme are chosen among the
 * content's own files, by their titles.
 */
import { describe, expect, it } from 'vitest';
import { context, hasChromium } from './browser';
import { hydrated, withEditor } from './editor-session';

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
