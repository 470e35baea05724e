/**
 * /experiences/cartes.json: every sheet's card (its text and filter values), for the index's
 * script when the bank holds more sheets than one page shows: its filters and search then cover
 * every sheet. Built once, from the index.
 */
import type { APIRoute } from 'astro';
import { getSheetIndex } from '../../site/sheets';
import { cardData } from '../../site/sheet-card';

export const GET: APIRoute = async () => {
  const index = await getSheetIndex();
  return new Response(`${JSON.stringify(index.cards.map(cardData))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
