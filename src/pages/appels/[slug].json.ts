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

export const GET: APIRoute<{ entry: Entry<Tender> }> = async ({ props }) => {
  const { entry } = props;
  const { site, origin, ocidPrefix, builtAt } = siteConfig;
  // The calls this one links to, named in its open data by their title and address.
  const calls = (await getCorpus()).tenders.filter((c) => entry.data.related?.some((r) => r.tender === c.id)).map((c) => ({ id: c.id, title: c.data.title, uri: `${origin}${routes.callJson(c.id)}` }));
  const data = tenderExport(entry.id, entry.data, { site, ocidPrefix, builtAt, uri: `${origin}${routes.callJson(entry.id)}`, extension: `${origin}${routes.ocdsExtension}`, calls });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
