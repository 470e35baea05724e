/**
 * Validation hints never push an author to invent: for a fact a source may not give, the hint
 * proposes leaving the field out, or names the place where what the source says belongs.
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';

/** Leaving the field out, or the place where the fact belongs. */
const LEAVE_OR_PLACE = /retirez|laissez|reste absent|restera|va dans|mettez .* dans|gardez .* (dans|tels)|écrivez-la dans|dans description|dans area|dans indicators/i;
/** Words that would have an author make a value up. */
const INVENTING = /inventez|estimez|devinez|mettez 0|écrivez 0|par exemple \d|arrondissez/i;

const s = fr.schema;
const f = fr.facts;

// Every hint about a fact a real source may not give, or may give vaguely.
const hints: Array<[string, string]> = [
  ['intervalle illisible', s.range.hint],
  ['intervalle à deux bornes', s.rangeClosedHint],
  ['durée illisible', s.duration.hint],
  ['intervalle de durées', s.durationRange.hint],
  ['date illisible', f.date.hint],
  ['qualificatif de date', f.date.qualifierPrecisionHint],
  ['dates en désaccord', f.date.readingWithoutSourceHint],
  ['période vide', f.period.emptyHint],
  ['période en cours', f.period.hint],
  ['part illisible', s.share.hint],
  ['montant illisible', s.amount.hint],
  ['département inconnu', s.departement.hint],
  ['compte illisible', f.count.hint],
  ['compte entier', f.count.wholeHint],
  ['âge illisible', f.age.hint],
  ['aucun ou inconnu', f.known.hint],
  ['lignes du budget', s.budgetSumHint],
  ['financements au-delà du total', s.fundersOverHint],
  ['part d’un financeur', f.budget.shareContradictsHint],
  ['budget de toute l’action daté', f.budget.wholeWithDateHint],
  ['résultat sans chiffre', s.resultNeedsValueHint],
  ['dénominateur trop petit', s.resultOverHint],
  ['cible comme résultat', f.result.targetAsResultHint],
  ['dénominateur cible', f.warnings.targetDenominatorHint],
  ['groupe inconnu', s.unknownCohortHint],
  ['site inconnu', f.site.unknownHint],
  ['région sans département', f.territory.regionWithoutDepartementHint],
  ['région d’avant 2016', f.territory.formerRegionHint('Rhône-Alpes', 'Auvergne-Rhône-Alpes')],
  ['champ à compléter', fr.diagnostics.placeholderHint],
];

describe('hints about a fact the source may not give', () => {
  it.each(hints)('%s: proposes leaving it out or where it belongs', (_name, hint) => {
    expect(hint).toMatch(LEAVE_OR_PLACE);
    expect(hint).not.toMatch(INVENTING);
  });
});
