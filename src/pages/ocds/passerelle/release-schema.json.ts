/** `/ocds/passerelle/release-schema.json`: the fields Passerelle's OCDS extension adds. */
import type { APIRoute } from 'astro';
import { passerelleReleaseSchema } from '../../../domain/ocds-extension';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(passerelleReleaseSchema, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
