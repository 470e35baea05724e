/**
 * The editor as a buyer's evaluator uses it, mostly with the keyboard: `passerelle edit` on a copy
 * of the sample content where the committee has one offer made with Passerelle in its evaluation (a
 * draft) and has received two more: one by e-mail as a Word file, entered in the short form (the
 * provider, its price lines with a slip, the committee's finding on requirements: met, not met, not
 * checked with a note), and Élan's, a Passerelle PDF chosen in the upload control. Then marks typed
 * in the grid with two natural mistakes (« 12 » on a 0 to 10 scale, « huit »), the French messages
 * read beside the cells, the save refused, the mistakes fixed, saved, and the ranking read, figure
 * by figure. axe-core finds no violation on the screen, with and without the messages.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elanPdf, ELAN_FILES } from '../cli/buyer-workspace';
import { context, hasChromium } from './browser';
import { noViolations, withEditor } from './editor-session';

const EVALUATION = 'dijon-remobilisation-femmes-qpv-2022';
const TENDER = join('tenders', `${EVALUATION}.yaml`);

/** The evaluation with the one offer received through Passerelle so far, no marks yet. */
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
`;

describe.runIf(hasChromium)('the evaluator’s screen', () => {
  const pdf = join(tmpdir(), `passerelle-elan-${process.pid}.pdf`);
  const session = withEditor({
    prepare: async (content) => {
      // Élan's offer has not been imported yet: its files are not in the content.
      for (const f of ELAN_FILES) unlinkSync(join(content, f));
      writeFileSync(join(content, 'evaluations', `${EVALUATION}.yaml`), evaluation);
      // The call gives pair-aidance as an indication, which an offer may depart from.
      const tender = readFileSync(join(content, TENDER), 'utf8');
      const indication = tender.replace(/(  - id: pair-aidance-co-developpement\n    label: [^\n]+\n)/, '$1    mandatory: false\n');
      expect(indication).not.toBe(tender);
      writeFileSync(join(content, TENDER), indication);
      writeFileSync(pdf, await elanPdf());
    },
  });

  it('lets an evaluator enter an offer received by e-mail, import a PDF, mark the three offers and read the ranking', async () => {
    const { editor, browser } = session;
    const file = join(editor.content, 'evaluations', `${EVALUATION}.yaml`);
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/notes/${EVALUATION}/`);
    await page.waitForSelector('.marks-grid', { timeout: 60_000 });
    await noViolations(page);
    expect(await page.locator('.marks-grid tbody tr').count()).toBe(1);

    // The offer received in Word, entered in the short form.
    const type = async (selector: string, text: string) => {
      await page.locator(selector).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
    };
    await type('#manuelle-provider', 'Association Horizon');
    await type('#manuelle-document', 'offre-horizon.docx');
    await page.getByLabel('Des lignes de prix (quantité × prix unitaire HT)').check();
    await type('#manuelle-lines-0-label', 'Séance collective');
    await page.locator('#manuelle-lines-0-unit').selectOption({ label: 'séance' });
    await type('#manuelle-lines-0-quantity', '24');
    await type('#manuelle-lines-0-unitPrice', '1 050 €');
    await page.getByRole('button', { name: 'Ajouter une ligne de prix' }).click();
    await type('#manuelle-lines-1-label', 'Coaching individuel');
    await page.locator('#manuelle-lines-1-unit').selectOption({ label: 'jour' });
    await type('#manuelle-lines-1-quantity', 'huit et demi');
    // Copied from the offer's TTC column: unit prices are HT.
    await type('#manuelle-lines-1-unitPrice', '580,50 € TTC');
    await page.locator('#manuelle-tva').selectOption({ label: 'Non assujetti à la TVA' });
    const finding = async (requirement: string, value: string, note: string) => {
      const select = page.getByLabel(requirement, { exact: true });
      if (value) await select.selectOption({ label: value });
      await type(`#${await select.getAttribute('id')}-note`, note);
    };
    await finding('Un parcours pour deux groupes de femmes.', 'Conforme', 'page 3');
    await finding('Un coaching collectif fondé sur des ateliers de co-développement par QPV et une approche par la pair-aidance mise en évidence.', 'Non conforme', 'pas de pair-aidance');
    await finding('Une carte des compétences élaborée avec chaque participante et utilisée lors des simulations d’entretien.', '', 'annexe 2 illisible, demandée au prestataire');
    await page.getByRole('button', { name: 'Ajouter l’offre et l’enregistrer' }).click();

    // The slips are said beside their fields, and nothing is added.
    await expect.poll(() => page.locator('#manuelle-lines-1-quantity-erreur').textContent()).toBe('«\u00A0huit et demi\u00A0» n’est pas une quantité\u00A0: écrivez un nombre positif (12 ou 8,5).');
    expect(await page.locator('#manuelle-lines-1-unitPrice-erreur').textContent()).toBe('Les prix unitaires s’écrivent hors taxes (HT)\u00A0: la TVA est calculée selon le régime du prestataire');
    expect(await page.locator('#manuelle-lines-1-quantity').getAttribute('aria-describedby')).toBe('manuelle-lines-1-quantity-erreur');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('manuelle-lines-1-quantity');
    expect(readFileSync(file, 'utf8')).toBe(evaluation);
    await noViolations(page);

    await type('#manuelle-lines-1-quantity', '8,5');
    await type('#manuelle-lines-1-unitPrice', '580,50 €');
    await page.getByRole('button', { name: 'Ajouter l’offre et l’enregistrer' }).click();
    await expect.poll(() => page.locator('.marks-grid tbody tr').count(), { timeout: 30_000 }).toBe(2);
    // The evaluation is a draft already: the offer is added, to be marked in its row.
    expect(await page.locator('[data-added]').textContent()).toBe('L’offre «\u00A0Association Horizon\u00A0» est ajoutée\u00A0: saisissez ses notes dans la grille.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-1-valeur-technique');
    const added = readFileSync(file, 'utf8');
    expect(added).toContain(`  - manual:
      id: association-horizon
      provider: Association Horizon
      document: offre-horizon.docx
      price:
        lines:
          - label: Séance collective
            unit: session
            quantity: 24
            unitPrice: 1 050 €
          - label: Coaching individuel
            unit: day
            quantity: 8.5
            unitPrice: 580,50 €
        vat:
          kind: not-subject
      findings:
        - requirement: nombre-de-groupes
          finding: met
          note: page 3
        - requirement: pair-aidance-co-developpement
          finding: not-met
          note: pas de pair-aidance
        - requirement: carte-des-competences
          finding: not-checked
          note: annexe 2 illisible, demandée au prestataire
    marks: []
`);

    // Élan's offer, made with Passerelle: its PDF chosen in the upload control.
    // The control speaks French whatever the browser's language (Chromium's own is « Choose File »).
    await page.waitForSelector('#import-pdf-fichier');
    expect(await page.locator('.file-picker').innerText()).toBe('Choisir le fichier…\nAucun fichier choisi');
    // The native control, which says « Choose File » in an English browser, is there but not seen:
    // transparent, over the French button, whose box it takes.
    const input = page.locator('#import-pdf-fichier');
    expect(await input.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    const [inputBox, buttonBox] = [await input.boundingBox(), await page.locator('.file-picker-button').boundingBox()];
    expect(inputBox).toEqual(buttonBox);
    expect(await page.getByLabel('Le PDF de la réponse', { exact: true }).getAttribute('id')).toBe('import-pdf-fichier');
    await page.locator('#import-pdf-fichier').setInputFiles(pdf);
    expect(await page.locator('#import-pdf-choisi').textContent()).toBe(basename(pdf));
    await page.getByRole('button', { name: 'Importer l’offre' }).click();
    await expect.poll(() => page.locator('.marks-grid tbody tr').count(), { timeout: 60_000 }).toBe(3);
    expect(await page.locator('.marks-grid tbody th').allTextContents()).toEqual([
      'Groupement Tremplin Côte-d’Or et Mobilité 21',
      'Association Horizon (reçue hors Passerelle)',
      'Élan Formation Conseil',
    ]);
    for (const f of ELAN_FILES) expect(readFileSync(join(editor.content, f), 'utf8').length).toBeGreaterThan(0);
    await noViolations(page);

    // The marks, cell to justification to the next offer's cell, with Tab.
    await page.locator('#note-0-valeur-technique').focus();
    for (const [i, text] of ['12', 'Très bonne compréhension de la demande.', 'huit', 'Offre reçue en Word, solide sur le collectif.', '6', 'Déroulé au minimum des bornes.'].entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
    const cell = (i: number) => page.locator(`#note-${i}-valeur-technique-messages`);
    await expect.poll(() => cell(0).textContent()).toBe('La note 12 est hors de l’échelle (0 à 10)');
    await expect.poll(() => cell(1).textContent()).toBe('«\u00A0huit\u00A0» n’est pas une note\u00A0: écrivez un nombre de 0 à 10 (8 ou 8,5)');
    expect(await page.locator('#note-0-valeur-technique').inputValue()).toBe('12');
    await noViolations(page);

    // Saving with the mistakes is refused, and nothing is written.
    const before = readFileSync(file, 'utf8');
    await page.getByRole('button', { name: 'Enregistrer les notes et les décisions' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Rien n’a été enregistré\u00A0: corrigez les notes signalées à côté des cases.');
    expect(readFileSync(file, 'utf8')).toBe(before);

    for (const [i, text] of [[0, '8,5'], [1, '7']] as const) await type(`#note-${i}-valeur-technique`, text);
    await expect.poll(() => cell(0).count()).toBe(0);
    await expect.poll(() => cell(1).count()).toBe(0);

    // Every offer marked: the draft is published with its marks (the box to do so is ticked). Read
    // before the save: once published, the evaluation is no draft and the box is gone.
    expect(await page.getByLabel('La publier à l’enregistrement, dès que les notes de chaque offre sont saisies').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Enregistrer les notes et les décisions' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/^Notes enregistrées à \d{1,2}\u00A0h \d\d\u202F; l’évaluation est complète et publiée\.$/);

    const saved = readFileSync(file, 'utf8');
    expect(saved).not.toContain('draft: true');
    expect(saved).toContain('mark: 8.5');
    expect(saved).toContain("# Évaluation fictive, pour le test de l'éditeur");
    expect(saved).toContain('justification: Offre reçue en Word, solide sur le collectif.');

    // Technical value 60 × mark / 10; price 40 × lowest / price: Horizon's lines 24 × 1 050 € + 8,5 × 580,50 € = 30 134,25 €,
    // Élan 31 200 €, Tremplin 38 400 € (all without VAT).
    expect(await page.locator('.ranking li').allTextContents()).toEqual([
      '1re\u00A0: Groupement Tremplin Côte-d’Or et Mobilité 21, 82,39 sur 100',
      '2e\u00A0: Association Horizon, 82 sur 100',
      '3e\u00A0: Élan Formation Conseil, 74,63 sur 100',
    ]);
    expect(await page.locator('[data-ranking-sentence]').textContent()).toMatch(/^En tête\u00A0: Groupement Tremplin/);
    await noViolations(page);
  }, 240_000);
});
