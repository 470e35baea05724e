/**
 * Vector charts for the PDFs, as drawing operations: the retro-planning (a Gantt chart in weeks),
 * results as horizontal bars, weighted scores as stacked bars. Pure.
 */
import type { FontSet } from './fonts';
import type { Chart, DrawOp } from './model';
import { theme } from './theme';

const ROW = 16;
const AXIS = 18;
const LABEL_SIZE = 8;

function labelWidth(labels: readonly string[], fonts: FontSet, width: number): number {
  const widest = Math.max(0, ...labels.map((l) => fonts.regular.widthOf(l, LABEL_SIZE)));
  return Math.min(width * 0.38, widest + 8);
}

/** Cuts a label to fit a width, with an ellipsis. */
function fit(text: string, width: number, fonts: FontSet): string {
  if (fonts.regular.widthOf(text, LABEL_SIZE) <= width) return text;
  let cut = text;
  while (cut.length > 1 && fonts.regular.widthOf(`${cut}…`, LABEL_SIZE) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The distinct lanes of a Gantt chart, in order of appearance. */
const lanesOf = (chart: Extract<Chart, { kind: 'gantt' }>) => [...new Set(chart.rows.map((r) => r.lane ?? ''))];

export function chartHeight(chart: Chart, _width: number): number {
  if (chart.kind === 'timeline') return AXIS + chart.lanes.length * ROW + 16 + (chart.legend ? 14 : 0);
  if (chart.kind === 'gantt') return AXIS + chart.rows.length * ROW + 6 + (lanesOf(chart).filter(Boolean).length > 1 ? 18 : 0);
  if (chart.kind === 'bars') return chart.bars.length * (ROW + 4) + 4;
  return chart.bars.length * (ROW + 4) + 4 + 18;
}

export function chartOps(chart: Chart, x: number, width: number, fonts: FontSet): DrawOp[] {
  const ops: DrawOp[] = [];
  const text = (tx: number, ty: number, t: string, color = theme.color.text, font: 'regular' | 'bold' = 'regular') =>
    ops.push({ op: 'text', x: tx, y: ty, text: t, font, size: LABEL_SIZE, color });

  if (chart.kind === 'gantt') {
    const lw = labelWidth(chart.rows.map((r) => r.label), fonts, width);
    const gx = x + lw;
    const gw = width - lw;
    const step = gw / chart.weeks;
    // Week axis, with a tick label every week (or every other when crowded).
    const every = step < 14 ? 2 : 1;
    for (let w = 1; w <= chart.weeks; w++) {
      const wx = gx + (w - 1) * step;
      ops.push({ op: 'line', x1: wx, y1: AXIS - 2, x2: wx, y2: AXIS + chart.rows.length * ROW, color: theme.color.line, width: 0.3 });
      if ((w - 1) % every === 0) {
        const label = `${chart.unitLabel}${w}`;
        text(wx + (step * every - fonts.regular.widthOf(label, LABEL_SIZE)) / 2, AXIS - 6, label, theme.color.muted);
      }
    }
    ops.push({ op: 'line', x1: gx + gw, y1: AXIS - 2, x2: gx + gw, y2: AXIS + chart.rows.length * ROW, color: theme.color.line, width: 0.3 });
    chart.rows.forEach((row, i) => {
      const top = AXIS + i * ROW;
      if (i % 2 === 0) ops.push({ op: 'rect', x, y: top, w: width, h: ROW, fill: theme.color.surface });
      text(x + 2, top + ROW / 2 + 3, fit(row.label, lw - 6, fonts));
      const lanes = lanesOf(chart);
      const color = theme.color.chart[Math.max(0, lanes.indexOf(row.lane ?? '')) % theme.color.chart.length];
      const bx = gx + (row.from - 1) * step;
      if (row.milestone) {
        const cx = bx + step / 2;
        ops.push({ op: 'rect', x: cx - 4, y: top + ROW / 2 - 4, w: 8, h: 8, fill: color });
      } else {
        ops.push({ op: 'rect', x: bx + 1, y: top + 3, w: (row.to - row.from + 1) * step - 2, h: ROW - 6, fill: color });
      }
    });
    ops.push({ op: 'line', x1: x, y1: AXIS + chart.rows.length * ROW, x2: x + width, y2: AXIS + chart.rows.length * ROW, color: theme.color.text, width: 0.5 });
    legend(ops, lanesOf(chart).filter(Boolean), gx, AXIS + chart.rows.length * ROW + 18, fonts);
    return ops;
  }

  if (chart.kind === 'timeline') {
    const lw = labelWidth(chart.lanes.map((l) => l.label), fonts, width);
    const gx = x + lw;
    const gw = width - lw;
    const step = gw / Math.max(1, chart.months);
    const bottom = AXIS + chart.lanes.length * ROW;
    for (const tick of chart.ticks) {
      const tx = gx + tick.at * step;
      ops.push({ op: 'line', x1: tx, y1: AXIS - 2, x2: tx, y2: bottom, color: theme.color.line, width: 0.3 });
      // A label near the right edge is pulled back inside the chart.
      const inside = (label: string) => Math.min(tx + 2, x + width - fonts.regular.widthOf(label, LABEL_SIZE));
      text(inside(tick.label), AXIS - 6, tick.label, theme.color.muted);
      if (tick.year) text(inside(tick.year), bottom + 11, tick.year, theme.color.muted);
    }
    chart.lanes.forEach((lane, i) => {
      const top = AXIS + i * ROW;
      if (i % 2 === 0) ops.push({ op: 'rect', x, y: top, w: width, h: ROW, fill: theme.color.surface });
      text(x + 2, top + ROW / 2 + 3, fit(lane.label, lw - 6, fonts));
      const color = theme.color.chart[i % theme.color.chart.length];
      ops.push({ op: 'rect', x: gx + lane.from * step + 1, y: top + 4, w: Math.max(2, (lane.to - lane.from) * step - 2), h: ROW - 8, fill: color });
      for (const event of lane.events) ops.push({ op: 'rect', x: gx + event.at * step - 2.5, y: top + ROW / 2 - 2.5, w: 5, h: 5, fill: theme.color.text });
    });
    ops.push({ op: 'line', x1: x, y1: bottom, x2: x + width, y2: bottom, color: theme.color.text, width: 0.5 });
    if (chart.legend) {
      ops.push({ op: 'rect', x: gx, y: bottom + 16, w: 5, h: 5, fill: theme.color.text });
      text(gx + 9, bottom + 21, chart.legend, theme.color.muted);
    }
    return ops;
  }

  // Horizontal bars, plain or stacked: labels on the left, the bar, its value on the right.
  const lw = labelWidth(chart.bars.map((b) => b.label), fonts, width);
  const valueWidth = Math.max(...chart.bars.map((b) => fonts.bold.widthOf(b.text, LABEL_SIZE))) + 8;
  const bw = width - lw - valueWidth;
  const rowTop = (i: number) => i * (ROW + 4) + 2;
  chart.bars.forEach((bar, i) => {
    text(x, rowTop(i) + ROW / 2 + 3, fit(bar.label, lw - 6, fonts));
    text(x + lw + bw + 6, rowTop(i) + ROW / 2 + 3, bar.text, theme.color.text, 'bold');
  });

  if (chart.kind === 'bars') {
    chart.bars.forEach((bar, i) => {
      const top = rowTop(i);
      ops.push({ op: 'rect', x: x + lw, y: top, w: bw, h: ROW, fill: theme.color.surface });
      const share = bar.total > 0 ? Math.min(1, bar.value / bar.total) : 0;
      if (share > 0) ops.push({ op: 'rect', x: x + lw, y: top, w: bw * share, h: ROW, fill: theme.color.primary });
    });
    return ops;
  }

  // Stacked bars, with a legend underneath.
  chart.bars.forEach((bar, i) => {
    const top = rowTop(i);
    ops.push({ op: 'rect', x: x + lw, y: top, w: bw, h: ROW, stroke: theme.color.line, lineWidth: 0.4 });
    let offset = 0;
    bar.values.forEach((value, j) => {
      const w = chart.max > 0 ? (value / chart.max) * bw : 0;
      if (w > 0) ops.push({ op: 'rect', x: x + lw + offset, y: top, w, h: ROW, fill: theme.color.chart[j % theme.color.chart.length] });
      offset += w;
    });
  });
  legend(ops, chart.series.map((s) => s.label), x + lw, chart.bars.length * (ROW + 4) + 12, fonts);
  return ops;
}

/** A row of coloured squares with their labels (lanes or series), in the charts' colour order. */
function legend(ops: DrawOp[], labels: readonly string[], x: number, y: number, fonts: FontSet) {
  if (labels.length < 2) return;
  let lx = x;
  labels.forEach((label, j) => {
    ops.push({ op: 'rect', x: lx, y: y - 7, w: 8, h: 8, fill: theme.color.chart[j % theme.color.chart.length] });
    ops.push({ op: 'text', x: lx + 11, y, text: label, font: 'regular', size: LABEL_SIZE, color: theme.color.text });
    lx += 11 + fonts.regular.widthOf(label, LABEL_SIZE) + 14;
  });
}
