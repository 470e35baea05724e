/**
 * A stacked bar chart of weighted points: one bar per offer, one segment per criterion. SVG drawn
 * on the server for the published result and in the what-if panel for the simulation.
 *
 * Never colour alone: each criterion has its own pattern, the legend names it, the segments carry
 * their points, and the SVG's description reads every figure out.
 */
import { fr } from '../../i18n/fr';
import { formatNumber } from '../../domain/format';
import type { ScoringView } from '../../domain/scoring-view';

interface Props {
  view: Pick<ScoringView, 'rows' | 'columns' | 'maxTotal' | 'maxTotalText'>;
  title: string;
  /** Unique per page: ids of the title, description and patterns. */
  idPrefix: string;
}

const COLOURS = ['#0b4f8a', '#a34700', '#1e6b34', '#6b3fa0', '#7a5c00', '#8a1c4a'];
const WIDTH = 760;
const LEFT = 8;
const BAR_END = 680;
const ROW = 62;
const BAR = 26;
const TOP = 8;
const AXIS = 30;

function Pattern({ id, index }: { id: string; index: number }) {
  const colour = COLOURS[index % COLOURS.length];
  const light = 'rgba(255,255,255,0.38)';
  const kind = index % 6;
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={colour} />
      {kind === 1 && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={light} strokeWidth="2" />}
      {kind === 2 && <circle cx="4" cy="4" r="1.6" fill={light} />}
      {kind === 3 && <path d="M0,4 h8" stroke={light} strokeWidth="2" />}
      {kind === 4 && <path d="M4,0 v8" stroke={light} strokeWidth="2" />}
      {kind === 5 && <path d="M0,0 l8,8 M8,0 l-8,8" stroke={light} strokeWidth="1.5" />}
    </pattern>
  );
}

export function ScoreChart({ view, title, idPrefix }: Props) {
  const p = fr.evaluation.page;
  const scale = (points: number) => (view.maxTotal > 0 ? (points / view.maxTotal) * (BAR_END - LEFT) : 0);
  const height = TOP + view.rows.length * ROW + AXIS;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * view.maxTotal);
  const desc = p.chartDesc(
    view.rows.map((row) =>
      p.chartLine(
        row.status === 'ranked' ? row.name : `${row.name} ${p.chartInfo}`,
        view.columns.map((c, j) => p.chartPart(c.name, row.cells[j].pointsText)),
        row.totalText,
      ),
    ),
  );
  return (
    <figure className="score-chart">
      <figcaption id={`${idPrefix}-titre`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${idPrefix}-titre ${idPrefix}-desc`} preserveAspectRatio="xMinYMin meet">
        <desc id={`${idPrefix}-desc`}>{desc}</desc>
        <defs>
          {view.columns.map((c, j) => (
            <Pattern key={c.id} id={`${idPrefix}-motif-${j}`} index={j} />
          ))}
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT + scale(tick)} x2={LEFT + scale(tick)} y1={TOP} y2={height - AXIS + 4} stroke="#c9ced6" strokeWidth="1" />
            <text x={LEFT + scale(tick)} y={height - 10} textAnchor={tick === 0 ? 'start' : 'middle'} fontSize="13" fill="#4a4a57">
              {formatNumber(tick, 1)}
            </text>
          </g>
        ))}
        {view.rows.map((row, i) => {
          const y = TOP + i * ROW;
          let x = LEFT;
          return (
            <g key={row.id}>
              <text x={LEFT} y={y + 16} fontSize="15" fontWeight="600" fill="#1b1b1f" stroke="#ffffff" strokeWidth="4" paintOrder="stroke">
                {row.status === 'ranked' ? `${row.rankText} · ${row.name}` : `${row.rankText} · ${row.name} ${p.chartInfo}`}
              </text>
              {row.cells.map((cell, j) => {
                const w = scale(cell.points);
                const segment = (
                  <g key={cell.criterion}>
                    <rect x={x} y={y + 24} width={Math.max(0, w)} height={BAR} fill={`url(#${idPrefix}-motif-${j})`} stroke="#ffffff" strokeWidth="1.5" />
                    {w > 40 && (
                      <text
                        x={x + w / 2}
                        y={y + 24 + BAR / 2 + 5}
                        textAnchor="middle"
                        fontSize="14"
                        fontWeight="600"
                        fill="#ffffff"
                        stroke={COLOURS[j % COLOURS.length]}
                        strokeWidth="3"
                        paintOrder="stroke"
                      >
                        {cell.pointsText}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return segment;
              })}
              {row.status !== 'ranked' && (
                <rect x={LEFT} y={y + 22} width={Math.max(0, x - LEFT)} height={BAR + 4} fill="none" stroke="#1b1b1f" strokeWidth="1.5" strokeDasharray="5 4" />
              )}
              <text x={x + 8} y={y + 24 + BAR / 2 + 5} fontSize="15" fontWeight="700" fill="#1b1b1f" stroke="#ffffff" strokeWidth="4" paintOrder="stroke">
                {row.totalText}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {view.columns.map((c, j) => (
          <li key={c.id}>
            <svg width="28" height="16" aria-hidden="true" focusable="false">
              <rect width="28" height="16" fill={`url(#${idPrefix}-motif-${j})`} />
            </svg>
            {c.header}
          </li>
        ))}
      </ul>
    </figure>
  );
}
