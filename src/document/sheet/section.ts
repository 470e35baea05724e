/**
 * A section of the sheet: its key (`results`), the anchor of its URL (`resultats`) and its heading,
 * all from the dictionary.
 */
import { fr } from '../../i18n/fr';
import type { Block, SectionBlock } from '../model';

export type SectionKey = keyof typeof fr.sheet.headings;

export interface SheetSection extends SectionBlock {
  id: string;
  key: SectionKey;
}

export function sheetSection(key: SectionKey, blocks: Block[]): SheetSection {
  return { type: 'section', key, id: fr.sheet.anchors[key], title: fr.sheet.headings[key], blocks };
}
