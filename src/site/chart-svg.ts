/**
 * The PDF chart specs (src/pdf/model.ts) as inline SVG for the pages: works without JavaScript,
 * `role="img"` with a title; the page gives a text alternative next to it.
 */
import { escapeHtml } from '../markdown/to-html';
import type { Chart } from '../pdf/model';

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
    const height = chart.bars.length * (ROW + 6) + 4;
    const valueWidth = 110;
    const bw = width - label - valueWidth;
    const parts = [open(height)];
    chart.bars.forEach((bar, i) => {
      const y = i * (ROW + 6) + 2;
      const share = bar.total > 0 ? Math.min(1, bar.value / bar.total) : 0;
      parts.push(text(0, y + 15, bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label));
      parts.push(`<rect x="${label}" y="${y}" width="${bw}" height="${ROW}" fill="#eef2f7"/>`);
      parts.push(`<rect x="${label}" y="${y}" width="${bw * share}" height="${ROW}" fill="${COLORS[0]}"/>`);
      parts.push(text(label + bw + 8, y + 15, bar.text, 'font-weight="700"'));
    });
    parts.push('</svg>');
    return parts.join('');
  }

  if (chart.kind === 'timeline') {
    const top = 22;
    const height = top + chart.lanes.length * ROW + 24;
    const step = (width - label) / Math.max(1, chart.months);
    const parts = [open(height)];
    for (const tick of chart.ticks) {
      const x = label + tick.at * step;
      parts.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${top + chart.lanes.length * ROW}" stroke="#c9ced6" stroke-width="0.5"/>`);
      parts.push(text(x + 2, top - 8, tick.label, 'fill="#4a4a57" font-size="10"'));
      if (tick.year) parts.push(text(x + 2, height - 6, tick.year, 'fill="#4a4a57" font-size="10"'));
    }
    chart.lanes.forEach((lane, i) => {
      const y = top + i * ROW;
      parts.push(text(4, y + 15, lane.label));
      parts.push(`<rect x="${label + lane.from * step + 1}" y="${y + 4}" width="${Math.max(2, (lane.to - lane.from) * step - 2)}" height="${ROW - 8}" rx="2" fill="${COLORS[i % COLORS.length]}"/>`);
      for (const event of lane.events) parts.push(`<circle cx="${label + event.at * step}" cy="${y + ROW / 2}" r="3.5" fill="#1b1b1f"/>`);
    });
    parts.push('</svg>');
    return parts.join('');
  }

  const height = chart.bars.length * (ROW + 6) + 30;
  const valueWidth = 90;
  const bw = width - label - valueWidth;
  const parts = [open(height)];
  chart.bars.forEach((bar, i) => {
    const y = i * (ROW + 6) + 2;
    parts.push(text(0, y + 15, bar.label));
    let x = label;
    bar.values.forEach((v, j) => {
      const w = chart.max > 0 ? (v / chart.max) * bw : 0;
      parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${ROW}" fill="${COLORS[j % COLORS.length]}"/>`);
      x += w;
    });
    parts.push(text(label + bw + 8, y + 15, bar.text, 'font-weight="700"'));
  });
  let x = label;
  chart.series.forEach((s, j) => {
    parts.push(`<rect x="${x}" y="${height - 16}" width="10" height="10" fill="${COLORS[j % COLORS.length]}"/>`, text(x + 14, height - 7, s.label));
    x += 14 + s.label.length * 7 + 18;
  });
  parts.push('</svg>');
  return parts.join('');
}
