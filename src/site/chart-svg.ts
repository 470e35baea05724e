/**
 * The PDF chart specs (src/pdf/model.ts) as inline SVG, for documents shown as HTML (the response
 * preview): the retro-planning's Gantt chart, and results bars through the sheets' renderer. Works
 * without JavaScript, `role="img"` with a title; the page prints a text alternative next to it.
 */
import { escapeHtml } from '../markdown/to-html';
import type { Chart } from '../pdf/model';
import { barChartSvg } from './charts';

const COLORS = ['#0b4f8a', '#c25e00', '#1e6b34', '#7a3b8f', '#8a6d0b', '#2b7a8a'];
const ROW = 22;

export function chartSvg(chart: Chart, title: string, id: string): string {
  const width = 720;
  const label = 230;
  const head = `<title id="${id}-titre">${escapeHtml(title)}</title>`;
  const open = (height: number) =>
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-titre" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">${head}`;
  const text = (x: number, y: number, t: string, extra = '') => `<text x="${x}" y="${y}" ${extra}>${escapeHtml(t)}</text>`;

  if (chart.kind === 'gantt') {
    const lanes = [...new Set(chart.rows.map((r) => r.lane ?? ''))];
    const top = 22;
    const legend = lanes.filter(Boolean).length > 1 ? 26 : 0;
    const height = top + chart.rows.length * ROW + 8 + legend;
    const step = (width - label) / chart.weeks;
    const parts = [open(height)];
    for (let w = 1; w <= chart.weeks; w++) {
      const x = label + (w - 1) * step;
      parts.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${top + chart.rows.length * ROW}" stroke="#c9ced6" stroke-width="0.5"/>`);
      parts.push(text(x + step / 2, top - 8, `S${w}`, 'text-anchor="middle" fill="#4a4a57" font-size="10"'));
    }
    chart.rows.forEach((row, i) => {
      const y = top + i * ROW;
      const color = COLORS[Math.max(0, lanes.indexOf(row.lane ?? '')) % COLORS.length];
      if (i % 2 === 0) parts.push(`<rect x="0" y="${y}" width="${width}" height="${ROW}" fill="#eef2f7"/>`);
      parts.push(text(4, y + 15, row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label));
      const x = label + (row.from - 1) * step;
      parts.push(
        row.milestone
          ? `<rect x="${x + step / 2 - 5}" y="${y + 6}" width="10" height="10" fill="${color}" transform="rotate(45 ${x + step / 2} ${y + 11})"/>`
          : `<rect x="${x + 1}" y="${y + 4}" width="${(row.to - row.from + 1) * step - 2}" height="${ROW - 8}" rx="2" fill="${color}"/>`,
      );
    });
    if (legend) {
      let x = label;
      lanes.filter(Boolean).forEach((lane) => {
        const color = COLORS[lanes.indexOf(lane) % COLORS.length];
        parts.push(`<rect x="${x}" y="${height - 18}" width="10" height="10" fill="${color}"/>`, text(x + 14, height - 9, lane));
        x += 14 + lane.length * 7 + 18;
      });
    }
    parts.push('</svg>');
    return parts.join('');
  }

  if (chart.kind === 'bars') {
    // Results bars are the sheets' own chart (one dot per person for small counts).
    return barChartSvg({
      kind: 'bars',
      id,
      title,
      description: title,
      bars: chart.bars.map((b) => ({ label: b.label, value: b.value, max: b.total, valueText: b.text, counts: Number.isInteger(b.value) && Number.isInteger(b.total) })),
    });
  }

  // The evaluation's stacked bars and the sheets' timelines have their own renderers on their
  // pages (ScoreChart, timelineSvg); documents shown as HTML do not hold them. Their text
  // alternative, printed under every chart, stands in.
  return '';
}
