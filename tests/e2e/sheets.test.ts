/**
 * The experience sheets in a real browser (Debian's Chromium driven by playwright-core): the
 * index without and with JavaScript (search, filters and their counts), each sheet (headings,
 * figures, charts, no JavaScript), the print layout, and axe-core on every page. Screenshots go
 * to test-output/screenshots/ for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { publicCorpus, publishedProgrammes } from '../../src/domain/corpus';
import { frenchTypography } from '../../src/i18n/typography';
import { CHROMIUM, context, hasChromium, launch, screenshots, serve } from './browser';

// What the public site holds: no draft (the sample content has one draft sheet).
const corpus = publicCorpus(loadCorpus());
const published = publishedProgrammes(corpus);
const proposed = corpus.programmes.filter((p) => p.data.status === 'proposed');
const N = '\u202F';
const S = '\u00A0';

if (!hasChromium) console.warn(`Tests des fiches dans le navigateur ignorés : Chromium est absent (${CHROMIUM}). Installez-le avec « apt-get install chromium ».`);

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}) : ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(screenshots, name), fullPage });

describe.skipIf(!hasChromium)('experience sheets in Chromium', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let ctx: BrowserContext;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serve();
    browser = await launch();
    ctx = await context(browser);
  });

  afterAll(async () => {
    await ctx?.close();
    await browser?.close();
    await server?.close();
  });

  describe('the index', () => {
    it('lists every published sheet as a plain list without JavaScript, and no proposed programme', async () => {
      const noJs = await context(browser, { javaScriptEnabled: false });
      const page = await noJs.newPage();
      await page.goto(`${server.url}/experiences/`);
      const titles = await page.locator('[data-card] .card-title').allInnerTexts();
      expect(titles.sort()).toEqual(published.map((p) => frenchTypography(p.data.title)).sort());
      for (const p of proposed) expect(titles).not.toContain(frenchTypography(p.data.title));
      expect(await page.locator('form[data-finder]').isVisible()).toBe(false);
      await shot(page, 'index-sans-javascript.png');
      await noJs.close();
    });

    it('finds a word that only one sheet contains', async () => {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/experiences/`);
      await expect.poll(() => page.locator('form[data-finder]').isVisible()).toBe(true);
      await expect.poll(() => page.locator('[data-status]').innerText()).toBe(`${published.length} fiches.`);
      await page.getByRole('searchbox', { name: 'Rechercher dans le texte des fiches' }).fill('menuiserie');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await expect.poll(() => page.locator('[data-status]').innerText(), { timeout: 10_000 }).toContain(`1 fiche sur ${published.length}`);
      const visible = page.locator('[data-card]:visible');
      expect(await visible.count()).toBe(1);
      expect(await visible.locator('.card-title').innerText()).toContain('Brest');
      expect(await visible.locator('.card-excerpt mark').first().innerText()).toMatch(/menuiserie/i);
      await shot(page, 'index-recherche.png');
      await page.getByRole('button', { name: 'Effacer la recherche et les filtres' }).click();
      await expect.poll(() => page.locator('[data-card]:visible').count()).toBe(published.length);
      await page.close();
    });

    it('combines filters and shows how many sheets each value gives', async () => {
      const sheets = (n: number) => `${n}\u00A0${n >= 2 ? 'fiches' : 'fiche'}`;
      const page = await ctx.newPage();
      await page.goto(`${server.url}/experiences/`);
      await expect.poll(() => page.locator('form[data-finder]').isVisible()).toBe(true);
      const digital = published.filter((p) => p.data.themes.includes('digital'));
      const label = page.locator('label[for="filtre-theme-digital"]');
      expect(await label.innerText()).toBe(`Numérique ${sheets(digital.length)}`);
      await page.getByLabel(/^Numérique/).check();
      await expect.poll(() => page.locator('[data-card]:visible').count()).toBe(digital.length);
      // Within the digital sheets, the région counts follow; picking one narrows further.
      const occitanie = digital.filter((p) => p.data.territory.regions?.includes('Occitanie'));
      expect(await page.locator('label[for="filtre-region-occitanie"]').innerText()).toBe(`Occitanie ${sheets(occitanie.length)}`);
      await page.getByLabel(/^Occitanie/).check();
      await expect.poll(() => page.locator('[data-card]:visible').count()).toBe(occitanie.length);
      expect(await page.locator('[data-card]:visible .card-title').allInnerTexts()).toEqual(occitanie.map((p) => frenchTypography(p.data.title)));
      expect(await page.locator('[data-status]').innerText()).toContain(`${occitanie.length} fiche sur ${published.length}`);
      await shot(page, 'index-filtres.png');
      expect(await axe(page)).toEqual([]);
      await page.close();
    });

    it('keeps the search and the filters in the address: a bookmark, a shared link and a reload show the same list', async () => {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/experiences/`);
      await expect.poll(() => page.locator('form[data-finder]').isVisible()).toBe(true);
      await page.getByLabel(/^Numérique/).check();
      await page.getByLabel(/^Occitanie/).check();
      await expect.poll(() => new URL(page.url()).search).toBe('?theme=digital&region=Occitanie');
      const occitanie = published.filter((p) => p.data.themes.includes('digital') && (p.data.territory.regions ?? []).includes('Occitanie'));
      await page.reload();
      await expect.poll(() => page.locator('[data-card]:visible').count()).toBe(occitanie.length);
      expect(await page.getByLabel(/^Numérique/).isChecked()).toBe(true);
      expect(await page.getByLabel(/^Occitanie/).isChecked()).toBe(true);
      // A link shared with a search: the field is filled and the search runs.
      const shared = await ctx.newPage();
      await shared.goto(`${server.url}/experiences/?q=menuiserie`);
      await expect.poll(() => shared.getByRole('searchbox', { name: 'Rechercher dans le texte des fiches' }).inputValue()).toBe('menuiserie');
      await expect.poll(() => shared.locator('[data-status]').innerText(), { timeout: 10_000 }).toContain(`1 fiche sur ${published.length}`);
      // Emptying the form empties the address.
      await shared.getByRole('button', { name: 'Effacer la recherche et les filtres' }).click();
      await expect.poll(() => new URL(shared.url()).search).toBe('');
      await page.close();
      await shared.close();
    });

    it('has no accessibility violation (axe-core), with and without filters shown', async () => {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/experiences/`);
      await expect.poll(() => page.locator('form[data-finder]').isVisible()).toBe(true);
      expect(await axe(page)).toEqual([]);
      await shot(page, 'index.png');
      await page.close();
    });
  });

  describe('a sheet', () => {
    it('opens from the index with its headings, figures and charts', async () => {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/experiences/`);
      await page.getByRole('link', { name: 'Castelnau donne des Elles' }).first().click();
      await page.waitForURL('**/experiences/castelnau-donne-des-elles/');
      expect(await page.locator('h1').allInnerTexts()).toEqual(['Castelnau donne des Elles']);
      expect(await page.locator('main h2').allInnerTexts()).toEqual([
        'Fiche d’identité',
        'Objectifs',
        'Public visé',
        'Contexte',
        'Fonctionnement',
        'Étapes et calendrier',
        'Moyens humains et matériels',
        'Coût et financements',
        'Partenaires',
        'Résultats',
        'Outils d’évaluation et de communication',
        'Enseignements et observations',
        'Transférabilité',
        'Contacts et liens',
        'Sources',
        'Adapter cette expérience',
      ]);
      const main = await page.locator('main').innerText();
      // 7 of the 12 women into a job or training; 7 900 € for 12 people; 15 sessions, 31 h each.
      for (const figure of [`7 sur 12 (58${N}%)`, `7${N}900${S}€`, `658,33${S}€`, `31${S}h`, '1/4']) expect(main).toContain(figure);
      const results = page.locator('#resultats svg[role="img"]');
      expect(await results.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await results.locator('title').textContent()).toBe('Résultats chiffrés');
      expect(await results.locator('desc').textContent()).toContain(`7 sur 12 (58${N}%)`);
      expect(await page.locator('#calendrier svg[role="img"] title').textContent()).toBe('Calendrier des phases');
      expect(await page.locator('a', { hasText: 'Télécharger en PDF' }).first().getAttribute('href')).toBe('/experiences/castelnau-donne-des-elles.pdf');
      expect(await page.locator('.command code').innerText()).toContain('--from-programme castelnau-donne-des-elles');
      await page.close();
    });

    it.each(published.map((p) => [p.id]))('%s: no JavaScript, no axe violation', async (id) => {
      const page = await ctx.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      const response = await page.goto(`${server.url}/experiences/${id}/`);
      expect(response?.status()).toBe(200);
      expect(scripts).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await axe(page)).toEqual([]);
      await shot(page, `fiche-${id}.png`);
      await page.close();
    });

    it('marks the fictional example as such', async () => {
      const fictional = published.find((p) => p.data.fictional)!;
      const page = await ctx.newPage();
      await page.goto(`${server.url}/experiences/${fictional.id}/`);
      expect(await page.locator('.sheet-header .badge-fictional').innerText()).toBe('Exemple fictif');
      await page.close();
    });

    it('saves the sheet’s open data as a file from « Adapter cette expérience », with the sheet’s own file in it', async () => {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/experiences/castelnau-donne-des-elles/`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.adapt-links a', { hasText: 'Données ouvertes (JSON)' }).click()]);
      expect(download.suggestedFilename()).toBe('castelnau-donne-des-elles.json');
      const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
      expect(saved.sourceFile.name).toBe('castelnau-donne-des-elles.yaml');
      expect(saved.sourceFile.text).toMatch(/^title: Castelnau donne des Elles$/m);
      expect(saved.sourceFile.text).not.toMatch(/^\s*#/m);
      await page.close();
    });

    it('prints without navigation, menus or buttons, and writes internal links out', async () => {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/experiences/la-rochelle-cite-emploi/`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.toc').isVisible()).toBe(false);
      expect(await page.locator('.skip-link').isVisible()).toBe(false);
      expect(await page.locator('.sheet-header .sheet-actions').isVisible()).toBe(false);
      const after = await page.locator('.adapt-links a').evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
      expect(after).toEqual(['" (/experiences/la-rochelle-cite-emploi.pdf)"', '" (/experiences/la-rochelle-cite-emploi.json)"']);
      await shot(page, 'fiche-impression-la-rochelle.png');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.close();
    });

    it('keeps a narrow screen readable: facts stacked, wide tables scrolling in their frame, the page never sideways', async () => {
      const phone = await context(browser, { viewport: { width: 390, height: 844 } });
      const page = await phone.newPage();
      await page.goto(`${server.url}/experiences/castelnau-donne-des-elles/`);
      const layout = await page.evaluate(() => {
        const dt = document.querySelector('#identite dl.facts dt')!.getBoundingClientRect();
        const dd = document.querySelector('#identite dl.facts dd')!.getBoundingClientRect();
        const frame = document.querySelector<HTMLElement>('#fonctionnement .table-scroll')!;
        return {
          page: [document.documentElement.scrollWidth, window.innerWidth],
          stacked: dd.top >= dt.bottom - 1 && Math.abs(dd.left - dt.left) < 1,
          frame: [frame.scrollWidth > frame.clientWidth, frame.clientWidth <= window.innerWidth, getComputedStyle(frame).overflowX],
        };
      });
      expect(layout.page[0]).toBeLessThanOrEqual(layout.page[1]);
      expect(layout.stacked).toBe(true);
      expect(layout.frame).toEqual([true, true, 'auto']);
      expect(await axe(page)).toEqual([]);
      await shot(page, 'fiche-mobile-castelnau.png');
      await page.goto(`${server.url}/experiences/`);
      await expect.poll(() => page.locator('form[data-finder]').isVisible()).toBe(true);
      await shot(page, 'index-mobile.png');
      await phone.close();
    });
  });

  describe('the open data and the home page', () => {
    it('serves each sheet as JSON, money in cents with a formatted copy', async () => {
      const page = await ctx.newPage();
      const response = await page.goto(`${server.url}/experiences/castelnau-donne-des-elles.json`);
      expect(response?.headers()['content-type']).toContain('application/json');
      const data = JSON.parse(await response!.text());
      expect(Object.keys(data)).toEqual(['format', 'id', 'title', 'summary', 'url', 'pdf', 'programme', 'metrics', 'sourceFile', 'documentation']);
      expect(data.programme.budget.total).toEqual({ cents: 790000, currency: 'EUR', formatted: `7${N}900${S}€` });
      expect(typeof data.programme.context).toBe('string');
      expect(data.metrics.costPerParticipantCents).toEqual({ min: 65833, max: 65833 });
      await page.close();
    });

    it('says what Passerelle does for each user, leads to the sheets and calls, and names the private workspace', async () => {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/`);
      expect(await page.locator('h1').count()).toBe(1);
      for (const href of ['/experiences/', '/appels/']) expect(await page.locator(`main a[href="${href}"]`).count()).toBeGreaterThan(0);
      // Responses and evaluations are private: no link to them, the command that opens them instead.
      for (const href of ['/reponses/', '/evaluations/', '/prestataires/']) expect(await page.locator(`a[href="${href}"]`).count()).toBe(0);
      expect(await page.locator('main code').allInnerTexts()).toContain('npx passerelle workspace');
      expect(await axe(page)).toEqual([]);
      await shot(page, 'accueil.png');
      await page.close();
    });
  });
});
