/**
 * The what-if settings and their share link: only what differs from the published evaluation is
 * written, and whatever a link says is checked before it is used.
 */
import { describe, expect, it } from 'vitest';
import { applySettings, changedCount, decodeSettings, encodeSettings, publishedSettings, withMark, withWeight } from '../../src/components/evaluation/share-state';
import type { ScoringInput } from '../../src/domain/scoring';

const input: ScoringInput = {
  weighting: 'percentage',
  criteria: [
    { id: 'valeur-technique', name: 'Valeur technique', type: 'quality', weight: 60 },
    { id: 'prix', name: 'Prix', type: 'price', weight: 40 },
  ],
  scale: { min: 0, max: 10 },
  priceMethod: 'proportional',
  priceBasis: 'TTC',
  offers: [
    { id: 'a', name: 'A', marks: { 'valeur-technique': 9 }, price: { ht: 100, ttc: 100 } },
    { id: 'b', name: 'B', marks: { 'valeur-technique': 6 }, price: { ht: 80, ttc: 96 } },
  ],
};

describe('share link', () => {
  it('is empty for the published settings', () => {
    expect(encodeSettings(input, publishedSettings(input))).toBe('');
    expect(changedCount(input, publishedSettings(input))).toBe(0);
  });

  it('writes the weights, the method and the changed marks, readable', () => {
    let s = withWeight(input, publishedSettings(input), 'valeur-technique', 30);
    s = { ...s, method: 'linear' };
    s = withMark(input, s, 'b', 'valeur-technique', 7.5);
    expect(encodeSettings(input, s)).toBe('poids=valeur-technique:30,prix:70&methode=lineaire&notes=b.valeur-technique:7.5');
    expect(changedCount(input, s)).toBe(3);
  });

  it('reads back what it wrote', () => {
    let s = withWeight(input, publishedSettings(input), 'prix', 55);
    s = withMark(input, s, 'a', 'valeur-technique', 4);
    expect(decodeSettings(`?${encodeSettings(input, s)}`, input)).toEqual(s);
  });

  it.each([
    ['poids=valeur-technique:50,prix:150', { 'valeur-technique': 25, prix: 75 }], // brought back to 100
    ['poids=valeur-technique:30', { 'valeur-technique': 30, prix: 70 }], // the others share the rest, as in the panel
    ['poids=inconnu:50,prix:-3', { 'valeur-technique': 60, prix: 40 }], // unknown ids and negative weights ignored
    ['poids=valeur-technique:abc', { 'valeur-technique': 60, prix: 40 }],
    ['poids=valeur-technique:1e308,prix:1e308', { 'valeur-technique': 60, prix: 40 }], // adds up to infinity: ignored
    ['poids=valeur-technique:1e308', { 'valeur-technique': 100, prix: 0 }], // one huge weight: scaled to the total
    ['poids=__proto__:50,constructor:20,toString:10', { 'valeur-technique': 60, prix: 40 }], // inherited names are no ids
  ])('checks weights: %s', (query, weights) => {
    const decoded = decodeSettings(query, input).weights;
    for (const [id, w] of Object.entries(weights)) expect(decoded[id]).toBeCloseTo(w, 10);
  });

  it('refuses a mark off the scale instead of bringing it into it', () => {
    expect(withMark(input, publishedSettings(input), 'a', 'valeur-technique', 12).marks.a).toEqual({ 'valeur-technique': 9 });
    expect(withMark(input, publishedSettings(input), 'a', 'valeur-technique', -1).marks.a).toEqual({ 'valeur-technique': 9 });
    expect(withMark(input, publishedSettings(input), 'a', 'valeur-technique', 8.5).marks.a).toEqual({ 'valeur-technique': 8.5 });
  });

  it('checks marks and methods', () => {
    const s = decodeSettings('notes=a.valeur-technique:14,b.inconnu:3,z.valeur-technique:2&methode=autre', input);
    expect(s.marks).toEqual({ a: { 'valeur-technique': 9 }, b: { 'valeur-technique': 6 } }); // 14 is off the scale: left out, not brought to 10
    expect(s.method).toBe('proportional');
    const inherited = decodeSettings('notes=__proto__.valeur-technique:3,constructor.valeur-technique:3,toString.prix:1', input);
    expect(inherited.marks).toEqual(publishedSettings(input).marks);
    expect(Object.getPrototypeOf(inherited.marks)).toBe(Object.prototype);
  });

  it('gives finite weights and marks whatever the link says', () => {
    for (const query of ['poids=valeur-technique:1e308,prix:1e308', 'poids=valeur-technique:Infinity', 'poids=valeur-technique:0,prix:0', 'notes=a.valeur-technique:-Infinity']) {
      const s = decodeSettings(query, input);
      expect([...Object.values(s.weights), ...Object.values(s.marks).flatMap((m) => Object.values(m))].every(Number.isFinite)).toBe(true);
      expect(Object.values(s.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    }
  });

  it('applies the settings to the engine input', () => {
    const s = withMark(input, withWeight(input, publishedSettings(input), 'valeur-technique', 30), 'b', 'valeur-technique', 8);
    const applied = applySettings(input, s);
    expect(applied.criteria.map((c) => c.weight)).toEqual([30, 70]);
    expect(applied.offers[1].marks).toEqual({ 'valeur-technique': 8 });
    expect(input.offers[1].marks).toEqual({ 'valeur-technique': 6 }); // the published input is untouched
  });
});
