/**
 * Step 2 of the pipeline for a whole document: its cover (a page of its own), its table of
 * contents and its sections, as measured items, and the structure tree of the tagged PDF.
 */
import type { Document } from '../../document/model';
import type { FontSet } from '../fonts';
import type { DrawOp, LaidDocument, LaidItem } from '../model';
import { breakLines } from '../text';
import { contentWidth, theme } from '../theme';
import { factsItems, sectionItems } from './blocks';
import { baseline, headingItem, lineHeight, lineOps, textItems, type Frame } from './lines';
import { structure } from './structure';

/** The cover page's items (drawn on a page without header or footer). */
function coverItems(doc: Document, frame: Frame): LaidItem[] {
  const { cover } = doc;
  const { tags } = frame;
  const items: LaidItem[] = [{ height: 90, spaceBefore: 0, ops: [] }];
  if (cover.kicker) items.push(...textItems([{ text: cover.kicker, bold: true }], frame, theme.size.body, theme.color.primary, 0, tags.add(frame.parent, 'P').id));
  const title = tags.add(frame.parent, 'H1').id;
  const lines = breakLines([{ text: cover.title, bold: true }], frame.fonts, theme.size.cover, frame.width);
  const th = lineHeight(theme.size.cover);
  items.push({ height: lines.length * th, spaceBefore: 10, ops: lines.flatMap((line, k) => lineOps(line, frame.x, k * th, theme.size.cover, theme.color.text, title)) });
  if (cover.subtitle) items.push(...textItems([{ text: cover.subtitle }], frame, theme.size.coverSub, theme.color.muted, 10, tags.add(frame.parent, 'P').id));
  items.push({ height: 4, spaceBefore: 18, ops: [{ op: 'rect', x: frame.x, y: 0, w: 80, h: 4, fill: theme.color.primary }] });
  items.push(...factsItems(cover.facts, frame));
  if (cover.note) items.push(...textItems([{ text: cover.note, italic: true }], frame, theme.size.small, theme.color.muted, 24, tags.add(frame.parent, 'P').id));
  return items;
}

/** The table of contents: one entry per section, its page number resolved when drawing. */
function tocItems(doc: Document, title: string, frame: Frame): LaidItem[] {
  const { tags } = frame;
  const size = theme.size.body;
  const h = lineHeight(size) + 3;
  const numberWidth = 36;
  const toc = tags.add(frame.parent, 'TOC');
  const items: LaidItem[] = [{ ...headingItem(title, 1, frame), spaceBefore: 0 }];
  doc.sections.forEach((section, i) => {
    const entry = tags.add(toc, 'TOCI').id;
    const lines = breakLines([{ text: `${i + 1}. ${section.title}` }], frame.fonts, size, frame.width - numberWidth - 12);
    const ops: DrawOp[] = lines.flatMap((line, k) => lineOps(line, frame.x, k * h, size, theme.color.text, entry));
    const lastTop = (lines.length - 1) * h;
    // Dotted leader from the end of the title to the page number.
    for (let x = lines[lines.length - 1].width + 6; x < frame.width - numberWidth; x += 4) ops.push({ op: 'rect', x, y: lastTop + baseline(size) - 0.8, w: 0.8, h: 0.8, fill: theme.color.muted });
    ops.push({ op: 'pageRef', x: frame.width, y: lastTop + baseline(size), section: section.id, font: 'regular', size, color: theme.color.text, align: 'right', tag: entry });
    ops.push({ op: 'goto', x: 0, y: 0, w: frame.width, h: lines.length * h, section: section.id });
    items.push({ height: lines.length * h, spaceBefore: i === 0 ? theme.space.block : 0, ops });
  });
  return items;
}

export function layoutDocument(doc: Document, fonts: FontSet): LaidDocument {
  const tags = structure();
  const frame: Frame = { fonts, tags, parent: tags.root, x: 0, width: contentWidth, depth: 0 };
  const cover = coverItems(doc, frame);
  const toc = doc.toc ? tocItems(doc, doc.toc, frame) : [];
  const body = doc.sections.flatMap((section, i) => {
    const items = sectionItems(section, frame);
    // With a table of contents, the first section starts on the page after it.
    if (i === 0 && doc.toc) items[0] = { ...items[0], breakBefore: true };
    return items;
  });
  return { cover, toc, body, structure: tags.root };
}
