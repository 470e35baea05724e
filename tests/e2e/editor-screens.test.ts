/**
 * Every screen of the editor, on a wide screen (1280 px) and on a phone (390 px): the lists, the
 * creation of each collection, the form of each collection (one with the validator's messages
 * showing), the evaluator's marks screen (its short form for an outside offer with its messages
 * showing), the review of changes before recording a version. axe-core finds no violation on any
 * of them, none is wider than the window, and no two labels side by side read the same (« Titre »
 * twice on « Nouvelle réponse »). Each is saved as a picture under <tmp>/editor-shots/ (not in
 * the repository), to be looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { context, hasChromium } from './browser';
import { hydrated, violations, withEditor } from './editor-session';

const shots = join(tmpdir(), 'editor-shots');

/** Each screen: its name, its address, and whether it holds the form (a client island). */
const screens: Array<{ name: string; path: string; form?: boolean; ready?: string; then?: (page: Page) => Promise<void> }> = [
  { name: 'listes', path: '/espace/contenu/' },
  ...['programmes', 'appels', 'prestataires', 'reponses', 'evaluations'].map((c) => ({ name: `creer-${c}`, path: `/espace/contenu/${c}/nouveau/` })),
  { name: 'modifier-programme', path: '/espace/contenu/programmes/castelnau-donne-des-elles/', form: true },
  { name: 'modifier-brouillon', path: '/espace/contenu/programmes/villefontaine-jardinons-ensemble/', form: true },
  {
    name: 'modifier-erreurs',
    path: '/espace/contenu/programmes/cap-confiance-chenove-2021/',
    form: true,
    then: async (page) => {
      await page.getByText('Fonctionnement', { exact: true }).click();
      await page.locator('#champ-workshops-0-sessions').fill('douze');
      await page.locator('#champ-workshops-0-sessionDuration').fill('deux heures');
      await expect.poll(() => page.locator('#champ-workshops-0-sessions-messages').count(), { timeout: 5_000 }).toBe(1);
    },
  },
  { name: 'modifier-appel', path: '/espace/contenu/appels/dijon-remobilisation-femmes-qpv-2022/', form: true },
  { name: 'modifier-prestataire', path: '/espace/contenu/prestataires/tremplin-cote-dor/', form: true },
  { name: 'modifier-reponse', path: '/espace/contenu/reponses/tremplin-dijon-2022/', form: true },
  { name: 'modifier-evaluation', path: '/espace/contenu/evaluations/dijon-remobilisation-femmes-qpv-2022/', form: true },
  { name: 'notes', path: '/espace/notes/dijon-remobilisation-femmes-qpv-2022/', ready: '.marks-grid' },
  {
    name: 'notes-offre-manuelle',
    path: '/espace/notes/dijon-remobilisation-femmes-qpv-2022/',
    ready: '.marks-grid',
    then: async (page) => {
      await page.getByLabel('Des lignes de prix (quantité × prix unitaire HT)').check();
      await page.locator('#manuelle-provider').fill('Association Horizon');
      await page.locator('#manuelle-lines-0-label').fill('Séance collective');
      await page.locator('#manuelle-lines-0-quantity').fill('douze');
      await page.getByRole('button', { name: 'Ajouter l’offre et l’enregistrer' }).click();
      await expect.poll(() => page.locator('#manuelle-lines-0-quantity-erreur').count(), { timeout: 5_000 }).toBe(1);
    },
  },
  { name: 'versions', path: '/espace/versions/' },
];

describe.runIf(hasChromium)('every editor screen', () => {
  const session = withEditor({ git: true });
  beforeAll(() => {
    // One change since the recorded version, for the review screen to show.
    writeFileSync(join(session.editor.content, 'providers', 'nouveau-prestataire.yaml'), 'name: Atelier des possibles\n');
    mkdirSync(shots, { recursive: true });
  });

  it.each([
    [1280, 900],
    [390, 844],
  ])('has no axe-core violation and fits the window at %i px', async (width, height) => {
    const { editor, browser } = session;
    const page = await (await context(browser, { viewport: { width, height } })).newPage();
    const found: Record<string, string[]> = {};
    const overflow: Record<string, number> = {};
    const sameLabels: Record<string, string[]> = {};
    for (const screen of screens) {
      const response = await page.goto(`${editor.url}${screen.path}`);
      expect(response?.status(), screen.path).toBe(200);
      if (screen.form) await hydrated(page);
      if (screen.ready) await page.waitForSelector(screen.ready, { timeout: 60_000 });
      if (screen.then) {
        await screen.then(page);
        // What the author sees there (a whole-page picture would draw the sticky bar where the window was).
        await page.screenshot({ path: join(shots, `${screen.name}-champ-${width}.png`) });
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      // Labels read side by side (in one group of fields, or on the page outside any) tell their fields apart.
      const twice = await page.$$eval('main label, main legend', (labels) => {
        const groups = new Map<Element, string[]>();
        for (const label of labels) {
          // A legend names its own group: it sits beside the labels of the group around it.
          const group = (label.tagName === 'LEGEND' ? label.parentElement?.parentElement : label)?.closest('fieldset, main');
          if (group) groups.set(group, [...(groups.get(group) ?? []), (label.textContent ?? '').trim()]);
        }
        return [...groups.values()].flatMap((texts) => texts.filter((t, i) => texts.indexOf(t) !== i));
      });
      if (twice.length) sameLabels[screen.name] = twice;
      const problems = await violations(page);
      if (problems.length) found[screen.name] = problems;
      const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wider > 0) overflow[screen.name] = wider;
      await page.screenshot({ path: join(shots, `${screen.name}-${width}.png`), fullPage: true });
    }
    expect(found).toEqual({});
    expect(overflow).toEqual({});
    expect(sameLabels).toEqual({});
  }, 300_000);
});
