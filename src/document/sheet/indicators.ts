/**
 * The indicators: definition, target (with its horizon and source) and value reached (with its
 * date, and its denominator for a rate: never the target), and how it is computed.
 */
import type { Programme } from '../../../schemas/index';
import type { Count } from '../../domain/counts';
import { formatCount, formatRate } from '../../domain/format';
import { NBSP, NNBSP } from '../../i18n/typography';
import { fr } from '../../i18n/fr';
import { orMissing, table, text } from '../build';
import { sourcedSection, type SheetSection } from './section';
import { sourcesOf } from './text';

type Indicator = NonNullable<Programme['indicators']>[number];
type Unit = Indicator['unit'];

/** `plus de 80 %`, `50 à 60`, `12 à 15 personnes`, `10 000 personnes d'ici fin 2020`. */
export function indicatorValue(value: Count, unit: Unit): string {
  if (unit === 'percent') return formatCount({ ...value, unit: 'items' }, { noun: ['%', '%'] }).replace(`${NBSP}%`, `${NNBSP}%`);
  if (unit === 'count') return formatCount({ ...value, unit: 'items' });
  const word = fr.vocab.indicatorUnit[unit];
  return formatCount({ ...value, unit: 'items' }, { noun: [word, word] });
}

export function indicatorsSection(p: Programme): SheetSection | undefined {
  const indicators = p.indicators ?? [];
  if (indicators.length === 0) return undefined;
  const c = fr.sheet.indicators.columns;
  const withSource = (v: Count | undefined, s: string | undefined) => {
    const source = v && sourcesOf(p, v.source);
    return s && source ? `${s} (${source})` : s;
  };
  return sourcedSection(
    p,
    'indicators',
    [
      table(
        fr.sheet.indicators.caption,
        [{ label: c.label, rowHeader: true }, { label: c.definition }, { label: c.target, align: 'end' }, { label: c.actual, align: 'end' }, { label: c.computation }],
        indicators.map((i) => [
          text(i.label),
          orMissing(i.definition),
          orMissing(withSource(i.target, i.target && indicatorValue(i.target, i.unit))),
          orMissing(withSource(i.actual, i.actual && (i.denominator !== undefined && i.actual.min === i.actual.max && i.actual.precision === 'exact' && !i.actual.bound ? formatRate(i.actual.min!, i.denominator) : indicatorValue(i.actual, i.unit)))),
          orMissing(i.computation),
        ]),
      ),
    ],
    indicators,
  );
}
