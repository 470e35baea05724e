/**
 * An offer received outside Passerelle, entered by hand: its price from what it writes, its
 * compliance from the committee's findings (never a computed or default verdict), and its place
 * in the ranking beside the offers made with Passerelle.
 */
import { describe, expect, it } from 'vitest';
import { OfferSchema } from '../../schemas/evaluation';
import { ManualOfferSchema } from '../../schemas/manual-offer';
import { loadCorpus } from '../../src/content/content-fs';
import { manualCompliance, manualPrice } from '../../src/domain/compliance-manual';
import { crossCheck } from '../../src/domain/cross-checks';
import { evaluationContext } from '../../src/domain/evaluation-input';
import { scoreOffers } from '../../src/domain/scoring';

const corpus = loadCorpus();
const TENDER = 'dijon-remobilisation-femmes-qpv-2022';
const tender = corpus.tenders.find((t) => t.id === TENDER)!.data;
const manual = (extra: Record<string, unknown> = {}) => ManualOfferSchema().parse({ id: 'horizon', provider: 'Association Horizon', ...extra });

describe('the price of an offer received outside Passerelle', () => {
  it.each([
    ['a lump sum HT, no VAT', { lumpSum: '31 500 € HT', vat: { kind: 'not-subject' } }, { ht: 3_150_000, ttc: 3_150_000 }],
    ['a lump sum TTC at 20 %', { lumpSum: '36 000 € TTC', vat: { kind: 'subject', rate: 20 } }, { ht: 3_000_000, ttc: 3_600_000 }],
    ['a lump sum TTC written the French way, no VAT', { lumpSum: '35 000 € TTC', vat: { kind: 'not-subject' } }, { ht: 3_500_000, ttc: 3_500_000 }],
    ['lines HT at 20 %', { lines: [{ label: 'Séance collective', unit: 'session', quantity: 12, unitPrice: '250 €' }, { label: 'Entretien', unit: 'hour', quantity: 10, unitPrice: 80.5 }], vat: { kind: 'subject', rate: 20 } }, { ht: 380_500, ttc: 456_600 }],
    ['a line with a decimal quantity and cents', { lines: [{ label: 'Accompagnement', unit: 'day', quantity: 8.5, unitPrice: '1 250,50 € HT' }], vat: { kind: 'subject', rate: 20 } }, { ht: 1_062_925, ttc: 1_275_510 }],
    ['lines under an exemption', { lines: [{ label: 'Forfait parcours', unit: 'package', quantity: 1, unitPrice: '18 000 €' }, { label: 'Bilan', unit: 'participant', quantity: 12, unitPrice: '150 €' }], vat: { kind: 'exempt-261-7-1' } }, { ht: 1_980_000, ttc: 1_980_000 }],
  ])('%s', (_, price, expected) => {
    expect(manualPrice(manual({ price }))).toMatchObject(expected);
  });

  it('keeps each line as the offer wrote it, with its total', () => {
    const price = manualPrice(manual({ price: { lines: [{ label: 'Séance collective', unit: 'session', quantity: 12, unitPrice: '250 €', note: 'groupes de 8' }], vat: { kind: 'not-subject' } } }));
    expect(price?.lines).toEqual([{ label: 'Séance collective', unit: 'session', quantity: 12, unitPriceCents: 25_000, totalCents: 300_000, note: 'groupes de 8' }]);
  });

  it('is absent when the offer gives none (never zero)', () => {
    expect(manualPrice(manual())).toBeUndefined();
  });

  it.each([
    ['both a lump sum and lines', { lumpSum: '100 € HT', lines: [{ label: 'x', unit: 'package', quantity: 1, unitPrice: 100 }], vat: { kind: 'not-subject' } }, 'soit en prix global (lumpSum), soit en lignes (lines)'],
    ['neither', { vat: { kind: 'not-subject' } }, 'soit en prix global (lumpSum), soit en lignes (lines)'],
    ['a lump sum without HT or TTC', { lumpSum: 31500, vat: { kind: 'not-subject' } }, 'Le prix global doit dire s’il est HT ou TTC'],
    ['a line priced TTC', { lines: [{ label: 'Séance', unit: 'session', quantity: 2, unitPrice: '300 € TTC' }], vat: { kind: 'not-subject' } }, 'price.lines.0.unitPrice: Les prix unitaires s’écrivent hors taxes (HT)'],
    ['a line without its unit', { lines: [{ label: 'Séance', quantity: 2, unitPrice: '300 €' }], vat: { kind: 'not-subject' } }, 'price.lines.0.unit: '],
    ['a line with a quantity in words', { lines: [{ label: 'Séance', unit: 'session', quantity: 'douze', unitPrice: '300 €' }], vat: { kind: 'not-subject' } }, 'price.lines.0.quantity: '],
  ])('refuses %s, at its field', (_, price, message) => {
    const parsed = ManualOfferSchema().safeParse({ id: 'horizon', provider: 'Association Horizon', price });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(' | ')).toContain(message);
  });
});

describe('the committee’s findings as compliance', () => {
  const offer = manual({
    findings: [
      { requirement: 'nombre-de-groupes', finding: 'met', note: 'page 3' },
      { requirement: 'taille-des-groupes', finding: 'not-met', note: '15 par groupe' },
      { requirement: 'duree-du-parcours', finding: 'not-checked' },
    ],
  });
  const report = manualCompliance(tender, undefined, offer);
  const verdict = (id: string) => report.results.find((r) => r.id === id);

  it.each([
    ['nombre-de-groupes', 'met', 'Constat du comité\u00A0: conforme (page 3).'],
    ['taille-des-groupes', 'not-met', 'Constat du comité\u00A0: non conforme (15 par groupe).'],
    ['duree-du-parcours', 'unknown', 'Constat du comité\u00A0: non vérifié.'],
    ['coaching-individuel-nombre', 'unknown', 'Le comité n’a pas encore dit si l’offre respecte cette exigence.'],
  ])('%s reads %s', (id, expected, sentence) => {
    expect(verdict(id)?.verdict).toBe(expected);
    expect(verdict(id)?.sentence).toBe(sentence);
  });

  it('covers every requirement of the call, and fails on a mandatory one not met', () => {
    expect(report.results).toHaveLength(20);
    expect(report.counts).toEqual({ met: 1, notMet: 1, unknown: 18 });
    expect(report.compliant).toBe(false);
    expect(report.failures).toEqual(['taille-des-groupes']);
  });
});

describe('an evaluation with an offer received outside Passerelle', () => {
  const evaluation = corpus.evaluations[0];
  const withManual = (manualInput: Record<string, unknown>, marks = [{ criterion: 'valeur-technique', mark: 8.5, justification: 'Solide.' }]) => {
    const offer = OfferSchema().parse({ manual: manualInput, marks });
    return { ...corpus, evaluations: [{ ...evaluation, data: { ...evaluation.data, offers: [...evaluation.data.offers, offer] } }] };
  };

  it('is priced, checked by the committee’s findings and ranked with the others', () => {
    const c = withManual({ id: 'horizon', provider: 'Association Horizon', price: { lumpSum: '30 000 € TTC', vat: { kind: 'not-subject' } }, findings: [{ requirement: 'nombre-de-groupes', finding: 'met' }] });
    const built = evaluationContext(c, evaluation.id);
    if (!built.ok) throw new Error(built.error);
    const offer = built.context.input.offers.find((o) => o.id === 'horizon');
    expect(offer).toEqual({ id: 'horizon', name: 'Association Horizon', price: { ht: 3_000_000, ttc: 3_000_000 }, compliant: true, failures: [], marks: { 'valeur-technique': 8.5 } });
    const result = scoreOffers(built.context.input);
    expect(result.offers.find((o) => o.id === 'horizon')?.status).toBe('ranked');
    expect(crossCheck(c).filter((i) => i.collection === 'evaluations')).toEqual([]);
  });

  it('is ranked on the total of its price lines', () => {
    const lines = [{ label: 'Séance collective', unit: 'session', quantity: 24, unitPrice: '900 €' }, { label: 'Entretien individuel', unit: 'hour', quantity: 40, unitPrice: '62,50 €' }];
    const c = withManual({ id: 'horizon', provider: 'Association Horizon', price: { lines, vat: { kind: 'subject', rate: 20 } } });
    const built = evaluationContext(c, evaluation.id);
    if (!built.ok) throw new Error(built.error);
    expect(built.context.input.offers.find((o) => o.id === 'horizon')?.price).toEqual({ ht: 2_410_000, ttc: 2_892_000 });
  });

  it.each([
    ['a finding on a requirement the call does not have', { id: 'horizon', provider: 'H', findings: [{ requirement: 'inventee', finding: 'met' }] }, 'L’exigence «\u00A0inventee\u00A0» n’existe pas dans l’appel «\u00A0dijon-remobilisation-femmes-qpv-2022\u00A0»'],
    ['two findings on one requirement', { id: 'horizon', provider: 'H', findings: [{ requirement: 'public-femmes', finding: 'met' }, { requirement: 'public-femmes', finding: 'not-met' }] }, 'L’exigence «\u00A0public-femmes\u00A0» a deux constats pour cette offre'],
    ['the id of another offer', { id: 'elan-dijon-2022', provider: 'H' }, 'elan-dijon-2022'],
  ])('reports %s', (_, manualInput, message) => {
    const messages = crossCheck(withManual(manualInput)).filter((i) => i.collection === 'evaluations').map((i) => i.message);
    expect(messages.join(' | ')).toContain(message);
  });

  it('is either a response or a manual offer, not both', () => {
    const parsed = OfferSchema().safeParse({ response: 'elan-dijon-2022', manual: { id: 'horizon', provider: 'H' }, marks: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe('Une offre est soit une réponse faite avec Passerelle (response), soit une offre reçue hors Passerelle (manual), pas les deux');
  });
});
