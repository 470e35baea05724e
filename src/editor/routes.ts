/**
 * The editor's addresses in the private workspace (its pages and its API), in one place. The
 * collections keep their French names in addresses (`/espace/contenu/appels/…`).
 */
import { routes } from '../routes';
import type { CollectionName } from '../../schemas/index';

/** The French word of each collection in addresses. */
export const collectionSlugs: Record<CollectionName, string> = {
  programmes: 'programmes',
  tenders: 'appels',
  providers: 'prestataires',
  responses: 'reponses',
  evaluations: 'evaluations',
};

export function collectionOfSlug(slug: string | undefined): CollectionName | undefined {
  return (Object.keys(collectionSlugs) as CollectionName[]).find((c) => collectionSlugs[c] === slug);
}

const base = routes.workspace;
const slugOf = (collection: string) => collectionSlugs[collection as CollectionName] ?? collection;

/** The word of the creation page, in the place of a file's identifier (`…/programmes/nouveau/`). */
const CREATE_WORD = 'nouveau';
/**
 * The identifiers that a page of a collection takes for itself: a new file never gets one, and a
 * file that has one (written by hand, or by an older version) opens under `…/fichier/<id>/`.
 */
export const reservedIds: readonly string[] = [CREATE_WORD];
/** The prefix of the address of a file whose identifier is a reserved word. */
export const FILE_PREFIX = 'fichier/';

/** The identifier in an editing address's rest (`castelnau` or `fichier/nouveau`). */
export function idOfEditPath(rest: string | undefined): string | undefined {
  return rest?.startsWith(FILE_PREFIX) ? rest.slice(FILE_PREFIX.length) : rest;
}

/** The query parameters of a page a refused form came back to: the French reason, the files to open. */
export const REFUSAL = { message: 'refus', file: 'voir' } as const;
/** The query parameter of the list that asks to confirm archiving a file (`programmes/castelnau`). */
export const CONFIRM_ARCHIVE = 'archiver';

export const editorRoutes = {
  home: `${base}contenu/`,
  list: (collection: string) => `${base}contenu/${slugOf(collection)}/`,
  edit: (collection: string, id: string) => `${base}contenu/${slugOf(collection)}/${reservedIds.includes(id) ? FILE_PREFIX : ''}${id}/`,
  create: (collection: string) => `${base}contenu/${slugOf(collection)}/${CREATE_WORD}/`,
  /** The list, asking whether to archive a file (the step before archiving, without JavaScript too). */
  confirmArchive: (collection: string, id: string) => `${base}contenu/?${CONFIRM_ARCHIVE}=${encodeURIComponent(`${collection}/${id}`)}#confirmer`,
  marks: (evaluation: string) => `${base}notes/${evaluation}/`,
  versions: `${base}versions/`,
  api: `${base}api/`,
  /** An action of the API (with the trailing slash every address of the site has). */
  action: (name: string) => `${base}api/${name}/`,
};
