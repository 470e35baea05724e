/**
 * The open-data JSON of each sheet, at /experiences/<slug>.json (see src/site/sheet-json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSheets, type Sheet } from '../../site/sheets';
import { sheetOpenData } from '../../site/sheet-json';
import { counted } from '../../build/work-log-fs';

export const getStaticPaths = (async () => {
  const sheets = await getSheets();
  return sheets.map((sheet) => ({ params: { slug: sheet.entry.id }, props: { sheet }, cacheKey: sheet.key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet }> = ({ props, site }) => {
  const { sheet } = props;
  counted('sheetJson');
  const data = sheetOpenData(sheet.entry, sheet.metrics, site ?? 'https://passerelle.example');
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
