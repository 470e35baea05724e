import { describe, expect, it } from 'vitest';
import { allocate, fromHt, fromTtc, lineTotal, roundCents, sumCents, vatRegimeLabel } from '../../src/domain/money';
import type { VatRegime } from '../../schemas/vat';

const subject20: VatRegime = { kind: 'subject', rate: 20 };
const subject55: VatRegime = { kind: 'subject', rate: 5.5 };
const exempt: VatRegime = { kind: 'exempt-261-7-1' };
const franchise: VatRegime = { kind: 'franchise-293-b' };
const notSubject: VatRegime = { kind: 'not-subject' };

describe('HT → TVA → TTC by regime', () => {
  it.each([
    ['subject to 20 %', subject20, 2600000, { ht: 2600000, vat: 520000, ttc: 3120000 }],
    ['subject to 5,5 %', subject55, 100000, { ht: 100000, vat: 5500, ttc: 105500 }],
    ['subject, rounding half up', subject20, 1, { ht: 1, vat: 0, ttc: 1 }],
    ['subject to 5,5 %, 2,475 cents rounds to 2', subject55, 45, { ht: 45, vat: 2, ttc: 47 }],
    ['exempt 261-7-1°', exempt, 3840000, { ht: 3840000, vat: 0, ttc: 3840000 }],
    ['franchise 293 B', franchise, 4176000, { ht: 4176000, vat: 0, ttc: 4176000 }],
    ['not subject', notSubject, 790000, { ht: 790000, vat: 0, ttc: 790000 }],
  ])('%s', (_name, regime, ht, expected) => {
    expect(fromHt(ht, regime)).toMatchObject(expected);
  });

  it('carries the legal mention of each regime', () => {
    expect(fromHt(100, exempt).mention).toContain('261-7-1°');
    expect(fromHt(100, franchise).mention).toBe('TVA non applicable, article 293 B du code général des impôts.');
    expect(fromHt(100, subject20).mention).toBe('');
  });

  it('goes back from TTC with HT + TVA = TTC to the cent', () => {
    for (const ttc of [4000000, 3500000, 3120001, 12345, 1]) {
      const b = fromTtc(ttc, subject20);
      expect(b.ht + b.vat).toBe(ttc);
    }
    expect(fromTtc(4000000, subject20)).toMatchObject({ ht: 3333333, vat: 666667 });
    expect(fromTtc(4000000, exempt)).toMatchObject({ ht: 4000000, vat: 0 });
  });

  it('labels regimes in French', () => {
    expect(vatRegimeLabel(subject20)).toBe('Assujetti à la TVA (taux 20\u202F%)');
    expect(vatRegimeLabel(subject55)).toBe('Assujetti à la TVA (taux 5,5\u202F%)');
    expect(vatRegimeLabel(franchise)).toBe('Franchise en base de TVA (article 293 B du CGI)');
  });
});

describe('rounding and sums', () => {
  it.each([
    [2.5, 3],
    [-2.5, -3],
    [2.4999, 2],
    [0.5, 1],
  ])('roundCents(%d) → %d', (x, expected) => expect(roundCents(x)).toBe(expected));
  it('multiplies quantity by unit price to the cent', () => {
    expect(lineTotal(24, 8000)).toBe(192000);
    expect(lineTotal(1.5, 3333)).toBe(5000);
    expect(sumCents([192000, 100, 1])).toBe(192101);
  });
});

describe('allocate', () => {
  it.each([
    [10000, [1, 1, 1], [3334, 3333, 3333]],
    [790000, [1, 1, 1, 1], [197500, 197500, 197500, 197500]],
    [100, [2, 1], [67, 33]],
    [1, [1, 1], [1, 0]],
    [0, [1, 2], [0, 0]],
  ])('allocate(%d, %j) → %j and adds up', (total, weights, expected) => {
    const parts = allocate(total, weights);
    expect(parts).toEqual(expected);
    expect(sumCents(parts)).toBe(total);
  });
  it('gives nothing when there is no weight', () => expect(allocate(100, [0, 0])).toEqual([0, 0]));
});
