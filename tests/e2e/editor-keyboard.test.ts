/**
 * The CCAS employee's flow with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and
 * typing; no click): create a sheet, fill it in, read the French error beside a field, reach it
 * from the summary of errors (which moves the focus to the field), fix it, publish and save. Each
 * element reached shows where the focus is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { context, hasChromium } from './browser';
import { hydrated, noViolations, withEditor } from './editor-session';


type Wanted = { id: string } | { summary: string } | { checkbox: string } | { button: string } | { link: string };

/** Whether the focused element is the one wanted (run in the page). */
function isWanted(wanted: Wanted): boolean {
  const active = document.activeElement as HTMLElement | null;
  if (!active) return false;
  const text = (active.textContent ?? '').replace(/\s+/g, ' ').trim();
  if ('id' in wanted) return active.id === wanted.id;
  if ('summary' in wanted) return active.tagName === 'SUMMARY' && text === wanted.summary;
  if ('checkbox' in wanted) return (active as HTMLInputElement).type === 'checkbox' && (active.closest('label')?.textContent ?? '').trim() === wanted.checkbox;
  if ('button' in wanted) return active.tagName === 'BUTTON' && text === wanted.button;
  return active.tagName === 'A' && text.startsWith(wanted.link);
}

/** Presses Tab (or Shift+Tab) until the wanted element has the focus, and checks the focus shows. */
async function tabTo(page: Page, wanted: Wanted, back = false): Promise<void> {
  for (let n = 0; n < 600; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(isWanted, wanted)) {
      expect(await focusShows(page), JSON.stringify(wanted)).toBe(true);
      return;
    }
  }
  throw new Error(`Never reached with ${back ? 'Shift+Tab' : 'Tab'}: ${JSON.stringify(wanted)}`);
}

/** The focused element has a visible focus ring (an outline at least 2 px wide). */
function focusShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

/** Replaces the focused field's text, as typed. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Chooses an option of the focused drop-down with the arrow keys. */
async function choose(page: Page, label: string): Promise<void> {
  for (let n = 0; n < 60; n++) {
    if (await page.evaluate((l) => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent === l, label)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option « ${label} »`);
}

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
    // The new workshop's first field has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('champ-workshops-0-id');
    await page.keyboard.type('potager');
    await tabTo(page, { id: 'champ-workshops-0-title' });
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
});
