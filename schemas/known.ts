/**
 * A fact that is a value, « aucun » (the source says there is none) or « inconnu » (the source
 * says it is not known or not given). A fact the source does not mention at all stays absent:
 * these words are for a source that speaks of it.
 *
 * Authors write the value with its own shorthands (`12`, `"10 à 12"`…), or a French word:
 * « aucun », « aucune », « sans », « néant », « pas de » for none; « inconnu », « non précisé »,
 * « non connu », « non communiqué » for unknown. Code receives
 * `{ state: 'value', value }`, `{ state: 'none' }` or `{ state: 'unknown' }`.
 *
 * A string value that is itself one of these words (a free text « néant ») reads as the word.
 *
 * @example
 * KnownSchema(RangeSchema({ integer: true })) // minimum: « aucun » | 12 | « non précisé »
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { knownWord, type Known } from '../src/domain/known';
import { report } from './issue';

export type { Known };

const KnownWordSchema = () =>
  z
    .string()
    .transform((input, ctx): Known<never> => {
      const state = knownWord(input);
      if (!state) {
        report(ctx, fr.facts.known.message, { rule: 'connu/format', expected: fr.facts.known.expected, hint: fr.facts.known.hint });
        return z.NEVER;
      }
      return { state };
    })
    .meta({ description: fr.facts.known.wordDescription, examples: ['aucun', 'non précisé'] });

export const KnownSchema = <T extends z.ZodType>(value: T) =>
  z
    .union([value.transform((v): Known<z.output<T>> => ({ state: 'value', value: v })), KnownWordSchema()])
    .meta({ expected: fr.facts.known.expected, hint: fr.facts.known.hint });
