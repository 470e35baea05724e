/**
 * Territory: communes, département, région, priority neighbourhoods (QPV) and a free perimeter.
 *
 * A département is written by number or name and normalised to `{ code, name }`; the région is
 * deduced from it when absent, and checked against it when written.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { report } from './issue';
import { findDepartement, findRegion, regions } from './territories-data';
import { TextSchema } from './text';

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
        report(ctx, fr.schema.region.message(input), {
          rule: 'territoire/region',
          expected: fr.schema.region.expected(regions.map((r) => r.name)),
          hint: fr.schema.region.hint,
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
      value: z.number().meta({ description: 'La valeur.' }),
      unit: z.enum(['percent', 'people', 'count', 'euros']).meta({ description: 'percent, people, count ou euros.' }),
      year: z.int().optional().meta({ description: 'L\'année de la mesure.' }),
      source: TextSchema().optional().meta({ description: 'D\'où vient le chiffre.' }),
    })
    .meta({ description: 'Un chiffre qui situe le territoire.' });

export const TerritorySchema = () =>
  z
    .strictObject({
      communes: z.array(TextSchema()).optional().meta({ description: 'Les communes concernées.' }),
      departement: DepartementSchema().optional(),
      region: RegionSchema().optional(),
      qpv: z.array(TextSchema()).optional().meta({ description: 'Les quartiers prioritaires de la politique de la ville (QPV) concernés.' }),
      perimeter: TextSchema().optional().meta({ description: 'Le périmètre en toutes lettres, quand il ne se résume pas aux communes.' }),
      figures: z.array(FigureSchema()).optional().meta({ description: 'Des chiffres qui situent le territoire.' }),
    })
    .transform((territory, ctx) => {
      if (!territory.departement) return territory;
      const depRegion = findDepartement(territory.departement.code)!.region;
      const actual = regions.find((r) => r.code === depRegion)!.name;
      if (territory.region && territory.region !== actual) {
        report(
          ctx,
          fr.schema.regionMismatch(territory.departement.name, territory.departement.code, actual, territory.region),
          { rule: 'territoire/coherence', expected: fr.details.schema.regionMismatchExpected(actual), hint: fr.schema.regionMismatchHint(actual) },
          ['region'],
        );
        return z.NEVER;
      }
      return { ...territory, region: actual };
    })
    .meta({ description: 'Le territoire : communes, département, région, QPV.' });

export type Territory = z.output<ReturnType<typeof TerritorySchema>>;
