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

export const editorRoutes = {
  home: `${base}contenu/`,
  list: (collection: string) => `${base}contenu/${slugOf(collection)}/`,
  edit: (collection: string, id: string) => `${base}contenu/${slugOf(collection)}/${id}/`,
  create: (collection: string) => `${base}contenu/${slugOf(collection)}/nouveau/`,
  marks: (evaluation: string) => `${base}notes/${evaluation}/`,
  versions: `${base}versions/`,
  api: `${base}api/`,
  /** An action of the API (with the trailing slash every address of the site has). */
  action: (name: string) => `${base}api/${name}/`,
};
