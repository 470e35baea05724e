/**
 * The what-if settings (weights, price method, changed marks) and their share link.
 *
 * The link keeps only what differs from the published evaluation, in a readable query string:
 * `?poids=valeur-technique:30,prix:70&methode=lineaire&notes=elan-dijon-2022.valeur-technique:8`.
 * Ids are lowercase letters, digits and hyphens, so `:`, `,` and `.` never clash with them.
 * Whatever the link says is checked: unknown ids (and inherited names such as `__proto__`) are
 * ignored, a mark outside the scale is refused (never brought back into it in silence: the panel
 * says so, a link's out-of-range mark is left out) and weights are brought back to the call's total.
 *
 * Pure: the island reads and writes `location` itself.
 */
import { markableItems, rebalanceWeights, type PriceMethod, type ScoringInput } from '../../domain/scoring';

export interface WhatIfSettings {
  /** Every criterion's weight. */
  weights: Record<string, number>;
  method: PriceMethod;
  /** Every offer's marks, by item. */
  marks: Record<string, Record<string, number>>;
}

const METHOD_PARAM: Record<PriceMethod, string> = { proportional: 'proportionnelle', linear: 'lineaire' };
const EPSILON = 1e-9;

export function publishedSettings(input: ScoringInput): WhatIfSettings {
  return {
    weights: Object.fromEntries(input.criteria.map((c) => [c.id, c.weight])),
    method: input.priceMethod,
    marks: Object.fromEntries(input.offers.map((o) => [o.id, { ...o.marks }])),
  };
}

/** The engine's input with the settings applied. */
export function applySettings(input: ScoringInput, settings: WhatIfSettings): ScoringInput {
  return {
    ...input,
    priceMethod: settings.method,
    criteria: input.criteria.map((c) => ({ ...c, weight: settings.weights[c.id] ?? c.weight })),
    offers: input.offers.map((o) => ({ ...o, marks: { ...o.marks, ...settings.marks[o.id] } })),
  };
}

/** Sets one weight, the others keeping their proportions (see rebalanceWeights). */
export function withWeight(input: ScoringInput, settings: WhatIfSettings, id: string, value: number): WhatIfSettings {
  const current = input.criteria.map((c) => ({ id: c.id, weight: settings.weights[c.id] }));
  const published = Object.fromEntries(input.criteria.map((c) => [c.id, c.weight]));
  const next = rebalanceWeights(current, id, value, published);
  return { ...settings, weights: Object.fromEntries(next.map((c) => [c.id, c.weight])) };
}

/** Whether a mark is on the evaluation's scale (a mark outside it is refused, never clamped). */
export function markInScale(input: ScoringInput, value: number): boolean {
  return Number.isFinite(value) && value >= input.scale.min && value <= input.scale.max;
}

/** Whether a weight can be given to one criterion (between 0 and the call's total). */
export function weightInRange(input: ScoringInput, value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= input.criteria.reduce((a, c) => a + c.weight, 0) + 1e-9;
}

/** The settings with one mark changed; a mark outside the scale leaves them as they are. */
export function withMark(input: ScoringInput, settings: WhatIfSettings, offer: string, item: string, value: number): WhatIfSettings {
  if (!markInScale(input, value)) return settings;
  return { ...settings, marks: { ...settings.marks, [offer]: { ...settings.marks[offer], [item]: value } } };
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);
const same = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-6;

function changedWeights(input: ScoringInput, settings: WhatIfSettings): boolean {
  return input.criteria.some((c) => !same(settings.weights[c.id], c.weight));
}

function changedMarks(input: ScoringInput, settings: WhatIfSettings): Array<[string, string, number]> {
  const items = markableItems(input.criteria);
  return input.offers.flatMap((o) =>
    items.flatMap((item): Array<[string, string, number]> => {
      const mark = settings.marks[o.id]?.[item.id];
      return mark !== undefined && !same(mark, o.marks[item.id]) ? [[o.id, item.id, mark]] : [];
    }),
  );
}

/** How many settings differ from the published evaluation (the weights count as one). */
export function changedCount(input: ScoringInput, settings: WhatIfSettings): number {
  return (changedWeights(input, settings) ? 1 : 0) + (settings.method !== input.priceMethod ? 1 : 0) + changedMarks(input, settings).length;
}

/** The query string (without `?`) for the settings; empty when they are the published ones. */
export function encodeSettings(input: ScoringInput, settings: WhatIfSettings): string {
  const parts: string[] = [];
  if (changedWeights(input, settings)) parts.push(`poids=${input.criteria.map((c) => `${c.id}:${num(settings.weights[c.id])}`).join(',')}`);
  if (settings.method !== input.priceMethod) parts.push(`methode=${METHOD_PARAM[settings.method]}`);
  const marks = changedMarks(input, settings);
  if (marks.length > 0) parts.push(`notes=${marks.map(([offer, item, mark]) => `${offer}.${item}:${num(mark)}`).join(',')}`);
  return parts.join('&');
}

function pairs(value: string | null): Array<[string, number]> {
  if (!value) return [];
  return value.split(',').flatMap((pair): Array<[string, number]> => {
    const at = pair.lastIndexOf(':');
    if (at <= 0) return [];
    const n = Number(pair.slice(at + 1));
    return Number.isFinite(n) ? [[pair.slice(0, at), n]] : [];
  });
}

/** The settings a query string asks for, checked against the input. */
export function decodeSettings(query: string, input: ScoringInput): WhatIfSettings {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const settings = publishedSettings(input);

  const total = input.criteria.reduce((a, c) => a + c.weight, 0);
  // Own ids only (never `__proto__` or `constructor`); weights so large that they add up to
  // infinity (`1e308,1e308`) say nothing usable and are ignored as a whole.
  const asked = new Map(pairs(params.get('poids')).filter(([id, w]) => w >= 0 && Object.hasOwn(settings.weights, id)));
  const askedSum = [...asked.values()].reduce((a, b) => a + b, 0);
  if (asked.size > 0 && Number.isFinite(askedSum) && Number.isFinite(askedSum + total)) {
    const missing = input.criteria.filter((c) => !asked.has(c.id));
    const missingSum = missing.reduce((a, c) => a + c.weight, 0);
    let weights: Record<string, number>;
    if (missing.length > 0 && askedSum <= total) {
      // The weights the link gives are kept; the others share the rest, as in the panel.
      const rest = total - askedSum;
      weights = Object.fromEntries(
        input.criteria.map((c) => [c.id, asked.get(c.id) ?? (missingSum > EPSILON ? (rest * c.weight) / missingSum : rest / missing.length)]),
      );
    } else {
      // Weights that do not add up to the call's total are scaled to it.
      const given = Object.fromEntries(input.criteria.map((c) => [c.id, asked.get(c.id) ?? c.weight]));
      const sum = Object.values(given).reduce((a, b) => a + b, 0);
      // (w / sum first: a huge weight times the total would overflow.)
      const scaled = (w: number) => (Math.abs(sum - total) <= EPSILON ? w : (w / sum) * total);
      weights = sum > EPSILON ? Object.fromEntries(Object.entries(given).map(([id, w]) => [id, scaled(w)])) : settings.weights;
    }
    settings.weights = weights;
  }

  const method = params.get('methode');
  const found = (Object.entries(METHOD_PARAM) as Array<[PriceMethod, string]>).find(([, name]) => name === method);
  if (found) settings.method = found[0];

  const items = new Set(markableItems(input.criteria).map((i) => i.id));
  let result = settings;
  for (const [key, mark] of pairs(params.get('notes'))) {
    const [offer, item] = key.split('.');
    if (!Object.hasOwn(settings.marks, offer) || !items.has(item)) continue;
    result = withMark(input, result, offer, item, mark);
  }
  return result;
}
