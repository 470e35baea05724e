/**
 * The evaluation's tables: the ranking (points per criterion, total, price) and the grid of marks
 * and points by criterion and sub-criterion. Points in a column show with one precision
 * (`86,50` above `71,89`).
 */
import { commonDecimals, formatNumber } from '../../domain/format';
import type { ScoringView } from '../../domain/scoring-view';
import { fr } from '../../i18n/fr';
import { bold, missing, text } from '../build';
import type { Column, Runs, TableBlock } from '../model';

type Row = ScoringView['rows'][number];

/** A column of points: the formatter that gives every value of it the same decimals. */
function pointsColumn(values: readonly number[]): (n: number) => string {
  const decimals = commonDecimals(values, 2);
  return (n) => formatNumber(n, decimals, decimals);
}

export function rankingTable(view: ScoringView, id: string, caption: string, basis: string): TableBlock {
  const c = fr.evaluation.page.columns;
  const criteria = view.columns.map((_, j) => pointsColumn(view.rows.map((row) => row.cells[j].points)));
  const totals = pointsColumn(view.rows.map((row) => row.total));
  return {
    type: 'table',
    id,
    caption,
    columns: [
      { label: c.rank, width: 1.2 },
      { label: c.offer, rowHeader: true, width: 3.2 },
      ...view.columns.map((k): Column => ({ label: k.header, align: 'end', width: 1.8 })),
      { label: view.totalHeader, align: 'end', width: 1.4 },
      { label: c.price(basis), align: 'end', width: 1.8 },
    ],
    rows: view.rows.map((row) => [
      text(row.rankText),
      [{ text: row.name, ...(row.rank === 1 && row.status === 'ranked' && { bold: true }) }],
      ...row.cells.map((cell, j): Runs => (cell.missing && !cell.items ? missing() : text(criteria[j](cell.points)))),
      [bold(totals(row.total))],
      row.priceText === fr.common.notProvided ? missing() : text(row.priceText),
    ]),
  };
}

/** The marks and points of each offer, by criterion and, where the call weights them, sub-criterion. */
export function marksGrid(view: ScoringView): TableBlock {
  const e = fr.evaluation;
  const p = e.page;
  const columns: Column[] = [{ label: p.columns.rank, width: 1.2 }, { label: p.columns.offer, rowHeader: true, width: 3 }];
  const cells: Array<(row: Row) => Runs> = [];
  view.columns.forEach((c, j) => {
    if (c.items) {
      c.items.forEach((item, k) => {
        const points = pointsColumn(view.rows.map((row) => row.cells[j].items![k].points));
        columns.push({ label: item.header, group: c.header, width: 1.6 });
        cells.push((row) => {
          const cell = row.cells[j].items![k];
          return cell.markText ? text(p.cellText(cell.markText, e.points(points(cell.points), cell.points))) : missing(cell.pointsText);
        });
      });
      const subtotal = pointsColumn(view.rows.map((row) => row.cells[j].points));
      columns.push({ label: p.subtotal, group: c.header, width: 1.2 });
      cells.push((row) => text(e.points(subtotal(row.cells[j].points), row.cells[j].points)));
    } else {
      const points = pointsColumn(view.rows.map((row) => row.cells[j].points));
      columns.push({ label: c.header, width: 1.8 });
      cells.push((row) => {
        const cell = row.cells[j];
        if (cell.missing) return missing(cell.pointsText);
        const pts = e.points(points(cell.points), cell.points);
        return text(cell.markText ? p.cellText(cell.markText, pts) : pts);
      });
    }
  });
  columns.push({ label: view.totalHeader, align: 'end', width: 1.2 });
  const totals = pointsColumn(view.rows.map((row) => row.total));
  return {
    type: 'table',
    id: 'grille',
    caption: p.matrixCaption(view.maxTotalText),
    columns,
    rows: view.rows.map((row) => [text(row.rankText), text(row.name), ...cells.map((cell) => cell(row)), [bold(totals(row.total))]]),
  };
}
