/** The context: its narrative, then the territory's figures (with year and source). */
import type { Programme } from '../../../schemas/index';
import { formatBounded, formatGivenPercent, formatMoney, formatNumber, formatSources } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { markdown, section } from '../build';
import type { Block } from '../model';
import { sourcedSection, type SheetSection } from './section';

type Figure = NonNullable<Programme['territory']['figures']>[number];

function figureValue(figure: Figure): string {
  const value = figure.unit === 'percent' ? formatGivenPercent(figure.value) : figure.unit === 'euros' ? formatMoney(Math.round(figure.value * 100)) : formatNumber(figure.value);
  // « plus de 25 % » stays a bound, never the figure 25 %.
  return formatBounded(figure.bound, value);
}

export function contextSection(p: Programme): SheetSection | undefined {
  const c = fr.sheet.context;
  const figures = p.territory.figures ?? [];
  const blocks: Block[] = [...markdown(p.context)];
  if (figures.length) {
    blocks.push(
      section(c.figures, [
        {
          type: 'figures',
          items: figures.map((f) => {
            const detail = [f.year !== undefined ? c.figureYear(f.year) : undefined, f.source ? formatSources(f.source, p.sources ?? []) : undefined].filter(Boolean);
            return { value: figureValue(f), label: f.label, ...(detail.length && { detail: detail.join(', ') }) };
          }),
        },
      ]),
    );
  }
  return blocks.length ? sourcedSection(p, 'context', blocks) : undefined;
}
