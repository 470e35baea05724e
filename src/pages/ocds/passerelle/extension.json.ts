/** `/ocds/passerelle/extension.json`: Passerelle's OCDS extension (see src/domain/ocds-extension.ts). */
import type { APIRoute } from 'astro';
import { passerelleExtension } from '../../../domain/ocds-extension';
import { routes } from '../../../routes';
import { siteConfig } from '../../../site/config';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(passerelleExtension(`${siteConfig.origin}${routes.ocdsExtension}`), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
