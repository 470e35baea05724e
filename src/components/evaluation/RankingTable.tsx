/**
 * The ranking as a table: rank, offer, weighted points per criterion, total, price and flags. Used
 * by the what-if panel for the simulation (the published result is the report's own table).
 * Points show with one precision per column.
 */
import { commonDecimals, formatNumber } from '../../domain/format';
import { fr } from '../../i18n/fr';
import type { ScoringView } from '../../domain/scoring-view';

interface Props {
  view: Pick<ScoringView, 'rows' | 'columns' | 'totalHeader'>;
  caption: string;
  basis: string;
  /** Marks the ranking table so that tests and styles can find it. */
  id?: string;
}

/** The points of one column, all with the same decimals (`86,50` above `71,89`). */
function column(values: number[]): (n: number) => string {
  const decimals = commonDecimals(values, 2);
  return (n) => formatNumber(n, decimals, decimals);
}

export function RankingTable({ view, caption, basis, id }: Props) {
  const c = fr.evaluation.page.columns;
  const points = view.columns.map((_, j) => column(view.rows.map((row) => row.cells[j].points)));
  const total = column(view.rows.map((row) => row.total));
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="ranking" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.rank}</th>
            <th scope="col">{c.offer}</th>
            {view.columns.map((k) => (
              <th scope="col" className="num" key={k.id}>
                {k.header}
              </th>
            ))}
            <th scope="col" className="num">
              {view.totalHeader}
            </th>
            <th scope="col" className="num">
              {c.price(basis)}
            </th>
            <th scope="col">{c.flags}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.id} data-offer={row.id} data-status={row.status} className={row.status === 'ranked' ? undefined : 'not-ranked'}>
              <td className="rank">{row.rankText}</td>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell, j) => (
                <td className="num" key={cell.criterion}>
                  {cell.missing && !cell.items ? cell.pointsText : points[j](cell.points)}
                </td>
              ))}
              <td className="num total">{total(row.total)}</td>
              <td className="num">{row.priceText}</td>
              <td>
                {row.flags.length === 0 ? (
                  fr.evaluation.page.noneFlag
                ) : (
                  <ul className="flags">
                    {row.flags.map((flag) => (
                      <li key={flag.kind}>{fr.evaluation.flagShort[flag.kind]}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
