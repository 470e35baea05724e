/**
 * Charts of the experience sheet as inline SVG: pure functions from the chart specs of the view
 * model (`sheet-view.ts`) to markup, so they show without JavaScript, print, and scale.
 *
 * Each chart is an image for assistive technologies (`role="img"`, a `<title>` and a `<desc>`
 * that states every figure); the page also shows the same figures as a table or a list.
 * Colours keep a contrast of at least 3:1 with white for shapes and 4.5:1 for text.
 *
 * @example
 * chartSvg(resultsChart(metrics.results)!); // '<svg role="img" aria-labelledby=… viewBox=…>…</svg>'
 */
import { escapeHtml } from '../markdown/to-html';
import type { BarChartSpec, ChartSpec, TimelineSpec } from './sheet-view';

export const chartColours = {
  text: '#1b1b1f',
  muted: '#4a4a57',
  track: '#e8edf3',
  trackLine: '#5b6472',
  bar: '#0b4f8a',
  grid: '#c9ced6',
  phase: { setup: '#8a5300', running: '#0b4f8a', closing: '#1e6b34', evaluation: '#6a3d9a' },
} as const;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/** Splits a label into lines of at most `max` characters, at spaces (a long word stays whole). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const r = (n: number) => Math.round(n * 10) / 10;

function frame(spec: ChartSpec, width: number, height: number, body: string): string {
  const title = `${spec.id}-titre`;
  const desc = `${spec.id}-description`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${spec.kind}" role="img" aria-labelledby="${title} ${desc}" ` +
    `viewBox="0 0 ${width} ${r(height)}" width="${width}" height="${r(height)}" font-family="${escapeHtml(FONT)}">` +
    `<title id="${title}">${escapeHtml(spec.title)}</title><desc id="${desc}">${escapeHtml(spec.description)}</desc>${body}</svg>`
  );
}

/** The most units drawn one by one (people as dots); beyond, a bar. */
export const MAX_UNITS = 40;
const UNITS_PER_ROW = 20;

/**
 * Results: each result's share of its denominator. A count out of a small denominator is drawn
 * as one dot per person (7 filled dots out of 12); a larger one or a percentage as a bar.
 */
export function barChartSvg(spec: BarChartSpec): string {
  const width = 640;
  const track = 400;
  const barHeight = 22;
  const lineHeight = 19;
  const dot = 20;
  let y = 4;
  const parts: string[] = [];
  for (const bar of spec.bars) {
    const lines = wrapText(bar.label, 70);
    lines.forEach((line, i) => {
      parts.push(`<text x="0" y="${r(y + 15 + i * lineHeight)}" font-size="15" fill="${chartColours.text}">${escapeHtml(line)}</text>`);
    });
    y += lines.length * lineHeight + 8;
    if (bar.counts && Number.isInteger(bar.max) && bar.max <= MAX_UNITS) {
      const rows = Math.ceil(bar.max / UNITS_PER_ROW);
      for (let i = 0; i < bar.max; i++) {
        const cx = r(dot / 2 + 1 + (i % UNITS_PER_ROW) * dot);
        const cy = r(y + dot / 2 + Math.floor(i / UNITS_PER_ROW) * dot);
        parts.push(
          i < bar.value
            ? `<circle cx="${cx}" cy="${cy}" r="${dot / 2 - 2}" fill="${chartColours.bar}"/>`
            : `<circle cx="${cx}" cy="${cy}" r="${dot / 2 - 2.75}" fill="#ffffff" stroke="${chartColours.trackLine}" stroke-width="1.5"/>`,
        );
      }
      const textX = Math.min(bar.max, UNITS_PER_ROW) * dot + 14;
      parts.push(`<text x="${textX}" y="${r(y + 15)}" font-size="15" font-weight="700" fill="${chartColours.text}">${escapeHtml(bar.valueText)}</text>`);
      y += rows * dot + 18;
      continue;
    }
    const filled = bar.max > 0 ? (track * Math.min(bar.value, bar.max)) / bar.max : 0;
    parts.push(
      `<rect x="0.5" y="${r(y)}" width="${track}" height="${barHeight}" rx="3" fill="${chartColours.track}" stroke="${chartColours.trackLine}"/>`,
      filled > 0 ? `<rect x="0.5" y="${r(y)}" width="${r(filled)}" height="${barHeight}" rx="3" fill="${chartColours.bar}"/>` : '',
      `<text x="${track + 14}" y="${r(y + 16)}" font-size="15" font-weight="700" fill="${chartColours.text}">${escapeHtml(bar.valueText)}</text>`,
    );
    y += barHeight + 18;
  }
  return frame(spec, width, y, parts.join(''));
}

/**
 * A timeline (Gantt chart): phase names in a left column, one bar per phase on a time axis,
 * dated steps as dots on their phase, graduations with the year when it changes.
 */
export function timelineSvg(spec: TimelineSpec): string {
  const width = 720;
  const labelWidth = 230;
  const left = labelWidth + 10;
  const right = 10;
  const span = width - left - right;
  const x = (months: number) => r(left + (span * months) / spec.months);
  const lineHeight = 17;
  const barHeight = 18;
  const axisBottom = spec.ticks.some((tick) => tick.year) ? 40 : 24;
  const parts: string[] = [];
  const lanes: string[] = [];
  let y = axisBottom + 10;
  for (const lane of spec.lanes) {
    const lines = wrapText(lane.label, 28);
    const rowHeight = Math.max(lines.length * lineHeight, barHeight) + 4;
    lines.forEach((line, i) => {
      lanes.push(`<text x="0" y="${r(y + 13 + i * lineHeight)}" font-size="13" font-weight="600" fill="${chartColours.text}">${escapeHtml(line)}</text>`);
    });
    const barY = y + (Math.min(lines.length, 2) * lineHeight - barHeight) / 2;
    const colour = chartColours.phase[lane.kind];
    lanes.push(`<rect x="${x(lane.from)}" y="${r(barY)}" width="${r(Math.max(x(lane.to) - x(lane.from), 3))}" height="${barHeight}" rx="3" fill="${colour}"/>`);
    for (const event of lane.events) {
      lanes.push(`<circle cx="${x(event.at)}" cy="${r(barY + barHeight / 2)}" r="5" fill="#ffffff" stroke="${chartColours.text}" stroke-width="1.5"/>`);
    }
    y += rowHeight + 12;
  }
  const bottom = y;
  spec.ticks.forEach((tick) => {
    const tx = x(tick.at);
    parts.push(
      `<line x1="${tx}" y1="${axisBottom}" x2="${tx}" y2="${r(bottom - 10)}" stroke="${chartColours.grid}" stroke-width="1"/>`,
      `<text x="${r(tx + 3)}" y="15" font-size="12" fill="${chartColours.muted}">${escapeHtml(tick.label)}</text>`,
      tick.year ? `<text x="${r(tx + 3)}" y="31" font-size="12" font-weight="600" fill="${chartColours.muted}">${escapeHtml(tick.year)}</text>` : '',
    );
  });
  parts.push(`<line x1="${left}" y1="${axisBottom}" x2="${width - right}" y2="${axisBottom}" stroke="${chartColours.trackLine}" stroke-width="1"/>`);
  return frame(spec, width, bottom, parts.join('') + lanes.join(''));
}

export function chartSvg(spec: ChartSpec): string {
  return spec.kind === 'bars' ? barChartSvg(spec) : timelineSvg(spec);
}
