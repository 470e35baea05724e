/**
 * `/appels/<slug>.json`: a call's award criteria as open data, in the shape of the OCDS award
 * criteria breakdown extension (see src/domain/tender-export.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Tender } from '../../../schemas/index';
import type { Entry } from '../../domain/corpus';
import { tenderExport } from '../../domain/tender-export';
import { getCorpus } from '../../site/corpus';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return corpus.tenders.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<Tender> }> = ({ props }) => {
  const { entry } = props;
  return new Response(`${JSON.stringify(tenderExport(entry.id, entry.data), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
