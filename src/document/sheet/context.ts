/** The context: its narrative, then the territory's figures (with year and source). */
import type { Programme } from '../../../schemas/index';
import { formatGivenPercent, formatMoney, formatNumber, formatSources } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { markdown, section } from '../build';
import type { Block } from '../model';
import { sourcedSection, type SheetSection } from './section';

type Figure = NonNullable<Programme['territory']['figures']>[number];

function figureValue(figure: Figure): string {
  switch (figure.unit) {
    case 'percent':
      return formatGivenPercent(figure.value);
    case 'euros':
      return formatMoney(Math.round(figure.value * 100));
    default:
      return formatNumber(figure.value);
  }
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
