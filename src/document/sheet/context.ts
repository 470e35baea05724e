/** The context: its narrative, then the territory's figures (with year and source). */
import type { Programme } from '../../../schemas/index';
import { formatSources, formatTerritoryFigure } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { markdown, section } from '../build';
import type { Block } from '../model';
import { sourcedSection, type SheetSection } from './section';


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
            return { value: formatTerritoryFigure(f), label: f.label, ...(detail.length && { detail: detail.join(', ') }) };
          }),
        },
      ]),
    );
  }
  return blocks.length ? sourcedSection(p, 'context', blocks) : undefined;
}
