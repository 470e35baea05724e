/** The indicators: definition, target, actual value (with its denominator) and how it is computed. */
import type { Programme } from '../../../schemas/index';
import { formatNumber, formatPercent, formatRate } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { orMissing, table, text } from '../build';
import { sheetSection, type SheetSection } from './section';

type Indicator = NonNullable<Programme['indicators']>[number];
type Unit = Indicator['unit'];

const one = (n: number, unit: Unit) =>
  unit === 'percent' ? formatPercent(n, 1) : unit === 'count' ? formatNumber(n) : `${formatNumber(n)} ${fr.vocab.indicatorUnit[unit]}`;

/** `80 % et plus`, `50 % à 60 %`, `12 à 15 personnes`. */
export function indicatorTarget(range: NonNullable<Indicator['target']>, unit: Unit): string {
  const { min, max } = range;
  if (min !== undefined && max !== undefined) {
    if (min === max) return one(min, unit);
    return unit === 'percent' || unit === 'count'
      ? fr.format.range(one(min, unit), one(max, unit))
      : `${fr.format.range(formatNumber(min), formatNumber(max))} ${fr.vocab.indicatorUnit[unit]}`;
  }
  return min !== undefined ? fr.format.rangeOpenMin(one(min, unit)) : fr.format.rangeOpenMax(one(max!, unit));
}

export function indicatorsSection(p: Programme): SheetSection | undefined {
  const indicators = p.indicators ?? [];
  if (indicators.length === 0) return undefined;
  const c = fr.sheet.indicators.columns;
  return sheetSection('indicators', [
    table(
      fr.sheet.indicators.caption,
      [{ label: c.label, rowHeader: true }, { label: c.definition }, { label: c.target, align: 'end' }, { label: c.actual, align: 'end' }, { label: c.computation }],
      indicators.map((i) => [
        text(i.label),
        orMissing(i.definition),
        orMissing(i.target && indicatorTarget(i.target, i.unit)),
        orMissing(i.actual === undefined ? undefined : i.denominator !== undefined ? formatRate(i.actual, i.denominator) : one(i.actual, i.unit)),
        orMissing(i.computation),
      ]),
    ),
  ]);
}
