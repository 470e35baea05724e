/**
 * The evaluation page of the private workspace in Chromium: the published result without JavaScript, the what-if panel
 * (a weight, the price method, a mark), its share link restored on reload, and axe-core.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { context, hasChromium, launch, screenshots, workspaceUrl } from './browser';

const PATH = '/evaluations/dijon-remobilisation-femmes-qpv-2022/';
const TREMPLIN = 'tremplin-dijon-2022';
const ELAN = 'elan-dijon-2022';

let browser: Browser;
const server = { url: '' };

beforeAll(async () => {
  if (!hasChromium) return;
  server.url = workspaceUrl();
  browser = await launch();
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The offers of the simulated ranking table, in order, with their rank text. */
async function ranking(page: Page, table: string): Promise<Array<[string, string]>> {
  return page.$$eval(`#${table} tbody tr`, (rows) => rows.map((r) => [r.getAttribute('data-offer') ?? '', r.querySelector('td.rank')?.textContent ?? ''] as [string, string]));
}

/** The offers of the published ranking (the report's table), in order: name and rank text. */
async function published(page: Page): Promise<Array<[string, string]>> {
  return page.$$eval('#classement-publie tbody tr', (rows) => rows.map((r) => [r.querySelector('th[scope="row"]')?.textContent ?? '', r.querySelector('td')?.textContent ?? ''] as [string, string]));
}
const NAMES = { [TREMPLIN]: 'Groupement Tremplin Côte-d’Or et Mobilité 21', [ELAN]: 'Élan Formation Conseil', sophie: 'Sophie Marchal Coaching' };

async function open(url: string, options: { javaScript?: boolean } = {}) {
  const ctx = await context(browser, { javaScriptEnabled: options.javaScript ?? true });
  const page = await ctx.newPage();
  await page.goto(url);
  if (options.javaScript ?? true) await page.waitForSelector('astro-island:not([ssr]) .what-if');
  return { ctx, page };
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe.skipIf(!hasChromium)('the evaluation page', () => {
  it('shows the published result without JavaScript', async () => {
    const { ctx, page } = await open(server.url + PATH, { javaScript: false });
    expect(await published(page)).toEqual([
      [NAMES[TREMPLIN], '1re'],
      [NAMES[ELAN], '2e'],
      [NAMES.sophie, 'Écartée'],
    ]);
    expect(await page.textContent('#classement p.lead')).toContain('Groupement Tremplin Côte-d’Or et Mobilité 21, avec 86,5 sur 100');
    expect(await page.locator('#classement figure svg[role="img"]').count()).toBe(1);
    expect(await page.textContent('#graphique-publie-description')).toContain('total 86,5');
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('.what-if').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'evaluation-sans-js.png'), fullPage: true });
    await ctx.close();
  });

  it('changes the ranking when a weight changes, and says so in the live region', async () => {
    const { ctx, page } = await open(server.url + PATH);
    expect(await ranking(page, 'classement-simule')).toEqual([
      [TREMPLIN, '1re'],
      [ELAN, '2e'],
      ['sophie-marchal-dijon-2022', 'Écartée'],
    ]);
    // Technical value 30 %: price goes to 70 %. Tremplin 27 + 70 × 0,8125 = 83,875;
    // Élan 18 + 70 = 88: Élan leads.
    await page.fill('#poids-valeur-technique', '30');
    await page.locator('#poids-valeur-technique').blur();
    expect(await page.inputValue('#poids-prix')).toBe('70');
    expect(await ranking(page, 'classement-simule')).toEqual([
      [ELAN, '1re'],
      [TREMPLIN, '2e'],
      ['sophie-marchal-dijon-2022', 'Écartée'],
    ]);
    const announce = await page.textContent('#annonce-simulation');
    expect(announce).toContain('Le vainqueur change\u00A0: Élan Formation Conseil au lieu de Groupement Tremplin Côte-d’Or et Mobilité 21.');
    expect(await page.getAttribute('#annonce-simulation', 'aria-live')).toBe('polite');
    // The published result has not moved.
    expect((await published(page))[0][0]).toBe(NAMES[TREMPLIN]);
    expect(page.url()).toContain('poids=valeur-technique:30,prix:70');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'evaluation-simulation.png'), fullPage: true });
    await ctx.close();
  });

  it('restores the same state from the share link, after a method and a mark change', async () => {
    const { ctx, page } = await open(server.url + PATH);
    await page.check('#methode-linear');
    // Linear: Tremplin 54 + 0 = 54, Élan 36 + 40 = 76.
    expect((await ranking(page, 'classement-simule'))[0][0]).toBe(ELAN);
    // Élan's technical mark down to 2: 12 + 40 = 52 < 54, Tremplin leads again.
    await page.fill(`#note-${ELAN}-valeur-technique`, '2');
    await page.locator(`#note-${ELAN}-valeur-technique`).blur();
    expect((await ranking(page, 'classement-simule'))[0][0]).toBe(TREMPLIN);
    const href = await page.getAttribute('#lien-simulation', 'href');
    expect(href).toBe(`${PATH}?methode=lineaire&notes=${ELAN}.valeur-technique:2#simulation`);
    await ctx.close();

    const again = await open(server.url + href!);
    expect(await again.page.isChecked('#methode-linear')).toBe(true);
    expect(await again.page.inputValue(`#note-${ELAN}-valeur-technique`)).toBe('2');
    expect(await again.page.inputValue('#poids-valeur-technique')).toBe('60');
    expect(await ranking(again.page, 'classement-simule')).toEqual([
      [TREMPLIN, '1re'],
      [ELAN, '2e'],
      ['sophie-marchal-dijon-2022', 'Écartée'],
    ]);
    await again.page.reload();
    await again.page.waitForSelector('astro-island:not([ssr]) .what-if');
    expect(await again.page.isChecked('#methode-linear')).toBe(true);
    expect(await again.page.inputValue(`#note-${ELAN}-valeur-technique`)).toBe('2');
    // Back to the published settings: the link loses its query.
    await again.page.click('text=Revenir au résultat publié');
    expect(await again.page.isChecked('#methode-proportional')).toBe(true);
    expect(await again.page.getAttribute('#lien-simulation', 'href')).toBe(`${PATH}#simulation`);
    await again.ctx.close();
  });

  it('restores weights from a shared link typed by hand', async () => {
    const { ctx, page } = await open(`${server.url}${PATH}?poids=valeur-technique:30,prix:70#simulation`);
    expect(await page.inputValue('#poids-valeur-technique')).toBe('30');
    expect(await page.inputValue('#poids-prix')).toBe('70');
    expect((await ranking(page, 'classement-simule'))[0][0]).toBe(ELAN);
    await ctx.close();
  });

  it('has no axe-core violation, with the panel and without it', async () => {
    const withJs = await open(server.url + PATH);
    expect(await axe(withJs.page)).toEqual([]);
    await withJs.page.screenshot({ path: join(screenshots, 'evaluation.png'), fullPage: true });
    await withJs.ctx.close();
    // axe needs JavaScript itself: the page without the island's scripts stands for the page
    // without JavaScript.
    const ctx = await context(browser);
    const page = await ctx.newPage();
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(server.url + PATH);
    expect(await page.locator('.what-if').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await ctx.close();
  });

  it('serves the call as an OCDS release package, its criteria on its lot', async () => {
    const response = await fetch(`${server.url}/appels/dijon-remobilisation-femmes-qpv-2022.json`);
    expect(response.headers.get('content-type')).toContain('application/json');
    const data = await response.json();
    expect(data.version).toBe('1.1');
    expect(data.releases[0].tender.lots[0].awardCriteria.criteria.map((c: { type: string; numbers: unknown[] }) => [c.type, c.numbers])).toEqual([
      ['quality', [{ number: 60, weight: 'percentageExact' }]],
      ['price', [{ number: 40, weight: 'percentageExact' }]],
    ]);
  });
});
