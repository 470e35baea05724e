/**
 * How a call prices offers, and the scenario the buyer prices every offer on.
 *
 * - `none`: a subsidy or a public-service compensation; offers carry no price.
 * - `lump-sum`: one global price, in lines (quantity × unit price HT).
 * - `per-beneficiary`: a price per person.
 * - `unit-rates`: a price per unit of work (« unité d'œuvre »), as purchase orders order them.
 * - `result-based`: a price per person paid in shares: some for every person who starts (30 % on
 *   entry), others per outcome (70 % on lasting employment, 35 % for a CDD of 3 to 6 months, half
 *   of it).
 *
 * The pricing scenario (`pricingScenario`) is the buyer's: a number of beneficiaries, expected
 * outcomes, quantities of units. Every offer is priced on it before scoring, so that two offers with
 * the same tariffs score the same whatever quantities each bidder assumed.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { formatPercent } from '../src/domain/format';
import { report, uniqueIds } from './issue';
import { PercentSchema } from './share';
import { SourceRefSchema } from './source';
import { IdSchema, TextSchema } from './text';
import { priceModelKinds, shareTriggers } from './call-vocabulary';

export const PriceShareSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant de la part (« emploi-durable »).' }),
      label: TextSchema().meta({ description: 'Ce qui déclenche le paiement, dans les mots de l\'appel (« à l\'entrée en parcours », « emploi durable : CDI ou CDD de 6 mois et plus »).' }),
      share: PercentSchema().meta({ description: 'La part du prix par bénéficiaire payée à ce titre : 30, « 70 % ».' }),
      on: z.enum(shareTriggers).meta({ description: 'Quand la part est payée : entry (payée pour chaque personne qui commence) ou outcome (payée par issue constatée).' }),
    })
    .meta({ description: 'Une part du prix au résultat.' });

export const PriceUnitSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant de l\'unité (« aiguillage »).' }),
      label: TextSchema().meta({ description: 'L\'unité d\'œuvre, dans les mots de l\'appel.' }),
      description: TextSchema().optional().meta({ description: 'Ce qu\'elle couvre.' }),
    })
    .meta({ description: 'Une unité d\'œuvre.' });

export interface PriceShare {
  id: string;
  label: string;
  share: number;
  on: 'entry' | 'outcome';
}

export interface PriceModel {
  kind: (typeof priceModelKinds)[number];
  shares?: PriceShare[];
  units?: Array<{ id: string; label: string; description?: string }>;
  note?: string;
  source?: string[];
}

export const PriceModelSchema = () =>
  z
    .union([
      z.enum(priceModelKinds),
      z.strictObject({
        kind: z.enum(priceModelKinds).meta({ description: 'none (aucun prix : subvention ou compensation), lump-sum (prix global), per-beneficiary, unit-rates (unités d\'œuvre) ou result-based (au résultat).' }),
        shares: uniqueIds(z.array(PriceShareSchema()).min(1).optional()).meta({ description: 'Avec result-based : les parts du prix par bénéficiaire et ce qui les déclenche.' }),
        units: uniqueIds(z.array(PriceUnitSchema()).min(1).optional()).meta({ description: 'Avec unit-rates : les unités d\'œuvre.' }),
        note: TextSchema().optional().meta({ description: 'Une précision (d\'où vient ce modèle de prix, par exemple).' }),
        source: SourceRefSchema().optional(),
      }),
    ])
    .transform((input): PriceModel => (typeof input === 'string' ? { kind: input } : input))
    .superRefine((model, ctx) => {
      const t = fr.tender.schema.priceModel;
      if (model.kind === 'result-based' && !model.shares) report(ctx, t.sharesMissing, { rule: 'prix/parts', found: fr.tender.lines.sharesFound, expected: fr.tender.lines.sharesExpected, hint: t.sharesMissingHint }, ['shares']);
      if (model.kind !== 'result-based' && model.shares) report(ctx, t.sharesOnlyResult, { rule: 'prix/parts', found: fr.tender.lines.sharesOnlyFound, expected: fr.tender.lines.sharesOnlyExpected, hint: t.sharesOnlyResultHint }, ['shares']);
      if (model.kind === 'unit-rates' && !model.units) report(ctx, t.unitsMissing, { rule: 'prix/unites', found: fr.tender.lines.unitsFound, expected: fr.tender.lines.unitsExpected, hint: t.unitsMissingHint }, ['units']);
      if (model.kind !== 'unit-rates' && model.units) report(ctx, t.unitsOnlyRates, { rule: 'prix/unites', found: fr.tender.lines.unitsOnlyFound, expected: fr.tender.lines.unitsOnlyExpected, hint: t.unitsOnlyRatesHint }, ['units']);
      const shares = model.shares ?? [];
      const entry = shares.filter((s) => s.on === 'entry').reduce((a, s) => a + s.share, 0);
      shares.forEach((s, i) => {
        const total = s.on === 'entry' ? entry : entry + s.share;
        if (total > 100 + 1e-9) report(ctx, t.sharesOver(s.label, formatPercent(total, 1)), { rule: 'prix/parts', found: fr.details.schema.sharesFound(formatPercent(total, 1)), expected: fr.tender.lines.sharesOverExpected, hint: t.sharesOverHint }, ['shares', i, 'share']);
      });
    })
    .meta({ description: 'Comment l\'appel fait chiffrer les offres.', examples: ['none', 'per-beneficiary', { kind: 'result-based', shares: [{ id: 'entree', label: 'À l\'entrée', share: 30, on: 'entry' }] }] });

export const PricingScenarioSchema = () =>
  z
    .strictObject({
      beneficiaries: z.int().positive().optional().meta({ description: 'Le nombre de bénéficiaires sur lequel chaque offre est chiffrée.' }),
      outcomes: z
        .array(
          z.strictObject({
            share: IdSchema().meta({ description: 'La part payée par issue (priceModel.shares).' }),
            count: z.int().nonnegative().meta({ description: 'Le nombre d\'issues de ce type attendu dans le scénario.' }),
          }),
        )
        .optional()
        .meta({ description: 'Avec un prix au résultat : le nombre d\'issues attendues, par part.' }),
      units: z
        .array(
          z.strictObject({
            unit: IdSchema().meta({ description: 'L\'unité d\'œuvre (priceModel.units).' }),
            quantity: z.number().positive().meta({ description: 'La quantité commandée dans le scénario.' }),
          }),
        )
        .optional()
        .meta({ description: 'Avec des unités d\'œuvre : la quantité de chacune.' }),
      note: TextSchema().optional().meta({ description: 'Ce que le scénario représente (« hypothèse de l\'acheteur pour comparer les offres »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Le scénario de chiffrage de l\'acheteur : chaque offre est chiffrée sur ces quantités avant la notation.' });

export type PricingScenario = z.output<ReturnType<typeof PricingScenarioSchema>>;

/** Checks a scenario against the price model (reported under `pricingScenario`). */
export function checkScenario(model: PriceModel | undefined, scenario: PricingScenario | undefined, ctx: Pick<z.core.$RefinementCtx, 'addIssue'>, path: PropertyKey[]): void {
  if (!scenario) return;
  const t = fr.tender.schema.scenario;
  if (!model) {
    report(ctx, t.noModel, { rule: 'prix/scenario', found: fr.tender.lines.scenarioFound, expected: fr.tender.lines.noModelExpected, hint: t.noModelHint }, path);
    return;
  }
  if (model.kind === 'none' || model.kind === 'lump-sum') {
    report(ctx, t.notNeeded(fr.tender.vocab.priceModel[model.kind]), { rule: 'prix/scenario', found: fr.tender.lines.scenarioFound, expected: fr.tender.lines.notNeededExpected, hint: t.notNeededHint }, path);
    return;
  }
  if ((model.kind === 'per-beneficiary' || model.kind === 'result-based') && scenario.beneficiaries === undefined)
    report(ctx, t.beneficiariesMissing, { rule: 'prix/scenario', found: fr.diagnostics.value.missing, expected: fr.tender.lines.beneficiariesExpected, hint: t.beneficiariesMissingHint }, [...path, 'beneficiaries']);
  const outcomeShares = (model.shares ?? []).filter((s) => s.on === 'outcome').map((s) => s.id);
  (scenario.outcomes ?? []).forEach((o, i) => {
    if (!outcomeShares.includes(o.share)) report(ctx, t.unknownShare(o.share, outcomeShares), { rule: 'prix/scenario', found: fr.common.quote(o.share), expected: fr.tender.lines.shareExpected(outcomeShares), hint: t.unknownShareHint }, [...path, 'outcomes', i, 'share']);
    else if (scenario.beneficiaries !== undefined && o.count > scenario.beneficiaries)
      report(ctx, t.outcomesOver(o.count, scenario.beneficiaries), { rule: 'prix/scenario', expected: fr.tender.lines.outcomesOverExpected(scenario.beneficiaries!), hint: t.outcomesOverHint }, [...path, 'outcomes', i, 'count']);
  });
  if (model.kind === 'result-based') {
    const given = new Set((scenario.outcomes ?? []).map((o) => o.share));
    const missing = outcomeShares.filter((id) => !given.has(id));
    if (missing.length) report(ctx, t.outcomesMissing(missing), { rule: 'prix/scenario', found: fr.tender.lines.outcomesMissingFound(missing), expected: fr.tender.lines.outcomesMissingExpected, hint: t.outcomesMissingHint }, [...path, 'outcomes']);
  }
  const units = (model.units ?? []).map((u) => u.id);
  (scenario.units ?? []).forEach((u, i) => {
    if (!units.includes(u.unit)) report(ctx, t.unknownUnit(u.unit, units), { rule: 'prix/scenario', found: fr.common.quote(u.unit), expected: fr.tender.lines.unitExpected(units), hint: t.unknownUnitHint }, [...path, 'units', i, 'unit']);
  });
  if (model.kind === 'unit-rates') {
    const given = new Set((scenario.units ?? []).map((u) => u.unit));
    const missing = units.filter((id) => !given.has(id));
    if (missing.length) report(ctx, t.unitsMissing(missing), { rule: 'prix/scenario', found: fr.tender.lines.unitsMissingFound(missing), expected: fr.tender.lines.unitsMissingExpected, hint: t.unitsMissingHint }, [...path, 'units']);
  }
}
