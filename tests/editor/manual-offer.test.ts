/**
 * The evaluator's short form for an offer received outside Passerelle: what a person types (French
 * amounts and quantities) becomes the evaluation file's entry, which the schema reads into the price
 * the ranking uses; what the form can tell is wrong stays out, with a French message on its field.
 */
import { describe, expect, it } from 'vitest';
import { ManualOfferSchema } from '../../schemas/manual-offer';
import { manualPrice } from '../../src/domain/compliance-manual';
import { emptyLine, manualOfferEntry, offerSlug, type ManualOfferInput } from '../../src/editor/manual-offer';

const form = (extra: Partial<ManualOfferInput> = {}): ManualOfferInput => ({ provider: 'Association Horizon', document: '', lot: '', priceKind: '', lumpSum: '', lines: [emptyLine()], vat: '', findings: {}, ...extra });
const line = (label: string, unit: string, quantity: string, unitPrice: string) => ({ label, unit, quantity, unitPrice });

describe('the short form’s entry', () => {
  it.each([
    ['a lump sum TTC', form({ priceKind: 'lump-sum', lumpSum: ' 35 000 € TTC ', vat: 'not-subject' }), { lumpSum: '35 000 € TTC', vat: { kind: 'not-subject' } }, { ht: 3_500_000, ttc: 3_500_000 }],
    ['a lump sum HT at 20 %', form({ priceKind: 'lump-sum', lumpSum: '30 000 € HT', vat: 'subject-20' }), { lumpSum: '30 000 € HT', vat: { kind: 'subject', rate: 20 } }, { ht: 3_000_000, ttc: 3_600_000 }],
    [
      'price lines with a decimal comma',
      form({ priceKind: 'lines', lines: [line('Séance collective', 'session', '24', '900 €'), line('Entretien individuel', 'hour', '8,5', '62,50 €'), emptyLine()], vat: 'subject-5.5' }),
      { lines: [{ label: 'Séance collective', unit: 'session', quantity: 24, unitPrice: '900 €' }, { label: 'Entretien individuel', unit: 'hour', quantity: 8.5, unitPrice: '62,50 €' }], vat: { kind: 'subject', rate: 5.5 } },
      { ht: 2_213_125, ttc: 2_334_847 },
    ],
    ['a line with a thousands space', form({ priceKind: 'lines', lines: [line('Forfait', 'package', '1', '18 000 € HT')], vat: 'exempt-261-7-1' }), { lines: [{ label: 'Forfait', unit: 'package', quantity: 1, unitPrice: '18 000 € HT' }], vat: { kind: 'exempt-261-7-1' } }, { ht: 1_800_000, ttc: 1_800_000 }],
  ])('%s', (_, input, price, compared) => {
    const entry = manualOfferEntry(input, []);
    expect(entry).toEqual({ ok: true, offer: { manual: { id: 'association-horizon', provider: 'Association Horizon', price }, marks: [] } });
    if (!entry.ok) throw new Error('refused');
    expect(manualPrice(ManualOfferSchema().parse(entry.offer.manual))).toMatchObject(compared);
  });

  it('leaves the price out when the offer gives none, and keeps the lot, the file and the findings', () => {
    const input = form({
      lot: 'lot-2',
      document: 'offre-horizon.docx',
      findings: { 'nombre-de-groupes': { finding: 'met', note: ' page 3 ' }, 'taille-des-groupes': { finding: 'not-met', note: '' }, 'duree-du-parcours': { finding: '', note: 'annexe illisible' }, 'public-femmes': { finding: '', note: '' } },
    });
    expect(manualOfferEntry(input, ['association-horizon'])).toEqual({
      ok: true,
      offer: {
        manual: {
          id: 'association-horizon-2',
          provider: 'Association Horizon',
          document: 'offre-horizon.docx',
          lot: 'lot-2',
          findings: [
            { requirement: 'nombre-de-groupes', finding: 'met', note: 'page 3' },
            { requirement: 'taille-des-groupes', finding: 'not-met' },
            { requirement: 'duree-du-parcours', finding: 'not-checked', note: 'annexe illisible' },
          ],
        },
        marks: [],
      },
    });
  });

  it.each([
    ['no provider', form({ provider: '  ' }), [['provider', 'Écrivez le nom du prestataire.']]],
    ['an unreadable lump sum', form({ priceKind: 'lump-sum', lumpSum: 'trente mille' }), [['lumpSum', 'Montant illisible']]],
    ['a lump sum without HT or TTC', form({ priceKind: 'lump-sum', lumpSum: '35 000 €' }), [['lumpSum', 'Le prix global doit dire s’il est HT ou TTC']]],
    ['lines all empty', form({ priceKind: 'lines' }), [['lines-0-label', 'Écrivez au moins une ligne de prix, ou choisissez un prix global.']]],
    [
      'a line with its mistakes',
      form({ priceKind: 'lines', lines: [line('Séance', 'session', '12', '250 €'), line('', '', 'douze', '300 € TTC')] }),
      [
        ['lines-1-label', 'Écrivez ce que la ligne facture.'],
        ['lines-1-unit', 'Choisissez l’unité de la ligne.'],
        ['lines-1-quantity', '«\u00A0douze\u00A0» n’est pas une quantité\u00A0: écrivez un nombre positif (12 ou 8,5).'],
        ['lines-1-unitPrice', 'Les prix unitaires s’écrivent hors taxes (HT)\u00A0: la TVA est calculée selon le régime du prestataire'],
      ],
    ],
    ['a zero quantity and no unit price', form({ priceKind: 'lines', lines: [line('Séance', 'session', '0', '')] }), [['lines-0-quantity', '«\u00A00\u00A0» n’est pas une quantité\u00A0: écrivez un nombre positif (12 ou 8,5).'], ['lines-0-unitPrice', 'Montant illisible']]],
  ])('refuses %s, with a message on the field', (_, input, problems) => {
    expect(manualOfferEntry(input, [])).toEqual({ ok: false, problems: problems.map(([field, message]) => ({ field, message })) });
  });

  it.each([
    ['Association Horizon', [], 'association-horizon'],
    ['Élan & Cie', [], 'elan-cie'],
    ['Élan & Cie', ['elan-cie', 'elan-cie-2'], 'elan-cie-3'],
    ['  !!  ', [], 'offre'],
  ])('names « %s » %s as %s', (name, taken, id) => {
    expect(offerSlug(name, taken)).toBe(id);
  });
});
