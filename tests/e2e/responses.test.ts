/**
 * The response preview pages of the private workspace in Chromium: the compliance report with marks that do not rely on
 * colour, the link to the PDF, and no axe-core violation (also on the call and provider pages).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { context, hasChromium, launch, screenshots, workspaceUrl } from './browser';

describe.skipIf(!hasChromium)('response preview pages', () => {
  let browser: Browser;
  const site = { url: '' };

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    site.url = workspaceUrl();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the unmet requirements of the over-budget response, in words and symbols', async () => {
    const page = await (await context(browser)).newPage();
    await page.goto(`${site.url}/reponses/sophie-marchal-dijon-2022/`);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const notMet = page.locator('#conformite-exigences tbody tr', { hasText: '✗ Non conforme' });
    await expect(notMet.count()).resolves.toBe(3);
    await expect(notMet.first().locator('th[scope="row"]').innerText()).resolves.toBeTruthy();
    const text = await page.locator('#conformite-exigences').innerText();
    expect(text.replace(/[\u00A0\u202F]/g, ' ')).toContain('Le prix (41 760 € TTC) dépasse le budget maximal');
    const pdf = page.locator('a[href="/reponses/sophie-marchal-dijon-2022.pdf"]');
    await expect(pdf.count()).resolves.toBe(1);
    const response = await page.request.get(`${site.url}/reponses/sophie-marchal-dijon-2022.pdf`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await page.screenshot({ path: join(screenshots, 'reponse-sophie-marchal.png'), fullPage: true });
  });

  it.each(['/reponses/tremplin-dijon-2022/', '/reponses/', '/appels/dijon-remobilisation-femmes-qpv-2022/', '/prestataires/tremplin-cote-dor/'])('%s has no axe-core violation', async (path) => {
    const page = await (await context(browser)).newPage();
    await page.goto(`${site.url}${path}`);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
