/**
 * The file of a published experience sheet, as written, to send to a bank of sheets (which adds it
 * with `passerelle import-sheet`): served by the workspace at /espace/fiches/<id>.yaml (or .md).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Programme } from '../../../schemas/index';
import { sheetFileExtension, sheetFileName } from '../../content/public-source';
import { isDraft, publishedProgrammes, type Entry } from '../../domain/corpus';
import { getCorpus } from '../../site/corpus';

export { sheetFileExtension, sheetFileName };

/** The routes' paths for the sheets written as `extension`. */
export function sheetFilePaths(extension: 'yaml' | 'md'): GetStaticPaths {
  return async () => {
    const corpus = await getCorpus();
    return publishedProgrammes(corpus)
      .filter((entry) => !isDraft(entry) && entry.source !== undefined && sheetFileExtension(entry) === extension)
      .map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
  };
}

export const sheetFile: APIRoute<{ entry: Entry<Programme> }> = ({ props }) =>
  new Response(props.entry.source, {
    headers: {
      'Content-Type': `${sheetFileExtension(props.entry) === 'md' ? 'text/markdown' : 'text/yaml'}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${sheetFileName(props.entry)}"`,
    },
  });
