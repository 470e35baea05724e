/**
 * `/appels/<slug>.json`: a call as an OCDS 1.1 release package (see src/domain/tender-export.ts),
 * with the site's OCID prefix (src/site/config.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Tender } from '../../../schemas/index';
import type { Entry } from '../../domain/corpus';
import { tenderExport } from '../../domain/tender-export';
import { routes } from '../../routes';
import { siteConfig } from '../../site/config';
import { getCorpus } from '../../site/corpus';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return corpus.tenders.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<Tender> }> = ({ props }) => {
  const { entry } = props;
  const { site, origin, ocidPrefix, builtAt } = siteConfig;
  const data = tenderExport(entry.id, entry.data, { site, ocidPrefix, builtAt, uri: `${origin}${routes.callJson(entry.id)}`, extension: `${origin}${routes.ocdsExtension}` });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
