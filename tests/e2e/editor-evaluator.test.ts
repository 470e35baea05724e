/**
 * The editor as a buyer's evaluator uses it, with the keyboard alone: `passerelle edit` on a copy
 * of the sample content whose evaluation (a draft) has three offers without marks (two responses made with
 * Passerelle, one received outside it and entered by hand), marks typed in the grid with two
 * natural mistakes (« 12 » on a 0 to 10 scale, « huit »), the French messages read beside the
 * cells, the save refused, the mistakes fixed, saved, and the ranking read. axe-core finds no
 * violation on the screen, with and without the messages.
 */
import AxeBuilder from '@axe-core/playwright';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { context, hasChromium, launch, root } from './browser';
import { startEditor } from './editor-server';

let child: ChildProcess;
let url = '';
let dir = '';
let browser: Browser;
const EVALUATION = 'dijon-remobilisation-femmes-qpv-2022';

async function noViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The evaluation with its three offers and no marks yet. */
const evaluation = `# Évaluation fictive, pour le test de l'éditeur : un brouillon tant que les notes manquent.
draft: true
title: Analyse des offres, remobilisation des femmes des QPV
tender: ${EVALUATION}
date: 2022-08-25
fictional: true
scale:
  min: 0
  max: 10
priceMethod: proportional
priceBasis: TTC
offers:
  - response: tremplin-dijon-2022
    marks: []
  - response: elan-dijon-2022
    marks: []
  # Reçue par courriel, en Word.
  - manual:
      id: association-horizon
      provider: Association Horizon
      document: offre-horizon.docx
      price:
        lumpSum: 31 500 € TTC
        vat:
          kind: not-subject
      findings:
        - requirement: nombre-de-groupes
          finding: met
          note: page 3
    marks: []
`;

describe.runIf(hasChromium)('the evaluator’s screen', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-evaluateur-'));
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content', 'evaluations', `${EVALUATION}.yaml`), evaluation);
    const editor = startEditor(join(dir, 'content'));
    child = editor.child;
    url = await editor.url;
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lets an evaluator mark three offers with the keyboard, fix two mistakes, save and read the ranking', async () => {
    const page = await (await context(browser)).newPage();
    await page.goto(`${url}/espace/notes/${EVALUATION}/`);
    await page.waitForSelector('.marks-grid', { timeout: 60_000 });
    await noViolations(page);
    expect(await page.locator('.marks-grid tbody tr').count()).toBe(3);
    await expect.poll(() => page.locator('.marks-grid tbody tr').nth(2).textContent()).toContain('Association Horizon (reçue hors Passerelle)');

    // The first cell, then Tab from cell to justification to the next offer's cell.
    await page.locator('#note-0-valeur-technique').focus();
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Très bonne compréhension de la demande.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('huit');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Déroulé au minimum des bornes.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Offre reçue en Word, solide sur le collectif.');

    const cell = (i: number) => page.locator(`#note-${i}-valeur-technique-messages`);
    await expect.poll(() => cell(0).textContent()).toBe('La note 12 est hors de l’échelle (0 à 10)');
    await expect.poll(() => cell(1).textContent()).toBe('«\u00A0huit\u00A0» n’est pas une note\u00A0: écrivez un nombre de 0 à 10 (8 ou 8,5)');
    expect(await page.locator('#note-0-valeur-technique').inputValue()).toBe('12');
    await noViolations(page);

    // Saving with the mistakes is refused, and nothing is written.
    await page.getByRole('button', { name: 'Enregistrer les notes et les décisions' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Rien n’a été enregistré\u00A0: corrigez les notes signalées à côté des cases.');
    expect(readFileSync(join(dir, 'content', 'evaluations', `${EVALUATION}.yaml`), 'utf8')).toBe(evaluation);

    for (const [i, text] of [[0, '8,5'], [1, '6']] as const) {
      await page.locator(`#note-${i}-valeur-technique`).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
    }
    await expect.poll(() => cell(0).count()).toBe(0);
    await expect.poll(() => cell(1).count()).toBe(0);

    await page.getByRole('button', { name: 'Enregistrer les notes et les décisions' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/^Notes enregistrées à \d\d:\d\d\.$/);

    const saved = readFileSync(join(dir, 'content', 'evaluations', `${EVALUATION}.yaml`), 'utf8');
    expect(saved).toContain('mark: 8.5');
    expect(saved).toContain('# Reçue par courriel, en Word.');
    expect(saved).toContain('justification: Offre reçue en Word, solide sur le collectif.');

    const ranking = await page.locator('.ranking li').allTextContents();
    expect(ranking).toHaveLength(3);
    expect(ranking.some((line) => line.includes('Association Horizon'))).toBe(true);
    expect(await page.locator('[data-ranking-sentence]').textContent()).toMatch(/^En tête\u00A0: /);
    await noViolations(page);
  });
});
