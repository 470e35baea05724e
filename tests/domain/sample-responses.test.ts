/**
 * The three sample responses to the Dijon call, checked by the compliance engine: one compliant
 * and strong, one cheaper and compliant, one over the cap and missing a mandatory theme.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { checkCompliance } from '../../src/domain/compliance';
import { byId, invoicingProvider } from '../../src/domain/corpus';

const corpus = loadCorpus();
const report = (id: string) => {
  const r = byId(corpus.responses, id)!.data;
  return checkCompliance({
    tender: byId(corpus.tenders, r.tender)!.data,
    response: r,
    programme: byId(corpus.programmes, r.programme)!.data,
    regime: invoicingProvider(r, corpus)!.data.vat,
  });
};

describe('sample responses to the Dijon call', () => {
  it('Tremplin: compliant, 38 400 € exempt of VAT (HT = TTC)', () => {
    const r = report('tremplin-dijon-2022');
    expect(r.compliant).toBe(true);
    expect(r.counts).toEqual({ met: 20, notMet: 0, unknown: 0 });
    expect([r.price!.ht, r.price!.vat, r.price!.ttc]).toEqual([3840000, 0, 3840000]);
    expect(r.price!.mention).toContain('261-7-1°');
  });

  it('Élan: compliant and cheaper, 26 000 € HT + 20 % = 31 200 € TTC', () => {
    const r = report('elan-dijon-2022');
    expect(r.compliant).toBe(true);
    expect([r.price!.ht, r.price!.vat, r.price!.ttc]).toEqual([2600000, 520000, 3120000]);
  });

  it('Sophie Marchal: over the 40 000 € TTC cap and without the childcare-and-parenting workshop', () => {
    const r = report('sophie-marchal-dijon-2022');
    expect(r.compliant).toBe(false);
    expect(r.failures).toEqual(['themes-obligatoires', 'atelier-garde-enfants-parentalite', 'plafond-budgetaire']);
    expect([r.price!.ht, r.price!.ttc]).toEqual([4176000, 4176000]);
    expect(r.price!.mention).toBe('TVA non applicable, article 293 B du code général des impôts.');
    const cap = r.results.find((x) => x.id === 'plafond-budgetaire')!;
    expect(cap.sentence).toBe('Le prix (41\u202F760\u00A0€\u00A0TTC) dépasse le budget maximal de l’appel (40\u202F000\u00A0€\u00A0TTC).');
  });
});
