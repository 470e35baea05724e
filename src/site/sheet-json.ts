/**
 * The open-data JSON of an experience sheet (`/experiences/<slug>.json`): the validated programme
 * and its computed metrics, with documented keys and a stable key order.
 *
 * - Keys are sorted alphabetically at every level of `programme` and `metrics` (as in RFC 8785),
 *   so the same content always gives the same bytes.
 * - Money stays in integer cents, with a formatted copy (`formatted: "7 900 €"`).
 * - Markdown fields are the Markdown source text.
 * - What the source does not give is absent; so is a computed figure whose inputs are missing.
 *
 * @example
 * JSON.stringify(sheetOpenData(entry, programmeMetrics(entry.data), 'https://example.org'), null, 2);
 */
import type { Programme } from '../../schemas/index';
import type { Entry } from '../domain/corpus';
import { formatMoney } from '../domain/format';
import type { ProgrammeMetrics } from '../domain/metrics';
import { fr } from '../i18n/fr';
import { formatMinutesSpan, formatMoneySpan, formatSpan } from '../domain/format';
import { lowerBound, resultValue } from '../document/sheet/text';
import { routes } from '../routes';
import { publicSource, sheetFileExtension, sheetFileName } from '../content/public-source';

export const OPEN_DATA_FORMAT = 'passerelle-fiche-experience/2';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const isMarkdown = (value: object): value is { source: string; mdast: unknown } =>
  'source' in value && 'mdast' in value && typeof (value as { source: unknown }).source === 'string';

const isMoney = (value: object): value is { cents: number; currency: string; basis?: 'HT' | 'TTC' } =>
  'cents' in value && 'currency' in value && typeof (value as { cents: unknown }).cents === 'number';

/**
 * A value as canonical JSON data: keys sorted, `undefined` dropped, Markdown as its source,
 * money with a formatted copy, numbers rounded to 4 decimals (no floating-point noise).
 */
export function canonical(value: unknown): Json | undefined {
  if (value === undefined || typeof value === 'function') return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1e4) / 1e4;
  if (Array.isArray(value)) return value.map((item) => canonical(item) ?? null);
  if (typeof value === 'object') {
    if (isMarkdown(value)) return value.source;
    const source = isMoney(value)
      ? { ...value, formatted: formatMoney(value.cents, value.basis ? { basis: value.basis } : {}) }
      : (value as Record<string, unknown>);
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(source).sort()) {
      const item = canonical(source[key]);
      if (item !== undefined) out[key] = item;
    }
    return out;
  }
  return String(value);
}

/** The metrics that may be published, with a formatted copy of each figure a person reads. */
export function metricsOpenData(m: ProgrammeMetrics): Json {
  const formatted: Record<string, string | undefined> = {
    participants: m.participants && formatSpan(m.participants),
    sessionsPerParticipant: m.sessionsPerParticipant && lowerBound(m.partial, m.sessionsPerParticipant, formatSpan),
    minutesPerParticipant: m.minutesPerParticipant && lowerBound(m.partial, m.minutesPerParticipant, formatMinutesSpan),
    facilitatorMinutes: m.facilitatorMinutes && lowerBound(m.facilitatorPartial, m.facilitatorMinutes, formatMinutesSpan),
    cost: m.costCents !== undefined ? formatMoney(m.costCents) : undefined,
    costPerParticipant: m.costPerParticipantCents && formatMoneySpan(m.costPerParticipantCents),
    costPerParticipantHour: m.costPerParticipantHourCents && formatMoneySpan(m.costPerParticipantHourCents),
    costPerFacilitatorHour: m.costPerFacilitatorHourCents && formatMoneySpan(m.costPerFacilitatorHourCents),
  };
  return canonical({
    ...m,
    results: m.results.map((result) => ({ ...result, formatted: resultValue(result) })),
    formatted,
  })!;
}

/**
 * The sheet's own file, without its comments, for whoever adapts the sheet in their Passerelle
 * (the editor's « Nouvelle réponse » and `import-sheet` read it from this JSON).
 */
function sourceFileOf(entry: Entry<Programme>): { sourceFile?: { name: string; text: string } } {
  const text = entry.source === undefined ? undefined : publicSource(entry.source, sheetFileExtension(entry));
  return text === undefined ? {} : { sourceFile: { name: sheetFileName(entry), text } };
}

export function sheetOpenData(entry: Entry<Programme>, metrics: ProgrammeMetrics, site: string | URL): Json {
  const doc = fr.sheet.openData;
  // The envelope's keys in reading order; below it, alphabetical order.
  return {
    format: OPEN_DATA_FORMAT,
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    url: new URL(routes.sheet(entry.id), site).href,
    pdf: new URL(routes.sheetPdf(entry.id), site).href,
    programme: canonical(entry.data)!,
    metrics: metricsOpenData(metrics),
    ...sourceFileOf(entry),
    documentation: {
      format: doc.format,
      keys: canonical(doc.keys)!,
      metrics: canonical(doc.metricsKeys)!,
    },
  };
}
