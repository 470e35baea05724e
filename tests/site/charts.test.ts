/**
 * The pages' SVG charts: an image with a title and a description for assistive technologies,
 * one mark per person for small counts, bars otherwise, series told apart by patterns, labels
 * wrapped rather than cut, and text escaped.
 */
import { describe, expect, it } from 'vitest';
import type { BarChart, GanttChart, StackedChart, TimelineChart } from '../../src/document/model';
import { barChartSvg, chartSvg, ganttSvg, stackedChartSvg, timelineSvg, wrapText } from '../../src/site/charts';

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

const bars = (overrides: Partial<BarChart> = {}): BarChart => ({
  kind: 'bars',
  id: 'graphique-resultats',
  title: 'Résultats chiffrés',
  description: 'Accès à un emploi : 7 sur 12 (58 %).',
  bars: [{ label: 'Accès à un emploi', value: 7, max: 12, valueText: '7 sur 12 (58 %)', counts: true }],
  ...overrides,
});

describe('barChartSvg', () => {
  it('is an image named by its title and described figure by figure', () => {
    const svg = barChartSvg(bars());
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="graphique-resultats-titre graphique-resultats-description"/);
    expect(svg).toContain('<title id="graphique-resultats-titre">Résultats chiffrés</title>');
    expect(svg).toContain('<desc id="graphique-resultats-description">Accès à un emploi : 7 sur 12 (58 %).</desc>');
  });

  it('draws one dot per person: 7 filled out of 12', () => {
    const svg = barChartSvg(bars());
    expect(count(svg, /<circle /g)).toBe(12);
    expect(count(svg, /<circle [^>]*fill="#0b4f8a"/g)).toBe(7);
    expect(svg).toContain('>7 sur 12 (58 %)</text>');
  });

  it.each([
    ['a percentage', { label: 'Taux', value: 40, max: 100, valueText: '40 %', counts: false }, '160'],
    ['a large denominator', { label: 'Sorties', value: 60, max: 120, valueText: '60 sur 120 (50 %)', counts: true }, '200'],
  ])('draws a bar for %s, filled in proportion', (_, bar, width) => {
    const svg = barChartSvg(bars({ bars: [bar] }));
    expect(count(svg, /<circle /g)).toBe(0);
    expect(svg).toContain(`width="${width}" height="22" rx="3" fill="#0b4f8a"`);
  });

  it('escapes text', () => {
    const svg = barChartSvg(bars({ title: 'A <b> & "c"', bars: [{ label: '<script>', value: 1, max: 2, valueText: '1 sur 2', counts: true }] }));
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).not.toContain('<script>');
  });
});

describe('timelineSvg', () => {
  const spec: TimelineChart = {
    kind: 'timeline',
    id: 'frise-phases',
    title: 'Calendrier des phases',
    description: 'Montage, de mars à août 2018 ; Mise en œuvre, de novembre 2018 à avril 2019.',
    start: '2018-03',
    months: 14,
    ticks: [{ at: 0, label: 'mars', year: '2018' }, { at: 6, label: 'septembre' }, { at: 10, label: 'janvier', year: '2019' }],
    lanes: [
      { label: 'Montage', kind: 'setup', from: 0, to: 6, periodText: 'de mars à août 2018', events: [] },
      { label: 'Mise en œuvre', kind: 'running', from: 8, to: 14, periodText: 'de novembre 2018 à avril 2019', events: [{ at: 8.5, label: 'Lancement', dateText: 'novembre 2018' }, { at: 10.5, label: 'Fête', dateText: 'janvier 2019' }] },
    ],
  };

  it('draws one bar per phase, patterned by kind, and a dot per dated step', () => {
    const svg = timelineSvg(spec);
    expect(svg).toMatch(/role="img" aria-labelledby="frise-phases-titre frise-phases-description"/);
    // Set-up is series 1 (orange, diagonal hatching), running series 0 (blue, plain).
    expect(count(svg, /<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="18" rx="3" fill="url\(#frise-phases-motif-(\d)\)"\/>/g)).toBe(2);
    expect(svg).toContain('<pattern id="frise-phases-motif-1" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#a34700"/><path d="M-2,2');
    expect(svg).toContain('<pattern id="frise-phases-motif-0" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#0b4f8a"/></pattern>');
    expect(count(svg, /<circle /g)).toBe(2);
  });

  it('places bars on the time axis: a phase of 6 months out of 14 takes 6/14 of it', () => {
    const svg = timelineSvg(spec);
    // Axis from x = 240 to x = 710 (470 wide): months 0 to 6 → 240 to 441.4.
    expect(svg).toMatch(/<rect x="240" y="[\d.]+" width="201.4"/);
  });

  it('writes the graduations and the year where it changes', () => {
    const svg = timelineSvg(spec);
    expect(svg).toContain('>septembre</text>');
    expect(count(svg, />2018<\/text>|>2019<\/text>/g)).toBe(2);
  });
});

describe('ganttSvg', () => {
  const gantt: GanttChart = {
    kind: 'gantt',
    id: 'retroplanning',
    title: 'Le rétroplanning',
    description: 'Rétroplanning de 3 étapes sur 4 semaines.',
    units: 4,
    unitLabel: 'S',
    lanes: ['Coordination', 'Groupe 1'],
    rows: [
      { label: 'Repérage sur listes, réunions d’information et entretiens d’entrée', lane: 'Coordination', from: 1, to: 2 },
      { label: 'Ateliers', lane: 'Groupe 1', from: 2, to: 4 },
      { label: 'Bilan', lane: 'Coordination', from: 4, to: 4, milestone: true },
    ],
  };

  it('wraps a long step label over lines instead of cutting it', () => {
    const svg = ganttSvg(gantt);
    expect(svg).toContain('>Repérage sur listes, réunions</text>');
    expect(svg).toContain('>d’information et entretiens</text>');
    expect(svg).toContain('>d’entrée</text>');
    expect(svg).not.toContain('…');
  });

  it('gives each lane its pattern, a legend, and a week axis', () => {
    const svg = ganttSvg(gantt);
    expect(count(svg, /fill="url\(#retroplanning-motif-1\)"/g)).toBe(2);
    expect(svg).toContain('>Groupe 1</text>');
    expect(count(svg, />S\d<\/text>/g)).toBe(4);
    expect(svg).toContain('transform="rotate(45');
  });
});

describe('stackedChartSvg', () => {
  const stacked: StackedChart = {
    kind: 'stacked',
    id: 'graphique-publie',
    title: 'Points pondérés',
    description: 'A : 54 et 32,50, total 86,50',
    max: 100,
    series: [{ label: 'Valeur technique (60 %)' }, { label: 'Prix (40 %)' }],
    bars: [
      { label: '1re · A', values: [54, 32.5], valueTexts: ['54,00', '32,50'], totalText: '86,50' },
      { label: 'Écartée · C', values: [42, 29.89], valueTexts: ['42,00', '29,89'], totalText: '71,89', aside: true },
    ],
    ticks: [{ at: 0, label: '0' }, { at: 50, label: '50' }, { at: 100, label: '100' }],
  };

  it('draws one patterned segment per criterion, in proportion, and the total after the bar', () => {
    const svg = stackedChartSvg(stacked);
    // 54 points of 100 over 672 units: 362,9.
    expect(svg).toContain('<rect x="8" y="32" width="362.9" height="26" fill="url(#graphique-publie-motif-0)"');
    expect(svg).toContain('>86,50</text>');
    expect(count(svg, /<pattern /g)).toBe(2);
    expect(svg).toContain('>Prix (40 %)</text>');
  });

  it('outlines an offer shown for information, dashed', () => {
    expect(count(stackedChartSvg(stacked), /stroke-dasharray="5 4"/g)).toBe(1);
    expect(chartSvg(stacked)).toBe(stackedChartSvg(stacked));
  });
});

describe('wrapText', () => {
  it.each([
    ['Accès à un emploi ou à une formation', 20, ['Accès à un emploi ou', 'à une formation']],
    ['court', 20, ['court']],
    ['anticonstitutionnellement long', 10, ['anticonstitutionnellement', 'long']],
    ['remobilisation/coaching individuel', 16, ['remobilisation/', 'coaching', 'individuel']],
  ])('%s (%d) → %j', (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});
