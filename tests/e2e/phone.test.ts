/**
 * Every page, public (built in dist/) and private (served by the workspace), on a phone (390 px
 * wide) and on a desktop (1280 px): no page scrolls sideways
 * (a wide table or chart scrolls inside its own frame), and axe-core finds no violation at 390 px.
 * Screenshots of each page type go to test-output/screenshots/ for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { routes } from '../../src/routes';
import { context, dist, hasChromium, launch, screenshots, serve, workspaceUrl } from './browser';

/** The path of every HTML page the build wrote (`/experiences/castelnau-donne-des-elles/`). */
function pages(dir = dist): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(path);
    return name.endsWith('.html') ? [`/${relative(dist, path).replace(/index\.html$/, '')}`] : [];
  });
}

/** The private pages of the sample content (the workspace's index, each response, evaluation, provider, draft). */
function privatePages(): string[] {
  const corpus = loadCorpus();
  return [
    routes.workspace,
    routes.responses,
    ...corpus.responses.map((e) => routes.response(e.id)),
    routes.evaluations,
    ...corpus.evaluations.map((e) => routes.evaluation(e.id)),
    routes.providers,
    ...corpus.providers.map((e) => routes.provider(e.id)),
    ...corpus.programmes.filter((e) => e.data.draft && e.data.status !== 'proposed').map((e) => routes.sheet(e.id)),
  ];
}

const publicPages = pages().sort();
const workspacePages = privatePages();
const all = [...publicPages, ...workspacePages];
const workspaceOnly = new Set(workspacePages);
/** One page of each type, shot at both widths. */
const shots: Record<string, string> = {
  '/': 'accueil',
  '/experiences/castelnau-donne-des-elles/': 'fiche',
  '/appels/dijon-remobilisation-femmes-qpv-2022/': 'appel',
  '/reponses/tremplin-dijon-2022/': 'reponse',
  '/evaluations/dijon-remobilisation-femmes-qpv-2022/': 'evaluation',
  '/prestataires/tremplin-cote-dor/': 'prestataire',
  '/espace/': 'espace',
  '/experiences/villefontaine-jardinons-ensemble/': 'brouillon',
};

describe.skipIf(!hasChromium)('every page on a phone', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serve();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Where a page is served: the public build, or the workspace for a private page. */
  const at = (path: string) => `${workspaceOnly.has(path) ? workspaceUrl() : server.url}${path}`;

  it('finds the built pages and the private ones', () => {
    expect(publicPages).toHaveLength(11);
    // The workspace's index, 3 responses and their index, 1 evaluation and its index, 3 providers
    // and their index, the draft sheet.
    expect(workspacePages).toHaveLength(12);
    for (const path of Object.keys(shots)) expect(all).toContain(path);
  });

  it.each(all.map((path) => [path]))('%s: no sideways scroll at 390 px, no axe violation', async (path) => {
    const phone = await context(browser, { viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(at(path));
    if (await page.locator('astro-island').count()) await page.waitForSelector('astro-island:not([ssr])');
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(violations).toEqual([]);
    if (shots[path]) await page.screenshot({ path: join(screenshots, `${shots[path]}-390.png`), fullPage: true });
    await phone.close();
  });

  it.each(Object.entries(shots))('%s at 1280 px', async (path, name) => {
    const desktop = await context(browser);
    const page = await desktop.newPage();
    await page.goto(at(path));
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.screenshot({ path: join(screenshots, `${name}-1280.png`), fullPage: true });
    await desktop.close();
  });
});
