/**
 * What tests compare a call's file with its page: every text the file holds (as its schema gives
 * it), and texts with their spaces and apostrophes as a reader compares them.
 */
import { plainText } from '../../src/markdown/parse';

/** Spaces and apostrophes as a reader compares them. */
export const plain = (text: string) => text.replace(/[\u00A0\u202F\s]+/g, ' ').replace(/’/g, "'").trim();

/** Keys whose values are codes (shown as their French label), references or ISO dates (shown formatted); `from` and `to` of `within` are days shown as « 1er septembre » (call.test.ts checks them). */
const codes = new Set(['id', 'kind', 'unit', 'status', 'weighting', 'type', 'on', 'format', 'scheme', 'from', 'period', 'days', 'mode', 'consortium', 'bid', 'lotDesignation', 'basis', 'gender', 'measure', 'workshopKind', 'themes', 'callOffs', 'awardees', 'parts', 'includes', 'currency', 'check', 'until', 'share', 'code', 'state', 'source', 'weightingSource', 'section', 'precision', 'qualifier', 'approx', 'fund', 'bound', 'tender', 'relation', 'field', 'rank', 'to']);
const isoDate = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/;

/** Every text a parsed file holds, as the schema gives it (French typography applied). */
export function texts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return codes.has(key) || isoDate.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, key));
  if (value && typeof value === 'object') {
    if ('mdast' in value) return [plainText((value as { mdast: Parameters<typeof plainText>[0] }).mdast)];
    return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  }
  return [];
}
