/**
 * The analysis report PDF of the sample evaluation, served by the private workspace, read back: its sections in the order a
 * committee reports, the offers, the exclusion and its reasons, the method, the ranking and the
 * amounts, with the same French figures as the page.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { buildFonts } from '../../src/pdf/build-fs';
import { renderEvaluation } from '../../src/pdf/documents/evaluation';
import { pdftotext, readPdf } from '../pdf/read';
import { unicodePages } from '../pdf/unicode-text';
import { fromWorkspace } from './browser';

const ID = 'dijon-remobilisation-femmes-qpv-2022';
const plainSpaces = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

describe('the analysis report PDF', async () => {
  // The report the workspace serves, as the committee downloads it.
  const bytes = await fromWorkspace(`/evaluations/${ID}.pdf`);
  const pdf = await readPdf(bytes);
  const all = plainSpaces(pdf.text.join('\n'));

  it('has the sections a committee reports, in order, each bookmarked', () => {
    expect(pdf.outline.map((o) => plainSpaces(o.title))).toEqual([
      'L’appel',
      'Les offres reçues',
      'Offres écartées et motifs',
      'Notes et justifications par critère',
      'Méthode de notation du prix',
      'Le classement',
      'L’offre retenue et ses motifs',
    ]);
    expect(pdf.info.Language).toBe('fr-FR');
  });

  it('states the call: buyer, object, value and criteria', () => {
    expect(all).toContain('Creativ');
    expect(all).toContain('35 000 € à 40 000 € TTC');
    expect(all).toContain('Valeur technique de l’offre');
    expect(all).toMatch(/60 %[\s\S]*40 %/);
  });

  it('lists the offers received with their prices on the TTC basis, and the excluded one with its reasons', () => {
    expect(all).toContain('38 400 € TTC');
    expect(all).toContain('31 200 € TTC');
    expect(all).toContain('41 760 € TTC');
    const excludedPage = pdf.outline.find((o) => o.title.startsWith('Offres écartées'))!.page;
    const excluded = plainSpaces(pdf.text[excludedPage - 1]);
    expect(excluded).toContain('Sophie Marchal Coaching');
    expect(excluded).toContain('Décision du comité');
    expect(excluded).toContain('garde d’enfants et parentalité');
    expect(excluded).toContain('Non conforme à 3 exigences obligatoires');
  });

  it('explains the price method with its formula', () => {
    expect(all).toContain('Méthode proportionnelle');
    expect(all).toContain('points prix = points du critère × prix le plus bas ÷ prix de l’offre');
  });

  it('ranks the offers with the hand-computed totals, one precision per column, and names the winner', () => {
    // 54 + 40 × 31 200 / 38 400 = 86,50; 36 + 40 = 76,00; 42 + 40 × 31 200 / 41 760 = 71,89.
    const layout = plainSpaces(pdftotext(bytes));
    expect(layout).toMatch(/54 +32,50 +86,50 +38 400 € TTC/);
    expect(layout).toMatch(/36 +40,00 +76,00 +31 200 € TTC/);
    expect(layout).toMatch(/42 +29,89 +71,89 +41 760 € TTC/);
    expect(all).toContain('8,13/10 · 32,50 points');
    expect(all).toContain('Offre la mieux classée : Groupement Tremplin Côte-d’Or et Mobilité 21, avec 86,5 sur 100.');
  });

  it('draws every glyph it names (exact Unicode through the fonts)', async () => {
    const exact = (await unicodePages(bytes)).join('\n');
    expect(exact).not.toContain('\uFFFD');
    expect(exact).toContain('38\u202F400\u00A0€');
  });

  it('gives the same bytes for the same input', async () => {
    const again = await renderEvaluation(loadCorpus(), ID, buildFonts());
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});
