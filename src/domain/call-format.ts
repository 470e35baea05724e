/**
 * A call's facts in French, as the call page, its PDF, the evaluation report and the response
 * show them: the budget cap with its basis and period, the deadline with its notes, the contract
 * period, the procedure and the instrument, the identifiers, the price model and its scenario.
 *
 * What the call does not give reads « non renseigné » or « non précisé », never a default.
 */
import type { BudgetCap, Cofinancing, Deadline, Tender } from '../../schemas/tender';
import type { ContractPeriod } from '../../schemas/contract-period';
import type { Identifier, Instrument, Procedure } from '../../schemas/procedure';
import type { PriceModel, PricingScenario } from '../../schemas/price-model';
import { fr } from '../i18n/fr';
import { formatBoundedDuration, formatDurationBound } from './duration-bound';
import { knownValue, type Known } from './known';
import { formatDate, formatKnown, formatMoney, formatNumber, formatPercent, formatPercentAsGiven, formatRange } from './format';

const p = () => fr.tender.page;

/** A cap's bounds as plain values (a bound « aucun » or « non précisé » has none). */
export function capBounds<T>(cap: { min?: Known<T>; max?: Known<T> }): { min?: T; max?: T } {
  const min = knownValue(cap.min);
  const max = knownValue(cap.max);
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

/** `au plus 650 000 €`, `aucun minimum`, `minimum non précisé`: each bound in words, values first. */
function boundWords<T>(cap: { min?: Known<T>; max?: Known<T> }, format: (value: T) => string, range = (min: T, max: T) => fr.format.range(format(min), format(max))): string[] {
  const words: string[] = [];
  const { min, max } = capBounds(cap);
  if (min !== undefined && max !== undefined) return [range(min, max)];
  if (max !== undefined) words.push(p().atMost(format(max)));
  if (min !== undefined) words.push(p().atLeast(format(min)));
  if (cap.min && cap.min.state !== 'value') words.push(cap.min.state === 'none' ? p().noMinimum : p().minimumUnknown);
  if (cap.max && cap.max.state !== 'value') words.push(cap.max.state === 'none' ? p().noMaximum : p().maximumUnknown);
  return words;
}

/**
 * `35 000 € à 40 000 € TTC (la totalité de l'action)`, `au plus 650 000 €, HT ou TTC non précisé,
 * pour 12 mois`, `au plus 120 bénéficiaires, aucun minimum, pour la période ferme`, `minimum non
 * précisé, maximum non précisé pour la période ferme`.
 */
export function capText(cap: BudgetCap | undefined): string {
  if (!cap) return fr.common.notProvided;
  const v = fr.tender.vocab;
  let words: string[];
  let basisNote = false;
  if (cap.unit === 'beneficiaries') {
    words = boundWords(
      cap,
      (n: number) => p().beneficiaryCount(formatNumber(n), n),
      (min, max) => p().beneficiaryCount(formatRange({ min, max }), max),
    );
  } else {
    const { min, max } = capBounds(cap);
    const basis = cap.basis ? { basis: cap.basis } : {};
    // The basis goes on the last amount written (« 35 000 € à 40 000 € TTC »).
    words = boundWords(cap, (m) => formatMoney(m.cents, m === (max ?? min) ? basis : {}));
    basisNote = !cap.basis && (min !== undefined || max !== undefined);
  }
  if (words.length === 0) words = [cap.unit === 'beneficiaries' ? p().beneficiariesUnknown : p().amountUnknown];
  let out = [...words, ...(basisNote ? [p().basisUnknown] : [])].join(', ');
  if (cap.period) out += `${words.length > 1 || basisNote ? ',' : ''} ${v.capPeriod[cap.period]}`;
  return cap.scope ? `${out} (${cap.scope})` : out;
}

/** What a cap is called: a maximum, a minimum alone (a funding threshold), or beneficiaries. */
export function capLabel(cap: BudgetCap | undefined): string {
  const f = fr.site.facts;
  if (cap?.unit === 'beneficiaries') return p().beneficiariesLabel;
  return cap && knownValue(cap.min) && !cap.max ? p().minimumLabel : f.budgetCap;
}

/** `17 avenue Champollion, 21000 Dijon`, `Marseille` (the parts the source gives). */
export function addressText(address: { street?: string; postcode?: string; city: string }): string {
  return [address.street, [address.postcode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** `15 mai 2020 (délai de rigueur ; plus aucun dépôt à compter du 16 mai 2020)`, `avant le 2 octobre 2025 à 18 h`. */
export function deadlineText(deadline: Deadline): string {
  const date = formatDate(deadline.at);
  const main = deadline.before ? p().before(date) : date;
  const notes = [deadline.strict && p().strict, deadline.closesFrom && p().closesFrom(formatDate(deadline.closesFrom)), deadline.note].filter(Boolean) as string[];
  return notes.length ? `${main} (${notes.join(' ; ')})` : main;
}

/** The contract period, one line per fact. */
export function contractPeriodLines(period: ContractPeriod): string[] {
  const v = fr.tender.vocab;
  const lines: string[] = [];
  if (period.duration) lines.push(p().periodDuration(formatBoundedDuration(period.duration)));
  if (period.from && period.from !== 'date') lines.push(p().periodFrom(v.periodStart[period.from]));
  if (period.start) lines.push(p().periodStart(formatDate(period.start)));
  if (period.notBefore) lines.push(p().periodNotBefore(formatDate(period.notBefore)));
  if (period.end) lines.push(p().periodEnd(formatDate(period.end)));
  if (period.firmPeriod) lines.push(p().firmPeriod(period.firmPeriod.duration ? formatDurationBound(period.firmPeriod.duration) : fr.common.notProvided, period.firmPeriod.note));
  if (period.renewals) {
    const r = period.renewals;
    lines.push(p().renewals(r.count !== undefined ? formatNumber(r.count) : undefined, r.duration && formatDurationBound(r.duration), r.condition));
  }
  if (period.note) lines.push(period.note);
  return lines;
}

/** `Procédure adaptée (MAPA) : « selon des modalités librement définies »`. */
export function procedureText(procedure: Procedure): string | undefined {
  const kind = procedure.kind && fr.tender.vocab.procedure[procedure.kind];
  if (kind && procedure.name) return p().named(kind, procedure.name);
  return kind ?? procedure.name;
}

/** `Fonds social européen (FSE)`, with the call's own words after it; another fund by its name. */
export function fundText(c: Cofinancing): string {
  const fund = fr.tender.vocab.fund[c.fund];
  if (c.fund === 'other') return c.name ?? fund;
  return c.name ? p().named(fund, c.name) : fund;
}

/** What a co-financing says after its fund, one line each: programme, axis, objective, rate, management, note. */
export function cofinancingLines(c: Cofinancing): string[] {
  const l = p();
  const lines: Array<[string, string | undefined]> = [
    [l.cofinancingProgramme, c.programme],
    [l.cofinancingPriority, c.priority],
    [l.cofinancingObjective, c.objective],
    [l.cofinancingRate, c.rate && formatKnown(c.rate, formatPercentAsGiven)],
    [l.cofinancingManagedBy, c.managedBy],
  ];
  return [...lines.flatMap(([label, value]) => (value ? [l.labelled(label, value)] : [])), ...(c.note ? [c.note] : [])];
}

/** `Accord-cadre à un seul titulaire, exécuté par bons de commande et marchés subséquents`. */
export function instrumentText(instrument: Instrument): string {
  const v = fr.tender.vocab;
  let text = v.instrument[instrument.kind];
  if (instrument.awardees) text = p().withAwardees(text, v.awardees[instrument.awardees]);
  if (instrument.callOffs) text = p().withCallOffs(text, fr.common.list(instrument.callOffs.map((c) => v.callOff[c])));
  return instrument.name ? p().named(text, instrument.name) : text;
}

/** `Référence interne : 2025-02`, with the source's own label and its doubt. */
export function identifierText(identifier: Identifier): string {
  const scheme = fr.tender.vocab.identifierScheme[identifier.scheme];
  const label = identifier.label ? `${scheme}, « ${identifier.label} »` : scheme;
  return p().labelled(label, `${identifier.value}${identifier.uncertain ? ` ${p().uncertain}` : ''}`);
}

/** The price model with its shares or units. */
export function priceModelLines(model: PriceModel): string[] {
  const lines = [fr.tender.vocab.priceModel[model.kind]];
  for (const share of model.shares ?? []) lines.push(p().share(formatPercent(share.share, 1), share.label, fr.tender.vocab.shareTrigger[share.on]));
  for (const unit of model.units ?? []) lines.push(unit.description ? p().labelled(unit.label, unit.description) : unit.label);
  if (model.note) lines.push(model.note);
  return lines;
}

/** The buyer's pricing scenario, in words. */
export function scenarioLines(scenario: PricingScenario, model: PriceModel | undefined): string[] {
  const lines: string[] = [];
  if (scenario.beneficiaries !== undefined) lines.push(p().scenarioBeneficiaries(formatNumber(scenario.beneficiaries)));
  for (const o of scenario.outcomes ?? []) lines.push(p().scenarioOutcome(formatNumber(o.count), model?.shares?.find((s) => s.id === o.share)?.label ?? o.share));
  for (const u of scenario.units ?? []) lines.push(p().scenarioUnit(formatNumber(u.quantity), model?.units?.find((x) => x.id === u.unit)?.label ?? u.unit));
  if (scenario.note) lines.push(scenario.note);
  return lines;
}

/**
 * A call in the list of calls: `Creativ’ · Consultation · dépôt : 5 août 2022 · <summary>`, with
 * only the facts the call gives.
 */
export function callListDetail(t: Tender): string {
  const kind = t.procedure?.kind && fr.tender.vocab.procedure[t.procedure.kind];
  const deadline = t.dates?.deadline && p().listDeadline(deadlineText({ at: t.dates.deadline.at, ...(t.dates.deadline.before && { before: true }) }));
  return [t.buyer.name, kind, deadline, t.summary].filter(Boolean).join(' · ');
}
