/** General and operational objectives, each a list under its own heading. */
import type { Programme } from '../../../schemas/index';
import { fr } from '../../i18n/fr';
import { list, missingParagraph, nonEmpty, section } from '../build';
import type { Block } from '../model';
import { sheetSection, type SheetSection } from './section';

export function objectivesSection(p: Programme): SheetSection {
  const o = p.objectives;
  const blocks: Block[] = [];
  if (nonEmpty(o?.general)) blocks.push(section(fr.sheet.objectives.general, [list(o.general)]));
  if (nonEmpty(o?.operational)) blocks.push(section(fr.sheet.objectives.operational, [list(o.operational)]));
  return sheetSection('objectives', blocks.length ? blocks : [missingParagraph()]);
}
