/**
 * The editor as a CCAS employee uses it, with the keyboard: `passerelle edit` on a copy of the
 * sample content, a sheet created from nothing with natural mistakes (« douze », « deux heures »,
 * « 01/02/2024 »), the French messages read beside the fields, fixed, saved, previewed, then the
 * public site built with it and the sheet found there. axe-core finds no violation on the screens.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { context, hasChromium, root, screenshots } from './browser';
import { hydrated, noViolations, plain, withEditor } from './editor-session';

describe.runIf(hasChromium)('the editor', () => {
  const session = withEditor();

  it('lets a CCAS employee write a sheet from nothing, fix its mistakes and publish it', async () => {
    const { editor, browser } = session;
    const url = editor.url;
    const page = await (await context(browser)).newPage();
    await page.goto(`${url}/espace/contenu/`);
    await noViolations(page);
    await page.goto(`${url}/espace/contenu/programmes/nouveau/`);
    await noViolations(page);
    await page.getByLabel('Titre du programme', { exact: true }).focus();
    await page.keyboard.type('Les jardins partagés de Villeneuve');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/espace\/contenu\/programmes\/les-jardins-partages-de-villeneuve\/$/);
    await hydrated(page);

    const fill = async (id: string, text: string) => {
      await page.locator(`#${id}`).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
    };
    // The template's placeholder names the choices as the list shows them, never by their codes.
    const status = plain(await page.locator('#champ-status-messages').innerText());
    expect(status).toContain('trouvé : « À compléter : proposé, en cours, terminé ou statut inconnu »');
    expect(status).toContain('« Proposé », « En cours », « Terminé »');
    expect(status).not.toMatch(/proposed|running|completed/);
    await page.locator('#champ-status').selectOption({ label: 'Terminé' });
    await fill('champ-summary', 'Un jardin cultivé chaque semaine par des femmes éloignées de l’emploi.');
    await fill('champ-carriers-0-name', 'CCAS de Villeneuve');
    await fill('champ-territory-communes-0', 'Villeneuve');
    await page.getByRole('checkbox', { name: 'Emploi des femmes' }).check();
    await fill('champ-period', '01/02/2024');
    await page.getByText('Public visé', { exact: true }).click();
    await fill('champ-public-description', 'Des femmes du quartier, éloignées de l’emploi.');
    await page.getByText('Fonctionnement', { exact: true }).click();
    await page.locator('button[data-add="workshops"]').click();
    await fill('champ-workshops-0-id', 'jardin');
    await fill('champ-workshops-0-title', 'Atelier jardin');
    await page.locator('#champ-workshops-0-kind').selectOption({ label: 'Atelier thématique' });
    await page.locator('#champ-workshops-0-mode').selectOption({ label: 'Collectif' });
    await fill('champ-workshops-0-sessions', 'douze');
    await fill('champ-workshops-0-sessionDuration', 'deux heures');

    // The validator's own French messages, beside the fields.
    await expect.poll(() => page.locator('#champ-workshops-0-sessions-messages').textContent(), { timeout: 5_000 }).toContain('Intervalle illisible');
    await expect.poll(() => page.locator('#champ-workshops-0-sessionDuration-messages').textContent(), { timeout: 5_000 }).toContain('Durée ou intervalle de durées illisible');
    expect(await page.locator('#champ-period-messages').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'editor-errors-1280.png'), fullPage: false });
    await fill('champ-workshops-0-sessions', '12');
    await fill('champ-workshops-0-sessionDuration', '2 h');
    await expect.poll(() => page.locator('#champ-workshops-0-sessions-messages').count(), { timeout: 5_000 }).toBe(0);

    // Published: the draft mark removed, then saved.
    await page.getByRole('button', { name: 'Ne plus en faire un brouillon' }).click();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(async () => `${await page.locator('.editor-status').textContent()} ${(await page.locator('.editor-summary').count()) ? await page.locator('.editor-summary').textContent() : ''}`, { timeout: 10_000 }).toContain('Enregistré à');
    const frame = page.frameLocator('iframe[title="Aperçu du document"]');
    // A sheet that is new to the site: its page exists once the content layer has noted it.
    await expect
      .poll(
        async () => {
          const text = await frame.locator('h1').textContent();
          if (!text?.includes('Villeneuve')) await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe')?.contentWindow?.location.reload());
          return text;
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toContain('Les jardins partagés de Villeneuve');
    await noViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshots, 'editor-390.png'), fullPage: false });

    const file = readFileSync(join(editor.content, 'programmes', 'les-jardins-partages-de-villeneuve.yaml'), 'utf8');
    expect(file).not.toMatch(/^draft:/m);
    expect(file).toContain('sessionDuration: 2 h');
    expect(file).toContain('# Le titre du programme.');

    // The public site, built from this content, has the sheet.
    const out = join(dirname(editor.content), 'dist');
    execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PASSERELLE_CONTENT: editor.content, PASSERELLE_OUT: out, PASSERELLE_WORKSPACE: '' },
    });
    const sheet = join(out, 'experiences', 'les-jardins-partages-de-villeneuve', 'index.html');
    expect(existsSync(sheet)).toBe(true);
    expect(readFileSync(sheet, 'utf8')).toContain('Les jardins partagés de Villeneuve');
  }, 300_000);
});
