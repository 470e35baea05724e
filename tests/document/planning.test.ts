/** The retro-planning chart: steps without a lane, beside lanes, get a lane of their own. */
import { describe, expect, it } from 'vitest';
import { planningChart } from '../../src/document/response/planning';

const item = (id: string, from: number, to: number, lane?: string) => ({ id, label: id, from, to, ...(lane && { lane }) });

describe('planningChart', () => {
  it('puts the steps common to all groups in their own lane, first', () => {
    const chart = planningChart({ items: [item('recrutement', 1, 2), item('ateliers-1', 3, 12, 'Groupe 1'), item('ateliers-2', 3, 12, 'Groupe 2'), item('bilan', 12, 12)] });
    expect(chart.lanes).toEqual(['Commun aux groupes', 'Groupe 1', 'Groupe 2']);
    expect(chart.rows.map((r) => r.lane)).toEqual(['Commun aux groupes', 'Groupe 1', 'Groupe 2', 'Commun aux groupes']);
  });

  it('adds no lane when no step has one', () => {
    const chart = planningChart({ items: [item('recrutement', 1, 2), item('ateliers', 3, 10)] });
    expect(chart.lanes).toEqual([]);
    expect(chart.rows.map((r) => r.lane)).toEqual([undefined, undefined]);
  });

  it('keeps the lanes as written when every step has one', () => {
    const chart = planningChart({ items: [item('a', 1, 2, 'Coordination'), item('b', 3, 4, 'Groupe 1')] });
    expect(chart.lanes).toEqual(['Coordination', 'Groupe 1']);
  });
});
