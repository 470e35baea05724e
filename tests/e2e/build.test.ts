/**
 * The built site on the sample content, and a build on invalid content that must stop.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OcdsReleasePackageSchema } from '../domain/ocds-schema';
import { fromWorkspace } from './browser';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const page = (path: string) => readFileSync(join(dist, path), 'utf8');
/** What Pagefind indexed of each page (its fragments, as its script reads them). */
const indexFragments = () =>
  readdirSync(join(dist, 'pagefind', 'fragment')).map((name) => JSON.parse(gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });

describe('the sample site', () => {
  const S = '\u00A0';
  const call = 'Prestation d’une action de remobilisation/coaching individuel ou collectif des publics femmes pour l’accès et/ou le retour à l’emploi';
  const analysis = 'Analyse des offres, action de remobilisation des femmes des QPV de la métropole dijonnaise';
  // Each page: its one heading (the title is the heading and the site's name), and a fact from its
  // main content.
  /** A page's HTML: from dist/ for a public page, from the workspace (passerelle workspace) for a private one. */
  const html = async (path: string, where: 'public' | 'workspace') =>
    where === 'public' ? page(path) : new TextDecoder().decode(await fromWorkspace(`/${path.replace(/index\.html$/, '')}`));
  it.each<[string, string, string, 'public' | 'workspace']>([
    ['index.html', `Passerelle${S}: les programmes d’insertion écrits une fois, publiés, proposés et comparés`, 'href="/experiences/"', 'public'],
    ['experiences/index.html', 'Fiches d’expérience', 'href="/experiences/castelnau-donne-des-elles/"', 'public'],
    ['experiences/castelnau-donne-des-elles/index.html', 'Castelnau donne des Elles', 'En dix ans, Castelnau-le-Lez', 'public'],
    ['appels/index.html', 'Appels', `href="/appels/dijon-remobilisation-femmes-qpv-2022/">${call}`, 'public'],
    ['appels/dijon-remobilisation-femmes-qpv-2022/index.html', call, 'Creativ’, pour Dijon Métropole', 'public'],
    ['espace/index.html', 'Espace de travail', 'href="/experiences/villefontaine-jardinons-ensemble/"', 'workspace'],
    ['prestataires/index.html', 'Prestataires', 'Tremplin Côte-d’Or', 'workspace'],
    ['reponses/index.html', 'Réponses', 'href="/reponses/tremplin-dijon-2022/">Elles rebondissent, réponse du groupement Tremplin Côte-d’Or et Mobilité 21', 'workspace'],
    ['reponses/tremplin-dijon-2022/index.html', 'Elles rebondissent, réponse du groupement Tremplin Côte-d’Or et Mobilité 21', 'Creativ’', 'workspace'],
    ['evaluations/index.html', 'Évaluations', `href="/evaluations/dijon-remobilisation-femmes-qpv-2022/">${analysis}`, 'workspace'],
    ['evaluations/dijon-remobilisation-femmes-qpv-2022/index.html', analysis, 'Méthode proportionnelle', 'workspace'],
    ['evaluations/dijon-remobilisation-femmes-qpv-2022/index.html', analysis, 'Grille d’analyse', 'workspace'],
    ['evaluations/index.html', 'Évaluations', `En tête${S}: Groupement Tremplin Côte-d’Or et Mobilité 21, avec 86,5 sur 100.`, 'workspace'],
  ])('builds %s', async (path, heading, fact, where) => {
    const text = await html(path, where);
    expect(text).toContain('<html lang="fr">');
    expect([...text.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])).toEqual([path === 'index.html' ? 'Passerelle' : `${heading} · Passerelle`]);
    expect([...text.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1].replaceAll('<wbr>', ''))).toEqual([heading]);
    expect(text.slice(text.indexOf('<main'), text.indexOf('</main>'))).toContain(fact);
  });

  it('publishes each call as an OCDS release package that lists Passerelle\'s extension, served beside it', () => {
    const data = JSON.parse(page('appels/dijon-remobilisation-femmes-qpv-2022.json'));
    expect(OcdsReleasePackageSchema().parse(data)).toEqual(data);
    expect(data.releases[0].tender.lots[0].awardCriteria.criteria.map((c: { name: string }) => c.name)).toEqual(['Valeur technique de l’offre', 'Prix']);
    expect(data.extensions[2]).toBe('https://passerelle.example/ocds/passerelle/extension.json');
    expect(JSON.parse(page('ocds/passerelle/extension.json'))).toMatchObject({ compatibility: ['1.1'], schemas: ['release-schema.json'] });
    expect(Object.keys(JSON.parse(page('ocds/passerelle/release-schema.json')).definitions)).toEqual(['Tender', 'Lot']);
  });

  it('publishes only programmes that ran: proposed ones have no sheet, no JSON and no card', () => {
    const index = page('experiences/index.html');
    for (const id of ['elles-rebondissent-dijon-2022', 'elan-remobilisation-femmes-dijon-2022', 'oser-avancer-dijon-2022']) {
      expect(existsSync(join(dist, 'experiences', id))).toBe(false);
      expect(existsSync(join(dist, 'experiences', `${id}.json`))).toBe(false);
      expect(index).not.toContain(`/experiences/${id}/`);
    }
  });

  it.each([
    'brest-mises-en-situation-professionnelle',
    'cap-confiance-chenove-2021',
    'castelnau-donne-des-elles',
    'la-rochelle-cite-emploi',
    'saint-lo-pastel',
    'toulouse-clause-sociale-femmes',
  ])('builds the sheet %s, its open-data JSON and its card', (id) => {
    expect(page(`experiences/${id}/index.html`)).toContain('data-pagefind-body');
    const json = JSON.parse(page(`experiences/${id}.json`));
    expect(json).toMatchObject({ format: 'passerelle-fiche-experience/2', id });
    expect(page('experiences/index.html')).toContain(`href="/experiences/${id}/"`);
  });

  it('ships no script or style that no page uses (React serves the workspace only)', () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.html')) pages.push(readFileSync(join(dir, entry.name), 'utf8'));
      }
    };
    walk(dist);
    const assets = readdirSync(join(dist, '_astro'));
    expect(assets.length).toBeGreaterThan(0);
    const unused = assets.filter((name) => !pages.some((html) => html.includes(`/_astro/${name}`)) && !assets.some((other) => other !== name && readFileSync(join(dist, '_astro', other), 'utf8').includes(name)));
    expect(unused).toEqual([]);
  });

  it('builds the Pagefind search index over the sheets only', () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(page('index.html')).not.toContain('data-pagefind-body');
  });

  it('indexes the words of each sheet apart where two elements meet (a label and its value, table cells, badges)', () => {
    const fragments = indexFragments();
    const pastel = fragments.find((f) => f.url === '/experiences/saint-lo-pastel/');
    expect(pastel?.content).toContain('Département Manche (50)');
    expect(pastel?.content).toContain('Région Normandie');
    // A lower-case letter, a figure or a closing bracket glued to a capital: two texts made one word.
    // Only names written so (AG2R, LinkedIn) are left.
    const glued = fragments.flatMap((f) => [...f.content.matchAll(/\S*[a-zà-ÿ0-9)%»][A-ZÀ-Ý«]\S*/g)].map((m) => m[0].replace(/[.,;:)]+$/, '')));
    expect([...new Set(glued)].filter((word) => !/^(AG2R|LinkedIn|\(?AG2R\)?)$/.test(word))).toEqual([]);
  });

  it('leaves « non renseigné » and addresses shown as themselves out of the index, and keeps them on the page', () => {
    const fragments = indexFragments();
    expect(page('experiences/brest-mises-en-situation-professionnelle/index.html')).toContain('<span class="missing" data-pagefind-ignore>non renseigné</span>');
    const toulouse = page('experiences/toulouse-clause-sociale-femmes/index.html');
    expect(toulouse).toContain('<a href="mailto:a.saidani@emploi-tme.org" class="url" data-pagefind-ignore>a.saidani@emploi-tme.org</a>');
    expect(toulouse).toContain('<a href="http://www.emploi-tme.fr" class="url" data-pagefind-ignore>http://www.emploi-tme.fr</a>');
    expect(fragments.length).toBeGreaterThan(5);
    expect(fragments.filter((f) => f.content.includes('non renseigné')).map((f) => f.url)).toEqual([]);
    expect(fragments.filter((f) => /@|https?:\/\/|www\./.test(f.content)).map((f) => f.url)).toEqual([]);
    // The names and organisations of the contacts are still found.
    expect(fragments.find((f) => f.url === '/experiences/toulouse-clause-sociale-femmes/')?.content).toContain('Anissa Saïdani');
  });
});

describe('a build on invalid content', () => {
  it('stops with the French report and publishes nothing', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PASSERELLE_CONTENT: join(root, 'tests', 'fixtures', 'invalid', 'siret-check-digit'), PASSERELLE_OUT: join(root, 'test-output', 'invalid-build') },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Numéro SIRET invalide');
    expect(run.stderr).toContain('Construction arrêtée');
    expect(existsSync(join(root, 'test-output', 'invalid-build', 'index.html'))).toBe(false);
  });
});

describe('npx passerelle validate', () => {
  it('passes on content/ through the installed command', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin', 'passerelle.js'), 'validate'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    // The sample content holds one draft sheet: listed with what it lacks, never counted as published.
    expect(run.stdout).toMatch(/^Brouillons\u00A0: ce qui reste à compléter\n/);
    expect(run.stdout).toMatch(/\n17 fichiers valides \(9 programmes, 1 appel, 3 prestataires, 3 réponses, 1 évaluation\)\. 1 brouillon\u00A0: 2 champs à compléter \(jamais publiés\)\.\n$/);
  });
});
