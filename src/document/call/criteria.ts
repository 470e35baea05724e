/**
 * A call's award criteria as the call page and the evaluation report show them: weighted, ranked
 * or listed criteria with their descriptions and sub-criteria, or what is known of criteria that
 * are not provided. A weight is shown only where the call gives one: never « rang 1 » for an
 * unranked list.
 */
import type { AwardCriteria, Criterion } from '../../../schemas/award-criteria';
import type { Tender } from '../../../schemas/index';
import { formatNumber } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { list, missingParagraph, note, paragraph, table, text } from '../build';
import type { Block, Column, Runs } from '../model';
import { sourceRuns, textWithSource } from './source';

function weightOf(weight: number | undefined, award: Extract<AwardCriteria, { status: 'stated' }>, inColumn = false): string {
  if (weight === undefined || award.weighting === 'unweighted' || award.weighting === 'unknown') return '—';
  // Under the « Rang » column, the rank alone.
  if (award.weighting === 'order' && inColumn) return formatNumber(weight);
  return fr.site.weight(formatNumber(weight), award.weighting);
}

function hasDetail(k: Criterion): boolean {
  return Boolean(k.description) || (k.subcriteria ?? []).length > 0;
}

/** A criterion's description and sub-criteria (with their weights where the call gives them). */
function detailCell(k: Criterion, award: Extract<AwardCriteria, { status: 'stated' }>, t: Tender): Runs {
  const c = fr.tender.page;
  const parts: string[] = [];
  if (k.description) parts.push(k.description);
  const subs = k.subcriteria ?? [];
  if (subs.length) {
    const weighted = award.weighting !== 'unweighted' && award.weighting !== 'unknown' && subs.some((s) => s.weight !== undefined);
    const items = subs.map((s) => {
      const bits = [s.name, weighted && s.weight !== undefined ? `(${weightOf(s.weight, award)})` : undefined, s.description ? `: ${s.description}` : undefined].filter(Boolean);
      return textWithSource(bits.join(' '), s.source, t);
    });
    parts.push(c.subcriteria(items));
  }
  return parts.length ? [{ text: parts.join(' — ') }] : text('—');
}

/** The criteria of a call or a lot, or why they are not shown. */
export function criteriaBlocks(award: AwardCriteria | undefined, t: Tender): Block[] {
  const c = fr.tender.page;
  if (!award) return [missingParagraph()];
  const provenance = [...sourceRuns(award.source, t, c.criteriaWord), ...sourceRuns(award.weightingSource, t, c.weightingWord)];
  if (award.status === 'not-provided') return [paragraph([{ text: award.document ? c.criteriaInDocument(award.document) : c.criteriaNotProvided }, ...provenance]), ...(award.note ? [note(award.note)] : [])];
  if (award.status === 'unknown') return [paragraph([{ text: c.criteriaUnknown }, ...provenance]), ...(award.note ? [note(award.note)] : [])];
  const e = fr.evaluationPdf.call;
  const ranked = award.weighting === 'order';
  const weighted = award.weighting === 'percentage' || award.weighting === 'points';
  const detailed = award.criteria.some(hasDetail);
  const columns: Column[] = [{ label: e.criterion, width: detailed ? 2 : 4, rowHeader: true }];
  // The weight beside the name, the details last: on a narrow screen the table scrolls.
  if (award.criteria.some((k) => k.type)) columns.push({ label: e.type, width: 1.4 });
  if (weighted || ranked) columns.push({ label: ranked ? c.rank : e.weight, width: 1.4, align: 'end' });
  if (detailed) columns.push({ label: c.criterionDetail, width: 3.4 });
  const rows = award.criteria.map((k) => {
    const row: Runs[] = [[{ text: k.name }, ...sourceRuns(k.source, t)]];
    if (award.criteria.some((x) => x.type)) row.push(k.type ? text(fr.vocab.criterionType[k.type]) : text('—'));
    if (weighted || ranked) row.push(text(weightOf(k.weight, award, true)));
    if (detailed) row.push(detailCell(k, award, t));
    return row;
  });
  const blocks: Block[] = [paragraph([{ text: c.weighting[award.weighting](award.pointsTotal !== undefined ? formatNumber(award.pointsTotal) : '') }, ...provenance])];
  blocks.push({ ...table(undefined, columns, rows), id: 'criteres-attribution' });
  const notes = [award.partial && c.criteriaPartial, award.orderJustification && c.orderJustification(award.orderJustification), award.note].filter((x): x is string => typeof x === 'string');
  if (notes.length) blocks.push(list(notes));
  return blocks;
}
