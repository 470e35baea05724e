/**
 * Scoring: recomputing the ranking and the sensitivity for 50 offers × 10 criteria, what the
 * what-if panel does on every change. The offers are generated deterministically (a fixed-seed
 * linear congruential generator), so every run measures the same input.
 */
import type { BenchRow } from '../bench';
import { time } from '../bench-util';
import { scoreOffers, type ScoringCriterion, type ScoringInput } from '../../src/domain/scoring';
import { scoringView } from '../../src/domain/scoring-view';
import { sensitivity } from '../../src/domain/sensitivity';

/** 50 offers, 9 quality criteria marked on 0 to 20 and a price criterion (30 %), proportional. */
export function generatedInput(offers = 50, criteria = 10): ScoringInput {
  let seed = 20221025;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const quality = criteria - 1;
  const list: ScoringCriterion[] = [
    ...Array.from({ length: quality }, (_, i): ScoringCriterion => ({ id: `critere-${i + 1}`, name: `Critère ${i + 1}`, type: 'quality', weight: 70 / quality })),
    { id: 'prix', name: 'Prix', type: 'price', weight: 30 },
  ];
  return {
    weighting: 'percentage',
    criteria: list,
    scale: { min: 0, max: 20 },
    priceMethod: 'proportional',
    priceBasis: 'TTC',
    cap: { max: 5_000_000, basis: 'TTC' },
    abnormallyLowThreshold: 70,
    offers: Array.from({ length: offers }, (_, o) => {
      const ht = Math.round(2_500_000 + next() * 2_500_000);
      const subject = o % 3 !== 0;
      return {
        id: `offre-${o + 1}`,
        name: `Offre ${o + 1}`,
        price: { ht, ttc: subject ? Math.round(ht * 1.2) : ht },
        marks: Object.fromEntries(list.filter((c) => c.type === 'quality').map((c) => [c.id, Math.round(next() * 40) / 2])),
        compliant: o % 7 !== 0,
        failures: o % 7 !== 0 ? [] : ['Une exigence obligatoire'],
        ...(o % 11 === 5 && { excluded: true, reason: 'Offre irrégulière.' }),
      };
    }),
  };
}

export default async function (): Promise<BenchRow[]> {
  const input = generatedInput();
  const runs = 50;
  const rank = await time(() => scoreOffers(input), runs, 5);
  const withSensitivity = await time(() => sensitivity(input, scoreOffers(input)), runs, 5);
  const view = await time(() => scoringView(input, scoreOffers(input)), runs, 5);
  const note = `médiane de ${runs} passes, 50 offres × 10 critères générés`;
  return [
    { label: 'Notation et classement (50 offres × 10 critères)', value: rank.median, unit: 'ms', note },
    { label: 'Notation, classement et sensibilité (50 × 10)', value: withSensitivity.median, unit: 'ms', note },
    { label: 'Vue complète en français, comme le panneau de simulation (50 × 10)', value: view.median, unit: 'ms', note },
  ];
}
