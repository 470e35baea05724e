/**
 * The private workspace, as a provider or an evaluator opens it (`passerelle workspace`, started by
 * the global setup in its own process): it says it is private, answers only this machine, serves
 * every page and PDF of the responses and the evaluation, and shows drafts marked as such.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { routes } from '../../src/routes';
import { pdftotext, readPdf } from '../pdf/read';
import { fromWorkspace, workspaceUrl } from './browser';

const S = '\u00A0';
const root = join(import.meta.dirname, '..', '..');
const corpus = loadCorpus();

/** A GET with the Host and Origin headers a browser elsewhere would send (fetch cannot set Host). */
function get(path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(path, workspaceUrl());
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: url.pathname, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('passerelle workspace', () => {
  it('prints its address on 127.0.0.1 and says in French that it is private', () => {
    const banner = inject('workspaceBanner');
    expect(banner).toMatch(new RegExp(`^Espace de travail privé ouvert${S}: http://127\\.0\\.0\\.1:\\d+/espace/\\n`));
    expect(banner).toContain('Il n’est accessible que depuis cette machine');
    expect(banner).toContain('n’est publié sur le site public');
  });

  it('serves every page and PDF of the responses and the evaluation', async () => {
    const paths = [
      routes.workspace,
      routes.responses,
      ...corpus.responses.flatMap((r) => [routes.response(r.id), routes.responsePdf(r.id)]),
      routes.evaluations,
      ...corpus.evaluations.flatMap((e) => [routes.evaluation(e.id), routes.evaluationPdf(e.id)]),
      routes.providers,
      ...corpus.providers.map((p) => routes.provider(p.id)),
    ];
    expect(paths).toHaveLength(15);
    for (const path of paths) {
      const response = await fetch(`${workspaceUrl()}${path}`);
      expect([path, response.status]).toEqual([path, 200]);
      expect([path, response.headers.get('content-type')]).toEqual([path, path.endsWith('.pdf') ? 'application/pdf' : 'text/html']);
      await response.arrayBuffer();
    }
  });

  it('serves the response PDF with its structured offer attached', async () => {
    const pdf = await readPdf(await fromWorkspace(routes.responsePdf('tremplin-dijon-2022')));
    expect(Object.keys(pdf.attachments)).toEqual(['offre.json']);
  });

  it.each([
    ['another Host (DNS rebinding)', { host: 'passerelle.evil.example' }],
    ['a page of another site', { origin: 'https://evil.example' }],
  ])('refuses %s', async (_, headers) => {
    const port = new URL(workspaceUrl()).port;
    expect(await get(routes.workspace, { host: `127.0.0.1:${port}`, ...headers })).toBe(403);
  });

  it('answers its own address', async () => {
    const port = new URL(workspaceUrl()).port;
    expect(await get(routes.workspace, { host: `127.0.0.1:${port}` })).toBe(200);
    expect(await get(routes.workspace, { host: `localhost:${port}`, origin: `http://localhost:${port}` })).toBe(200);
  });

  it('lists the draft with what it lacks, and shows it marked « Brouillon »', async () => {
    const index = new TextDecoder().decode(await fromWorkspace(routes.workspace));
    expect(index).toContain(`2 champs à compléter · fichier content/programmes/villefontaine-jardinons-ensemble.yaml`);
    const sheet = new TextDecoder().decode(await fromWorkspace(routes.sheet('villefontaine-jardinons-ensemble')));
    expect(sheet).toContain(`<p class="draft-banner" role="note"><strong>Brouillon${S}: 2 champs à compléter.`);
    // The summary the author has not written yet shows as the template's placeholder, not as text.
    expect(sheet).toContain('À compléter');
  });

  it('lets a CCAS download the file of a published sheet, as written, to send it to a bank', async () => {
    const index = new TextDecoder().decode(await fromWorkspace(routes.workspace));
    expect(index).toContain(`href="${routes.sheetFile('castelnau-donne-des-elles.yaml')}"`);
    // Drafts are not offered: a bank publishes finished sheets only.
    expect(index).not.toContain(routes.sheetFile('villefontaine-jardinons-ensemble.yaml'));
    const response = await fetch(`${workspaceUrl()}${routes.sheetFile('castelnau-donne-des-elles.yaml')}`);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="castelnau-donne-des-elles.yaml"');
    expect(await response.text()).toBe(readFileSync(join(root, 'content', 'programmes', 'castelnau-donne-des-elles.yaml'), 'utf8'));
  });

  it('prints « BROUILLON » across every page of a draft’s PDF, and « Brouillon » in its header', async () => {
    const bytes = await fromWorkspace(routes.sheetPdf('villefontaine-jardinons-ensemble'));
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBeGreaterThan(1);
    // The mark is drawn at 45°, which pdftotext cuts into pieces: read the text items instead.
    pdf.items.forEach((items, i) => {
      expect([i + 1, items.some((item) => item.str === 'BROUILLON')]).toEqual([i + 1, true]);
      if (i > 0) expect([i + 1, items.some((item) => item.str.startsWith('Brouillon · '))]).toEqual([i + 1, true]);
    });
    expect(pdftotext(bytes, 2)).toContain('Brouillon · Fiche d’expérience · Jardinons ensemble');
  });
});
