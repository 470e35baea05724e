/**
 * The content as code receives it: one list of entries per collection, each entry with the id
 * taken from its file name and its normalised data.
 */
import type { Evaluation, Programme, Provider, Response, Tender } from '../../schemas/index';
import { fr } from '../i18n/fr';

export interface Entry<T> {
  id: string;
  data: T;
  /** The file as written (YAML or Markdown), when known: a response PDF carries its sources. */
  source?: string;
  /** Its path relative to the project root. */
  file?: string;
}

export interface Corpus {
  programmes: Entry<Programme>[];
  tenders: Entry<Tender>[];
  providers: Entry<Provider>[];
  responses: Entry<Response>[];
  evaluations: Entry<Evaluation>[];
}

export const emptyCorpus = (): Corpus => ({ programmes: [], tenders: [], providers: [], responses: [], evaluations: [] });

export function byId<T>(entries: readonly Entry<T>[], id: string | undefined): Entry<T> | undefined {
  return id === undefined ? undefined : entries.find((entry) => entry.id === id);
}

/** Whether an entry is a draft (`draft: true`): validated, previewed in the workspace, never published. */
export function isDraft(entry: Entry<{ draft?: boolean }>): boolean {
  return entry.data.draft === true;
}

/**
 * What the public site may hold: the calls and the programmes, without drafts. Responses,
 * providers and evaluations (offers, prices, marks, justifications) stay in the private workspace:
 * they are confidential until the award.
 */
export function publicCorpus(corpus: Corpus): Corpus {
  return {
    programmes: corpus.programmes.filter((e) => !isDraft(e)),
    tenders: corpus.tenders.filter((e) => !isDraft(e)),
    providers: [],
    responses: [],
    evaluations: [],
  };
}

/** Programmes that have run or are running: the ones published as experience sheets. */
export function publishedProgrammes(corpus: Corpus): Entry<Programme>[] {
  return corpus.programmes.filter(isPublishedProgramme);
}

/** Whether a programme is published as an experience sheet (it has run or is running). */
export const isPublishedProgramme = (p: Entry<Programme>): boolean => p.data.status !== 'proposed';

/** The providers of a response: the provider alone, or the consortium's lead then members. */
export function responseProviders(response: Response, corpus: Corpus): Entry<Provider>[] {
  const ids = response.provider
    ? [response.provider]
    : [response.consortium!.lead, ...response.consortium!.members.flatMap((m) => (m.provider ? [m.provider] : []))];
  return ids.flatMap((id) => {
    const entry = byId(corpus.providers, id);
    return entry ? [entry] : [];
  });
}

/** Who made a response: the provider, or « Groupement A et B ». */
export function offerName(response: Response, corpus: Corpus): string {
  if (response.provider) return byId(corpus.providers, response.provider)?.data.name ?? response.provider;
  const consortium = response.consortium!;
  const lead = byId(corpus.providers, consortium.lead)?.data.name ?? consortium.lead;
  const members = consortium.members.map((m) => (m.provider ? (byId(corpus.providers, m.provider)?.data.name ?? m.provider) : m.organisation!.name));
  return fr.evaluation.consortium([lead, ...members]);
}

/**
 * An offer of an evaluation as the committee calls it: the provider of an offer entered by hand, or
 * who made the response; undefined for a response the corpus does not hold.
 */
export function offerDisplayName(offer: { response?: string; manual?: { provider?: string } }, corpus: Corpus): string | undefined {
  if (offer.manual) return offer.manual.provider;
  const response = offer.response === undefined ? undefined : byId(corpus.responses, offer.response);
  return response && offerName(response.data, corpus);
}

/** The provider that invoices a response: the provider alone, or the consortium's lead. */
export function invoicingProvider(response: Response, corpus: Corpus): Entry<Provider> | undefined {
  return byId(corpus.providers, response.provider ?? response.consortium?.lead);
}
