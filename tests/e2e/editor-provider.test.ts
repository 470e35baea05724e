/**
 * The editor as a training organisation uses it: Sophie Marchal Coaching answers the Dijon call
 * with a programme Tremplin Côte-d'Or ran in Chenôve (« Cap Confiance »). The proposed programme
 * is hers: Tremplin's name, its staff, its premises and the eleven women it reached are not
 * copied as if they were hers. She completes the response, sees its preview with the compliance
 * annex, and gets its PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sheetOpenData } from '../../src/site/sheet-json';
import { context, hasChromium } from './browser';
import { hydrated, noViolations, openSections, withEditor } from './editor-session';

const title = 'Cap Confiance à Dijon, la proposition de Sophie Marchal Coaching';
const id = 'cap-confiance-a-dijon-la-proposition-de-sophie-marchal-coaching';

describe.runIf(hasChromium)('the editor, for a provider', () => {
  const session = withEditor();

  it('starts a response from another structure’s programme and a call, without taking that structure’s name, and gets its PDF', async () => {
    const { editor, browser } = session;
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/`);
    await page.getByRole('link', { name: 'Nouvelle réponse' }).click();
    await page.waitForURL(/\/espace\/contenu\/reponses\/nouveau\/$/);
    await noViolations(page);
    await page.getByLabel('Le programme publié dont vous partez').selectOption({ label: 'Cap Confiance Chenôve' });
    await page.locator('#reponse-appel').selectOption('dijon-remobilisation-femmes-qpv-2022');
    await page.locator('#reponse-prestataire').selectOption({ label: 'Sophie Marchal Coaching' });
    await page.locator('#reponse-titre').fill(title);
    await page.getByRole('button', { name: 'Créer la réponse', exact: true }).click();
    await page.waitForURL(new RegExp(`/espace/contenu/reponses/${id}/$`));
    await hydrated(page);
    expect(await page.locator('#champ-title').inputValue()).toBe(title);
    expect(await page.locator('#champ-provider').inputValue()).toBe('sophie-marchal-coaching');
    expect(await page.locator('#champ-programme').inputValue()).toBe(id);

    // The proposed programme, on disk and in its form: Sophie Marchal's, nothing of Tremplin's.
    const programmeText = readFileSync(join(editor.content, 'programmes', `${id}.yaml`), 'utf8');
    const programme = parse(programmeText) as Record<string, unknown>;
    expect(programme.carriers).toEqual([{ name: 'Sophie Marchal Coaching' }]);
    expect(programme.status).toBe('proposed');
    expect(programme.derivedFrom).toBe('cap-confiance-chenove-2021');
    expect(programmeText).not.toContain('Tremplin');
    expect(programmeText).not.toContain('kind: achieved');
    expect(programmeText).not.toContain('budget:');
    expect(programmeText).toContain('role: Coach certifiée');
    expect(programmeText).toContain('id: atelier-mobilite');
    const programmePage = await (await context(browser)).newPage();
    await programmePage.goto(`${editor.url}/espace/contenu/programmes/${id}/`);
    await hydrated(programmePage);
    await openSections(programmePage);
    expect(await programmePage.locator('#champ-carriers-0-name').inputValue()).toBe('Sophie Marchal Coaching');
    const values = await programmePage.locator('.editor form input, .editor form textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values.filter((v) => v.includes('Tremplin'))).toEqual([]);
    await noViolations(programmePage);
    await programmePage.close();

    // She writes each answer, the price and where each deliverable is, then saves.
    await openSections(page);
    const sections = ['Présentation de Sophie Marchal Coaching.', 'Le parcours Cap Confiance adapté aux quartiers de Dijon.', 'Trois parcours menés à Talant et Chenôve.', 'Le prix global de la prestation.'];
    for (const [i, text] of sections.entries()) await page.locator(`#champ-answers-${i}-body`).fill(text);
    await page.locator('#champ-price-lines-0-label').fill('Le parcours complet pour deux groupes');
    await page.locator('#champ-price-lines-0-unit').selectOption('package');
    // The quantity starts empty: no value is written that the provider did not choose.
    await page.locator('#champ-price-lines-0-quantity').fill('1');
    await page.locator('#champ-price-lines-0-unitPrice').fill('18 000');
    // Each deliverable's section, chosen among the sections she answered, by the call's name for it.
    for (let i = 0; i < 4; i++) await page.locator(`#champ-deliverables-${i}-section`).selectOption({ label: 'Proposition de réponse au cahier des charges' });
    await expect.poll(() => page.locator('.editor-summary').count(), { timeout: 5_000 }).toBe(0);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('.editor-status').textContent(), { timeout: 15_000 }).toContain('Enregistré comme brouillon à');

    // The response's preview, with its compliance.
    const frame = page.frameLocator('iframe[title="Aperçu du document"]');
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: 15_000 }).toContain(title);
    const shown = (await frame.locator('main').innerText()).replace(/[\s\u00A0\u202F]+/g, ' ');
    expect(shown).toContain('Prestataire Sophie Marchal Coaching');
    // The other run's eleven women are not the proposal's: its group's size is left to fill in.
    expect(shown).toContain('Promotion 2021 : effectif non renseigné');
    expect(shown).toContain('Prix : 18 000 € HT');
    expect(shown).toContain('Annexe : conformité au cahier des charges');
    expect(shown).toMatch(/\d+ exigences satisfaites, \d+ non satisfaites, \d+ à vérifier/);
    expect(shown).not.toContain('Tremplin');
    expect(await frame.locator('#annexe-conformite').count()).toBe(1);

    // Its PDF, from the button beside the preview.
    const href = await page.getByRole('link', { name: 'Ouvrir le PDF' }).getAttribute('href');
    expect(href).toBe(`/reponses/${id}.pdf`);
    const response = await fetch(`${editor.url}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-pdf-'));
    try {
      writeFileSync(join(dir, 'reponse.pdf'), bytes);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'reponse.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Cap Confiance à Dijon, la proposition de Sophie Marchal');
      expect(text).toContain('Sophie Marchal Coaching');
      expect(text).not.toContain('Tremplin');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('starts a response from a sheet published by another bank, from its open data, without adding that sheet to her content', async () => {
    const { editor, browser } = session;
    // The JSON a Passerelle bank publishes for a real sheet (Blanquefort's street-food training).
    const fixture = join(import.meta.dirname, '..', 'fixtures', 'real-programmes', 'blanquefort-cuisine-nomade.yaml');
    const text = readFileSync(fixture, 'utf8');
    const entry = { id: 'blanquefort-cuisine-nomade', file: 'content/programmes/blanquefort-cuisine-nomade.yaml', source: text, data: parse(text) };
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-fiche-'));
    const json = join(dir, 'blanquefort-cuisine-nomade.json');
    writeFileSync(json, JSON.stringify(sheetOpenData(entry as never, { results: [] } as never, 'https://banque.example/')));
    const notSheet = join(dir, 'autre.json');
    writeFileSync(notSheet, '{"format":"autre/1"}');
    const before = readdirSync(join(editor.content, 'programmes')).sort();
    try {
      const page = await (await context(browser)).newPage();
      await page.goto(`${editor.url}/espace/contenu/reponses/nouveau/`);
      await noViolations(page);
      // A JSON that is not a sheet's: back on the page, said in French, nothing written.
      await page.getByLabel('Le fichier de la fiche (.json ou .yaml)').setInputFiles(notSheet);
      expect(await page.locator('#fiche-choisie').textContent()).toBe('autre.json');
      await page.getByRole('button', { name: 'Créer la réponse à partir de cette fiche' }).click();
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('n’est pas le JSON d’une fiche d’expérience Passerelle');
      expect(readdirSync(join(editor.content, 'programmes')).sort()).toEqual(before);

      await page.getByLabel('Le fichier de la fiche (.json ou .yaml)').setInputFiles(json);
      await page.locator('#fiche-appel').selectOption('dijon-remobilisation-femmes-qpv-2022');
      await page.locator('#fiche-prestataire').selectOption({ label: 'Sophie Marchal Coaching' });
      await page.locator('#fiche-titre').fill('Cuisine de rue à Dijon');
      await page.getByRole('button', { name: 'Créer la réponse à partir de cette fiche' }).click();
      await page.waitForURL(/\/espace\/contenu\/reponses\/cuisine-de-rue-a-dijon\/$/);
      await hydrated(page);
      const programmeText = readFileSync(join(editor.content, 'programmes', 'cuisine-de-rue-a-dijon.yaml'), 'utf8');
      const programme = parse(programmeText) as Record<string, unknown>;
      expect(programme.status).toBe('proposed');
      expect(programme.carriers).toEqual([{ name: 'Sophie Marchal Coaching' }]);
      // Not in her content: no derivedFrom naming nothing; the sheet is among the sources.
      expect(programme.derivedFrom).toBeUndefined();
      expect((programme.sources as Array<Record<string, unknown>>).at(-1)).toEqual({
        id: 'fiche-adaptee',
        title: 'Fiche d’expérience «\u00A0Chantier de formation aux métiers de cuisine de la rue\u00A0»',
        publisher: 'Centre communal d’action sociale de Blanquefort, Centre de formation continue des Apprentis d’Auteuil',
        url: 'https://banque.example/experiences/blanquefort-cuisine-nomade/',
      });
      // The other bank's sheet itself was checked, not added.
      expect(readdirSync(join(editor.content, 'programmes')).sort()).toEqual([...before, 'cuisine-de-rue-a-dijon.yaml'].sort());
      await noViolations(page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
