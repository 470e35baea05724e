/**
 * Issue 14: a bank of generated sheets (three pages of the index), built by `npm run build`'s
 * script as a bank builds it. Nothing here is timed: the test counts the work the build did, reads
 * the pages as a browser without JavaScript would, and drives the filters and the search in
 * Chromium across the pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { generateProgrammes } from '../../scripts/bench-lib/generate';
import { context, hasChromium, hostEnv, launch, root, serve } from './browser';

const SHEETS = 230;
/** Sheets per part of the search index: three parts here (about 77 sheets each, by the hash of their path). */
const PART = 100;
const work = join(root, 'test-output', 'bank');
const content = join(work, 'content');
const out = join(work, 'site');
const log = join(work, 'work.json');
let ids: string[] = [];

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  ids = generateProgrammes(content, SHEETS);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...hostEnv(), PASSERELLE_CONTENT: content, PASSERELLE_OUT: out, PASSERELLE_CACHE: join(work, 'cache'), PASSERELLE_WORK_LOG: log, PASSERELLE_SEARCH_PART_SIZE: String(PART) },
  });
  if (run.status !== 0) throw new Error(`npm run build a échoué :\n${run.stderr.slice(-3000)}`);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The sheet links of an index page, in order. */
const cardLinks = (html: string) => [...html.matchAll(/<li class="card"[^>]*data-href="([^"]+)"/g)].map((m) => m[1]);
const page = (path: string) => readFileSync(join(out, path), 'utf8');

describe('a bank of 230 generated sheets', () => {
  it('does each piece of work once per sheet, and the index and its filters once in all', () => {
    expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual({
      validation: 1,
      sheets: 1,
      metrics: 230,
      sheetDocument: 230,
      sheetCard: 230,
      pdfDocument: 230,
      sheetPage: 230,
      sheetJson: 230,
      sheetIndex: 1,
      facets: 1,
      indexPage: 3,
    });
  });

  it('lists every sheet once, a hundred a page, on pages linked without JavaScript', () => {
    const pages = ['experiences/index.html', 'experiences/page/2/index.html', 'experiences/page/3/index.html'].map(page);
    expect(existsSync(join(out, 'experiences', 'page', '4'))).toBe(false);
    expect(existsSync(join(out, 'experiences', 'page', '1'))).toBe(false);
    expect(pages.map((html) => cardLinks(html).length)).toEqual([100, 100, 30]);
    expect(pages.flatMap(cardLinks).sort()).toEqual(ids.map((id) => `/experiences/${id}/`).sort());
    expect(pages[0]).toContain('Fiches 1 à 100 sur 230');
    expect(pages[1]).toContain('Fiches 101 à 200 sur 230');
    expect(pages[2]).toContain('Fiches 201 à 230 sur 230');
    // Page 2 links to the first page and to the third, as plain links.
    expect(pages[1]).toMatch(/<a href="\/experiences\/" rel="prev">/);
    expect(pages[1]).toMatch(/<a href="\/experiences\/page\/3\/" rel="next">/);
    expect(pages[1]).toContain('<span aria-current="page">2</span>');
    expect(pages[0]).not.toContain('rel="prev"');
    expect(pages[2]).not.toContain('rel="next"');
    // The filters count the whole bank on every page.
    const themes = (html: string) => [...html.matchAll(/name="theme" value="([^"]+)"[^]*?data-count>(\d+)\u00A0fiches?</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(themes(pages[2])).toEqual(themes(pages[0]));
    expect(themes(pages[0]).reduce((n, t) => n + Number(t.split(' ')[1]), 0)).toBeGreaterThan(SHEETS);
  });

  it('writes the search index in parts of a hundred sheets, the first listing the others', () => {
    expect(JSON.parse(page('pagefind/parties.json'))).toEqual(['pagefind-2/', 'pagefind-3/']);
    for (const part of ['pagefind', 'pagefind-2', 'pagefind-3']) expect(existsSync(join(out, part, 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(out, 'pagefind-4'))).toBe(false);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('gives the script every card, with its filter values', () => {
    const cards = JSON.parse(page('experiences/cartes.json')) as Array<{ href: string; facets: { departement: string[] } }>;
    expect(cards.map((c) => c.href).sort()).toEqual(ids.map((id) => `/experiences/${id}/`).sort());
    const written = Object.fromEntries(readdirSync(join(content, 'programmes')).map((f) => [f.replace('.yaml', ''), parse(readFileSync(join(content, 'programmes', f), 'utf8')).territory.departement]));
    for (const card of cards) expect(card.facets.departement).toEqual([written[card.href.split('/')[2]]]);
  });
});

describe.skipIf(!hasChromium)('the index of a bank of 230 sheets in Chromium', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let tab: Page;
  beforeAll(async () => {
    server = await serve(out);
    browser = await launch();
    tab = await (await context(browser)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visibleCards = () => tab.locator('[data-card]:visible');
  /** The addresses a page asks for that end so, from now to the end of the test. */
  const requestsTo = (page: Page, ending: string) => {
    const heard: string[] = [];
    const listen = (request: { url: () => string }) => {
      if (request.url().endsWith(ending)) heard.push(request.url());
    };
    page.on('request', listen);
    onTestFinished(() => void page.off('request', listen));
    return heard;
  };

  it('reads the bank’s cards only when something is asked, never for a visitor who only browses', async () => {
    const asked = requestsTo(tab, '/cartes.json');
    await tab.goto(`${server.url}/experiences/page/2/`);
    await tab.locator('form[data-finder]:visible').waitFor();
    await tab.waitForTimeout(500);
    expect(asked).toEqual([]);
    // The page as written: its hundred cards, its status, its links, the whole bank's counts.
    expect(await visibleCards().count()).toBe(100);
    expect(await tab.locator('[data-status]').innerText()).toBe('Fiches 101 à 200 sur 230');
    expect(await tab.locator('[data-pagination]').isVisible()).toBe(true);
    const box = tab.locator('input[name="public"][value="women"]');
    const counted = await box.locator('xpath=..').locator('[data-count]').innerText();
    await box.check();
    await expect.poll(() => tab.locator('[data-status]').innerText(), { timeout: 15_000 }).toMatch(/^\d+ fiches sur 230 correspondent/);
    expect(asked).toHaveLength(1);
    await box.uncheck();
    await expect.poll(() => tab.locator('[data-status]').innerText()).toBe('Fiches 101 à 200 sur 230');
    expect(await box.locator('xpath=..').locator('[data-count]').innerText()).toBe(counted);
    expect(asked).toHaveLength(1);
  });

  it('says so and filters the page’s own cards when the bank’s cards cannot be read', async () => {
    const other = await (await context(browser)).newPage();
    onTestFinished(() => other.close());
    await other.route('**/cartes.json', (route) => route.fulfill({ status: 404, body: '' }));
    await other.goto(`${server.url}/experiences/page/3/`);
    await other.locator('form[data-finder]:visible').waitFor();
    await other.locator('input[name="public"][value="women"]').check();
    await expect.poll(() => other.locator('form[data-finder] .note', { hasText: 'pas pu' }).innerText(), { timeout: 15_000 }).toBe(
      'Les fiches des autres pages n’ont pas pu être chargées\u00A0: la recherche et les filtres portent sur cette page seulement.',
    );
    await expect.poll(() => other.locator('[data-status]').innerText()).toMatch(/^(\d+ fiches? sur 30 correspondent? à votre recherche\.|Aucune fiche ne correspond)/);
  });

  it('filters every sheet of the bank from any page, then shows the page again', async () => {
    // The sheets of one département, from the files as generated: on several pages of the index.
    const written = readdirSync(join(content, 'programmes')).map((f) => ({ id: f.replace('.yaml', ''), departement: String(parse(readFileSync(join(content, 'programmes', f), 'utf8')).territory.departement) }));
    const code = written[0].departement;
    const expected = written.filter((w) => w.departement === code).map((w) => `/experiences/${w.id}/`).sort();
    expect(expected.length).toBeGreaterThan(1);
    await tab.goto(`${server.url}/experiences/page/3/`);
    await tab.locator('form[data-finder]:visible').waitFor();
    await tab.locator(`input[name="departement"][value="${code}"]`).check();
    await expect.poll(() => tab.locator('[data-status]').innerText()).toBe(`${expected.length} fiches sur ${SHEETS} correspondent à votre recherche.`);
    expect((await visibleCards().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.href))).sort()).toEqual(expected);
    expect(await tab.locator('[data-pagination]').isVisible()).toBe(false);
    await tab.locator('input[name="departement"]:checked').uncheck();
    await expect.poll(() => tab.locator('[data-status]').innerText()).toBe('Fiches 201 à 230 sur 230');
    expect(await visibleCards().count()).toBe(30);
    expect(await tab.locator('[data-pagination]').isVisible()).toBe(true);
  });

  it('shows the first hundred of more than a hundred matches, and says so', async () => {
    await tab.goto(`${server.url}/experiences/`);
    await tab.locator('form[data-finder]:visible').waitFor();
    const box = tab.locator('input[name="public"][value="women"]');
    const counted = Number((await box.locator('xpath=..').locator('[data-count]').innerText()).replace(/\u00A0fiches?$/, ''));
    expect(counted).toBeGreaterThan(100);
    await box.check();
    await expect.poll(() => tab.locator('[data-status]').innerText()).toBe(`${counted} fiches sur ${SHEETS} correspondent à votre recherche. Les 100 premières sont affichées\u00A0: précisez la recherche ou ajoutez un filtre pour voir les autres.`);
    expect(await visibleCards().count()).toBe(100);
  });

  it('searches and filters across every part of the search index', async () => {
    // A sheet of the third part of the index, as its list of addresses says.
    const third = Object.values(JSON.parse(page('pagefind-3/adresses.json')) as Record<string, string>);
    expect(third.length).toBeGreaterThan(0);
    const last = third[0].split('/')[2];
    const cards = JSON.parse(page('experiences/cartes.json')) as Array<{ href: string; facets: { departement: string[] } }>;
    const code = cards.find((c) => c.href === `/experiences/${last}/`)?.facets.departement[0] ?? '';
    const sameDepartement = new Set(cards.filter((c) => c.facets.departement.includes(code)).map((c) => c.href));
    await tab.goto(`${server.url}/experiences/?q=${encodeURIComponent(`fiche n° ${last.split('-').pop()} de la banque`)}&departement=${code}`);
    const target = tab.locator(`[data-card][data-href="/experiences/${last}/"]`);
    // Its excerpt shows only when Pagefind's search found it (the filter alone shows none).
    await expect.poll(() => target.locator('[data-excerpt]:visible mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const shown = await visibleCards().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.href ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((href) => !sameDepartement.has(href))).toEqual([]);
  });

  it('names every match of a search from the lists of addresses, and loads the excerpts of the cards shown only', async () => {
    const fragments = requestsTo(tab, '.pf_fragment');
    await tab.goto(`${server.url}/experiences/?q=banque`);
    // Every generated sheet says it is « fiche n° … de la banque »: all 230 match, 100 are shown.
    await expect.poll(() => tab.locator('[data-status]').innerText(), { timeout: 15_000 }).toMatch(/^230 fiches sur 230 correspondent/);
    expect(await visibleCards().count()).toBe(100);
    await expect.poll(() => tab.locator('[data-card]:visible:has([data-excerpt]:visible mark)').count(), { timeout: 15_000 }).toBe(100);
    expect(fragments.length).toBeLessThanOrEqual(100);
  });

  it('finds with Pagefind a sheet that another page lists', async () => {
    const last = ids[ids.length - 1];
    const onPage3 = cardLinks(page('experiences/page/3/index.html'));
    const target = onPage3.includes(`/experiences/${last}/`) ? last : onPage3[0].split('/')[2];
    const n = target.split('-').pop();
    await tab.goto(`${server.url}/experiences/?q=${encodeURIComponent(`fiche n° ${n} de la banque`)}`);
    await expect.poll(() => visibleCards().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.href)), { timeout: 15_000 }).toContain(`/experiences/${target}/`);
  });
});
