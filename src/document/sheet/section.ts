/**
 * A section of the sheet: its key (`results`), the anchor of its URL (`resultats`) and its heading,
 * all from the dictionary; and, closing it, the sources its facts cite.
 */
import type { Programme } from '../../../schemas/index';
import { fr } from '../../i18n/fr';
import { note } from '../build';
import type { Block, SectionBlock } from '../model';
import { sourcesLine } from './text';

export type SectionKey = keyof typeof fr.sheet.headings;

export interface SheetSection extends SectionBlock {
  id: string;
  key: SectionKey;
}

export function sheetSection(key: SectionKey, blocks: Block[]): SheetSection {
  return { type: 'section', key, id: fr.sheet.anchors[key], title: fr.sheet.headings[key], blocks };
}

/** The source ids cited anywhere in some parts of a programme (`source: […]` at any depth), in order. */
export function citedSources(...parts: unknown[]): string[] {
  const ids: string[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      if (key === 'source' && value.every((v) => typeof v === 'string')) {
        for (const id of value as string[]) if (!ids.includes(id)) ids.push(id);
        return;
      }
      return value.forEach((item) => visit(item));
    }
    for (const [k, v] of Object.entries(value)) if (k !== 'mdast') visit(v, k);
  };
  parts.forEach((part) => visit(part));
  return ids;
}

/** A section closed by the line of the sources its parts cite (none when they cite none). */
export function sourcedSection(p: Programme, key: SectionKey, blocks: Block[], ...parts: unknown[]): SheetSection {
  const line = sourcesLine(p, citedSources(...parts));
  return sheetSection(key, line ? [...blocks, note(line)] : blocks);
}
