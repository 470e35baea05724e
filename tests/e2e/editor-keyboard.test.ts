/**
 * The CCAS employee's flow with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and
 * typing; no click): create a sheet, fill it in, read the French error beside a field, reach it
 * from the summary of errors (which moves the focus to the field), fix it, publish and save. Each
 * element reached shows where the focus is. Then the provider's flow, the same way: a response
 * started from a programme and a call, its answers, price and deliverables, saved, and its PDF.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { context, hasChromium } from './browser';
import { hydrated, noViolations, withEditor } from './editor-session';
import { choose, chooseValue, focusShows, retype, tabTo } from './keyboard';

describe.runIf(hasChromium)('the editor, with the keyboard alone', () => {
  const session = withEditor();

  it('lets a CCAS employee create a sheet, fix a mistake from the summary of errors and publish it', async () => {
    const { editor, browser } = session;
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/`);
    await tabTo(page, { link: 'Nouveau programme' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/programmes\/nouveau\/$/);
    await tabTo(page, { id: 'nouveau-titre' });
    await page.keyboard.type('Le potager solidaire de Villeneuve');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/programmes\/le-potager-solidaire-de-villeneuve\/$/);
    await hydrated(page);

    await tabTo(page, { id: 'champ-summary' });
    await retype(page, 'Un potager cultivé chaque semaine par des habitantes éloignées de l’emploi.');
    await tabTo(page, { id: 'champ-status' });
    await choose(page, 'Terminé');
    await tabTo(page, { id: 'champ-carriers-0-name' });
    await retype(page, 'CCAS de Villeneuve');
    await tabTo(page, { id: 'champ-territory-communes-0' });
    await retype(page, 'Villeneuve');
    await tabTo(page, { id: 'champ-period' });
    await retype(page, '01/02/2024');
    await tabTo(page, { checkbox: 'Emploi des femmes' });
    await page.keyboard.press('Space');
    await tabTo(page, { summary: 'Public visé' });
    await page.keyboard.press('Enter');
    await tabTo(page, { id: 'champ-public-description' });
    await retype(page, 'Des habitantes du quartier, éloignées de l’emploi.');
    await tabTo(page, { summary: 'Fonctionnement' });
    await page.keyboard.press('Enter');
    await tabTo(page, { button: 'Ajouter : les ateliers et séances' });
    await page.keyboard.press('Enter');
    // The new workshop's first field, its title, has the focus (its identifier is made from it).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('champ-workshops-0-title');
    await page.keyboard.type('Atelier potager');
    await tabTo(page, { id: 'champ-workshops-0-kind' });
    await choose(page, 'Atelier thématique');
    await tabTo(page, { id: 'champ-workshops-0-mode' });
    await choose(page, 'Collectif');
    await tabTo(page, { id: 'champ-workshops-0-sessions' });
    await page.keyboard.type('douze');

    // The French message beside the field, and in the summary of errors.
    await expect.poll(() => page.locator('#champ-workshops-0-sessions-messages').textContent(), { timeout: 5_000 }).toContain('Intervalle illisible');
    expect(await page.locator('#champ-workshops-0-sessions').getAttribute('aria-describedby')).toContain('champ-workshops-0-sessions-messages');
    await noViolations(page);
    // Back up to the summary's link, which takes the focus to the field.
    await tabTo(page, { link: 'Les ateliers et séances › n° 1 › Le nombre de séances' }, true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('champ-workshops-0-sessions');
    expect(await focusShows(page)).toBe(true);
    await retype(page, '12');
    await expect.poll(() => page.locator('#champ-workshops-0-sessions-messages').count(), { timeout: 5_000 }).toBe(0);

    // Published, then saved.
    await tabTo(page, { button: 'Ne plus en faire un brouillon' }, true);
    await page.keyboard.press('Enter');
    await tabTo(page, { button: 'Enregistrer' }, true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.editor-status').textContent(), { timeout: 15_000 }).toContain('Enregistré à');

    const file = readFileSync(join(editor.content, 'programmes', 'le-potager-solidaire-de-villeneuve.yaml'), 'utf8');
    expect(file).not.toMatch(/^draft:/m);
    expect(file).toContain('sessions: 12');
    expect(file).toContain('period: 01/02/2024');
    expect(file).toContain('- women-employment');
  }, 300_000);

  it('lets a provider start a response from a programme and a call, complete it and reach its PDF', async () => {
    const { editor, browser } = session;
    const title = 'Cap Confiance à Dijon, au clavier';
    const id = 'cap-confiance-a-dijon-au-clavier';
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/`);
    await tabTo(page, { link: 'Nouvelle réponse' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/reponses\/nouveau\/$/);
    await tabTo(page, { id: 'reponse-programme' });
    await choose(page, 'Cap Confiance Chenôve');
    await tabTo(page, { id: 'reponse-appel' });
    await chooseValue(page, 'dijon-remobilisation-femmes-qpv-2022');
    await tabTo(page, { id: 'reponse-prestataire' });
    await choose(page, 'Sophie Marchal Coaching');
    await tabTo(page, { id: 'reponse-titre' });
    await page.keyboard.type(title);
    await tabTo(page, { button: 'Créer la réponse' });
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/reponses/${id}/$`));
    await hydrated(page);

    await tabTo(page, { summary: 'Réponse, section par section' });
    await page.keyboard.press('Enter');
    const answers = ['Présentation de Sophie Marchal Coaching.', 'Le parcours adapté aux quartiers de Dijon.', 'Trois parcours menés à Talant et Chenôve.', 'Le prix global de la prestation.'];
    for (const [i, text] of answers.entries()) {
      await tabTo(page, { id: `champ-answers-${i}-body` });
      await retype(page, text);
    }
    await tabTo(page, { summary: 'Prix' });
    await page.keyboard.press('Enter');
    await tabTo(page, { id: 'champ-price-lines-0-label' });
    await retype(page, 'Le parcours complet pour deux groupes');
    await tabTo(page, { id: 'champ-price-lines-0-unit' });
    await chooseValue(page, 'package');
    // The quantity starts empty: no value is written that the provider did not choose.
    await tabTo(page, { id: 'champ-price-lines-0-quantity' });
    await retype(page, '1');
    await tabTo(page, { id: 'champ-price-lines-0-unitPrice' });
    await retype(page, '18 000');
    await tabTo(page, { summary: 'Livrables et engagements' });
    await page.keyboard.press('Enter');
    for (let i = 0; i < 4; i++) {
      await tabTo(page, { id: `champ-deliverables-${i}-section` });
      await choose(page, 'Proposition de réponse au cahier des charges');
    }
    await expect.poll(() => page.locator('.editor-summary').count(), { timeout: 5_000 }).toBe(0);
    await tabTo(page, { button: 'Enregistrer' }, true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.editor-status').textContent(), { timeout: 15_000 }).toContain('Enregistré comme brouillon à');

    const file = readFileSync(join(editor.content, 'responses', `${id}.yaml`), 'utf8');
    expect(file).toContain('provider: sophie-marchal-coaching');
    expect(file).toContain('body: Trois parcours menés à Talant et Chenôve.');
    expect(file).toContain('unitPrice: 18 000');
    expect(file).toContain('quantity: 1');
    // The PDF's link, reached with Tab, is the response's PDF.
    await tabTo(page, { link: 'Ouvrir le PDF' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/reponses/${id}.pdf`);
    const response = await fetch(`${editor.url}/reponses/${id}.pdf`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await noViolations(page);
  }, 300_000);
});
