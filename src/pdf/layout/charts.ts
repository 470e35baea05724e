/**
 * Vector charts of the PDFs, as drawing operations: results as horizontal bars, weighted points
 * as stacked bars, the retro-planning as a Gantt chart, phases as a timeline. Labels wrap (and
 * hyphenate) in their column instead of being cut; series differ by pattern as well as colour
 * (the same styles as the pages' SVG charts), so a chart printed in grey still reads. Pure.
 */
import { chartInk, phaseSeries, seriesStyle } from '../../document/chart-style';
import type { Chart } from '../../document/model';
import type { FontSet } from '../fonts';
import type { Color, DrawOp, Hatch } from '../model';
import { breakLines, type Line } from '../text';
import { theme } from '../theme';

const SIZE = 8;
const LINE = SIZE * 1.3;
const ROW = 16;
const AXIS = 18;

const rgb = (hex: string): Color => ({ r: parseInt(hex.slice(1, 3), 16) / 255, g: parseInt(hex.slice(3, 5), 16) / 255, b: parseInt(hex.slice(5, 7), 16) / 255 });

interface Pen {
  ops: DrawOp[];
  tag: number;
  fonts: FontSet;
}

function text(pen: Pen, x: number, y: number, value: string, color = theme.color.text, font: 'regular' | 'bold' = 'regular') {
  pen.ops.push({ op: 'text', x, y, text: value, font, size: SIZE, color, tag: pen.tag });
}

function box(pen: Pen, x: number, y: number, w: number, h: number, series: number) {
  const { colour, hatch } = seriesStyle(series);
  pen.ops.push({ op: 'rect', x, y, w, h, fill: rgb(colour), hatch: hatch as Hatch, tag: pen.tag });
}

/** A label broken into lines of `width`, and the lines' total height. */
function label(pen: Pen, value: string, width: number): { lines: Line[]; height: number } {
  const lines = breakLines([{ text: value }], pen.fonts, SIZE, width);
  return { lines, height: lines.length * LINE };
}

function drawLabel(pen: Pen, lines: Line[], x: number, top: number) {
  lines.forEach((line, i) => text(pen, x, top + (i + 1) * LINE - 2.5, line.pieces.map((p) => p.text).join('')));
}

/** The label column: the widest label, up to `share` of the chart's width. */
function labelColumn(labels: readonly string[], fonts: FontSet, width: number, share = 0.36): number {
  return Math.min(width * share, Math.max(0, ...labels.map((l) => fonts.regular.widthOf(l, SIZE))) + 8);
}

/** A row of swatches with their labels (lanes or series), wrapping to a new row when full. */
function legend(pen: Pen, labels: readonly string[], series: (i: number) => number, x: number, top: number, width: number): number {
  let lx = x;
  let y = top;
  labels.forEach((value, i) => {
    const w = 11 + pen.fonts.regular.widthOf(value, SIZE) + 14;
    if (lx > x && lx + w > x + width) {
      lx = x;
      y += 13;
    }
    box(pen, lx, y, 8, 8, series(i));
    pen.ops.push({ op: 'rect', x: lx, y, w: 8, h: 8, stroke: theme.color.text, lineWidth: 0.3 });
    text(pen, lx + 11, y + 7, value);
    lx += w;
  });
  return y + 13 - top;
}

function gantt(pen: Pen, chart: Extract<Chart, { kind: 'gantt' }>, x: number, width: number): number {
  const lw = labelColumn(chart.rows.map((r) => r.label), pen.fonts, width);
  const gx = x + lw;
  const step = (width - lw) / chart.units;
  const every = step < 14 ? 2 : 1;
  const rows = chart.rows.map((row) => label(pen, row.label, lw - 6));
  const heights = rows.map((r) => Math.max(ROW, r.height + 4));
  const bottom = AXIS + heights.reduce((a, b) => a + b, 0);
  for (let u = 1; u <= chart.units + 1; u++) {
    const ux = gx + (u - 1) * step;
    pen.ops.push({ op: 'line', x1: ux, y1: AXIS - 2, x2: ux, y2: bottom, color: theme.color.line, width: 0.3 });
    if (u <= chart.units && (u - 1) % every === 0) {
      const value = `${chart.unitLabel}${u}`;
      text(pen, ux + (step * every - pen.fonts.regular.widthOf(value, SIZE)) / 2, AXIS - 6, value, theme.color.muted);
    }
  }
  let top = AXIS;
  chart.rows.forEach((row, i) => {
    const h = heights[i];
    if (i % 2 === 0) pen.ops.push({ op: 'rect', x, y: top, w: width, h, fill: theme.color.surface });
    drawLabel(pen, rows[i].lines, x + 2, top + (h - rows[i].height) / 2);
    const series = Math.max(0, chart.lanes.indexOf(row.lane ?? ''));
    const bx = gx + (row.from - 1) * step;
    if (row.milestone) box(pen, bx + step / 2 - 4, top + h / 2 - 4, 8, 8, series);
    else box(pen, bx + 1, top + h / 2 - (ROW - 6) / 2, (row.to - row.from + 1) * step - 2, ROW - 6, series);
    top += h;
  });
  pen.ops.push({ op: 'line', x1: x, y1: bottom, x2: x + width, y2: bottom, color: theme.color.text, width: 0.5 });
  return chart.lanes.length > 1 ? bottom + 8 + legend(pen, chart.lanes, (i) => i, gx, bottom + 8, width - lw) : bottom + 6;
}

function timeline(pen: Pen, chart: Extract<Chart, { kind: 'timeline' }>, x: number, width: number): number {
  const lw = labelColumn(chart.lanes.map((l) => l.label), pen.fonts, width);
  const gx = x + lw;
  const step = (width - lw) / Math.max(1, chart.months);
  const lanes = chart.lanes.map((lane) => label(pen, lane.label, lw - 6));
  const heights = lanes.map((l) => Math.max(ROW, l.height + 4));
  const bottom = AXIS + heights.reduce((a, b) => a + b, 0);
  for (const tick of chart.ticks) {
    const tx = gx + tick.at * step;
    pen.ops.push({ op: 'line', x1: tx, y1: AXIS - 2, x2: tx, y2: bottom, color: theme.color.line, width: 0.3 });
    // A label near the right edge is pulled back inside the chart.
    const inside = (value: string) => Math.min(tx + 2, x + width - pen.fonts.regular.widthOf(value, SIZE));
    text(pen, inside(tick.label), AXIS - 6, tick.label, theme.color.muted);
    if (tick.year) text(pen, inside(tick.year), bottom + 11, tick.year, theme.color.muted);
  }
  let top = AXIS;
  chart.lanes.forEach((lane, i) => {
    const h = heights[i];
    if (i % 2 === 0) pen.ops.push({ op: 'rect', x, y: top, w: width, h, fill: theme.color.surface });
    drawLabel(pen, lanes[i].lines, x + 2, top + (h - lanes[i].height) / 2);
    box(pen, gx + lane.from * step + 1, top + h / 2 - (ROW - 8) / 2, Math.max(2, (lane.to - lane.from) * step - 2), ROW - 8, phaseSeries[lane.kind]);
    for (const event of lane.events) {
      pen.ops.push({ op: 'rect', x: gx + event.at * step - 3, y: top + h / 2 - 3, w: 6, h: 6, fill: { r: 1, g: 1, b: 1 }, stroke: theme.color.text, lineWidth: 1, tag: pen.tag });
    }
    top += h;
  });
  pen.ops.push({ op: 'line', x1: x, y1: bottom, x2: x + width, y2: bottom, color: theme.color.text, width: 0.5 });
  let end = bottom + (chart.ticks.some((t) => t.year) ? 16 : 6);
  if (chart.legend) {
    pen.ops.push({ op: 'rect', x: gx, y: end + 1, w: 6, h: 6, fill: { r: 1, g: 1, b: 1 }, stroke: theme.color.text, lineWidth: 1, tag: pen.tag });
    text(pen, gx + 10, end + 7, chart.legend, theme.color.muted);
    end += 14;
  }
  return end;
}

/** Horizontal bars, plain (a result out of its denominator) or stacked (points by criterion). */
function bars(pen: Pen, chart: Extract<Chart, { kind: 'bars' | 'stacked' }>, x: number, width: number): number {
  const items = chart.kind === 'bars' ? chart.bars.map((b) => ({ label: b.label, text: b.valueText })) : chart.bars.map((b) => ({ label: b.label, text: b.totalText }));
  const lw = labelColumn(items.map((b) => b.label), pen.fonts, width, 0.4);
  const valueWidth = Math.max(...items.map((b) => pen.fonts.bold.widthOf(b.text, SIZE))) + 8;
  const bw = width - lw - valueWidth;
  const labels = items.map((b) => label(pen, b.label, lw - 6));
  let top = 2;
  items.forEach((item, i) => {
    const h = Math.max(ROW, labels[i].height) + 4;
    const barTop = top + (h - ROW) / 2;
    drawLabel(pen, labels[i].lines, x, top + (h - labels[i].height) / 2);
    text(pen, x + lw + bw + 6, barTop + ROW / 2 + 3, item.text, theme.color.text, 'bold');
    if (chart.kind === 'bars') {
      const bar = chart.bars[i];
      pen.ops.push({ op: 'rect', x: x + lw, y: barTop, w: bw, h: ROW, fill: rgb(chartInk.track), stroke: rgb(chartInk.trackLine), lineWidth: 0.4, tag: pen.tag });
      const share = bar.max > 0 ? Math.min(1, bar.value / bar.max) : 0;
      if (share > 0) pen.ops.push({ op: 'rect', x: x + lw, y: barTop, w: bw * share, h: ROW, fill: theme.color.primary, tag: pen.tag });
    } else {
      const bar = chart.bars[i];
      pen.ops.push({ op: 'rect', x: x + lw, y: barTop, w: bw, h: ROW, stroke: theme.color.line, lineWidth: 0.4 });
      let offset = 0;
      bar.values.forEach((value, j) => {
        const w = chart.max > 0 ? (value / chart.max) * bw : 0;
        if (w > 0) box(pen, x + lw + offset, barTop, w, ROW, j);
        offset += w;
      });
      if (bar.aside) pen.ops.push({ op: 'rect', x: x + lw - 1, y: barTop - 1, w: offset + 2, h: ROW + 2, stroke: theme.color.text, lineWidth: 0.8, dash: true, tag: pen.tag });
    }
    top += h;
  });
  if (chart.kind === 'bars') return top + 2;
  for (const tick of chart.ticks) {
    const tx = x + lw + (chart.max > 0 ? (tick.at / chart.max) * bw : 0);
    pen.ops.push({ op: 'line', x1: tx, y1: top, x2: tx, y2: top + 3, color: theme.color.muted, width: 0.4 });
    text(pen, tx - pen.fonts.regular.widthOf(tick.label, SIZE) / 2, top + 11, tick.label, theme.color.muted);
  }
  return top + 16 + legend(pen, chart.series.map((s) => s.label), (i) => i, x + lw, top + 16, width - lw);
}

/** A chart's drawing operations at x, `width` wide, all tagged `tag`, and its height. */
export function chartLayout(chart: Chart, x: number, width: number, fonts: FontSet, tag: number): { ops: DrawOp[]; height: number } {
  const pen: Pen = { ops: [], tag, fonts };
  const height = chart.kind === 'gantt' ? gantt(pen, chart, x, width) : chart.kind === 'timeline' ? timeline(pen, chart, x, width) : bars(pen, chart, x, width);
  return { ops: pen.ops, height };
}
