/**
 * The sheet's SVG charts: an image with a title and a description for assistive technologies,
 * one mark per person for small counts, bars otherwise, and text escaped.
 */
import { describe, expect, it } from 'vitest';
import { barChartSvg, timelineSvg, wrapText } from '../../src/site/charts';
import type { BarChartSpec, TimelineSpec } from '../../src/site/sheet-view';

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

const bars = (overrides: Partial<BarChartSpec> = {}): BarChartSpec => ({
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
  const spec: TimelineSpec = {
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

  it('draws one bar per phase, coloured by kind, and a dot per dated step', () => {
    const svg = timelineSvg(spec);
    expect(svg).toMatch(/role="img" aria-labelledby="frise-phases-titre frise-phases-description"/);
    expect(count(svg, /<rect /g)).toBe(2);
    expect(svg).toContain('fill="#8a5300"');
    expect(svg).toContain('fill="#0b4f8a"');
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

describe('wrapText', () => {
  it.each([
    ['Accès à un emploi ou à une formation', 20, ['Accès à un emploi ou', 'à une formation']],
    ['court', 20, ['court']],
    ['anticonstitutionnellement long', 10, ['anticonstitutionnellement', 'long']],
  ])('%s (%d) → %j', (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});
