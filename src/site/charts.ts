/**
 * The charts of the document model as inline SVG: pure functions from a chart spec to markup, so
 * charts show without JavaScript, print and scale. The pages render them through the document
 * renderer, and the what-if panel (React) draws its simulated ranking with the same function.
 *
 * Each chart is an image for assistive technologies (`role="img"`, a `<title>` and a `<desc>`
 * that states every figure); the page also gives the same figures as a table or a list. Series
 * differ by pattern as well as colour (src/document/chart-style.ts, shared with the PDFs).
 *
 * @example
 * chartSvg(resultsChart(metrics.results)!); // '<svg role="img" aria-labelledby=… viewBox=…>…</svg>'
 */
import { chartInk, phaseSeries, seriesStyle } from '../document/chart-style';
import type { BarChart, Chart, GanttChart, StackedChart, TimelineChart } from '../document/model';
import { escapeHtml } from '../markdown/to-html';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const r = (n: number) => Math.round(n * 10) / 10;
const esc = escapeHtml;

/**
 * Splits a label into lines of at most `max` characters, at spaces; a longer word is cut after
 * its own hyphen or slash when it has one, and otherwise stays whole.
 */
export function wrapText(text: string, max: number): string[] {
  const words = text.split(/ +/).filter(Boolean).flatMap((word) => (word.length > max ? word.split(/(?<=[-/])/) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const glue = line && !/[-/]$/.test(line) ? ' ' : '';
    if (line && line.length + glue.length + word.length > max) {
      lines.push(line);
      line = word;
    } else line = `${line}${glue}${word}`;
  }
  if (line) lines.push(line);
  return lines;
}

function frame(chart: Chart, width: number, height: number, body: string, defs = ''): string {
  const title = `${chart.id}-titre`;
  const desc = `${chart.id}-description`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${chart.kind}" role="img" aria-labelledby="${title} ${desc}" ` +
    `viewBox="0 0 ${width} ${r(height)}" width="${width}" height="${r(height)}" font-family="${esc(FONT)}">` +
    `<title id="${title}">${esc(chart.title)}</title><desc id="${desc}">${esc(chart.description)}</desc>${defs ? `<defs>${defs}</defs>` : ''}${body}</svg>`
  );
}

/** The fill patterns of series 0 … count-1, ids prefixed by the chart's id. */
function patterns(chartId: string, series: readonly number[]): string {
  const light = 'rgba(255,255,255,0.45)';
  return [...new Set(series)]
    .map((index) => {
      const { colour, hatch } = seriesStyle(index);
      const marks = {
        solid: '',
        diagonal: `<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="${light}" stroke-width="2"/>`,
        dots: `<circle cx="4" cy="4" r="1.6" fill="${light}"/>`,
        horizontal: `<path d="M0,4 h8" stroke="${light}" stroke-width="2"/>`,
        vertical: `<path d="M4,0 v8" stroke="${light}" stroke-width="2"/>`,
        cross: `<path d="M0,0 l8,8 M8,0 l-8,8" stroke="${light}" stroke-width="1.5"/>`,
      }[hatch];
      return `<pattern id="${chartId}-motif-${index}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${colour}"/>${marks}</pattern>`;
    })
    .join('');
}
const fill = (chartId: string, index: number) => `url(#${chartId}-motif-${index})`;

/** Swatches and their labels, wrapping onto new rows; returns the markup and its height. */
function legend(chartId: string, labels: readonly string[], x: number, top: number, width: number): { svg: string; height: number } {
  const parts: string[] = [];
  let lx = x;
  let y = top;
  labels.forEach((label, i) => {
    const w = 22 + label.length * 7.2 + 18;
    if (lx > x && lx + w > x + width) {
      lx = x;
      y += 22;
    }
    parts.push(`<rect x="${r(lx)}" y="${y}" width="16" height="14" fill="${fill(chartId, i)}" stroke="${chartInk.text}"/>`, `<text x="${r(lx + 22)}" y="${y + 12}" font-size="13" fill="${chartInk.text}">${esc(label)}</text>`);
    lx += w;
  });
  return { svg: parts.join(''), height: y - top + 22 };
}

/** The most people drawn one by one (as dots); beyond, a bar. */
export const MAX_UNITS = 40;
const UNITS_PER_ROW = 20;

/**
 * Results: each result's share of its denominator. A count out of a small denominator is drawn
 * as one dot per person (7 filled dots out of 12); a larger one or a percentage as a bar.
 */
export function barChartSvg(chart: BarChart): string {
  const width = 640;
  const track = 400;
  const dot = 20;
  let y = 4;
  const parts: string[] = [];
  for (const bar of chart.bars) {
    const lines = wrapText(bar.label, 70);
    lines.forEach((line, i) => parts.push(`<text x="0" y="${r(y + 15 + i * 19)}" font-size="15" fill="${chartInk.text}">${esc(line)}</text>`));
    y += lines.length * 19 + 8;
    if (bar.counts && Number.isInteger(bar.max) && bar.max <= MAX_UNITS) {
      for (let i = 0; i < bar.max; i++) {
        const cx = r(dot / 2 + 1 + (i % UNITS_PER_ROW) * dot);
        const cy = r(y + dot / 2 + Math.floor(i / UNITS_PER_ROW) * dot);
        parts.push(
          i < bar.value
            ? `<circle cx="${cx}" cy="${cy}" r="${dot / 2 - 2}" fill="${seriesStyle(0).colour}"/>`
            : `<circle cx="${cx}" cy="${cy}" r="${dot / 2 - 2.75}" fill="#ffffff" stroke="${chartInk.trackLine}" stroke-width="1.5"/>`,
        );
      }
      parts.push(`<text x="${Math.min(bar.max, UNITS_PER_ROW) * dot + 14}" y="${r(y + 15)}" font-size="15" font-weight="700" fill="${chartInk.text}">${esc(bar.valueText)}</text>`);
      y += Math.ceil(bar.max / UNITS_PER_ROW) * dot + 18;
      continue;
    }
    const filled = bar.max > 0 ? (track * Math.min(bar.value, bar.max)) / bar.max : 0;
    parts.push(
      `<rect x="0.5" y="${r(y)}" width="${track}" height="22" rx="3" fill="${chartInk.track}" stroke="${chartInk.trackLine}"/>`,
      filled > 0 ? `<rect x="0.5" y="${r(y)}" width="${r(filled)}" height="22" rx="3" fill="${seriesStyle(0).colour}"/>` : '',
      `<text x="${track + 14}" y="${r(y + 16)}" font-size="15" font-weight="700" fill="${chartInk.text}">${esc(bar.valueText)}</text>`,
    );
    y += 22 + 18;
  }
  return frame(chart, width, y, parts.join(''));
}

/** Weighted points: one bar per offer, one patterned segment per criterion, the total after it. */
export function stackedChartSvg(chart: StackedChart): string {
  const width = 760;
  const left = 8;
  const end = 680;
  const row = 62;
  const bar = 26;
  const scale = (points: number) => (chart.max > 0 ? (points / chart.max) * (end - left) : 0);
  const parts: string[] = [];
  chart.bars.forEach((item, i) => {
    const y = 8 + i * row;
    let x = left;
    parts.push(`<text x="${left}" y="${y + 16}" font-size="15" font-weight="600" fill="${chartInk.text}">${esc(item.label)}</text>`);
    item.values.forEach((value, j) => {
      const w = scale(value);
      parts.push(`<rect x="${r(x)}" y="${y + 24}" width="${r(Math.max(0, w))}" height="${bar}" fill="${fill(chart.id, j)}" stroke="#ffffff" stroke-width="1.5"/>`);
      if (w > 40) {
        parts.push(
          `<text x="${r(x + w / 2)}" y="${y + 24 + bar / 2 + 5}" text-anchor="middle" font-size="14" font-weight="600" fill="#ffffff" stroke="${seriesStyle(j).colour}" stroke-width="3" paint-order="stroke">${esc(item.valueTexts[j])}</text>`,
        );
      }
      x += w;
    });
    if (item.aside) parts.push(`<rect x="${left}" y="${y + 22}" width="${r(Math.max(0, x - left))}" height="${bar + 4}" fill="none" stroke="${chartInk.text}" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    parts.push(`<text x="${r(x + 8)}" y="${y + 24 + bar / 2 + 5}" font-size="15" font-weight="700" fill="${chartInk.text}">${esc(item.totalText)}</text>`);
  });
  const axis = 8 + chart.bars.length * row;
  for (const tick of chart.ticks) {
    const tx = r(left + scale(tick.at));
    parts.unshift(`<line x1="${tx}" x2="${tx}" y1="8" y2="${axis + 4}" stroke="${chartInk.grid}" stroke-width="1"/>`);
    parts.push(`<text x="${tx}" y="${axis + 20}" text-anchor="${tick.at === 0 ? 'start' : 'middle'}" font-size="13" fill="${chartInk.muted}">${esc(tick.label)}</text>`);
  }
  const key = legend(chart.id, chart.series.map((s) => s.label), left, axis + 34, width - left);
  return frame(chart, width, axis + 34 + key.height, parts.join('') + key.svg, patterns(chart.id, chart.series.map((_, j) => j)));
}

/** A retro-planning: step labels (wrapped) on the left, one bar or milestone per step on a week axis. */
export function ganttSvg(chart: GanttChart): string {
  const width = 720;
  const label = 230;
  const top = 22;
  const step = (width - label) / chart.units;
  const rows = chart.rows.map((row) => wrapText(row.label, 32));
  const heights = rows.map((lines) => Math.max(22, lines.length * 15 + 7));
  const bottom = top + heights.reduce((a, b) => a + b, 0);
  const parts: string[] = [];
  let y = top;
  chart.rows.forEach((row, i) => {
    const h = heights[i];
    const series = Math.max(0, chart.lanes.indexOf(row.lane ?? ''));
    if (i % 2 === 0) parts.push(`<rect x="0" y="${y}" width="${width}" height="${h}" fill="${chartInk.band}"/>`);
    rows[i].forEach((line, k) => parts.push(`<text x="4" y="${r(y + (h - rows[i].length * 15) / 2 + 12 + k * 15)}" font-size="12" fill="${chartInk.text}">${esc(line)}</text>`));
    const x = label + (row.from - 1) * step;
    const cy = y + h / 2;
    parts.push(
      row.milestone
        ? `<rect x="${r(x + step / 2 - 5)}" y="${r(cy - 5)}" width="10" height="10" fill="${fill(chart.id, series)}" stroke="${chartInk.text}" stroke-width="0.5" transform="rotate(45 ${r(x + step / 2)} ${r(cy)})"/>`
        : `<rect x="${r(x + 1)}" y="${r(cy - 7)}" width="${r((row.to - row.from + 1) * step - 2)}" height="14" rx="2" fill="${fill(chart.id, series)}"/>`,
    );
    y += h;
  });
  for (let u = 1; u <= chart.units; u++) {
    const x = r(label + (u - 1) * step);
    parts.unshift(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${bottom}" stroke="${chartInk.grid}" stroke-width="0.5"/>`);
    parts.push(`<text x="${r(x + step / 2)}" y="${top - 8}" text-anchor="middle" fill="${chartInk.muted}" font-size="10">${esc(`${chart.unitLabel}${u}`)}</text>`);
  }
  const key = chart.lanes.length > 1 ? legend(chart.id, chart.lanes, label, bottom + 10, width - label) : { svg: '', height: 0 };
  return frame(chart, width, bottom + 8 + key.height, parts.join('') + key.svg, patterns(chart.id, chart.lanes.length ? chart.lanes.map((_, i) => i) : [0]));
}

/**
 * A timeline: phase names in a left column, one patterned bar per phase on a month axis, dated
 * steps as dots on their phase, graduations with the year when it changes.
 */
export function timelineSvg(chart: TimelineChart): string {
  const width = 720;
  const left = 240;
  const right = 10;
  const span = width - left - right;
  const x = (months: number) => r(left + (span * months) / chart.months);
  const lineHeight = 17;
  const barHeight = 18;
  const axisBottom = chart.ticks.some((tick) => tick.year) ? 40 : 24;
  const parts: string[] = [];
  const lanes: string[] = [];
  let y = axisBottom + 10;
  for (const lane of chart.lanes) {
    const lines = wrapText(lane.label, 28);
    const rowHeight = Math.max(lines.length * lineHeight, barHeight) + 4;
    lines.forEach((line, i) => lanes.push(`<text x="0" y="${r(y + 13 + i * lineHeight)}" font-size="13" font-weight="600" fill="${chartInk.text}">${esc(line)}</text>`));
    const barY = y + (Math.min(lines.length, 2) * lineHeight - barHeight) / 2;
    lanes.push(`<rect x="${x(lane.from)}" y="${r(barY)}" width="${r(Math.max(x(lane.to) - x(lane.from), 3))}" height="${barHeight}" rx="3" fill="${fill(chart.id, phaseSeries[lane.kind])}"/>`);
    for (const event of lane.events) lanes.push(`<circle cx="${x(event.at)}" cy="${r(barY + barHeight / 2)}" r="5" fill="#ffffff" stroke="${chartInk.text}" stroke-width="1.5"/>`);
    y += rowHeight + 12;
  }
  for (const tick of chart.ticks) {
    const tx = x(tick.at);
    parts.push(
      `<line x1="${tx}" y1="${axisBottom}" x2="${tx}" y2="${r(y - 10)}" stroke="${chartInk.grid}" stroke-width="1"/>`,
      `<text x="${r(tx + 3)}" y="15" font-size="12" fill="${chartInk.muted}">${esc(tick.label)}</text>`,
      tick.year ? `<text x="${r(tx + 3)}" y="31" font-size="12" font-weight="600" fill="${chartInk.muted}">${esc(tick.year)}</text>` : '',
    );
  }
  parts.push(`<line x1="${left}" y1="${axisBottom}" x2="${width - right}" y2="${axisBottom}" stroke="${chartInk.trackLine}" stroke-width="1"/>`);
  return frame(chart, width, y, parts.join('') + lanes.join(''), patterns(chart.id, chart.lanes.map((l) => phaseSeries[l.kind])));
}

export function chartSvg(chart: Chart): string {
  switch (chart.kind) {
    case 'bars':
      return barChartSvg(chart);
    case 'stacked':
      return stackedChartSvg(chart);
    case 'gantt':
      return ganttSvg(chart);
    case 'timeline':
      return timelineSvg(chart);
  }
}
