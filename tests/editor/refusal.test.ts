/**
 * A refused form post (create, duplicate, archive, restore, create a response) brings the person
 * back to the page they came from with the French reason, never to a page of raw JSON; a JSON
 * client still reads JSON.
 */
import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { editorApi, refusedAt } from '../../src/editor/api-fs';
import { EditorError } from '../../src/editor/files-fs';
import { fr } from '../../src/i18n/fr';

const host = '127.0.0.1:4322';
const cited = new EditorError('Ce fichier n’a pas été archivé.', 409, [{ collection: 'responses', id: 'elan-dijon-2022' }]);
const query = (location: string) => Object.fromEntries([...new URL(location, 'http://x').searchParams.keys()].map((k) => [k, new URL(location, 'http://x').searchParams.getAll(k)]));

describe('where a refused form goes back', () => {
  it.each([
    ['the list it came from', `http://${host}/espace/contenu/`, '/espace/contenu/'],
    ['the creation page it came from', `http://${host}/espace/contenu/reponses/nouveau/`, '/espace/contenu/reponses/nouveau/'],
    ['the page, without the previous refusal', `http://${host}/espace/contenu/?refus=ancien&voir=x%2Fy&message=archive`, '/espace/contenu/'],
    ['the list, from another site', 'http://exemple.fr/espace/contenu/', '/espace/contenu/'],
    ['the list, from the API itself', `http://${host}/espace/api/archiver/`, '/espace/contenu/'],
    ['the list, from a public page', `http://${host}/experiences/`, '/espace/contenu/'],
    ['the list, without a Referer', undefined, '/espace/contenu/'],
  ])('to %s', (_, referer, path) => {
    const location = refusedAt({ headers: { host, ...(referer && { referer }) } }, cited);
    expect(location.split('?')[0]).toBe(path);
    expect(query(location)).toEqual({ refus: ['Ce fichier n’a pas été archivé.'], voir: ['responses/elan-dijon-2022'] });
  });
});

function post(type: string, body: string, action = 'creer'): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const req = Object.assign(Readable.from([Buffer.from(body)]), {
    method: 'POST',
    url: `/espace/api/${action}/`,
    headers: { host, origin: `http://${host}`, referer: `http://${host}/espace/contenu/programmes/nouveau/`, 'content-type': type },
  }) as unknown as IncomingMessage;
  return new Promise((resolve) => {
    let status = 0;
    let headers: Record<string, string> = {};
    const res = {
      writeHead(code: number, h: Record<string, string>) {
        status = code;
        headers = h;
        return res;
      },
      end(text?: string) {
        resolve({ status, headers, body: text ?? '' });
      },
    } as unknown as ServerResponse;
    void editorApi(req, res, () => resolve({ status: 404, headers: {}, body: 'next' }));
  });
}

describe('a refused creation', () => {
  it('from a form, goes back to the creation page with the reason', async () => {
    const answer = await post('application/x-www-form-urlencoded', 'collection=inconnue&title=Essai');
    expect(answer.status).toBe(303);
    expect(answer.headers.location.split('?')[0]).toBe('/espace/contenu/programmes/nouveau/');
    expect(query(answer.headers.location).refus).toEqual([fr.editor.errors.badCollection]);
  });

  it('from fetch with JSON, answers JSON', async () => {
    const answer = await post('application/json', JSON.stringify({ collection: 'inconnue', title: 'Essai' }));
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/json');
    expect(JSON.parse(answer.body)).toEqual({ message: fr.editor.errors.badCollection });
  });
});

describe('archiving from a plain form', () => {
  it.each([
    ['without confirmation, asks first on the list', 'collection=programmes&id=castelnau-donne-des-elles', '/espace/contenu/?archiver=programmes%2Fcastelnau-donne-des-elles#confirmer'],
    ['with an unknown collection and no confirmation, asks too (the list shows nothing to confirm)', 'collection=inconnue&id=x', '/espace/contenu/?archiver=inconnue%2Fx#confirmer'],
  ])('%s', async (_, body, location) => {
    const answer = await post('application/x-www-form-urlencoded', body, 'archiver');
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe(location);
  });

  it('with confirmation but refused, goes back with the reason, without asking again', async () => {
    const answer = await post('application/x-www-form-urlencoded', 'collection=inconnue&id=x&confirm=oui', 'archiver');
    expect(answer.headers.location.split('?')[0]).toBe('/espace/contenu/programmes/nouveau/');
    expect(query(answer.headers.location)).toEqual({ refus: [fr.editor.errors.badCollection] });
  });
});
