/**
 * Vector charts of the PDFs, as drawing operations: results as horizontal bars, weighted points
 * as stacked bars, the retro-planning as a Gantt chart, phases as a timeline. Labels wrap (and
 * hyphenate) in their column instead of being cut; series differ by pattern as well as colour
 * (the same styles as the pages' SVG charts), so a chart printed in grey still reads. Pure.
 *
 * Nothing leaves the chart's width: axis labels are thinned to every 2, 5, 10… units when they
 * would touch (a 70-week plan), a legend entry too long for its row wraps, and a chart taller than
 * a page is cut between its rows into parts that each repeat the axis (`chartParts`).
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
/** The least space between two labels of an axis. */
const GAP = 4;

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

/**
 * A row of swatches with their labels (lanes or series), wrapping to a new row when full; a label
 * wider than the whole row breaks over lines beside its swatch.
 */
function legend(pen: Pen, labels: readonly string[], series: (i: number) => number, x: number, top: number, width: number): number {
  let lx = x;
  let y = top;
  let rowHeight = 13;
  labels.forEach((value, i) => {
    const alone = 11 + pen.fonts.regular.widthOf(value, SIZE) > width;
    const lines = alone ? label(pen, value, width - 11).lines : undefined;
    const w = alone ? width : 11 + pen.fonts.regular.widthOf(value, SIZE) + 14;
    if (lx > x && lx + w > x + width) {
      lx = x;
      y += rowHeight;
      rowHeight = 13;
    }
    box(pen, lx, y, 8, 8, series(i));
    pen.ops.push({ op: 'rect', x: lx, y, w: 8, h: 8, stroke: theme.color.text, lineWidth: 0.3 });
    if (lines) {
      lines.forEach((line, k) => text(pen, lx + 11, y + 7 + k * LINE, line.pieces.map((p) => p.text).join('')));
      rowHeight = Math.max(rowHeight, (lines.length - 1) * LINE + 13);
    } else text(pen, lx + 11, y + 7, value);
    lx += w;
  });
  return y + rowHeight - top;
}

/** The height a legend takes, without drawing it. */
const legendHeight = (pen: Pen, labels: readonly string[], width: number) => legend({ ...pen, ops: [] }, labels, () => 0, 0, 0, width);

/**
 * Labels along an axis, left to right, each centred on its span (or starting at x, for a span of
 * `'start'`) and kept inside [min, max]; a label that would touch the one before it is left out.
 */
function axisLabels(pen: Pen, labels: ReadonlyArray<{ x: number; span: number | 'start'; text: string }>, y: number, min: number, max: number) {
  let right = -Infinity;
  for (const l of labels) {
    const w = pen.fonts.regular.widthOf(l.text, SIZE);
    const at = Math.max(min, Math.min(max - w, l.span === 'start' ? l.x : l.x + (l.span - w) / 2));
    if (at < right + GAP) continue;
    text(pen, at, y, l.text, theme.color.muted);
    right = at + w;
  }
}

/** A row's shaded band (every other row) and its label, centred in the row's height. */
function rowStart(pen: Pen, i: number, x: number, top: number, width: number, h: number, label: { lines: Line[]; height: number }) {
  if (i % 2 === 0) pen.ops.push({ op: 'rect', x, y: top, w: width, h, fill: theme.color.surface });
  drawLabel(pen, label.lines, x + 2, top + (h - label.height) / 2);
}

/**
 * A chart cut into rows: what is drawn above them (an axis), each row's height, what closes the
 * chart (a legend, graduations), and a function that draws rows `from` to `to` (with the closing
 * part when `last`) and returns the height.
 */
interface Rows {
  top: number;
  heights: number[];
  closing: number;
  draw(pen: Pen, from: number, to: number, last: boolean): number;
}

function gantt(pen: Pen, chart: Extract<Chart, { kind: 'gantt' }>, x: number, width: number): Rows {
  const lw = labelColumn(chart.rows.map((r) => r.label), pen.fonts, width);
  const gx = x + lw;
  const step = (width - lw) / chart.units;
  // Every unit labelled when its label fits its column, else every 2, 5, 10… units.
  const widest = pen.fonts.regular.widthOf(`${chart.unitLabel}${chart.units}`, SIZE) + GAP;
  const every = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((n) => step * n >= widest) ?? chart.units;
  const rows = chart.rows.map((row) => label(pen, row.label, lw - 6));
  const heights = rows.map((r) => Math.max(ROW, r.height + 4));
  const withLegend = chart.lanes.length > 1;
  const closing = withLegend ? 8 + legendHeight(pen, chart.lanes, width - lw) : 6;
  return {
    top: AXIS,
    heights,
    closing,
    draw(pen, from, to, last) {
      const bottom = AXIS + heights.slice(from, to).reduce((a, b) => a + b, 0);
      const ticks: Array<{ x: number; span: number; text: string }> = [];
      for (let u = 1; u <= chart.units + 1; u++) {
        const ux = gx + (u - 1) * step;
        pen.ops.push({ op: 'line', x1: ux, y1: AXIS - 2, x2: ux, y2: bottom, color: theme.color.line, width: 0.3 });
        if (u <= chart.units && (u - 1) % every === 0) ticks.push({ x: ux, span: step * Math.min(every, chart.units - u + 1), text: `${chart.unitLabel}${u}` });
      }
      axisLabels(pen, ticks, AXIS - 6, gx, x + width);
      let top = AXIS;
      for (let i = from; i < to; i++) {
        const row = chart.rows[i];
        const h = heights[i];
        rowStart(pen, i, x, top, width, h, rows[i]);
        const series = Math.max(0, chart.lanes.indexOf(row.lane ?? ''));
        const bx = gx + (row.from - 1) * step;
        if (row.milestone) box(pen, bx + step / 2 - 4, top + h / 2 - 4, 8, 8, series);
        else box(pen, bx + 1, top + h / 2 - (ROW - 6) / 2, Math.max(1, (row.to - row.from + 1) * step - 2), ROW - 6, series);
        top += h;
      }
      pen.ops.push({ op: 'line', x1: x, y1: bottom, x2: x + width, y2: bottom, color: theme.color.text, width: 0.5 });
      if (!last) return bottom + 6;
      return withLegend ? bottom + 8 + legend(pen, chart.lanes, (i) => i, gx, bottom + 8, width - lw) : bottom + 6;
    },
  };
}

function timeline(pen: Pen, chart: Extract<Chart, { kind: 'timeline' }>, x: number, width: number): Rows {
  const lw = labelColumn(chart.lanes.map((l) => l.label), pen.fonts, width);
  const gx = x + lw;
  const step = (width - lw) / Math.max(1, chart.months);
  const lanes = chart.lanes.map((lane) => label(pen, lane.label, lw - 6));
  const heights = lanes.map((l) => Math.max(ROW, l.height + 4));
  const years = chart.ticks.some((t) => t.year);
  return {
    top: AXIS,
    heights,
    closing: (years ? 16 : 6) + (chart.legend ? 14 : 0),
    draw(pen, from, to, last) {
      const bottom = AXIS + heights.slice(from, to).reduce((a, b) => a + b, 0);
      for (const tick of chart.ticks) {
        const tx = gx + tick.at * step;
        pen.ops.push({ op: 'line', x1: tx, y1: AXIS - 2, x2: tx, y2: bottom, color: theme.color.line, width: 0.3 });
      }
      // Labels start at their graduation; one near the right edge is pulled back inside the chart.
      axisLabels(pen, chart.ticks.map((t) => ({ x: gx + t.at * step + 2, span: 'start', text: t.label })), AXIS - 6, x, x + width);
      if (years) axisLabels(pen, chart.ticks.flatMap((t) => (t.year ? [{ x: gx + t.at * step + 2, span: 'start' as const, text: t.year }] : [])), bottom + 11, x, x + width);
      let top = AXIS;
      for (let i = from; i < to; i++) {
        const lane = chart.lanes[i];
        const h = heights[i];
        rowStart(pen, i, x, top, width, h, lanes[i]);
        box(pen, gx + lane.from * step + 1, top + h / 2 - (ROW - 8) / 2, Math.max(2, (lane.to - lane.from) * step - 2), ROW - 8, phaseSeries[lane.kind]);
        for (const event of lane.events) {
          pen.ops.push({ op: 'rect', x: gx + event.at * step - 3, y: top + h / 2 - 3, w: 6, h: 6, fill: { r: 1, g: 1, b: 1 }, stroke: theme.color.text, lineWidth: 1, tag: pen.tag });
        }
        top += h;
      }
      pen.ops.push({ op: 'line', x1: x, y1: bottom, x2: x + width, y2: bottom, color: theme.color.text, width: 0.5 });
      let end = bottom + (years ? 16 : 6);
      if (last && chart.legend) {
        pen.ops.push({ op: 'rect', x: gx, y: end + 1, w: 6, h: 6, fill: { r: 1, g: 1, b: 1 }, stroke: theme.color.text, lineWidth: 1, tag: pen.tag });
        text(pen, gx + 10, end + 7, chart.legend, theme.color.muted);
        end += 14;
      }
      return end;
    },
  };
}

/** Horizontal bars, plain (a result out of its denominator) or stacked (points by criterion). */
function bars(pen: Pen, chart: Extract<Chart, { kind: 'bars' | 'stacked' }>, x: number, width: number): Rows {
  const items = chart.kind === 'bars' ? chart.bars.map((b) => ({ label: b.label, text: b.valueText })) : chart.bars.map((b) => ({ label: b.label, text: b.totalText }));
  const lw = labelColumn(items.map((b) => b.label), pen.fonts, width, 0.4);
  const valueWidth = Math.max(...items.map((b) => pen.fonts.bold.widthOf(b.text, SIZE))) + 8;
  const bw = width - lw - valueWidth;
  const labels = items.map((b) => label(pen, b.label, lw - 6));
  const heights = labels.map((l) => Math.max(ROW, l.height) + 4);
  const series = chart.kind === 'stacked' ? chart.series.map((s) => s.label) : [];
  return {
    top: 2,
    heights,
    closing: chart.kind === 'bars' ? 2 : 16 + legendHeight(pen, series, width - lw),
    draw(pen, from, to, last) {
      let top = 2;
      for (let i = from; i < to; i++) {
        const item = items[i];
        const h = heights[i];
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
      }
      if (chart.kind === 'bars' || !last) return top + 2;
      for (const tick of chart.ticks) {
        const tx = x + lw + (chart.max > 0 ? (tick.at / chart.max) * bw : 0);
        pen.ops.push({ op: 'line', x1: tx, y1: top, x2: tx, y2: top + 3, color: theme.color.muted, width: 0.4 });
      }
      axisLabels(pen, chart.ticks.map((tick) => ({ x: x + lw + (chart.max > 0 ? (tick.at / chart.max) * bw : 0), span: 0, text: tick.label })), top + 11, x, x + width);
      return top + 16 + legend(pen, series, (i) => i, x + lw, top + 16, width - lw);
    },
  };
}

const rowsOf = (pen: Pen, chart: Chart, x: number, width: number): Rows =>
  chart.kind === 'gantt' ? gantt(pen, chart, x, width) : chart.kind === 'timeline' ? timeline(pen, chart, x, width) : bars(pen, chart, x, width);

/**
 * A chart's drawing operations at x, `width` wide, all tagged `tag`, cut between its rows into
 * parts of at most `maxHeight` (each with the axis; the legend closes the last one). A chart that
 * fits is one part.
 */
export function chartParts(chart: Chart, x: number, width: number, fonts: FontSet, tag: number, maxHeight = Infinity): Array<{ ops: DrawOp[]; height: number }> {
  const rows = rowsOf({ ops: [], tag, fonts }, chart, x, width);
  const parts: Array<{ ops: DrawOp[]; height: number }> = [];
  let from = 0;
  do {
    let to = from;
    let height = rows.top;
    // At least one row per part; then as many as fit, the closing part counted on the last one.
    while (to < rows.heights.length && (to === from || height + rows.heights[to] + (to + 1 === rows.heights.length ? rows.closing : 6) <= maxHeight)) {
      height += rows.heights[to];
      to++;
    }
    const pen: Pen = { ops: [], tag, fonts };
    const drawn = rows.draw(pen, from, to, to >= rows.heights.length);
    parts.push({ ops: pen.ops, height: drawn });
    from = to;
  } while (from < rows.heights.length);
  return parts;
}

/** A chart's drawing operations at x, `width` wide, all tagged `tag`, and its height. */
export function chartLayout(chart: Chart, x: number, width: number, fonts: FontSet, tag: number): { ops: DrawOp[]; height: number } {
  return chartParts(chart, x, width, fonts, tag)[0];
}
