/**
 * The index's search and filters, in the browser. Without this script the index is a plain list
 * of every sheet; with it, a search form and filters appear:
 *
 * - the search asks Pagefind's static index (loaded on the first search, never on a sheet page),
 *   and the other parts of a large bank's index merged with it; each part's list of addresses
 *   names every match at once, and only the cards shown load their excerpt (a Pagefind fragment);
 * - filters combine: values checked in one group add up (or), groups narrow each other (and);
 * - each value shows how many sheets it would give with the other choices kept (faceted counts);
 * - a status line says how many sheets are shown; nothing is sent anywhere;
 * - the search text and the checked filters are kept in the address (`?q=jardin&theme=youth`), so
 *   a filtered list can be bookmarked and shared, and a reload keeps it.
 *
 * A bank of more sheets than one page shows (`data-cards-url`) is searched and filtered whole: the
 * script shows the page's own cards and its page links while nothing is asked (the counts of the
 * filters, written in the page, are the whole bank's), reads every card from
 * /experiences/cartes.json the first time something is (6.4 MiB for 10,000 sheets, never fetched
 * by a visitor who only browses), then shows the first sheets that match, from every page
 * (`MAX_SHOWN` at most, the status line says how many match).
 */

import { ADDRESSES_FILE } from '../build/search-parts';
import { routes } from '../routes';
import type { CardData } from './sheet-card';

/** Sheets shown at most at once when a search or filter covers a bank of several pages. */
export const MAX_SHOWN = 100;

type Facets = Record<string, string[]>;

interface Card {
  /** The card's element: on the page, or made from the bank's cards when first shown. */
  el?: HTMLElement;
  href: string;
  facets: Facets;
  excerpt: HTMLElement | null;
  data?: CardData;
}

interface Texts {
  shownOne: string;
  shownMany: string;
  shownNone: string;
  allOne: string;
  all: string;
  searching: string;
  loadingCards: string;
  unavailable: string;
  firstShown: string;
  cardsUnavailable: string;
  /** How many sheets a filter value would show (`1 fiche`, `12 fiches`). */
  facetOne: string;
  facetMany: string;
  /** The labels of a card's facts and badge. */
  card: Record<'territory' | 'public' | 'years' | 'themes' | 'keyResult' | 'fictional', string>;
}

interface PagefindResult {
  /** The name of the page's fragment, the key of the part's list of addresses. */
  id: string;
  data: () => Promise<{ url: string; excerpt: string }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string, options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * A count as the page writes it (`1000` → `1 000`, with the narrow no-break space the build's
 * formatting module puts in the page's own counts, whatever space the browser's French uses).
 * Not `formatNumber` itself: src/domain/format.ts imports the whole dictionary, which this script
 * receives as the few texts it needs.
 */
export const countText = (n: number) => n.toLocaleString('fr-FR').replace(/[\u00A0\u202F ]/g, '\u202F');

/** A message of the script with its counts: `{n}`, `{total}` (the cards of the bank), `{shown}`. */
export function sayCounts(template: string, n: number, total: number, shown = MAX_SHOWN): string {
  return template.replace('{n}', countText(n)).replace('{total}', countText(total)).replace('{shown}', countText(shown));
}

/** Pagefind's URL for a page, as the card's link writes it (`/experiences/x/`). */
export function normaliseUrl(url: string): string {
  const path = new URL(url, 'http://x').pathname.replace(/index\.html$/, '');
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * How many cards each filter value would show with the other groups' choices kept: for each group
 * and value, the cards that pass every other group and have the value (`passes(facets, selected,
 * group)` and the value among the card's). One pass over the cards: a card that fails no group
 * counts for all its values, a card that fails one group for that group's values only, a card that
 * fails two for none. Asking `passes` for each of 148 values of 1,000 cards took 75 ms a click.
 */
export function facetCounts(cards: Iterable<Facets>, selected: Record<string, Set<string>>): Map<string, Map<string, number>> {
  const groups = Object.keys(selected);
  const counts = new Map(groups.map((group) => [group, new Map<string, number>()]));
  const add = (facets: Facets, group: string) => {
    const tally = counts.get(group)!;
    for (const value of new Set(facets[group] ?? [])) tally.set(value, (tally.get(value) ?? 0) + 1);
  };
  for (const facets of cards) {
    let failed: string | undefined;
    let failures = 0;
    for (const group of groups) {
      if (!passesGroup(facets, group, selected[group])) {
        failed = group;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) for (const group of groups) add(facets, group);
    else if (failures === 1) add(facets, failed!);
  }
  return counts;
}

/**
 * A page's address as Pagefind's own results give it: the path Pagefind stored (in a part's list of
 * addresses, `/experiences/x/`) under the site's base path (`/fiches/` → `/fiches/experiences/x/`).
 */
export function underBase(raw: string, base: string): string {
  if (/^(https?:)?\/\//.test(raw)) return raw;
  return `${base}/${raw}`.replace(/\/+/g, '/');
}

/** Whether a card passes one group of filters: nothing checked there, or one of its values checked. */
const passesGroup = (facets: Facets, group: string, checked: ReadonlySet<string>) => checked.size === 0 || (facets[group] ?? []).some((v) => checked.has(v));

/** Whether a card passes the checked filters, ignoring one group (to count that group's values). */
export function passes(facets: Facets, selected: Record<string, Set<string>>, except?: string): boolean {
  return Object.entries(selected).every(([key, values]) => key === except || passesGroup(facets, key, values));
}

/** The finder's state as a query string: the search text, then each checked value (`q=…&theme=youth`). */
export function stateToQuery(text: string, selected: Record<string, ReadonlySet<string>>): string {
  const params = new URLSearchParams();
  if (text.trim()) params.set('q', text.trim());
  for (const [key, values] of Object.entries(selected)) for (const value of [...values].sort()) params.append(key, value);
  return params.toString();
}

/**
 * The state an address asks for, keeping only the filter values the page offers (a shared link
 * with a value that no sheet has any more, or a made-up key, is ignored rather than obeyed).
 */
export function queryToState(search: string, offered: Record<string, readonly string[]>): { text: string; selected: Record<string, Set<string>> } {
  const params = new URLSearchParams(search);
  const selected: Record<string, Set<string>> = {};
  for (const [key, values] of Object.entries(offered)) {
    selected[key] = new Set(params.getAll(key).filter((v) => values.includes(v)));
  }
  return { text: (params.get('q') ?? '').slice(0, 200), selected };
}

/** Puts Pagefind's excerpt (text with <mark> around matched words) into `target`, as text nodes. */
function showExcerpt(target: HTMLElement, excerpt: string): void {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  target.replaceChildren();
  for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(document.createTextNode(node.textContent ?? ''));
  }
}

/** A card's element from its data, as SheetCard.astro writes it. */
function cardElement(data: CardData, label: Texts['card']): HTMLElement {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const runs = (list: CardData['territory']) => {
    const dd = make('dd');
    for (const [text, missing] of list) dd.append(missing ? make('span', 'missing', text) : document.createTextNode(text));
    return dd;
  };
  const li = make('li', 'card');
  li.dataset.card = '';
  li.dataset.href = data.href;
  const article = make('article');
  const title = make('h3', 'card-title');
  const link = make('a', undefined, data.title);
  link.href = data.href;
  title.append(link);
  const badges = make('p', 'badges');
  badges.append(make('span', 'badge', data.status));
  if (data.fictional) badges.append(make('span', 'badge badge-fictional', label.fictional));
  const facts = make('dl', 'card-facts');
  for (const [key, dd] of [['territory', runs(data.territory)], ['public', runs(data.public)], ['years', runs(data.years)], ['themes', make('dd', undefined, data.themes)]] as const) {
    const row = make('div');
    row.append(make('dt', undefined, label[key]), dd);
    facts.append(row);
  }
  article.append(title, badges, facts);
  if (data.keyResult) {
    const result = make('p', 'card-result');
    result.append(make('span', 'visually-hidden', `${label.keyResult} `), make('strong', undefined, data.keyResult[0]), document.createTextNode(` ${data.keyResult[1]}`));
    article.append(result);
  }
  const excerpt = make('p', 'card-excerpt');
  excerpt.dataset.excerpt = '';
  excerpt.hidden = true;
  article.append(excerpt);
  li.append(article);
  return li;
}

export function startFinder(): void {
  const root = document.querySelector<HTMLElement>('[data-sheet-index]');
  const form = root?.querySelector<HTMLFormElement>('form[data-finder]');
  const list = root?.querySelector<HTMLElement>('[data-cards]');
  const status = root?.querySelector<HTMLElement>('[data-status]');
  const query = form?.querySelector<HTMLInputElement>('[data-query]');
  const textsEl = document.getElementById('textes-recherche');
  if (!root || !form || !list || !status || !query || !textsEl) return;
  const texts = JSON.parse(textsEl.textContent ?? '{}') as Texts;
  const pageCards: Card[] = Array.from(list.querySelectorAll<HTMLElement>('[data-card]')).map((el) => ({
    el,
    href: el.dataset.href ?? '',
    facets: JSON.parse(el.dataset.facets ?? '{}') as Facets,
    excerpt: el.querySelector<HTMLElement>('[data-excerpt]'),
  }));
  const cardsUrl = root.dataset.cardsUrl;
  const pagination = root.querySelector<HTMLElement>('[data-pagination]');
  const pageStatus = status.textContent ?? '';
  if (!cardsUrl) {
    finder(root, form, list, status, query, texts, pageCards, false);
    return;
  }
  // A bank of several pages: the finder over the page's cards, then over every card once asked.
  const loadCards = () =>
    fetch(cardsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<CardData[]>) : Promise.reject(new Error(String(response.status)))))
      .then((all) => {
        const onPage = new Map(pageCards.map((c) => [c.href, c]));
        return all.map((data): Card => onPage.get(data.href) ?? { href: data.href, facets: data.facets, excerpt: null, data });
      });
  finder(root, form, list, status, query, texts, pageCards, true, { pageCards, pagination, pageStatus, loadCards });
}

interface Pages {
  /** The cards the page itself lists, shown while nothing is asked. */
  pageCards: Card[];
  pagination: HTMLElement | null;
  /** The page's own status line (`Fiches 101 à 200 sur 10 000`). */
  pageStatus: string;
  /** Every card of the bank (cartes.json), asked for the first time something is asked. */
  loadCards?: () => Promise<Card[]>;
}

function finder(root: HTMLElement, form: HTMLFormElement, list: HTMLElement, status: HTMLElement, query: HTMLInputElement, texts: Texts, initialCards: Card[], severalPages: boolean, pages?: Pages): void {
  const boxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  let cards = initialCards;
  let original = [...cards];
  let bank = severalPages;
  const ownCards = new Set(pages?.pageCards ?? cards);
  /** Whether `cards` holds every card the search and filters cover (a bank's, once read). */
  let complete = !pages?.loadCards;
  let loading: Promise<void> | undefined;
  /** Every card of the bank, read once; if it cannot be, the page's own, and a note saying so. */
  function allCards(): Promise<void> {
    if (complete) return Promise.resolve();
    status.textContent = texts.loadingCards;
    return (loading ??= pages!.loadCards!().then(
      (all) => {
        cards = all;
        original = [...all];
        complete = true;
      },
      () => {
        bank = false;
        complete = true;
        const note = document.createElement('p');
        note.className = 'note';
        note.textContent = texts.cardsUnavailable;
        form.append(note);
      },
    ));
  }
  /** Shows what the form asks, once every card it covers is there. */
  function refresh(): void {
    if (complete) update();
    else void allCards().then(update);
  }
  /** Pages matched by the search, best first, with their result; null when there is no search. */
  let matches: Map<string, PagefindResult> | null = null;
  /** The excerpt of each result whose fragment was asked for. */
  const excerpts = new WeakMap<PagefindResult, Promise<string>>();
  const excerptOf = (result: PagefindResult) => {
    let excerpt = excerpts.get(result);
    if (!excerpt) excerpts.set(result, (excerpt = result.data().then((d) => d.excerpt)));
    return excerpt;
  };
  /** Every page of the index by the name of its result; null where two parts give one name two pages. */
  const addresses = new Map<string, string | null>();
  let pagefind: Promise<Pagefind> | undefined;
  let searchId = 0;
  const queryField = query;

  form.hidden = false;
  root.classList.add('enhanced');
  // Filters start open beside the list on a wide screen, folded above it on a narrow one.
  const filters = form.querySelector<HTMLDetailsElement>('[data-filters]');
  if (filters) filters.open = window.matchMedia('(min-width: 56rem)').matches;

  const say = (template: string, n: number) => sayCounts(template, n, cards.length);

  function selected(): Record<string, Set<string>> {
    const out: Record<string, Set<string>> = {};
    for (const box of boxes) {
      out[box.name] ??= new Set();
      if (box.checked) out[box.name].add(box.value);
    }
    return out;
  }

  /** Keeps the address in step with the form, without adding a history entry per keystroke. */
  function remember(sel: Record<string, Set<string>>): void {
    const query = stateToQuery(queryField.value, sel);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }

  function update(): void {
    const sel = selected();
    remember(sel);
    const filtering = matches !== null || Object.values(sel).some((s) => s.size > 0);
    const found = (card: Card) => matches === null || matches.has(card.href);
    const ordered = matches === null ? original : [...original].sort((a, b) => rank(a) - rank(b));
    let shown = 0;
    let matching = 0;
    for (const card of ordered) {
      let visible = found(card) && passes(card.facets, sel);
      if (visible) matching++;
      // A bank of several pages: its own cards while nothing is asked, else the first that match.
      if (bank) visible = filtering ? visible && shown < MAX_SHOWN : ownCards.has(card);
      if (visible && !card.el && card.data) {
        card.el = cardElement(card.data, texts.card);
        card.excerpt = card.el.querySelector<HTMLElement>('[data-excerpt]');
      }
      if (!card.el) continue;
      card.el.hidden = !visible;
      if (visible) shown++;
      if (card.excerpt) {
        const result = matches?.get(card.href);
        const target = card.excerpt;
        target.hidden = true;
        if (visible && result) {
          const asked = matches;
          void excerptOf(result).then(
            (excerpt) => {
              if (matches !== asked || card.el?.hidden || !excerpt) return;
              showExcerpt(target, excerpt);
              target.hidden = false;
            },
            () => undefined,
          );
        }
      }
      list.append(card.el);
    }
    const counts = facetCounts(
      cards.flatMap((c) => (found(c) ? [c.facets] : [])),
      sel,
    );
    for (const box of boxes) {
      const n = counts.get(box.name)?.get(box.value) ?? 0;
      const count = box.parentElement?.querySelector('[data-count]');
      if (count) count.textContent = (n >= 2 ? texts.facetMany : texts.facetOne).replace('{n}', countText(n));
    }
    if (pages?.pagination) pages.pagination.hidden = filtering;
    if (!filtering) status.textContent = pages ? pages.pageStatus : say(cards.length === 1 ? texts.allOne : texts.all, shown);
    else if (matching === 0) status.textContent = texts.shownNone;
    else status.textContent = `${say(matching === 1 ? texts.shownOne : texts.shownMany, matching)}${matching > shown ? ` ${say(texts.firstShown, shown)}` : ''}`;
  }

  /** The place of each match in Pagefind's order, computed once per search (not once per comparison). */
  const ranks = new WeakMap<Map<string, PagefindResult>, Map<string, number>>();
  function rank(card: Card, among = matches): number {
    if (!among) return 0;
    let order = ranks.get(among);
    if (!order) ranks.set(among, (order = new Map([...among.keys()].map((href, i) => [href, i]))));
    return order.get(card.href) ?? Infinity;
  }

  function loadPagefind(): Promise<Pagefind> {
    const url = new URL(routes.pagefind, window.location.href).href;
    pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      // Pagefind names pages by their path in the built folder: give it the site's base path.
      await pf.options({ excerptLength: 24, baseUrl: routes.home });
      // A large bank's index is built in parts (scripts/search-index-fs.ts): one search over all.
      const response = await fetch(new URL(routes.pagefindParts, window.location.href));
      if (!response.ok) throw new Error(String(response.status));
      const home = new URL(routes.home, window.location.href);
      const parts = ((await response.json()) as string[]).map((part) => new URL(part, home).href);
      for (const part of parts) await pf.mergeIndex(part, { baseUrl: routes.home });
      // The addresses of the pages; a part without its list leaves its matches to their fragment.
      await Promise.all(
        [new URL('./', url).href, ...parts].map(async (part) => {
          const list: Record<string, string> = await fetch(new URL(ADDRESSES_FILE, part)).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
          for (const [id, raw] of Object.entries(list)) {
            const address = underBase(raw, routes.home);
            addresses.set(id, addresses.has(id) && addresses.get(id) !== address ? null : address);
          }
        }),
      );
      return pf;
    });
    return pagefind;
  }

  async function search(): Promise<void> {
    const id = ++searchId;
    const text = query.value.trim();
    if (!text) {
      matches = null;
      update();
      return;
    }
    const everyCard = allCards();
    status.textContent = texts.searching;
    try {
      const pf = await loadPagefind();
      const response = await pf.search(text);
      if (!response) return; // superseded by a newer search
      const found = await Promise.all(response.results.map(async (r) => [normaliseUrl(addresses.get(r.id) ?? (await r.data()).url), r] as const));
      await everyCard;
      if (id !== searchId) return;
      const next = new Map(found);
      // The excerpts of the cards about to be shown, before they are: the status line then tells a
      // list that is complete. The list shown until then is the last search's.
      const sel = selected();
      const shown = original.filter((card) => next.has(card.href) && passes(card.facets, sel)).sort((a, b) => rank(a, next) - rank(b, next));
      await Promise.all(shown.slice(0, bank ? MAX_SHOWN : shown.length).map((card) => excerptOf(next.get(card.href)!).catch(() => '')));
      if (id !== searchId) return;
      matches = next;
      update();
    } catch {
      if (id !== searchId) return;
      matches = null;
      update();
      status.textContent = texts.unavailable;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 300);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) refresh();
  });
  form.addEventListener('reset', () => {
    // The reset clears the fields after this event: update once it has.
    setTimeout(() => {
      matches = null;
      searchId++;
      refresh();
    });
  });

  // A bookmarked or shared address: check its filters and run its search.
  const offered: Record<string, string[]> = {};
  for (const box of boxes) (offered[box.name] ??= []).push(box.value);
  const initial = queryToState(window.location.search, offered);
  for (const box of boxes) box.checked = initial.selected[box.name]?.has(box.value) ?? false;
  query.value = initial.text;
  // A bank's page that nothing asks of is shown as written (its cards, its counts of the whole bank).
  if (complete || initial.text || Object.values(initial.selected).some((s) => s.size > 0)) refresh();
  if (initial.text) void search();
}
