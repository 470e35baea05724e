/**
 * The response PDFs the private workspace serves, read back: pages, table of contents, amounts, accents,
 * metadata, bookmarks, the attached offer, margins, same bytes twice; and long content that must
 * paginate (a 2,000-word narrative, a 60-row table); and the font subsets (not blank).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { checkCompliance } from '../../src/domain/compliance';
import { byId, invoicingProvider } from '../../src/domain/corpus';
import { buildOffer } from '../../src/domain/offer';
import { buildFonts } from '../../src/pdf/build-fs';
import { renderResponse } from '../../src/pdf/documents/response';
import type { Document } from '../../src/document/model';
import { renderPdf } from '../../src/pdf/render';
import { theme } from '../../src/pdf/theme';
import { hasPoppler, pdftotext, rasterise, readPdf, type ReadPdf } from '../pdf/read';
import { unicodePages } from '../pdf/unicode-text';
import { fromWorkspace } from './browser';

const corpus = loadCorpus();
/** Compares French text whatever its no-break spaces. */
const plainSpaces = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');
const N = '\u202F';
const S = '\u00A0';
/** A response PDF as the private workspace serves it (the public site has none). */
const built = (id: string) => fromWorkspace(`/reponses/${id}.pdf`);

/** Every text item lies inside the page's margins (the header and footer lines in theirs). */
function expectInsideMargins(pdf: ReadPdf) {
  const { width, height } = pdf.size;
  pdf.items.forEach((items) => {
    for (const item of items) {
      expect(item.x).toBeGreaterThanOrEqual(theme.margin.left - 0.5);
      expect(item.x + item.width).toBeLessThanOrEqual(width - theme.margin.right + 0.5);
      expect(item.y).toBeGreaterThanOrEqual(theme.footer.y - 1);
      expect(item.y).toBeLessThanOrEqual(height - theme.header.y + 1);
      const inBody = item.y > theme.footer.y + 12 && item.y < height - theme.header.y - 8;
      if (inBody) {
        expect(item.y).toBeGreaterThanOrEqual(theme.margin.bottom - 2);
        expect(item.y).toBeLessThanOrEqual(height - theme.margin.top + 2);
      }
    }
  });
}

describe('the strong response PDF (Tremplin)', async () => {
  const bytes = await built('tremplin-dijon-2022');
  const pdf = await readPdf(bytes);

  it('has a cover, a table of contents and every section of the call in its order', () => {
    expect(pdf.pages).toBeGreaterThanOrEqual(8);
    expect(pdf.text[0]).toContain('Réponse à l’appel');
    expect(pdf.text[1]).toContain('Sommaire');
    const order = ['Présentation du prestataire', 'Proposition de réponse au cahier des charges', 'Références du prestataire', 'Coût de la prestation en HT / TTC', 'Annexe : conformité au cahier des charges'];
    const positions = order.map((title) => pdf.outline.findIndex((o) => plainSpaces(o.title).startsWith(title)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints page numbers in the table of contents that match the pages of the sections', () => {
    const toc = pdftotext(bytes, 2);
    const entries = [...toc.matchAll(/^\s*\d+\. (.+?)\s+(\d+)\s*$/gm)].map((m) => ({ title: m[1].trim(), page: Number(m[2]) }));
    expect(entries.length).toBe(pdf.outline.length);
    for (const entry of entries) {
      const bookmark = pdf.outline.find((o) => plainSpaces(o.title).startsWith(plainSpaces(entry.title).replace(/…$/, '')));
      expect(bookmark?.page).toBe(entry.page);
      expect(plainSpaces(pdf.text[entry.page - 1])).toContain(plainSpaces(bookmark!.title));
    }
  });

  it('numbers every page after the cover "n / N" in its footer', () => {
    pdf.text.slice(1).forEach((text, i) => expect(text).toContain(`${i + 2} / ${pdf.pages}`));
    expect(pdf.text[0]).not.toContain(`1 / ${pdf.pages}`);
  });

  it('writes amounts with the narrow no-break space, accents and « guillemets »', async () => {
    // Extractors turn no-break spaces into spaces: read the glyphs through the fonts' ToUnicode maps.
    const exact = (await unicodePages(bytes)).join('\n');
    expect(exact).toContain(`38${N}400${S}€`);
    expect(exact).toContain(`«${S}`);
    expect(exact).not.toContain('\uFFFD');
    const all = pdf.text.join('\n');
    expect(plainSpaces(all)).toContain('38 400 €');
    expect(all).toMatch(/Côte-d’Or/);
    expect(all).toContain('Présentation du prestataire');
    // poppler reads the same text (it turns no-break spaces into spaces).
    expect(pdftotext(bytes)).toContain('Références du prestataire');
  });

  it('carries French metadata and the language', () => {
    expect(pdf.info.Language).toBe('fr-FR');
    expect(pdf.info.Title).toBe('Elles rebondissent, réponse du groupement Tremplin Côte-d’Or et Mobilité 21');
    expect(pdf.info.Author).toBe('Tremplin Côte-d’Or, Mobilité 21');
    expect(plainSpaces(String(pdf.info.Subject))).toMatch(/^Réponse à l’appel « /);
    expect(pdf.info.Creator).toBe('Passerelle');
    expect(pdf.info.CreationDate).toBe('D:20220803000000Z');
  });

  it('has a bookmark for every section, pointing at its page', () => {
    expect(pdf.outline.map((o) => plainSpaces(o.title))).toContain('Annexe : conformité au cahier des charges');
    for (const entry of pdf.outline) expect(plainSpaces(pdf.text[entry.page - 1])).toContain(plainSpaces(entry.title).slice(0, 30));
  });

  it('attaches the structured offer, equal to the offer computed from the content', () => {
    const json = JSON.parse(new TextDecoder().decode(pdf.attachments['offre.json']));
    const response = byId(corpus.responses, 'tremplin-dijon-2022')!;
    const r = response.data;
    const report = checkCompliance({ tender: byId(corpus.tenders, r.tender)!.data, response: r, programme: byId(corpus.programmes, r.programme)!.data, regime: invoicingProvider(r, corpus)!.data.vat });
    expect(json).toEqual(buildOffer(corpus, response, report));
    expect(json.price).toMatchObject({ htCents: 3840000, vatCents: 0, ttcCents: 3840000 });
    // The offer carries every file it needs to validate in the buyer's content: the response, its
    // provider, the proposed programme, and the reference it is adapted from.
    expect(Object.keys(json.files)).toEqual([
      'responses/tremplin-dijon-2022.yaml',
      'providers/tremplin-cote-dor.yaml',
      'programmes/elles-rebondissent-dijon-2022.yaml',
      'programmes/cap-confiance-chenove-2021.yaml',
    ]);
  });

  it('draws no text outside the margins', () => expectInsideMargins(pdf));

  it('gives the same bytes for the same input', async () => {
    const again = await renderResponse(corpus, 'tremplin-dijon-2022', buildFonts());
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the response over the budget cap (Sophie Marchal)', async () => {
  const pdf = await readPdf(await built('sophie-marchal-dijon-2022'));

  it('shows its unmet requirements in the compliance annex', () => {
    const annexPage = pdf.outline.find((o) => plainSpaces(o.title).startsWith('Annexe : conformité'))!.page;
    const annex = plainSpaces(pdf.text.slice(annexPage - 1).join(' '));
    expect(annex).toContain('ne respecte pas 3 exigences obligatoires');
    expect(annex).toContain('Le prix (41 760 € TTC) dépasse le budget maximal de l’appel (40 000 € TTC)');
    expect(annex).toContain('Garde d’enfants et parentalité');
    expect(annex).toContain('Non conforme');
  });

  it('states its VAT regime with the legal mention (franchise 293 B)', () => {
    expect(pdf.text.join(' ')).toContain('TVA non applicable, article 293 B du code général des impôts.');
  });

  it('draws no text outside the margins', () => expectInsideMargins(pdf));
});

describe('the cheaper response (Élan), subject to VAT', async () => {
  const pdf = await readPdf(await built('elan-dijon-2022'));
  it('shows HT, 20 % VAT and TTC', () => {
    const all = plainSpaces(pdf.text.join(' '));
    expect(all).toContain('26 000 €');
    expect(all).toContain('5 200 €');
    expect(all).toContain('31 200 €');
    expect(all).toContain('TVA (20 %)');
  });
});

describe('long content', () => {
  const words = Array.from({ length: 2000 }, (_, i) => ['insertion', 'parcours', 'compétences', 'accompagnement', 'remobilisation', 'numérique', `mot${i}`][i % 7]).join(' ');
  const rows = Array.from({ length: 60 }, (_, i) => [[{ text: `Ligne ${i + 1} : atelier de remobilisation et de coaching collectif` }], [{ text: `${i + 1}` }], [{ text: `${(i + 1) * 120}${N}€` }]]);
  const spec: Document = {
    meta: { title: 'Document long', author: 'Passerelle', subject: 'Test', keywords: [], date: '2022-08-05', language: 'fr-FR' },
    header: 'Document long',
    cover: { title: 'Document long', facts: [] },
    toc: 'Sommaire',
    sections: [
      { type: 'section', id: 'recit', title: 'Un récit de 2 000 mots', blocks: [{ type: 'paragraph', runs: [{ text: words }] }] },
      {
        type: 'section',
        id: 'tableau',
        title: 'Un tableau de 60 lignes',
        blocks: [{ type: 'table', columns: [{ label: 'Libellé', width: 5 }, { label: 'N°', width: 1, align: 'end' }, { label: 'Montant', width: 2, align: 'end' }], rows }],
      },
    ],
  };

  it('paginates a 2,000-word narrative and a 60-row table, repeating the table header', async () => {
    const out = await renderPdf(spec, buildFonts());
    const pdf = await readPdf(out.bytes);
    expect(out.sectionPageCounts.recit).toBeGreaterThanOrEqual(3);
    expect(out.sectionPageCounts.tableau).toBeGreaterThanOrEqual(2);
    const all = pdf.text.join(' ');
    // Every seventh word is `mot<i>` (i = 6, 13, …): the last of the 2 000 is i = 1994 = 7 × 284 + 6.
    expect(all).toContain('mot1994');
    expect(all).not.toContain('mot1995');
    expect(all).toContain('Ligne 60 :');
    const tableStart = out.paginated.sectionPages.tableau;
    for (let p = tableStart; p <= pdf.pages; p++) expect(pdf.text[p - 1]).toContain('Libellé');
    expectInsideMargins(pdf);
  });
});

describe.skipIf(!hasPoppler)('font subsets', () => {
  it('draw visible glyphs (same pixels as the full font, and not a blank page)', async () => {
    const spec: Document = {
      meta: { title: 'Glyphes', author: 'Passerelle', subject: 'Test', keywords: [], date: '2022-08-05', language: 'fr-FR' },
      header: 'Glyphes',
      cover: { title: 'Glyphes', facts: [] },
      sections: [
        {
          type: 'section',
          id: 'a',
          title: 'Élan, œuvre, « guillemets », 38 400 €',
          blocks: [{ type: 'paragraph', runs: [{ text: 'Garde d’enfants et parentalité : 7 sur 12 (58 %).', bold: true }, { text: ' Ça marche aussi en italique.', italic: true }] }],
        },
      ],
    };
    const subset = rasterise((await renderPdf(spec, buildFonts())).bytes, 2);
    const full = rasterise((await renderPdf(spec, buildFonts(), { subset: false })).bytes, 2);
    const dark = (img: { pixels: Uint8Array }) => img.pixels.filter((v) => v < 128).length;
    expect(dark(subset)).toBeGreaterThan(500);
    let different = 0;
    for (let i = 0; i < subset.pixels.length; i++) if (Math.abs(subset.pixels[i] - full.pixels[i]) > 32) different++;
    expect(different / subset.pixels.length).toBeLessThan(0.001);
  });
});
