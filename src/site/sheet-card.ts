/**
 * The sheets in the index: each sheet as a card (its glance: territory, public, years, themes and
 * key result, already typeset by the sheet document), its filter values, the filters with their
 * counts, and the index's order.
 */
import type { Programme } from '../../schemas/index';
import { programmeThemes } from '../../schemas/vocabulary';
import type { SheetDocument } from '../document/sheet/index';
import { departementLabel, programmeYears } from '../document/sheet/text';
import type { Runs } from '../document/model';
import { fr } from '../i18n/fr';
import { routes } from '../routes';

const t = fr.sheet;

export type FacetKey = 'theme' | 'region' | 'departement' | 'public' | 'year';
export const facetKeys: readonly FacetKey[] = ['theme', 'region', 'departement', 'public', 'year'];

export interface SheetCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  fictional: boolean;
  status: string;
  territory: Runs;
  public: Runs;
  themes: string[];
  years: Runs;
  keyResult?: { value: string; label: string };
  /** Filter values (stable keys), by facet. */
  facets: Record<FacetKey, string[]>;
}

export interface Facet {
  key: FacetKey;
  label: string;
  /** Values in display order, with the number of sheets that have each. */
  values: Array<{ value: string; label: string; count: number }>;
}

/** The public filter values of a programme: genders (of the public and its groups), youth, QPV. */
export function publicFacets(p: Programme): string[] {
  const values = new Set<string>();
  const genders = [p.public.gender, ...(p.cohorts ?? []).map((c) => c.gender)];
  for (const g of ['women', 'men', 'mixed'] as const) if (genders.includes(g)) values.add(g);
  const ages = [p.public.age, ...(p.cohorts ?? []).map((c) => c.age)];
  if (ages.some((a) => a?.max !== undefined && a.max <= 25)) values.add('youth');
  if (p.public.residence?.qpv || (p.territory.qpv?.length ?? 0) > 0) values.add('qpv');
  return [...values];
}

export function sheetCard(sheet: SheetDocument, p: Programme): SheetCard {
  const g = sheet.glance;
  return {
    id: sheet.id,
    href: routes.sheet(sheet.id),
    title: sheet.title,
    summary: sheet.summary,
    fictional: sheet.fictional,
    status: sheet.status.label,
    territory: g.territory,
    public: g.public,
    themes: g.themes,
    years: g.years,
    ...(g.keyResult && { keyResult: g.keyResult }),
    facets: {
      theme: [...p.themes],
      region: [...(p.territory.regions ?? [])],
      departement: (p.territory.departements ?? []).map((d) => d.code),
      public: publicFacets(p),
      year: programmeYears(p).map(String),
    },
  };
}

/** The label of a filter value; the départements' labels read once from the programmes. */
function facetLabeller(programmes: readonly Programme[]): (key: FacetKey, value: string) => string {
  const departements = new Map<string, string>();
  for (const p of programmes) for (const d of p.territory.departements ?? []) if (!departements.has(d.code)) departements.set(d.code, departementLabel(d));
  return (key, value) => {
    switch (key) {
      case 'theme':
        return fr.vocab.programmeTheme[value as (typeof programmeThemes)[number]] ?? value;
      case 'departement':
        return departements.get(value) ?? value;
      case 'public':
        return (t.index.publicFacet as Record<string, string>)[value] ?? value;
      default:
        return value;
    }
  };
}

/**
 * The filters of the index: every value some sheet has, with how many sheets have it. Themes and
 * public follow the vocabulary's order; places alphabetically; years from the most recent.
 */
export function sheetFacets(cards: readonly SheetCard[], programmes: readonly Programme[]): Facet[] {
  const facetLabel = facetLabeller(programmes);
  return facetKeys.map((key) => {
    const counts = new Map<string, number>();
    for (const card of cards) for (const value of card.facets[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
    let values = [...counts.keys()];
    if (key === 'theme') values = programmeThemes.filter((th) => counts.has(th));
    else if (key === 'public') values = Object.keys(t.index.publicFacet).filter((v) => counts.has(v));
    else if (key === 'year') values.sort((a, b) => Number(b) - Number(a));
    else values.sort((a, b) => facetLabel(key, a).localeCompare(facetLabel(key, b), 'fr'));
    return {
      key,
      label: t.index.facets[key],
      values: values.map((value) => ({ value, label: facetLabel(key, value), count: counts.get(value)! })),
    };
  });
}

/** Cards in the index's order: the most recent first, then by title; undated sheets last. */
export function sortCards(cards: readonly SheetCard[]): SheetCard[] {
  const last = (c: SheetCard) => (c.facets.year.length ? Math.max(...c.facets.year.map(Number)) : -Infinity);
  return [...cards].sort((a, b) => last(b) - last(a) || a.title.localeCompare(b.title, 'fr'));
}

/**
 * Cards shown on one page of the index: a bank of 10,000 sheets is read a hundred at a time
 * (`/experiences/`, `/experiences/page/2/`, …), with links between the pages, without JavaScript.
 */
export const CARDS_PER_PAGE = 100;

/** The cards of each page of the index, in order; one empty page when there is no card. */
export function paginate<T>(cards: readonly T[], size = CARDS_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < cards.length; i += size) pages.push(cards.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Up to this many pages, the index links to every page; beyond, to some of them (`pageLinks`). */
export const ALL_PAGE_LINKS = 12;

/**
 * The pages the index's pagination links to from `page` (of `pages`), in order, `null` where
 * numbers are left out (shown « … »). Up to `ALL_PAGE_LINKS` pages, every page; beyond, the first
 * and the last, the two on each side of the page shown, and every tenth (beyond 100 pages, every
 * tenth of the page's hundred and every hundredth, and so on): a bank of 10,000 sheets gives 100
 * pages, of which about 17 links, and any page is four clicks away at most without JavaScript. A
 * single number between two shown is shown rather than an ellipsis standing for it.
 */
export function pageLinks(page: number, pages: number): Array<number | null> {
  if (pages <= ALL_PAGE_LINKS) return Array.from({ length: pages }, (_, i) => i + 1);
  const shown = new Set<number>([1, pages]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) shown.add(n);
  // Every tenth page across the bank up to 100 pages; beyond, every tenth within the page's own
  // hundred, every hundredth within its thousand, and so on up to the largest step, across the bank.
  for (let step = 10; step < pages; step *= 10) {
    const across = step * 10 >= pages;
    const start = across ? 0 : Math.floor((page - 1) / (step * 10)) * step * 10;
    const last = across ? pages - 1 : Math.min(start + step * 10, pages - 1);
    for (let n = start + step; n <= last; n += step) shown.add(n);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const [i, n] of sorted.entries()) {
    const before = sorted[i - 1];
    if (before !== undefined && n - before === 2) out.push(n - 1);
    else if (before !== undefined && n - before > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** What the index's script needs of a card to show it on any page: its text and filter values. */
export interface CardData {
  href: string;
  title: string;
  status: string;
  fictional: boolean;
  /** Territory, public and years as text runs: `[text]`, or `[text, 1]` for a value not given. */
  territory: Array<[string] | [string, 1]>;
  public: Array<[string] | [string, 1]>;
  years: Array<[string] | [string, 1]>;
  themes: string;
  keyResult?: [string, string];
  facets: Record<FacetKey, string[]>;
}

const plainRuns = (runs: Runs): Array<[string] | [string, 1]> => runs.map((r) => (r.missing ? [r.text, 1] : [r.text]));

export function cardData(card: SheetCard): CardData {
  return {
    href: card.href,
    title: card.title,
    status: card.status,
    fictional: card.fictional,
    territory: plainRuns(card.territory),
    public: plainRuns(card.public),
    years: plainRuns(card.years),
    themes: card.themes.join(', '),
    ...(card.keyResult && { keyResult: [card.keyResult.value, card.keyResult.label] as [string, string] }),
    facets: card.facets,
  };
}
