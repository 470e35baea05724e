/**
 * The editor's small flows as a person meets them in Chromium, without reading code: archiving
 * asks first, and a refusal stays in the editor with the French reason and the file to change; a
 * title without letters still gives a file that opens; a new draft's preview says which field it
 * waits for; the badge says what is saved, not what the form will save.
 */
import { describe, expect, it } from 'vitest';
import { context, hasChromium } from './browser';
import { hydrated, noViolations, withEditor } from './editor-session';

describe.runIf(hasChromium)('the editor’s flows', () => {
  const session = withEditor();

  it('asks before archiving, and shows a refusal on the list with the file that cites it', async () => {
    const page = await (await context(session.browser)).newPage();
    await page.goto(`${session.editor.url}/espace/contenu/`);
    await page.locator('button[aria-label^="Archiver"][aria-label*="Objectif emploi, ateliers"]').click();
    await page.waitForURL(/\/espace\/contenu\/\?archiver=/);
    await expect.poll(() => page.locator('#confirmer').textContent()).toContain('Objectif emploi, ateliers');
    await noViolations(page);
    await page.getByRole('button', { name: 'Oui, archiver' }).click();
    await page.waitForURL(/\/espace\/contenu\/\?refus=/);
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('content/responses/elan-dijon-2022.yaml');
    expect(await alert.textContent()).toContain('Retirez d’abord la référence');
    expect(await page.locator('#confirmer').count()).toBe(0);
    await noViolations(page);
    await alert.getByRole('link').click();
    await page.waitForURL(/\/espace\/contenu\/reponses\/elan-dijon-2022\/$/);
  });

  it('gives a title without letters a file that opens, whose preview waits for its status, and a badge that follows what is saved', async () => {
    const page = await (await context(session.browser)).newPage();
    await page.goto(`${session.editor.url}/espace/contenu/programmes/nouveau/`);
    await page.getByLabel('Titre du programme', { exact: true }).fill('!!!');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.waitForURL(/\/espace\/contenu\/programmes\/programme-1\/$/);
    await hydrated(page);
    const preview = page.locator('.editor-preview');
    expect((await preview.textContent())?.replace(/[\u00A0\u202F]/g, ' ')).toContain('il apparaîtra dès que le champ « Statut » sera choisi');
    expect(await preview.locator('iframe').count()).toBe(0);

    await page.getByRole('button', { name: 'Ne plus en faire un brouillon' }).click();
    const state = page.locator('.editor-state');
    expect(await state.locator('.badge').textContent()).toBe('Brouillon');
    expect(await state.textContent()).toContain('sera publié à l’enregistrement');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    // A file with errors is not published: the badge stays « Brouillon ».
    await expect.poll(() => page.locator('.editor-status').textContent()).toContain('n’a pas été enregistré');
    expect(await state.locator('.badge').textContent()).toBe('Brouillon');
  });
});
