/**
 * Warnings about a programme that validates: what a source may well say, but that a reader must
 * not misread. They never stop the build and never change a figure.
 *
 * - A result whose denominator is a target (« 111 jeunes sur une cible de 210 »): no rate is
 *   computed from it.
 * - A percentage the source gives that does not match its own counts (« 74 % » beside 111 of
 *   210): both are shown, neither is recomputed.
 * - An indicator whose denominator is its own target.
 */
import type { Programme } from '../../schemas/index';
import { fr } from '../i18n/fr';
import { formatCount } from './format';
import { resultMetrics } from './people';

export interface ProgrammeWarning {
  path: Array<string | number>;
  rule: string;
  message: string;
  hint: string;
}

export function programmeWarnings(p: Programme): ProgrammeWarning[] {
  const w = fr.facts.warnings;
  const out: ProgrammeWarning[] = [];
  (p.results?.quantitative ?? []).forEach((r, i) => {
    const m = resultMetrics(r, p.results?.asOf);
    if (m.withheld === 'target' && r.of) out.push({ path: ['results', 'quantitative', i, 'of'], rule: 'resultat/denominateur-cible', message: w.targetDenominator(formatCount(r.of, { bare: true })), hint: w.targetDenominatorHint });
    if (m.inconsistent && r.percent && r.count && r.of)
      out.push({ path: ['results', 'quantitative', i, 'percent'], rule: 'resultat/incoherent', message: w.inconsistent(formatCount(r.count, { bare: true }), formatCount(r.of, { bare: true })), hint: w.inconsistentHint });
  });
  (p.indicators ?? []).forEach((ind, i) => {
    const t = ind.target;
    if (ind.denominator !== undefined && t && t.min === t.max && t.min === ind.denominator)
      out.push({ path: ['indicators', i, 'denominator'], rule: 'indicateur/denominateur-cible', message: w.indicatorTargetDenominator(ind.denominator), hint: w.targetDenominatorHint });
  });
  return out;
}
