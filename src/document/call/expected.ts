/**
 * What a call expects of a response: its requirements, the sections of the response, the
 * deliverables, and its price (the budget cap, the price model and the buyer's pricing scenario).
 * A list the call does not give reads « non renseigné »; a list it gives empty reads « aucune ».
 */
import type { Tender } from '../../../schemas/index';
import type { BudgetCap, Deliverable } from '../../../schemas/tender';
import type { PricingScenario } from '../../../schemas/price-model';
import type { Requirement } from '../../../schemas/requirement';
import { capLabel, capText, priceModelLines, scenarioLines } from '../../domain/call-format';
import { fr } from '../../i18n/fr';
import { fact, facts, list, missing, orMissing, paragraph, text } from '../build';
import type { Block, FactRow, Runs } from '../model';
import { absent, sourceRuns, withSource } from './source';

const p = () => fr.tender.page;

export function requirementsBlocks(requirements: Requirement[] | undefined, t: Tender): Block[] {
  if (!requirements) return [paragraph(absent(t, 'requirements'))];
  if (requirements.length === 0) return [paragraph(p().noRequirements)];
  return [
    list(
      requirements.map((r): Runs => [
        { text: r.label },
        ...(r.mandatory ? [] : [{ text: ` (${fr.site.optional})`, italic: true }]),
        ...(r.where ? [{ text: ` — ${r.where}`, italic: true }] : []),
        ...sourceRuns(r.source, t),
      ]),
    ),
  ];
}

export function sectionsBlocks(t: Tender): Block[] {
  if (!t.responseSections) return [paragraph(absent(t, 'responseSections'))];
  return [
    list(
      t.responseSections.map((s): Runs => {
        const notes = [s.required ? undefined : fr.site.optional, s.pageLimit ? fr.site.pageLimit(s.pageLimit) : undefined, s.includes?.length ? p().includes(s.includes.map((part) => fr.compliance.partName[part])) : undefined].filter(Boolean);
        return [{ text: s.title, bold: true }, ...(notes.length ? [{ text: ` (${notes.join(', ')})` }] : []), ...(s.description ? [{ text: ` — ${s.description}` }] : [])];
      }),
      true,
    ),
  ];
}

export function deliverablesBlocks(deliverables: Deliverable[] | undefined, t: Tender): Block[] {
  if (!deliverables) return [paragraph(absent(t, 'deliverables'))];
  if (deliverables.length === 0) return [paragraph(p().noDeliverables)];
  return [
    list(
      deliverables.map((d): Runs => [
        { text: d.label },
        ...(d.required ? [] : [{ text: ` (${fr.site.optional})`, italic: true }]),
        ...(d.description ? [{ text: ` — ${d.description}` }] : []),
        ...(d.parts ? [{ text: ` (${p().parts(d.parts.map((part) => fr.compliance.partName[part]))})`, italic: true }] : []),
        ...sourceRuns(d.source, t),
      ]),
    ),
  ];
}

/**
 * The call's cap: its own, or « fixé pour chaque lot » when only its lots have one (labelled
 * « Bénéficiaires » when every lot's cap counts people).
 */
export function callCapRow(t: Tender, withSources: boolean): FactRow {
  const cap = t.budgetCap;
  const lotCaps = (t.lots ?? []).flatMap((l) => (l.budgetCap ? [l.budgetCap] : []));
  if (!cap && lotCaps.length) return fact(lotCaps.every((c) => c.unit === 'beneficiaries') ? capLabel(lotCaps[0]) : capLabel(undefined), text(p().byLot));
  if (!cap) return fact(capLabel(cap), absent(t, 'budgetCap'));
  return fact(capLabel(cap), withSources ? withSource(capText(cap), cap.source, t) : text(capText(cap)));
}

/** The budget cap, the price model and the pricing scenario of a call (or a lot's own). */
export function priceRows(t: Tender, cap: BudgetCap | undefined, scenario: PricingScenario | undefined, withModel: boolean): FactRow[] {
  const rows: FactRow[] = [cap === t.budgetCap ? callCapRow(t, true) : fact(capLabel(cap), cap ? withSource(capText(cap), cap.source, t) : missing())];
  if (withModel) rows.push(fact(p().priceModel, ...(t.priceModel ? priceModelLines(t.priceModel).map((line, i) => (i === 0 ? withSource(line, t.priceModel!.source, t) : text(line))) : [missing()])));
  if (scenario) rows.push(fact(p().scenario, ...scenarioLines(scenario, t.priceModel).map((line, i) => (i === 0 ? withSource(line, scenario.source, t) : text(line)))));
  return rows;
}

export function priceBlocks(t: Tender): Block[] {
  return [facts(priceRows(t, t.budgetCap, t.pricingScenario, true))];
}
