/**
 * Fields whose value is chosen among content that exists: another file (a call, a provider, a
 * programme: the schema's `ref`), a part of the call a response answers (its lots, sections,
 * deliverables, requirements, criteria), a part of the same file (its groups, its sources), or a
 * French département or région.
 *
 * The table below is keyed by schema path: a field it does not name is typed as text, so a new
 * schema field still appears. Pure; the catalog of existing content comes from the server.
 */
import { fr } from '../i18n/fr';
import type { Option } from './labels';

export type TenderList = 'lots' | 'sections' | 'deliverables' | 'commitments' | 'requirements' | 'criteria' | 'units';
export type OwnList = 'cohorts' | 'sections' | 'sources' | 'answers' | 'annexes' | 'sites' | 'shares' | 'units';

export type ChoiceSource =
  | { kind: 'departement' }
  | { kind: 'region' }
  | { kind: 'ref'; collection: string }
  /** A part of the call the file names in its `tender` field. */
  | { kind: 'tender'; list: TenderList }
  /** A part of this same file. */
  | { kind: 'own'; list: OwnList };

/** Schema path → where its choices come from. */
const table: Record<string, ChoiceSource> = {
  lot: { kind: 'tender', list: 'lots' },
  'answers[].section': { kind: 'tender', list: 'sections' },
  'deliverables[].deliverable': { kind: 'tender', list: 'deliverables' },
  'commitments[].requirement': { kind: 'tender', list: 'commitments' },
  'offers[].marks[].criterion': { kind: 'tender', list: 'criteria' },
  'offers[].manual.lot': { kind: 'tender', list: 'lots' },
  'offers[].manual.findings[].requirement': { kind: 'tender', list: 'requirements' },
  'workshops[].cohorts[]': { kind: 'own', list: 'cohorts' },
  'results.quantitative[].cohort': { kind: 'own', list: 'cohorts' },
  'requirements[].section': { kind: 'own', list: 'sections' },
  'deliverables[].section': { kind: 'own', list: 'answers' },
  'deliverables[].annex': { kind: 'own', list: 'annexes' },
  'lots[].requirements[].section': { kind: 'own', list: 'sections' },
  'public.eligibility[].site': { kind: 'own', list: 'sites' },
  'milestones[].site': { kind: 'own', list: 'sites' },
  'pricingScenario.outcomes[].share': { kind: 'own', list: 'shares' },
  'lots[].pricingScenario.outcomes[].share': { kind: 'own', list: 'shares' },
  'pricingScenario.units[].unit': { kind: 'own', list: 'units' },
  'lots[].pricingScenario.units[].unit': { kind: 'own', list: 'units' },
  'price.unitRates[].unit': { kind: 'tender', list: 'units' },
};

/** Where a field's choices come from, from its schema path and metadata. */
export function choiceSourceOf(field: string, meta: { expected?: string; ref?: string }): ChoiceSource | undefined {
  if (meta.ref) return { kind: 'ref', collection: meta.ref };
  if (meta.expected === fr.facts.source.refExpected) return { kind: 'own', list: 'sources' };
  const own = table[field];
  if (own) return own;
  const last = field.split('.').pop() ?? '';
  if (last === 'departement' || last === 'departements[]') return { kind: 'departement' };
  if (last === 'region' || last === 'regions[]') return { kind: 'region' };
  return undefined;
}

/** What the server tells the browser about existing content. */
export interface Catalog {
  /** Each collection's files: id and title. */
  entries: Record<string, Option[]>;
  /** Each call's parts a response or an evaluation refers to. */
  tenders: Record<string, Record<TenderList, Option[]>>;
}

type Data = Record<string, unknown>;

const list = (value: unknown): Data[] => (Array.isArray(value) ? value.filter((v): v is Data => !!v && typeof v === 'object') : []);
const option = (item: Data, label: unknown): Option | undefined =>
  typeof item.id === 'string' ? { value: item.id, label: typeof label === 'string' ? label : item.id } : undefined;

/** The choices of a field, given the catalog and the file's current data. */
export function choicesFor(source: ChoiceSource, catalog: Catalog, data: Data): Option[] | undefined {
  switch (source.kind) {
    case 'ref':
      return catalog.entries[source.collection];
    case 'tender': {
      const tender = typeof data.tender === 'string' ? catalog.tenders[data.tender] : undefined;
      return tender?.[source.list];
    }
    case 'own': {
      if (source.list === 'answers') return answeredSections(catalog, data);
      const price = (data.priceModel ?? {}) as Data;
      const from = { cohorts: data.cohorts, sections: data.responseSections, sources: data.sources, annexes: data.annexes, sites: data.sites, shares: price.shares, units: price.units }[source.list];
      return list(from).flatMap((item) => option(item, item.name ?? item.title ?? item.label) ?? []);
    }
    default:
      return undefined;
  }
}

/** The sections a response answers, by the call's name for them (or the answer's own title). */
function answeredSections(catalog: Catalog, data: Data): Option[] {
  const named = typeof data.tender === 'string' ? (catalog.tenders[data.tender]?.sections ?? []) : [];
  return list(data.answers).flatMap((answer) => {
    if (typeof answer.section !== 'string') return [];
    const label = named.find((o) => o.value === answer.section)?.label ?? (typeof answer.title === 'string' ? answer.title : answer.section);
    return [{ value: answer.section, label }];
  });
}
