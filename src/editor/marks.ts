/**
 * What the evaluator's screen needs, from the content and the evaluation file as it is on disk
 * (even while it has errors): the items to mark (criteria and weighted sub-criteria of the call, or
 * of the lot evaluated), the scale, the offers by name, the requirements a committee's finding
 * names, and the scoring engine's input for the ranking (prices and compliance of each offer),
 * which the browser recomputes as marks are typed.
 *
 * Pure: the corpus and the file's data come in.
 */
import { EvaluationSchema, offerId } from '../../schemas/evaluation';
import { listedCriteria } from '../../schemas/award-criteria';
import { awardCriteriaFor, lotName, lotOf } from '../domain/call';
import { offerDisplayName, type Corpus } from '../domain/corpus';
import { requirementsFor, scoringCriteria } from '../domain/cross-checks';
import { evaluationContext } from '../domain/evaluation-input';
import { markableItems, type ScoringInput } from '../domain/scoring';
import type { Option } from './labels';
import { markdownHtml } from './markdown-html';

export interface MarksScreen {
  title: string;
  /** The evaluated lot's name, and its id (an evaluation of a call in lots is that of one lot). */
  lot?: string;
  lotId?: string;
  items: Array<{ id: string; name: string; criterion: string }>;
  scale: { min: number; max: number };
  /** Each offer of the file, in its order (its index in `offers`). */
  offers: Array<{ index: number; id: string; name: string; manual: boolean }>;
  requirements: Option[];
  lots: Option[];
  /** Absent while the file does not read as an evaluation (the ranking then waits). */
  input?: ScoringInput;
}

type Data = Record<string, unknown>;
const list = (v: unknown): Data[] => (Array.isArray(v) ? v.filter((x): x is Data => !!x && typeof x === 'object') : []);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function marksScreen(corpus: Corpus, id: string, data: Data): MarksScreen {
  const tender = corpus.tenders.find((t) => t.id === data.tender);
  const lotId = text(data.lot);
  const lot = tender ? lotOf(tender.data, lotId) : undefined;
  const scaleData = (data.scale ?? {}) as Data;
  const scale = { min: typeof scaleData.min === 'number' ? scaleData.min : 0, max: typeof scaleData.max === 'number' ? scaleData.max : 10 };
  // The marks are the browser's (it recomputes the ranking as they are typed): marks still to give,
  // as an imported offer brings them (« à compléter »), do not hold the ranking back.
  const parsed = EvaluationSchema().safeParse({ ...data, offers: list(data.offers).map((offer) => ({ ...offer, marks: [] })) });
  const built = parsed.success ? evaluationContext({ ...corpus, evaluations: [...corpus.evaluations.filter((e) => e.id !== id), { id, data: parsed.data } as Corpus['evaluations'][number]] }, id) : undefined;
  const input = built?.ok ? built.context.input : undefined;
  const names = new Map((input?.offers ?? []).map((o) => [o.id, o.name]));
  const offers = list(data.offers).map((offer, index) => {
    const manual = (offer.manual ?? undefined) as Data | undefined;
    const oid = offerId({ response: text(offer.response), ...(manual && { manual: { id: text(manual.id) ?? '' } }) });
    // While the file cannot be scored, the offer is still named as the messages beside it name it.
    const named = offerDisplayName({ response: text(offer.response), ...(manual && { manual: { provider: text(manual.provider) } }) }, corpus);
    return { index, id: oid, name: names.get(oid) ?? named ?? oid, manual: !!manual };
  });
  const items = tender ? markableItems(scoringCriteria(listedCriteria(awardCriteriaFor(tender.data, lot ? lotId : undefined)))) : [];
  return {
    title: text(data.title) ?? id,
    ...(tender && lot && { lot: lotName(tender.data, lot), lotId: lot.id }),
    items,
    scale,
    offers,
    requirements: tender ? requirementsFor(tender.data, lot ? lotId : undefined).map((r) => ({ value: r.id, label: r.label })) : [],
    lots: tender ? (tender.data.lots ?? []).map((l) => ({ value: l.id, label: lotName(tender.data, l) })) : [],
    ...(input && { input }),
  };
}

/**
 * Each justification of the file rendered as its Markdown reads (`markdown-html.ts`: escaped,
 * safe links only), by `offer index:criterion`, for the grid to show with the page.
 *
 * @example
 * justificationsHtml({ offers: [{ marks: [{ criterion: 'valeur-technique', justification: '**Solide**' }] }] })
 * // { '0:valeur-technique': '<p><strong>Solide</strong></p>' }
 */
export function justificationsHtml(data: Data): Record<string, string> {
  const offers: unknown[] = Array.isArray(data.offers) ? data.offers : [];
  return Object.fromEntries(
    offers.flatMap((offer, index) =>
      list((offer as Data | null)?.marks).flatMap((mark) => (typeof mark.criterion === 'string' && typeof mark.justification === 'string' && mark.justification.trim() ? [[`${index}:${mark.criterion}`, markdownHtml(mark.justification)]] : [])),
    ),
  );
}
