/**
 * `passerelle score <évaluation> [--json]`: scores and ranks the offers of an evaluation and
 * prints the ranking as a table (or, with --json, the engine's input, result and sensitivity;
 * amounts in cents).
 */
import type { Corpus } from '../domain/corpus';
import { lotName } from '../domain/call';
import { evaluationContext } from '../domain/evaluation-input';
import { evaluationReport } from '../domain/evaluation-report';
import { responsePagesOf } from '../pdf/build-fs';
import { scoreOffers } from '../domain/scoring';
import { scoringView, type ScoringView } from '../domain/scoring-view';
import { sensitivity } from '../domain/sensitivity';
import { fr } from '../i18n/fr';
import { corpusOrReport } from './corpus';
import type { Options } from './args';
import type { Io } from './main';

const width = (text: string) => [...text].length;

/** Aligned columns: text on the left, numbers on the right, two spaces between columns. */
export function table(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - width(cell));
        return right[i] ? pad + cell : i === cells.length - 1 ? cell : cell + pad;
      })
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function scoreTable(view: ScoringView, basis: string): string {
  const c = fr.evaluation.page.columns;
  const header = [c.rank, c.offer, ...view.columns.map((k) => k.header), view.totalHeader, c.price(basis)];
  const rows = view.rows.map((row) => [row.rankText, row.name, ...row.cells.map((cell) => cell.pointsText), row.totalText, row.priceText]);
  const right = [false, false, ...view.columns.map(() => true), true, true];
  return table(header, rows, right);
}

export function runScore(args: string[], options: Options, io: Io): number {
  const t = fr.evaluation.cli;
  const corpus = corpusOrReport(io);
  if (!corpus) return 1;
  const id = args[0];
  if (!id) {
    io.err(t.missingEvaluation(corpus.evaluations.map((e) => e.id)));
    return 1;
  }
  const context = evaluationContext(corpus, id, responsePagesOf(corpus));
  if (!context.ok) {
    io.err(context.error);
    return 1;
  }
  const { input, evaluation, tender, lot, unscored } = context.context;
  const title = evaluation.data.title ?? tender.data.title;
  const lotLine = lot ? [lotName(tender.data, lot)] : [];
  if (unscored) return printUnscored(corpus, id, title, lotLine, Boolean(options.json), io);
  const result = scoreOffers(input);
  const sens = sensitivity(input, result);
  if (options.json) {
    io.out(JSON.stringify({ evaluation: evaluation.id, tender: tender.id, ...(lot && { lot: lot.id }), input, result, sensitivity: sens }, null, 2));
    return 0;
  }
  const view = scoringView(input, result, sens);
  const lines = [
    title,
    ...lotLine,
    t.header(view.method.name, input.priceBasis, view.scaleText),
    '',
    scoreTable(view, input.priceBasis),
    '',
    view.rankingSentence,
  ];
  if (view.method.warning) lines.push(view.method.warning);
  const flagged = view.rows.filter((row) => row.flags.length > 0 || row.reason);
  if (flagged.length > 0) {
    lines.push('', t.flagsHeading);
    for (const row of flagged) {
      lines.push(`  ${t.offerFlags(row.name, row.flags.map((f) => f.text))}`);
      if (row.reason) lines.push(`    ${t.decision(row.reason)}`);
      else if (row.statusNote) lines.push(`    ${row.statusNote}`, ...(row.status === 'ranked' ? [`    ${t.noDecisionHint}`] : []));
    }
  }
  if (view.sensitivityLines.length > 0) lines.push('', t.sensitivityHeading, ...view.sensitivityLines.map((l) => `  ${l}`));
  io.out(lines.join('\n'));
  return 0;
}

/** An evaluation whose call cannot be scored by weights: why, what the committee records, and its record. */
function printUnscored(corpus: Corpus, id: string, title: string, lotLine: string[], json: boolean, io: Io): number {
  const built = evaluationReport(corpus, id, responsePagesOf(corpus));
  if (!built.ok || built.report.kind !== 'unscored') {
    io.err(built.ok ? fr.evaluation.cli.unknownEvaluation(id, []) : built.error);
    return 1;
  }
  const u = built.report.unscored;
  if (json) {
    io.out(JSON.stringify({ evaluation: id, tender: built.report.tender.id, ...(built.report.lot && { lot: built.report.lot.id }), unscored: u.reason, explanation: u.explanation, record: u.record, offers: u.rows }, null, 2));
    return 0;
  }
  const c = fr.evaluation.page.columns;
  const rows = u.rows.map((row) => [row.rankText, row.name, row.retained ? fr.tender.unscored.retained : '', ...(u.priced ? [row.priceText] : [])]);
  const head = [c.rank, c.offer, fr.tender.unscored.decisionColumn, ...(u.priced ? [c.price(built.report.input.priceBasis)] : [])];
  io.out([title, ...lotLine, '', u.explanation, u.record, '', table(head, rows, [false, false, false, true])].join('\n'));
  return 0;
}
