/**
 * How a call is run and what it leads to, as separate facts: the procedure (MAPA, appel d'offres,
 * appel à projets, AMI…) with its legal basis and whether it is negotiated, and the instrument
 * (a contract, a framework agreement executed by purchase orders or subsequent contracts, a
 * subsidy, a multi-year agreement). Also the call's identifiers, its CPV codes and the selection
 * criteria of candidates (distinct from the award criteria of offers).
 *
 * Nothing is deduced: a framework agreement has purchase orders only when the call says so.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { report } from './issue';
import { MoneySchema } from './money';
import { SourceRefSchema } from './source';
import { IdSchema, TextSchema, UrlSchema } from './text';
import { awardeeKinds, callOffKinds, identifierSchemes, instrumentKinds, negotiationKinds, procedureKinds, selectionKinds } from './call-vocabulary';

export const LegalBasisSchema = () =>
  z
    .union([
      TextSchema(),
      z.strictObject({
        text: TextSchema().meta({ description: 'Le texte tel que l\'appel le cite (« décret n° 2005-1742 du 30 décembre 2005 »).' }),
        article: TextSchema().optional().meta({ description: 'L\'article, s\'il est cité, dans la numérotation de l\'appel (« art. 9 », « R. 2123-1 ») ; l\'ancienne numérotation est acceptée telle quelle.' }),
        url: UrlSchema().optional().meta({ description: 'L\'adresse du texte, si l\'appel la donne.' }),
        source: SourceRefSchema().optional(),
      }),
    ])
    .transform((input) => (typeof input === 'string' ? { text: input } : input))
    .meta({ description: 'Un texte sur lequel repose l\'appel : une loi, un décret, un arrêté, un article de code.', examples: ['Arrêté du 26 juin 2024', { text: 'Décret n° 2005-1742 du 30 décembre 2005', article: 'art. 9' }] });

export const ProcedureSchema = () =>
  z
    .strictObject({
      kind: z.enum(procedureKinds).optional().meta({ description: 'adapted (MAPA), open-tender, restricted-tender, negotiated, competitive-dialogue, call-for-projects (AAP), call-for-expressions-of-interest (AMI), call-for-proposals, consultation ou other ; absent si l\'appel ne le dit pas.' }),
      name: TextSchema().optional().meta({ description: 'La procédure dans les mots de l\'appel (« procédure adaptée selon des modalités librement définies par l\'acheteur »).' }),
      legalBasis: z.array(LegalBasisSchema()).min(1).optional().meta({ description: 'Les textes cités par l\'appel, dans son ordre.' }),
      negotiation: z
        .strictObject({
          kind: z.enum(negotiationKinds).meta({ description: 'none, possible (« le cas échéant ») ou systematic.' }),
          on: TextSchema().optional().meta({ description: 'Sur quoi porte la négociation, si l\'appel le dit.' }),
        })
        .optional()
        .meta({ description: 'Si l\'acheteur négocie, et sur quoi ; absent si l\'appel n\'en dit rien.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'La procédure : comment les candidats sont mis en concurrence, et sur quels textes.' });

export type Procedure = z.output<ReturnType<typeof ProcedureSchema>>;

export const InstrumentSchema = () =>
  z
    .strictObject({
      kind: z.enum(instrumentKinds).meta({ description: 'contract (marché), framework-agreement (accord-cadre), subsidy (subvention), agreement (convention) ou other.' }),
      name: TextSchema().optional().meta({ description: 'L\'instrument dans les mots de l\'appel (« convention de financement et de partenariat »).' }),
      awardees: z.enum(awardeeKinds).optional().meta({ description: 'Le nombre de titulaires d\'un accord-cadre : single (un titulaire par lot) ou multiple ; absent si l\'appel ne le dit pas.' }),
      callOffs: z.array(z.enum(callOffKinds)).min(1).optional().meta({ description: 'Comment un accord-cadre s\'exécute : purchase-orders (bons de commande), subsequent-contracts (marchés subséquents), ou les deux ; absent si l\'appel ne le dit pas.' }),
      source: SourceRefSchema().optional(),
    })
    .superRefine((instrument, ctx) => {
      if (instrument.kind !== 'framework-agreement' && (instrument.awardees || instrument.callOffs))
        report(ctx, fr.tender.schema.callOffsOnlyFramework, { rule: 'instrument/accord-cadre', found: fr.tender.lines.callOffsFound(instrument.callOffs ? 'callOffs' : 'awardees'), expected: fr.tender.lines.callOffsExpected, hint: fr.tender.schema.callOffsOnlyFrameworkHint }, [instrument.callOffs ? 'callOffs' : 'awardees']);
    })
    .meta({ description: 'L\'instrument auquel l\'appel conduit : marché, accord-cadre, subvention, convention.' });

export type Instrument = z.output<ReturnType<typeof InstrumentSchema>>;

export const IdentifierSchema = () =>
  z
    .strictObject({
      scheme: z.enum(identifierSchemes).meta({ description: 'Le type d\'identifiant : internal (référence de l\'acheteur), procedure (identifiant de procédure, par exemple eForms), platform (identifiant de démarche), boamp, joue, series (numéro dans une série d\'appels) ou other.' }),
      value: TextSchema().meta({ description: 'L\'identifiant tel qu\'il est écrit.' }),
      label: TextSchema().optional().meta({ description: 'Le libellé que la source lui donne, s\'il dit autre chose que le schéma.' }),
      uncertain: z.boolean().optional().meta({ description: 'true si la nature de l\'identifiant n\'est pas sûre (libellé d\'origine non lu).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un identifiant de l\'appel.' });

export type Identifier = z.output<ReturnType<typeof IdentifierSchema>>;

/** A CPV code: 8 digits, with or without its check digit (`85312300` or `85312300-2`). */
export const CpvSchema = () =>
  z
    .union([
      z.union([z.string(), z.int()]),
      z.strictObject({
        code: z.union([z.string(), z.int()]).meta({ description: 'Le code à 8 chiffres.' }),
        label: TextSchema().optional().meta({ description: 'Son libellé, tel que l\'appel le donne.' }),
      }),
    ])
    .transform((input, ctx) => {
      const raw = typeof input === 'object' ? input.code : input;
      const m = /^(\d{8})(?:-(\d))?$/.exec(String(raw).trim().replace(/\s/g, ''));
      if (!m) {
        report(ctx, fr.tender.schema.cpv.message, { rule: 'cpv/format', expected: fr.tender.schema.cpv.expected, hint: fr.tender.schema.cpv.hint });
        return z.NEVER;
      }
      return { code: m[1], ...(m[2] && { check: m[2] }), ...(typeof input === 'object' && input.label && { label: input.label }) };
    })
    .meta({ description: 'Un code CPV (vocabulaire commun des marchés publics).', expected: fr.tender.schema.cpv.expected, examples: ['85312300', { code: '85312300', label: 'Services d\'orientation et de conseil professionnel' }] });

export type Cpv = z.output<ReturnType<typeof CpvSchema>>;

export const SelectionCriterionSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du critère de sélection.' }),
      kind: z.enum(selectionKinds).meta({ description: 'turnover (chiffre d\'affaires), references, certification, eligibility (qui peut candidater), capacity ou other.' }),
      label: TextSchema().meta({ description: 'Le critère tel que l\'appel le formule.' }),
      threshold: MoneySchema().optional().meta({ description: 'Le seuil, pour un chiffre d\'affaires minimal, s\'il est donné.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un critère de sélection des candidatures (capacité des candidats), distinct des critères d\'attribution des offres.' });

export type SelectionCriterion = z.output<ReturnType<typeof SelectionCriterionSchema>>;
