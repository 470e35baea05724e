/**
 * Programme metrics. The seed programmes' figures are computed by hand from the source documents
 * (shown in each case) and compared with what the domain computes from content/.
 */
import { describe, expect, it } from 'vitest';
import { ProgrammeSchema } from '../../schemas/index';
import { loadCorpus } from '../../src/content/content-fs';
import { byId } from '../../src/domain/corpus';
import { programmeMetrics, span } from '../../src/domain/metrics';

const corpus = loadCorpus();
const metricsOf = (id: string) => programmeMetrics(byId(corpus.programmes, id)!.data);

describe('seed programmes, computed by hand', () => {
  it('Castelnau donne des Elles', () => {
    const m = metricsOf('castelnau-donne-des-elles');
    // 12 women; 7 of them into a job or training: 7 / 12 = 58,3 %.
    expect(m.participants).toEqual(span(12));
    expect(m.participantsBasis).toEqual({ from: 'headcount', kind: 'achieved', period: 'whole' });
    expect(m.results[0]).toMatchObject({ count: { min: 7, max: 7 }, of: { min: 12, max: 12 }, computed: true });
    expect(m.results[0].rate).toBeCloseTo(58.33, 2);
    // Quantified sessions: job search 4 × 2 h, public speaking 4 × 2 h, equality 1 × 2 h,
    // self-confidence 2 × 2 h, meetings 3 × 2 h, coding 1 × 3 h = 15 sessions, 31 h.
    expect(m.sessionsPerParticipant).toEqual(span(15));
    expect(m.minutesPerParticipant).toEqual(span(31 * 60));
    // One group: the facilitators give the same 31 h.
    expect(m.facilitatorMinutes).toEqual(span(31 * 60));
    // The weekly body expression and the interviews every 6 weeks have no session count: left out.
    expect(m.unquantified).toEqual(['entretiens-individuels', 'expression-corporelle']);
    // 7 900 € over the whole action / 12 people over the whole action = 658,33 €. No cost per hour: two workshops are not counted, so the 31 h
    // understate the hours and 7 900 € / (12 × 31 h) = 21,24 € would overstate the cost of one.
    expect(m.costCents).toBe(790000);
    expect(m.costPerParticipantCents).toEqual(span(65833));
    expect(m.costPerParticipantHourCents).toBeUndefined();
    expect(m.costPerFacilitatorHourCents).toBeUndefined();
  });

  it('Toulouse Métropole Emploi', () => {
    const m = metricsOf('toulouse-clause-sociale-femmes');
    // Round table: 5 women in great difficulty among 12 participants (41,7 %); recruitment: 4 of
    // the 8 women present (50 %); 2 young women then trained, with no denominator (no rate).
    expect(m.results.map((r) => [r.count?.min, r.of?.min])).toEqual([[5, 12], [4, 8], [2, undefined]]);
    expect(m.results[0].rate).toBeCloseTo(41.67, 2);
    expect(m.results[1].rate).toBe(50);
    expect(m.results[2].rate).toBeUndefined();
    // No budget, no headcount in the source: no cost figure is made up.
    expect(m.costCents).toBeUndefined();
    expect(m.costPerParticipantCents).toBeUndefined();
  });

  it('La Rochelle, Cité de l’emploi (mid-term)', () => {
    const m = metricsOf('la-rochelle-cite-emploi');
    // 44 beneficiaries in April 2021: 19 young people, 15 women, 10 seniors.
    const counts = Object.fromEntries(m.results.filter((r) => r.cohort && r.of === undefined).map((r) => [r.cohort, r.count?.min]));
    expect(counts).toEqual({ jeunes: 19, femmes: 15, seniors: 10 });
    expect(m.results.find((r) => r.count?.min === 44)).toBeTruthy();
    // Young people: 7 of 19 in active job search (36,8 %), 3 of 19 in civic service, 1 of 19 on a CDI.
    const young = m.results.filter((r) => r.of?.min === 19);
    expect(young.map((r) => r.count?.min)).toEqual([7, 3, 1]);
    expect(young[0].rate).toBeCloseTo(36.84, 2);
    // 100 000 € from the State, for a period the source does not give; cohort sizes were not
    // planned in the source: no cost per person.
    expect(m.costCents).toBe(10000000);
    expect(m.costPerParticipantCents).toBeUndefined();
    expect(m.groups.map((g) => g.id)).toEqual(['jeunes', 'femmes', 'seniors']);
    expect(m.groups.every((g) => g.minutesPerGroup === undefined)).toBe(true);
  });

  it.each(['brest-mises-en-situation-professionnelle', 'saint-lo-pastel'])('%s gives no figure, and none is invented', (id) => {
    const m = metricsOf(id);
    expect(m.participants).toBeUndefined();
    expect(m.minutesPerParticipant).toBeUndefined();
    expect(m.facilitatorMinutes).toBeUndefined();
    expect(m.costCents).toBeUndefined();
    expect(m.results).toEqual([]);
  });

  it('the strong Dijon proposal (two groups of 10 to 12)', () => {
    const m = metricsOf('elles-rebondissent-dijon-2022');
    // Per participant: 1 individual coaching of 45 min to 1 h, 4 collective coachings of 3 h,
    // 8 thematic workshops of 2 h and a 3 h closing forum: 14 sessions, 31 h 45 to 32 h.
    expect(m.participants).toEqual(span(20, 24));
    expect(m.sessionsPerParticipant).toEqual(span(14));
    expect(m.minutesPerParticipant).toEqual(span(45 + 720 + 960 + 180, 60 + 720 + 960 + 180));
    // Facilitation: individual 45–60 min × 20–24 people, collective (720 + 960 + 180) × 2 groups.
    expect(m.facilitatorMinutes).toEqual(span(45 * 20 + 1860 * 2, 60 * 24 + 1860 * 2));
    // 38 400 € for the whole action, for 20 to 24 women planned over the whole action: 38 400 / 24
    // = 1 600 € to 38 400 / 20 = 1 920 € each.
    expect(m.costPerParticipantCents).toEqual(span(160000, 192000));
  });
});

describe('programmeMetrics on plain data', () => {
  const base = {
    title: 'T', summary: 'S', status: 'proposed', carriers: [{ name: 'A' }], territory: { departement: 21 }, themes: ['remobilisation'], public: {},
  };
  const parse = (extra: Record<string, unknown>) => ProgrammeSchema().parse({ ...base, ...extra });

  it.each([
    ['no workshops', {}, { unquantified: [], minutes: undefined }],
    ['a workshop with no count', { workshops: [{ id: 'a', title: 'A', kind: 'other', mode: 'collective', sessionDuration: '2 h' }] }, { unquantified: ['a'], minutes: undefined }],
    ['a workshop lasting days is not turned into hours', { workshops: [{ id: 'a', title: 'A', kind: 'training', mode: 'collective', sessions: 2, sessionDuration: '1 jour' }] }, { unquantified: ['a'], minutes: undefined }],
    ['ranges multiply into ranges', { workshops: [{ id: 'a', title: 'A', kind: 'collective-coaching', mode: 'collective', sessions: '3 à 4', sessionDuration: '2h30 à 3h' }] }, { unquantified: [], minutes: span(450, 720) }],
  ])('%s', (_name, extra, expected) => {
    const m = programmeMetrics(parse(extra));
    expect(m.unquantified).toEqual(expected.unquantified);
    expect(m.minutesPerParticipant).toEqual(expected.minutes);
  });

  it('counts a cohort-specific workshop only for its cohort', () => {
    const m = programmeMetrics(
      parse({
        cohorts: [{ id: 'g1', name: 'G1', size: 10 }, { id: 'g2', name: 'G2', size: 12 }],
        workshops: [
          { id: 'tous', title: 'Tous', kind: 'thematic-workshop', mode: 'collective', sessions: 2, sessionDuration: '2 h' },
          { id: 'g2', title: 'G2 seulement', kind: 'thematic-workshop', mode: 'collective', sessions: 1, sessionDuration: '1 h', cohorts: ['g2'] },
          { id: 'ind', title: 'Individuel', kind: 'individual-coaching', mode: 'individual', sessions: 1, sessionDuration: '30 min' },
        ],
        budget: { total: 11000, period: 'whole' },
      }),
    );
    expect(m.groups.map((g) => g.minutesPerParticipant)).toEqual([span(270), span(330)]);
    expect(m.sessionsPerParticipant).toEqual(span(3, 4));
    // Per group: collective time + individual time × size (240 + 30 × 10, 300 + 30 × 12).
    expect(m.groups.map((g) => g.minutesPerGroup)).toEqual([span(540), span(660)]);
    // Facilitator: 240 × 2 groups + 60 × 1 group + 30 × 22 people = 480 + 60 + 660.
    expect(m.facilitatorMinutes).toEqual(span(1200));
    // 11 000 € / 22 people = 500 €; participant-hours: 10 × 4,5 h + 12 × 5,5 h = 111 h → 99,10 €
    // (every workshop is counted, so the cost per hour is given).
    expect(m.costPerParticipantCents).toEqual(span(50000));
    expect(m.costPerParticipantHourCents).toEqual(span(9910));
  });
});

describe('figures that say what they cover (audit of 2 December)', () => {
  const base = {
    title: 'T', summary: 'S', status: 'completed', carriers: [{ name: 'A' }], territory: { departement: 21 }, themes: ['remobilisation'], public: {},
  };
  const parse = (extra: Record<string, unknown>) => ProgrammeSchema().parse({ ...base, ...extra });
  const collective = (sessions: number | undefined, duration = '2 h') => ({ id: `a${sessions}`, title: 'A', kind: 'thematic-workshop', mode: 'collective', ...(sessions && { sessions }), sessionDuration: duration });

  // Budget and people: 50 000 € and 25 people, the whole action, unless the case says otherwise.
  it.each([
    ['achieved people, total cost', 'completed', { kind: 'achieved' }, { basis: 'total-cost' }, span(200000), undefined],
    ['a target is not people accompanied', 'completed', { kind: 'target' }, { basis: 'total-cost' }, undefined, 'target'],
    ['a proposal divides its budget by the people it plans for', 'proposed', { kind: 'target' }, { basis: 'budget' }, span(200000), undefined],
    ['an estimated cost is not a cost', 'completed', { kind: 'achieved' }, { basis: 'estimated-cost' }, undefined, 'estimate'],
    ['an envelope is not what the action cost', 'completed', { kind: 'achieved' }, { basis: 'envelope' }, undefined, 'envelope'],
    ['an approximate amount', 'completed', { kind: 'achieved' }, { total: 'environ 50 000' }, undefined, 'inexact'],
  ])('%s', (_name, status, people, budget, cost, withheld) => {
    const m = programmeMetrics(
      parse({ status, public: { headcount: [{ value: 25, unit: 'people', period: 'whole', ...people }] }, budget: { total: 50000, period: 'whole', ...budget } }),
    );
    expect(m.costPerParticipantCents).toEqual(cost);
    expect(m.costWithheld).toBe(withheld);
  });

  it('divides nothing by a count over some days of a year (within)', () => {
    // Before, 60 households from January to March over a yearly budget gave a cost per person, and
    // 12 of a first quarter over 40 of the year gave « 30 % ».
    const days = { from: '01-01', to: '03-31' };
    const m = programmeMetrics(
      parse({
        public: { headcount: [{ value: 60, unit: 'people', kind: 'achieved', date: 2023, within: days }] },
        budget: { total: 60000, period: 'year', year: 2023 },
        results: { quantitative: [{ label: 'en emploi', count: { value: 12, date: 2023, within: days }, of: { value: 40, date: 2023 } }, { label: 'en formation', count: { value: 4, within: days }, of: { value: 40, within: days } }] },
      }),
    );
    expect(m.costPerParticipantCents).toBeUndefined();
    expect(m.results[0].rate).toBeUndefined();
    expect(m.results[0].withheld).toBe('date');
    expect(m.results[1].rate).toBe(10);
  });

  it('facilitation of groups that recur: one group × the groups per year, divided by a yearly budget', () => {
    const m = programmeMetrics(parse({ recurrence: { groups: '2 groupes par an', size: { value: 12, kind: 'achieved' } }, workshops: [collective(10)], budget: { total: 30000, period: 'year' } }));
    // 10 × 2 h for one group, 2 groups a year: 40 h a year; 30 000 € a year / 40 h = 750 €.
    expect(m.facilitatorMinutes).toEqual(span(2400));
    expect(m.facilitatorScope).toBe('year');
    expect(m.costPerFacilitatorHourCents).toEqual(span(75000));
    // 24 people a year, 20 h each: 480 participant-hours a year, 62,50 € each.
    expect(m.participants).toEqual(span(24));
    expect(m.costPerParticipantHourCents).toEqual(span(6250));
  });

  it.each([
    ['a rhythm that is not exact gives one group’s time, and no cost per hour', { recurrence: { groups: 'environ 2 groupes par an' } }, { total: 30000, period: 'year' }, span(1200), 'group'],
    ['a yearly budget is not divided by the whole action’s hours', {}, { total: 30000, period: 'year' }, span(1200), 'whole'],
    ['described groups beside a recurrence are not all the groups', { recurrence: { groups: '2 groupes par an' }, cohorts: [{ id: 'g', name: 'G', size: { value: 12, kind: 'achieved' } }] }, { total: 30000, period: 'year' }, span(1200), 'described'],
  ])('%s', (_name, extra, budget, minutes, scope) => {
    const m = programmeMetrics(parse({ ...extra, workshops: [collective(10)], public: { headcount: [{ value: 24, unit: 'people', kind: 'achieved', period: 'year' }] }, budget }));
    expect(m.facilitatorMinutes).toEqual(minutes);
    expect(m.facilitatorScope).toBe(scope);
    expect(m.costPerFacilitatorHourCents).toBeUndefined();
  });

  it('totals that leave a workshop out are lower bounds', () => {
    const m = programmeMetrics(parse({ workshops: [collective(4), collective(undefined)] }));
    expect(m.sessionsPerParticipant).toEqual(span(4));
    expect(m.partial).toBe(true);
    expect(m.facilitatorPartial).toBe(true);
    expect(m.groups[0].partial).toBe(true);
    const whole = programmeMetrics(parse({ workshops: [collective(4), collective(2)] }));
    expect(whole.partial).toBeUndefined();
    expect(whole.facilitatorPartial).toBeUndefined();
  });

  it('an individual workshop for an unknown number of people leaves the facilitation a lower bound, with no cost per hour', () => {
    const m = programmeMetrics(
      parse({
        public: { headcount: [{ value: 10, unit: 'people', kind: 'achieved', period: 'year' }] },
        workshops: [collective(4), { id: 'ind', title: 'I', kind: 'individual-coaching', mode: 'individual', sessions: 2, sessionDuration: '1 h' }],
        budget: { total: 10000, period: 'whole' },
      }),
    );
    expect(m.partial).toBeUndefined();
    expect(m.facilitatorMinutes).toEqual(span(480));
    expect(m.facilitatorPartial).toBe(true);
    expect(m.costPerFacilitatorHourCents).toBeUndefined();
  });
});
