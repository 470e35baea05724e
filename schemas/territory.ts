/**
 * Territory: communes, départements, régions, other areas (a foreign region, a région of before
 * 2016, an intercommunality), priority neighbourhoods (QPV) and a free perimeter.
 *
 * Authors list `departements` by number or name (a single `departement` is accepted, as before)
 * and code receives `departements: [{ code, name }]`. The régions are derived from them as a set;
 * a région written by hand (`regions`, or a single `region`) is checked against the départements
 * and kept when none is given. A région of before 2016 goes in `areas` with `kind: former-region`:
 * today's région is derived from it. Empty lists are absent.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { CountSchema } from './count';
import { report } from './issue';
import { SourceRefSchema } from './source';
import { findDepartement, findFormerRegion, findRegion, regionOfDepartement, regions } from './territories-data';
import { TextSchema } from './text';
import { areaKinds, countBounds } from './vocabulary';

export const DepartementSchema = () =>
  z
    .union([z.string(), z.int()])
    .transform((input, ctx) => {
      const found = findDepartement(input);
      if (!found) {
        report(ctx, fr.schema.departement.message(String(input)), {
          rule: 'territoire/departement',
          expected: fr.schema.departement.expected,
          hint: fr.schema.departement.hint,
        });
        return z.NEVER;
      }
      return { code: found.code, name: found.name };
    })
    .meta({ description: 'Le département, par son numéro (« 34 ») ou son nom (« Hérault »).', expected: fr.schema.departement.expected, examples: ['34', 'Hérault'] });

export const RegionSchema = () =>
  z
    .string()
    .transform((input, ctx) => {
      const found = findRegion(input);
      if (!found) {
        const former = findFormerRegion(input);
        report(ctx, fr.schema.region.message(input), {
          rule: 'territoire/region',
          expected: fr.schema.region.expected(regions.map((r) => r.name)),
          hint: former ? fr.facts.territory.formerRegionHint(former.name, former.region) : fr.schema.region.hint,
        });
        return z.NEVER;
      }
      return found.name;
    })
    .meta({ description: 'La région (découpage de 2016).', examples: ['Occitanie'] });

const FigureSchema = () =>
  z
    .strictObject({
      label: TextSchema().meta({ description: 'Ce que mesure le chiffre.' }),
      value: z.number().meta({ description: 'La valeur, telle que la source l\'écrit (55.78 reste 55,78).' }),
      bound: z.enum(countBounds).optional().meta({ description: 'Quand la source donne une borne et non la valeur : more-than (« plus de 25 % »), at-least (« au moins »), less-than (« moins de ») ou at-most (« au plus »).' }),
      unit: z.enum(['percent', 'people', 'count', 'euros', 'kilometres']).meta({ description: 'percent, people, count, euros ou kilometres (une distance : « à 15 km d\'Épinal »).' }),
      year: z.int().optional().meta({ description: 'L\'année de la mesure.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un chiffre qui situe le territoire.' });

const AreaSchema = () =>
  z
    .strictObject({
      name: TextSchema().meta({ description: 'Le nom de la zone (« Euskadi », « Basse-Normandie », « communauté de communes du Pays de Lure »).' }),
      kind: z.enum(areaKinds).meta({ description: 'foreign-region (région étrangère), country (pays), former-region (région d\'avant 2016), epci (intercommunalité) ou other.' }),
      country: TextSchema().optional().meta({ description: 'Le pays, pour une zone hors de France.' }),
      source: SourceRefSchema().optional(),
    })
    .superRefine((area, ctx) => {
      if (area.kind === 'former-region' && !findFormerRegion(area.name))
        report(ctx, fr.facts.territory.formerRegionUnknown(area.name), { rule: 'territoire/ancienne-region', expected: fr.facts.territory.formerRegionExpected, hint: fr.details.schema.formerRegionHint }, ['name']);
    })
    .meta({ description: 'Une zone qui n\'est pas un département français.' });

export type Area = z.output<ReturnType<typeof AreaSchema>>;

const oneOrMany = <T extends z.ZodType>(item: T) => z.array(item).min(1);

export const TerritorySchema = () =>
  z
    .strictObject({
      communes: z.array(TextSchema()).optional().meta({ description: 'Les communes concernées.' }),
      departements: oneOrMany(DepartementSchema()).optional().meta({ description: 'Les départements, par numéro ou par nom.' }),
      departement: DepartementSchema().optional().meta({ description: 'Un seul département (raccourci de departements).' }),
      regions: oneOrMany(RegionSchema()).optional().meta({ description: 'Les régions, seulement quand aucun département ne les donne (elles s\'en déduisent).' }),
      region: RegionSchema().optional().meta({ description: 'Une seule région (raccourci de regions) ; elle se déduit du département.' }),
      areas: z.array(AreaSchema()).optional().meta({ description: 'Les zones qui ne sont pas des départements français : région étrangère, pays, région d\'avant 2016, intercommunalité.' }),
      qpv: z.array(TextSchema()).optional().meta({ description: 'Les quartiers prioritaires de la politique de la ville (QPV) concernés.' }),
      qpvCount: CountSchema({ unit: 'items', description: 'Le nombre de QPV concernés, quand la source le donne sans les nommer (« 197 quartiers »).' }).optional(),
      perimeter: TextSchema().optional().meta({ description: 'Le périmètre en toutes lettres, quand il ne se résume pas aux communes.' }),
      figures: z.array(FigureSchema()).optional().meta({ description: 'Des chiffres qui situent le territoire.' }),
      source: SourceRefSchema().optional(),
    })
    .transform((input, ctx) => {
      const { departement, region, departements: many, regions: writtenMany, ...rest } = input;
      if (departement && many) {
        report(ctx, fr.facts.territory.bothForms('departement', 'departements'), { rule: 'territoire/doublon', expected: fr.details.schema.oneFormExpected('departement', 'departements'), hint: fr.facts.territory.bothFormsHint('departements') }, ['departement']);
        return z.NEVER;
      }
      if (region && writtenMany) {
        report(ctx, fr.facts.territory.bothForms('region', 'regions'), { rule: 'territoire/doublon', expected: fr.details.schema.oneFormExpected('region', 'regions'), hint: fr.facts.territory.bothFormsHint('regions') }, ['region']);
        return z.NEVER;
      }
      const departements = [...new Map((many ?? (departement ? [departement] : [])).map((d) => [d.code, d])).values()];
      const derived = [...new Set(departements.map((d) => regionOfDepartement(d.code)))];
      const written = writtenMany ?? (region ? [region] : []);
      for (const [i, name] of written.entries()) {
        if (departements.length === 0 || derived.includes(name)) continue;
        const path = region ? ['region'] : ['regions', i];
        const message =
          departements.length === 1
            ? fr.schema.regionMismatch(departements[0].name, departements[0].code, derived[0], name)
            : fr.facts.territory.regionWithoutDepartement(name, departements.map((d) => `${d.name} (${d.code})`));
        report(ctx, message, { rule: 'territoire/coherence', expected: fr.details.schema.regionMismatchExpected(derived), hint: departements.length === 1 ? fr.schema.regionMismatchHint(derived[0]) : fr.facts.territory.regionWithoutDepartementHint }, path);
        return z.NEVER;
      }
      const former = (rest.areas ?? []).flatMap((a) => (a.kind === 'former-region' ? [findFormerRegion(a.name)!.region] : []));
      const all: string[] = [...new Set([...derived, ...written, ...former])];
      return {
        ...rest,
        ...(departements.length && { departements }),
        ...(all.length && { regions: all }),
      };
    })
    .meta({ description: 'Le territoire : communes, départements, régions, autres zones, QPV.' });

export type Territory = z.output<ReturnType<typeof TerritorySchema>>;
