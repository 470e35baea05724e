/**
 * Counts as sources give them: a number or a range, with what it counts (people, salaried posts,
 * places…), over which period (per year, per cohort, the whole action, at a date), whether it is
 * a target, an achievement or a capacity, how precise it is (« environ 60 », « une soixantaine »,
 * « en moyenne 10 ») and how it is bounded (« plus de 250 », « moins de 26 »).
 *
 * The rule every derived figure follows: two counts (or a count and a budget) are combined only
 * when both are exact, of the same unit, kind and period. {@link combine} says whether they may
 * be, and if not, why.
 *
 * Pure: the parser returns `{ ok, value }`; the schemas turn a failure into a French error.
 */
import type { ApproxStyle, CountBound, CountKind, CountPeriod, CountPrecision, CountUnit } from '../../schemas/vocabulary';
import type { QualifiedDate } from './dates';
import { foldWords, type Parsed } from './shorthand';

export interface Count {
  /** Inclusive bounds; one value gives `min === max`. « plus de 250 » people gives min 251. */
  min?: number;
  max?: number;
  /** An open bound as the source wrote it, to write it back the same way. */
  bound?: CountBound;
  precision: CountPrecision;
  /** How an approximate count was written (« environ », « près de », « une soixantaine »). */
  approx?: ApproxStyle;
  unit: CountUnit;
  period?: CountPeriod;
  kind?: CountKind;
  /** When it was counted (a year for a yearly count, the day of a stock, a target's horizon). */
  date?: QualifiedDate;
  /** Days without a year (`{ from: '01-01', to: '08-31' }`), of the year in `date` if any. */
  within?: { from: string; to: string };
  /** Ids of the file's sources. */
  source?: string[];
  note?: string;
}

/** Units counted in whole numbers (all but full-time equivalents). */
export function wholeUnit(unit: CountUnit): boolean {
  return unit !== 'fte';
}

/** What the text of a count gives; unit and period only when written. */
export interface CountText {
  min?: number;
  max?: number;
  bound?: CountBound;
  precision: CountPrecision;
  approx?: ApproxStyle;
  unit?: CountUnit;
  period?: CountPeriod;
}

/** « une dizaine »… « un millier »: round numbers sources use for approximations. */
export const ROUND_WORDS: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};

/** Folded unit words → unit (plural and singular; what people are called in sources counts as people). */
const UNIT_WORDS: Array<[RegExp, CountUnit]> = [
  [/^(?:personnes?|participant(?:e|s|es)?|beneficiaires?|jeunes?|femmes?|hommes?|adultes?|stagiaires?|salarie(?:e|s|es)?|habitant(?:e|s|es)?|demandeurs? d'emploi|inscrit(?:e|s|es)?|allocataires?)(?: accompagne(?:e|s|es)?)?$/, 'people'],
  [/^(?:menages?|foyers?|familles?)$/, 'households'],
  [/^postes?(?: (?:en|d') ?insertion| de travail| salarie(?:s)?)?$/, 'posts'],
  [/^(?:etp|equivalents? temps plein)$/, 'fte'],
  [/^places?$/, 'places'],
  [/^seances?$/, 'sessions'],
  [/^(?:rendez-vous|rdv|entretiens?)$/, 'appointments'],
  [/^formations?$/, 'trainings'],
  [/^(?:groupes?|cohortes?|promotions?|sessions?)$/, 'groups'],
  [/^structures?$/, 'structures'],
  [/^entreprises?$/, 'companies'],
  [/^chantiers?$/, 'worksites'],
  [/^(?:evenements?|manifestations?)$/, 'events'],
];

const PERIOD_WORDS: Array<[RegExp, CountPeriod]> = [
  [/ (?:par|chaque) (?:an|annee)$| par annee civile$| annuel(?:le|s|les)?$/, 'year'],
  [/ par (?:groupe|cohorte|session|promotion|chantier|vague)$/, 'cohort'],
  [/ par seance$/, 'session'],
  [/ par semaine$/, 'week'],
  [/ par mois$/, 'month'],
  [/ par trimestre$/, 'quarter'],
  [/ (?:sur|pour) (?:toute )?l'action$| au total$| en tout$/, 'whole'],
];

const PREFIXES: Array<[RegExp, Partial<CountText>]> = [
  [/^(?:environ|env\.|a peu pres|autour de|approximativement|quelque) /, { precision: 'approx', approx: 'about' }],
  [/^(?:pres de|presque|quasiment|pas loin de) /, { precision: 'approx', approx: 'nearly' }],
  [/^(?:en moyenne|une moyenne de|un moyenne de) /, { precision: 'average' }],
  [/^(?:plus de|>) ?/, { bound: 'more-than' }],
  [/^(?:au moins|au minimum|minimum|≥|>=) ?/, { bound: 'at-least' }],
  [/^(?:moins de|<) ?/, { bound: 'less-than' }],
  [/^(?:au plus|au maximum|maximum|jusqu'a|≤|<=) ?/, { bound: 'at-most' }],
];


const NUMBER = String.raw`(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?`;

function toNumber(whole: string, decimals?: string): number {
  return Number(`${whole.replace(/[ .]/g, '')}${decimals ? `.${decimals}` : ''}`);
}

/** The unit a phrase names, or undefined. */
export function unitOfWords(words: string): CountUnit | undefined {
  const t = foldWords(words).replace(/^(?:de |d')/, '');
  return UNIT_WORDS.find(([re]) => re.test(t))?.[1];
}

/**
 * `"12"`, `"10 à 12"`, `"entre 10 et 12"`, `"environ 60"`, `"près de 600"`, `"une soixantaine"`,
 * `"en moyenne 10"`, `"plus de 250"`, `"au moins 12"`, `"moins de 26"`, `"jusqu'à 25"`, with an
 * optional unit and period: `"18 postes en insertion"`, `"une soixantaine de personnes par an"`,
 * `"12 par groupe"`. Bounds stay as written here; {@link inclusiveBounds} applies the unit.
 */
export function parseCountText(input: string): Parsed<CountText> {
  let t = foldWords(input);
  const out: CountText = { precision: 'exact' };
  for (const [re, period] of PERIOD_WORDS) {
    const m = re.exec(t);
    if (m) {
      out.period = period;
      t = t.slice(0, m.index).trim();
      break;
    }
  }
  for (let again = true; again; ) {
    again = false;
    for (const [re, part] of PREFIXES) {
      const m = re.exec(t);
      if (!m) continue;
      if ((part.bound && out.bound) || (part.precision && out.precision !== 'exact')) return { ok: false };
      Object.assign(out, part);
      t = t.slice(m[0].length).trim();
      again = true;
    }
  }
  let rest: string;
  const round = /^(?:une?|des) (dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s?\b ?(.*)$/.exec(t);
  const range = new RegExp(String.raw`^(?:de |entre )?${NUMBER} ?(?:-|–|a|et) ?${NUMBER}\b ?(.*)$`).exec(t);
  const single = new RegExp(String.raw`^${NUMBER}\b ?(.*)$`).exec(t);
  if (round) {
    if (out.precision !== 'exact' || out.bound) return { ok: false };
    const n = ROUND_WORDS[round[1]];
    Object.assign(out, { min: n, max: n, precision: 'approx', approx: 'round' });
    rest = round[2];
  } else if (range) {
    if (out.bound) return { ok: false };
    out.min = toNumber(range[1], range[2]);
    out.max = toNumber(range[3], range[4]);
    rest = range[5];
  } else if (single) {
    const n = toNumber(single[1], single[2]);
    if (out.bound === 'more-than' || out.bound === 'at-least') out.min = n;
    else if (out.bound === 'less-than' || out.bound === 'at-most') out.max = n;
    else Object.assign(out, { min: n, max: n });
    rest = single[3];
  } else return { ok: false };
  if (out.bound && out.precision !== 'exact') return { ok: false };
  if (out.precision === 'approx' && !out.approx) out.approx = 'about';
  rest = rest.trim();
  if (rest) {
    const unit = unitOfWords(rest);
    if (!unit) return { ok: false };
    out.unit = unit;
  }
  return { ok: true, value: out };
}

/**
 * Inclusive bounds for a unit: for whole units « plus de 250 » is at least 251 and « moins de 26 »
 * at most 25; for full-time equivalents the written value is kept (the bound says it is strict).
 */
export function inclusiveBounds(text: Pick<CountText, 'min' | 'max' | 'bound'>, unit: CountUnit): { min?: number; max?: number } {
  const whole = wholeUnit(unit);
  const { min, max } = text;
  if (text.bound === 'more-than' && min !== undefined) return { min: whole ? Math.floor(min) + 1 : min };
  if (text.bound === 'less-than' && max !== undefined) return { max: whole ? Math.ceil(max) - 1 : max };
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

/** The number written after « plus de » or « moins de », from the inclusive bound. */
export function writtenBound(count: Pick<Count, 'min' | 'max' | 'bound' | 'unit'>): number | undefined {
  const whole = wholeUnit(count.unit);
  switch (count.bound) {
    case 'more-than':
      return count.min === undefined ? undefined : whole ? count.min - 1 : count.min;
    case 'less-than':
      return count.max === undefined ? undefined : whole ? count.max + 1 : count.max;
    case 'at-least':
      return count.min;
    case 'at-most':
      return count.max;
    default:
      return undefined;
  }
}

/** Exact: neither approximate nor an average, both ends known, not open. */
export function isExact(count: Pick<Count, 'min' | 'max' | 'bound' | 'precision'>): boolean {
  return count.precision === 'exact' && !count.bound && count.min !== undefined && count.max !== undefined;
}

/** The period a figure covers, and when. */
export interface Basis {
  period?: CountPeriod;
  date?: QualifiedDate;
  /** Days without a year (a count's `within`). */
  within?: { from: string; to: string };
}

const sameDate = (a?: QualifiedDate, b?: QualifiedDate) => a?.date === b?.date && a?.qualifier === b?.qualifier;

/** Whether two figures cover the same days without a year, or neither has any. */
export const sameWithin = (a?: Basis['within'], b?: Basis['within']): boolean => a?.from === b?.from && a?.to === b?.to;

/**
 * Whether two figures cover the same period: the same period word and, unless it is the whole
 * action, the same date (a 2016 budget and a count « par an » of no stated year are not the same).
 * A figure without a period covers an unknown one, the same as nothing.
 */
export function sameBasis(a: Basis, b: Basis): boolean {
  if (!a.period || !b.period || a.period !== b.period || !sameWithin(a.within, b.within)) return false;
  return a.period === 'whole' || sameDate(a.date, b.date);
}

export type CombineReason = 'inexact' | 'unit' | 'kind' | 'period' | 'capacity' | 'estimate' | 'envelope' | 'target';
export type CombineVerdict = { ok: true } | { ok: false; reason: CombineReason };

const no = (reason: CombineReason): CombineVerdict => ({ ok: false, reason });

/** Whether two counts may be added or divided: both exact, same unit, same kind, same period. */
export function combine(a: Count, b: Count): CombineVerdict {
  if (!isExact(a) || !isExact(b)) return no('inexact');
  if (a.unit !== b.unit) return no('unit');
  if (a.kind !== b.kind) return no('kind');
  if (!sameBasis(a, b)) return no('period');
  return { ok: true };
}

/**
 * A budget as the combination rule sees it: whether its amount is exact, and its period; whether it
 * is only an estimate or an envelope (what was allotted, not what was spent), and whether it is
 * planned (a proposal's budget, which may be divided by the people it plans for).
 */
export interface BudgetBasis extends Basis {
  exact: boolean;
  estimate?: boolean;
  envelope?: boolean;
  planned?: boolean;
}

/**
 * Whether a budget may be divided by a count of people (a cost per person): both exact and of the
 * same period, and the count is of people, not of posts or places (a capacity). An estimated cost
 * or an envelope is not a cost, and a target is not people accompanied, unless the budget is
 * planned too (a proposal: its cost per planned person).
 */
export function combineWithBudget(budget: BudgetBasis, people: Count): CombineVerdict {
  if (people.unit !== 'people' || people.kind === 'capacity') return no('capacity');
  if (budget.estimate) return no('estimate');
  if (budget.envelope) return no('envelope');
  if (!budget.exact || !isExact(people)) return no('inexact');
  if (people.kind === 'target' && !budget.planned) return no('target');
  if (!sameBasis(budget, people)) return no('period');
  return { ok: true };
}
