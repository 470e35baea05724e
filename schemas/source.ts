/**
 * Sources and provenance: a file lists the documents its facts come from (`sources:`), and any
 * fact can name the one or ones it comes from (`source: unccas` or `source: [unccas, sud-ouest]`).
 *
 * A reference is checked against the file's own list by {@link refineSources}, which the file's
 * schema calls once at its root: an unknown id is an error that names the ids that exist.
 *
 * @example
 * // In a collection's schema:
 * z.strictObject({ sources: SourcesSchema().optional(), budget: … }).superRefine(refineSources)
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { PartialDateSchema } from './date';
import { report, uniqueIds } from './issue';
import { IdSchema, TextSchema, UrlSchema } from './text';
import { sourceKinds } from './vocabulary';

const sourceFields = () => ({
  title: TextSchema().meta({ description: 'Le titre du document source.' }),
  publisher: TextSchema().meta({ description: 'Qui l\'a publié (Unccas, ANCT, un journal…).' }),
  url: UrlSchema().optional().meta({ description: 'Son adresse.' }),
  date: PartialDateSchema().optional().meta({ description: 'Sa date de publication, si le document la donne (pas la date de début de l\'action qu\'il décrit).' }),
  kind: z.enum(sourceKinds).optional().meta({ description: 'primary (le document du porteur ou du financeur) ou secondary (un article, une synthèse qui en parle).' }),
  read: TextSchema().optional().meta({ description: 'La partie du document lue (« le début de la page », « pages 1 à 4 ») : ce qui n\'y est pas reste absent, pas « aucun ».' }),
  note: TextSchema().optional().meta({ description: 'Ce qui a été adapté ou corrigé par rapport à la source.' }),
});

/** One source, without an id: a file that has a single source and names it nowhere. */
export const SourceSchema = () =>
  z
    .strictObject({ id: IdSchema().optional().meta({ description: 'Identifiant de la source, que les faits citent (« unccas »).' }), ...sourceFields() })
    .meta({ description: 'Le document d\'où viennent les informations.' });

export type Source = z.output<ReturnType<typeof SourceSchema>>;

/** A source in a file's list: its id is what facts cite. */
export const SourceEntrySchema = () =>
  z
    .strictObject({ id: IdSchema().meta({ description: 'Identifiant de la source, que les faits citent (« unccas »).' }), ...sourceFields() })
    .meta({ description: 'Un document d\'où viennent des informations.' });

export type SourceEntry = z.output<ReturnType<typeof SourceEntrySchema>>;

export const SourcesSchema = () =>
  uniqueIds(z.array(SourceEntrySchema()).min(1)).meta({
    description: 'Les documents d\'où viennent les informations, chacun avec son identifiant ; un fait cite le sien par source: <identifiant>.',
  });

/** The ids a fact cites, normalised to a list. */
export type SourceRef = string[];

/** Every reference list the schema produced, and whether the author wrote a single id. */
const references = new WeakMap<SourceRef, { single: boolean }>();

export const SourceRefSchema = () =>
  z
    .union([IdSchema(), z.array(IdSchema()).min(1)])
    .transform((input): SourceRef => {
      const ids = typeof input === 'string' ? [input] : [...input];
      references.set(ids, { single: typeof input === 'string' });
      return ids;
    })
    .meta({
      description: 'La source de ce fait : l\'identifiant d\'un élément de sources, ou une liste d\'identifiants.',
      expected: fr.facts.source.refExpected,
      hint: fr.facts.source.refHint,
      examples: ['unccas', ['unccas', 'sud-ouest']],
    });

type Ctx = Parameters<typeof report>[0];
type Path = Array<string | number>;

/** Every source reference in a parsed value, with its path. */
function findReferences(value: unknown, path: Path, out: Array<{ ids: SourceRef; path: Path; single: boolean }>): void {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const found = references.get(value);
    if (found) {
      out.push({ ids: value, path, single: found.single });
      return;
    }
    value.forEach((item, i) => findReferences(item, [...path, i], out));
    return;
  }
  for (const [key, item] of Object.entries(value)) if (key !== 'mdast') findReferences(item, [...path, key], out);
}

/**
 * Checks every `source:` of a parsed file against its `sources:` list; call it from the root
 * schema's `superRefine`.
 */
export function refineSources(data: { sources?: ReadonlyArray<{ id: string }> }, ctx: Ctx): void {
  const known = (data.sources ?? []).map((s) => s.id);
  const found: Array<{ ids: SourceRef; path: Path; single: boolean }> = [];
  findReferences(data, [], found);
  for (const ref of found) {
    ref.ids.forEach((id, i) => {
      if (known.includes(id)) return;
      report(ctx, fr.facts.source.unknown(id, known), { rule: 'source/inconnue', expected: fr.details.schema.sourceExpected(known), hint: fr.facts.source.unknownHint }, ref.single ? ref.path : [...ref.path, i]);
    });
  }
}
