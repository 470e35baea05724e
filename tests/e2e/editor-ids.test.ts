/**
 * A CCAS employee never invents an identifier: two workshops titled « Atelier mobilité », a group
 * « Groupe du matin », a phase without a title (by its kind, « montage ») and a result get theirs
 * from their names when saved, unique in their lists; the group is chosen in a workshop by its
 * name before it has one; an identifier kept when its title changes; one typed badly corrected,
 * not refused. The rest of the file stays as it was, and the
 * content still validates.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../src/editor/text-diff';
import { context, hasChromium, root, screenshots } from './browser';
import { hydrated, noViolations, openSections, withEditor } from './editor-session';

describe.runIf(hasChromium)('the identifiers of list items', () => {
  const session = withEditor();

  it('are made from the titles, unique, kept once saved, corrected when typed', async () => {
    const { editor, browser } = session;
    const path = join(editor.content, 'programmes', 'castelnau-donne-des-elles.yaml');
    const before = readFileSync(path, 'utf8');
    const counts = parse(before) as { workshops: unknown[]; phases: unknown[]; results: { quantitative: unknown[] } };
    const [n, phases, results] = [counts.workshops.length, counts.phases.length, counts.results.quantitative.length];
    const page = await (await context(browser)).newPage();
    await page.goto(`${editor.url}/espace/contenu/programmes/castelnau-donne-des-elles/`);
    await hydrated(page);
    await openSections(page);
    const fill = async (selector: string, text: string) => {
      await page.locator(selector).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
    };

    await page.locator('button[data-add="cohorts"]').click();
    await fill('#champ-cohorts-0-name', 'Groupe du matin');
    for (const i of [n, n + 1]) {
      await page.locator('button[data-add="workshops"]').click();
      await fill(`#champ-workshops-${i}-title`, 'Atelier mobilité');
      await page.locator(`#champ-workshops-${i}-kind`).selectOption({ label: 'Atelier thématique' });
      await page.locator(`#champ-workshops-${i}-mode`).selectOption({ label: 'Collectif' });
    }
    // A phase without a title takes its kind's label; a result its label: nothing to type either.
    await page.locator('button[data-add="phases"]').click();
    await page.locator(`#champ-phases-${phases}-kind`).selectOption({ label: 'Montage' });
    await page.locator('button[data-add="results.quantitative"]').click();
    await fill(`#champ-results-quantitative-${results}-label`, 'Accès à l’emploi durable');
    await fill(`#champ-results-quantitative-${results}-count`, '3');
    await expect.poll(() => page.locator(`#champ-phases-${phases}-item .id-note`).textContent()).toBe('Sera enregistré\u00A0: «\u00A0montage\u00A0».');
    expect(await page.locator(`label[for="champ-phases-${phases}-id"]`).textContent()).toBe('Identifiant (créé à partir du titre ou du type) (facultatif)');
    await expect.poll(() => page.locator(`#champ-results-quantitative-${results}-item .id-note`).textContent()).toBe('Sera enregistré\u00A0: «\u00A0acces-a-l-emploi-durable\u00A0».');
    const item = (i: number) => page.locator(`#champ-workshops-${i}-item`);
    // Shown as they will be saved, under the title, without anything to type.
    await expect.poll(() => item(n).locator('.id-note').textContent()).toBe('Sera enregistré\u00A0: «\u00A0atelier-mobilite\u00A0».');
    await expect.poll(() => item(n + 1).locator('.id-note').textContent()).toBe('Sera enregistré\u00A0: «\u00A0atelier-mobilite-2\u00A0».');
    expect(await item(n).locator('label[for="champ-workshops-' + n + '-id"]').textContent()).toBe('Identifiant (créé à partir du titre) (facultatif)');
    // Checked as it will be saved: no identifier to type, so nothing missing.
    await expect.poll(() => page.locator('.editor-state').textContent(), { timeout: 5_000 }).toContain('Aucune erreur.');
    await page.locator(`#champ-workshops-${n + 1}-title`).evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(screenshots, 'editor-ids-1280.png'), fullPage: false });
    // The new group, chosen by its name.
    await item(n).locator('button[data-add="workshops[].cohorts"]').click();
    await page.locator(`#champ-workshops-${n}-cohorts-0`).selectOption({ label: 'Groupe du matin' });
    await noViolations(page);

    const save = async () => {
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect.poll(() => page.locator('.editor-status').textContent(), { timeout: 10_000 }).toContain('Enregistré à');
      await page.locator('.editor-status').evaluate((e) => (e.textContent = ''));
    };
    await save();
    expect(await page.locator('.editor-state').textContent()).toContain('Aucune erreur.');
    const saved = readFileSync(path, 'utf8');
    expect(saved).toMatch(/^ {2}- id: atelier-mobilite$/m);
    expect(saved).toMatch(/^ {2}- id: atelier-mobilite-2$/m);
    const data = parse(saved) as { cohorts: Array<{ id: string }>; workshops: Array<{ id: string; title: string; cohorts?: string[] }> };
    expect(data.cohorts.map((c) => c.id)).toEqual(['groupe-du-matin']);
    const more = parse(saved) as { phases: Array<{ id: string; kind: string }>; results: { quantitative: Array<{ id: string; label: string }> } };
    expect(more.phases.slice(phases)).toEqual([{ id: 'montage', kind: 'setup' }]);
    expect(more.results.quantitative.slice(results)).toEqual([{ id: 'acces-a-l-emploi-durable', label: 'Accès à l’emploi durable', count: 3 }]);
    expect(data.workshops.slice(n)).toMatchObject([{ id: 'atelier-mobilite', title: 'Atelier mobilité', cohorts: ['groupe-du-matin'] }, { id: 'atelier-mobilite-2' }]);
    // Only lines added: the rest of the file byte for byte.
    expect(lineDiff(before, saved, 0).filter((l) => l.kind === 'removed')).toEqual([]);
    const check = spawnSync(process.execPath, [join(root, 'bin', 'passerelle.js'), 'validate', editor.content], { cwd: root, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);

    // Saved, the identifier stays when the title changes (the workshop's group refers to it).
    await fill(`#champ-workshops-${n}-title`, 'Atelier vélo');
    expect(await item(n).locator('.id-note').count()).toBe(0);
    // Typed by hand, badly: corrected on leaving the field.
    await fill(`#champ-workshops-${n + 1}-id`, 'Mobilité Bis');
    await expect.poll(() => item(n + 1).locator('.id-note').textContent()).toBe('Corrigé en «\u00A0mobilite-bis\u00A0»\u00A0: minuscules sans accent, chiffres et tirets.');
    await page.keyboard.press('Tab');
    expect(await page.locator(`#champ-workshops-${n + 1}-id`).inputValue()).toBe('mobilite-bis');
    await save();
    const again = parse(readFileSync(path, 'utf8')) as typeof data;
    expect(again.workshops.slice(n).map((w) => [w.id, w.title])).toEqual([['atelier-mobilite', 'Atelier vélo'], ['mobilite-bis', 'Atelier mobilité']]);
    expect(spawnSync(process.execPath, [join(root, 'bin', 'passerelle.js'), 'validate', editor.content], { cwd: root }).status).toBe(0);
  }, 180_000);
});
