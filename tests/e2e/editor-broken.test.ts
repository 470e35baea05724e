/**
 * The editor opens on content whose published files have errors, as a person's content folder
 * often has after a hand edit: `passerelle edit` on a copy of the sample content with a published
 * programme (and, separately, a call) broken the way people break them (a French word for a code,
 * a list written on one line, a number in words). The list opens and counts the file's errors, the
 * file opens in its form with the validator's French messages beside its fields, the documents
 * that cite the broken file say why they cannot be shown, and once the fields are fixed and saved
 * the file is whole again. axe-core finds no violation on these screens.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { context, hasChromium, root } from './browser';
import { hydrated, noViolations, openSections, withEditor } from './editor-session';

/** Replaces each `from` by its `to` in a file of the copy, and checks that each was there. */
function breakFile(content: string, file: string, edits: Array<[string, string]>): void {
  let text = readFileSync(join(content, file), 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(join(content, file), text);
}

const messages = (page: Page, id: string) => page.locator(`#${id}-messages .field-error strong`).allTextContents();

describe.runIf(hasChromium)('the editor on a published programme with errors', () => {
  const session = withEditor({
    prepare: (content) =>
      breakFile(content, 'programmes/castelnau-donne-des-elles.yaml', [
        ['status: completed', 'status: terminé'],
        ['  communes:\n    - Castelnau-le-Lez', '  communes: Castelnau-le-Lez'],
        ['duration: 5 mois', 'duration: cinq mois'],
      ]),
  });

  it('opens the programme in its form, the messages beside the fields', async () => {
    const { editor, browser } = session;
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/`);
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'Modifier «\u00A0Castelnau donne des Elles\u00A0»' }) });
    expect(await row.locator('td[data-label="Erreurs"]').textContent()).toBe('3 erreurs');
    await noViolations(page);

    await row.getByRole('link').click();
    await hydrated(page);
    await openSections(page);
    expect(await messages(page, 'champ-status')).toEqual(['Valeur non reconnue']);
    expect(await messages(page, 'champ-territory-communes')).toEqual(['Type de valeur incorrect']);
    expect(await messages(page, 'champ-duration')).toEqual(['Durée ou intervalle de durées illisible']);
    expect(await page.locator('#champ-duration').inputValue()).toBe('cinq mois');
    // In the form's words: the values by their French labels, the list without its YAML syntax.
    const said = async (id: string) => ((await page.locator(`#${id}-messages`).textContent()) ?? '').replace(/[\u00A0\u202F]/g, ' ');
    expect(await said('champ-status')).toBe('Valeur non reconnue · trouvé : « terminé » · Attendu : une valeur de la liste : Proposé, En cours, Terminé, Statut inconnu. Vouliez-vous dire « Terminé » ?');
    expect(await said('champ-territory-communes')).toBe(
      'Type de valeur incorrect · trouvé : « Castelnau-le-Lez » · Attendu : une liste (un élément par case, ajouté avec le bouton « Ajouter »). Remplacez la valeur par une liste (un élément par case, ajouté avec le bouton « Ajouter »).',
    );
    await noViolations(page);

    // Fixed in the form, saved: the file is whole again.
    await page.locator('#champ-status').selectOption({ label: 'Terminé' });
    await page.locator('#champ-duration').fill('5 mois');
    await page.getByRole('button', { name: /^Ajouter.*les communes concernées$/ }).click();
    await page.locator('#champ-territory-communes-0').fill('Castelnau-le-Lez');
    await expect.poll(() => page.locator('.field-error').count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('.editor-status').textContent(), { timeout: 10_000 }).toContain('Enregistré à');
    expect(readFileSync(join(editor.content, 'programmes/castelnau-donne-des-elles.yaml'), 'utf8')).toBe(readFileSync(join(root, 'content/programmes/castelnau-donne-des-elles.yaml'), 'utf8'));
    await page.goto(`${editor.url}/espace/contenu/`);
    expect(await row.locator('td[data-label="Erreurs"]').textContent()).toBe('aucune');
  }, 240_000);

});

describe.runIf(hasChromium)('the editor on a published call with errors', () => {
  const session = withEditor({
    prepare: (content) =>
      breakFile(content, 'tenders/dijon-remobilisation-femmes-qpv-2022.yaml', [
        ['      type: quality\n', '      type: qualité\n'],
        ['      weight: 60\n', '      weight: soixante\n'],
      ]),
  });

  it('opens the call in its form, and the documents citing it say why they wait', async () => {
    const { editor, browser } = session;
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/`);
    const row = page.locator('tr', { has: page.getByRole('link', { name: /Prestation d.une action de remobilisation/ }) });
    expect(await row.locator('td[data-label="Erreurs"]').textContent()).toBe('2 erreurs');

    await row.getByRole('link').click();
    await hydrated(page);
    await openSections(page);
    expect(await messages(page, 'champ-awardCriteria-criteria-0-type')).toEqual(['Valeur non reconnue']);
    expect(await messages(page, 'champ-awardCriteria-criteria-0-weight')).toEqual(['Type de valeur incorrect']);
    expect(await page.locator('#champ-awardCriteria-criteria-0-weight').inputValue()).toBe('soixante');
    await noViolations(page);
    const form = page.url();

    // A response to this call waits for it, and says so.
    await page.goto(`${editor.url}/reponses/tremplin-dijon-2022/`);
    expect(await page.locator('h1').textContent()).toBe('Ce document ne peut pas être affiché pour l’instant');
    // It names the call that has errors, with the way to its form, and never says it does not exist.
    const alert = page.getByRole('alert');
    expect((await alert.innerText()).replace(/[ \n\t]+/g, ' ')).toBe('Prestation d’une action de remobilisation/coaching individuel ou collectif des publics femmes pour l’accès et/ou le retour à l’emploi (2 erreurs)');
    expect(await alert.getByRole('link').getAttribute('href')).toBe('/espace/contenu/appels/dijon-remobilisation-femmes-qpv-2022/');
    await noViolations(page);
    const pdf = await page.request.get(`${editor.url}/reponses/tremplin-dijon-2022.pdf`);
    expect(pdf.status()).toBe(422);
    expect(await pdf.text()).toBe('Ce PDF ne peut pas être écrit pour l’instant, car un fichier qu’il peut citer a des erreurs\u00A0: «\u00A0Prestation d’une action de remobilisation/coaching individuel ou collectif des publics femmes pour l’accès et/ou le retour à l’emploi\u00A0» (2 erreurs). Corrigez-le dans «\u00A0Modifier le contenu\u00A0», puis enregistrez.');

    await page.goto(form);
    await hydrated(page);
    await openSections(page);
    await page.locator('#champ-awardCriteria-criteria-0-type').selectOption({ value: 'quality' });
    await page.locator('#champ-awardCriteria-criteria-0-weight').fill('60');
    await expect.poll(() => page.locator('.field-error').count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('.editor-status').textContent(), { timeout: 10_000 }).toContain('Enregistré à');
    expect(readFileSync(join(editor.content, 'tenders/dijon-remobilisation-femmes-qpv-2022.yaml'), 'utf8')).toBe(readFileSync(join(root, 'content/tenders/dijon-remobilisation-femmes-qpv-2022.yaml'), 'utf8'));
    await page.goto(`${editor.url}/reponses/tremplin-dijon-2022/`);
    expect(await page.locator('h1').textContent()).toBe('Elles rebondissent, réponse du groupement Tremplin Côte-d’Or et Mobilité 21');
    await noViolations(page);
  }, 240_000);
});
