/**
 * Offers priced under their call's price model: per beneficiary, per unit of work, or by results,
 * on the buyer's pricing scenario, so that two offers with the same tariffs cost the same whatever
 * quantities each bidder assumed. Literal values, with the arithmetic beside them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResponseSchema, TenderSchema } from '../../schemas/index';
import type { VatRegime } from '../../schemas/vat';
import { validateFiles } from '../../src/content/validate';
import { scenarioFor } from '../../src/domain/call';
import { byId } from '../../src/domain/corpus';
import { evaluationContext } from '../../src/domain/evaluation-input';
import { evaluationReport } from '../../src/domain/evaluation-report';
import { responsePrice } from '../../src/domain/price';
import { priceSentence } from '../../src/document/response/compliance';
import { fixturesDir, withCase } from '../content/fixtures';

const N = '\u202F';
const S = '\u00A0';
const exempt: VatRegime = { kind: 'exempt-261-7-1' };
const subject: VatRegime = { kind: 'subject', rate: 20 };
const plain = (text: string | undefined) => text?.replace(/[\u00A0\u202F]/g, ' ');

const corpus = validateFiles(withCase(join(fixturesDir, 'priced'))).corpus;
const lots = byId(corpus.tenders, 'lots')!.data;
const response = (id: string) => byId(corpus.responses, id)!.data;

describe('responsePrice on the buyer’s scenario', () => {
  it('prices a result-based offer on the scenario, share by share', () => {
    const price = responsePrice(response('lot-a'), exempt, { model: lots.priceModel, scenario: scenarioFor(lots, 'lot-1') })!;
    // 100 × 30 % × 2 000 € = 60 000 €; 40 × 70 % × 2 000 € = 56 000 €; 10 × 35 % × 2 000 € = 7 000 €.
    expect(price.ht).toBe(12300000);
    expect(price.basis).toBe('scenario');
    expect(plain(price.formula)).toBe(
      '100 × 30 % × 2 000 € (à l’entrée dans le parcours) + 40 × 70 % × 2 000 € (emploi durable (CDI, ou CDD de plus de 6 mois)) + 10 × 35 % × 2 000 € (CDD de 3 à 6 mois (la moitié de la part emploi)) = 123 000 € HT',
    );
    // The offer's own quantity is kept for the cap, not for the comparison.
    expect(price.beneficiaries).toBe(80);
    expect(price.own?.ht).toBe(16000000);
  });

  it('gives two offers with the same tariffs the same price, whatever quantities they assumed', () => {
    const a = responsePrice(response('lot-a'), exempt, { model: lots.priceModel, scenario: scenarioFor(lots, 'lot-1') })!;
    const b = responsePrice(response('lot-b'), exempt, { model: lots.priceModel, scenario: scenarioFor(lots, 'lot-1') })!;
    expect([a.ht, b.ht]).toEqual([12300000, 12300000]);
    expect([a.own?.ht, b.own?.ht]).toEqual([16000000, 24000000]);
  });

  it('prices a lot on its own scenario', () => {
    // 50 × 30 % × 2 000 € = 30 000 €; 20 × 70 % × 2 000 € = 28 000 €; 5 × 35 % × 2 000 € = 3 500 €.
    expect(responsePrice(response('lot-a'), exempt, { model: lots.priceModel, scenario: scenarioFor(lots, 'lot-2') })!.ht).toBe(6150000);
  });

  it('cannot price a result-based offer without the scenario', () => {
    expect(responsePrice(response('lot-a'), exempt, { model: lots.priceModel })).toBeUndefined();
  });

  const call = (patch: Record<string, unknown>) => TenderSchema().parse({ title: 'Appel', buyer: { name: 'A' }, summary: 'Un appel.', ...patch });
  const offer = (price: Record<string, unknown>) => ResponseSchema().parse({ tender: 'x', provider: 'p', programme: 'q', answers: [{ section: 's', body: 'Texte.' }], price });

  it('prices per beneficiary on the scenario, and for one beneficiary without one', () => {
    const t = call({ priceModel: 'per-beneficiary', pricingScenario: { beneficiaries: 40 } });
    const r = offer({ perBeneficiary: 1500, beneficiaries: 25 });
    const onScenario = responsePrice(r, subject, { model: t.priceModel, scenario: t.pricingScenario })!;
    // 40 × 1 500 € = 60 000 € HT; 20 % of VAT: 72 000 € TTC.
    expect([onScenario.ht, onScenario.ttc]).toEqual([6000000, 7200000]);
    expect(onScenario.formula).toBe(`40 bénéficiaires × 1${N}500${S}€ = 60${N}000${S}€ HT`);
    const alone = responsePrice(r, subject, { model: t.priceModel })!;
    expect([alone.basis, alone.ht, alone.own?.ht]).toEqual(['one-beneficiary', 150000, 3750000]);
  });

  it('prices units of work on the scenario’s quantities', () => {
    const t = call({
      priceModel: { kind: 'unit-rates', units: [{ id: 'aiguillage', label: 'aiguillage' }, { id: 'conseil', label: 'premier niveau de conseil' }] },
      pricingScenario: { units: [{ unit: 'aiguillage', quantity: 500 }, { unit: 'conseil', quantity: 200 }] },
    });
    const r = offer({ unitRates: [{ unit: 'aiguillage', unitPrice: 40 }, { unit: 'conseil', unitPrice: 250 }] });
    // 500 × 40 € = 20 000 €; 200 × 250 € = 50 000 €.
    expect(responsePrice(r, exempt, { model: t.priceModel, scenario: t.pricingScenario })!.ht).toBe(7000000);
  });

  it('has no price for a call without one', () => {
    const r = ResponseSchema().parse({ tender: 'x', provider: 'p', programme: 'q', answers: [{ section: 's', body: 'Texte.' }] });
    expect(responsePrice(r, exempt, { model: { kind: 'none' } })).toBeUndefined();
  });
});

describe('an evaluation per lot, on the scenario', () => {
  const built = evaluationReport(corpus, 'lots');
  if (!built.ok || built.report.kind !== 'scored') throw new Error('the lots evaluation is scored');
  const report = built.report;

  it('says which lot it evaluates', () => {
    expect(report.lot).toEqual({ id: 'lot-1', name: `Lot 1${S}: Nord` });
    expect(report.facts.find((f) => f.label === 'Lot')?.value).toBe(`Lot 1${S}: Nord`);
  });

  it('scores two offers of the same tariffs alike: a tie, never broken in silence', () => {
    // 60 × 8/10 = 48 for the technical value; 40 points for the price, the same on the scenario (123 000 € HT each).
    expect(report.view.rows.map((r) => [r.name, r.priceText, r.totalText, r.rankText])).toEqual([
      ['Association Test', `123${N}000${S}€${S}HT`, '88', '1re ex aequo'],
      ['Autre Association', `123${N}000${S}€${S}HT`, '88', '1re ex aequo'],
    ]);
  });

  it('compares the beneficiaries each offer prices with the lot’s cap', () => {
    for (const id of ['lot-a', 'lot-b']) {
      const compliance = report.input.offers.find((o) => o.id === id);
      expect(compliance?.compliant).toBe(true);
    }
  });
});

describe('an evaluation whose call lists its criteria without weights', () => {
  const built = evaluationReport(corpus, 'ami');
  if (!built.ok || built.report.kind !== 'unscored') throw new Error('the AMI evaluation is not scored by weights');
  const report = built.report;

  it('says in French why the offers are not scored by points, and what the committee records', () => {
    expect(report.unscored.reason).toBe('unweighted');
    expect(report.summary).toBe(report.unscored.explanation);
    expect(plain(report.unscored.explanation)).toBe('L’appel liste ses critères sans les pondérer ni les classer : aucune règle ne permet de les additionner, et l’ordre de la liste n’est pas un ordre d’importance.');
    expect(report.unscored.record).toContain('dit quelles offres il retient');
  });

  it('keeps the committee’s marks, rank and decision', () => {
    expect(report.unscored.rows).toEqual([
      { id: 'ami-a', name: 'Association Test', priceText: 'non renseigné', flags: [], rankText: '1re', rank: 1, retained: true, excluded: false },
    ]);
    expect(report.offers[0].justifications.map((j) => [j.name, j.markText])).toEqual([['La qualité du parcours', '8/10']]);
    // The criterion the committee did not appreciate is named, not left out silently.
    expect(report.offers[0].unmarked).toEqual(['L’ancrage territorial']);
  });

  it('shows no price column for a call that asks no price, and no price on the response page', () => {
    expect(report.unscored.priced).toBe(false);
    const context = evaluationContext(corpus, 'ami');
    if (!context.ok) throw new Error(context.error);
    const compliance = context.context.offers[0].compliance!;
    expect(compliance.price).toBeUndefined();
    expect(priceSentence(compliance)).toBeUndefined();
  });
});

describe('an evaluation whose offers are priced on the buyer’s scenario', () => {
  const built = evaluationReport(corpus, 'lots');
  if (!built.ok) throw new Error(built.error);

  it('shows how the scenario prices each offer', () => {
    expect(built.report.offers.map((o) => plain(o.priceFormula)?.endsWith('= 123 000 € HT'))).toEqual([true, true]);
  });
});
