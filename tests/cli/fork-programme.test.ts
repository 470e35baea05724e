/**
 * A response started from another structure's published programme (`new response
 * --from-programme`, and the editor's « Nouvelle réponse ») proposes that programme for the
 * provider without claiming what was the other structure's: its carriers, the people and
 * organisations who ran it, its sites, prizes, identifiers and other titles, its dated run. Tried
 * on every real programme of the fixtures, which have all of these.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { validateFiles } from '../../src/content/validate';
import { fixturesDir, readFixture } from '../content/fixtures';

const root = join(import.meta.dirname, '..', '..');
const real = join(fixturesDir, 'real-programmes');
const ids = readdirSync(real)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
let cwd: string;
const err: string[] = [];

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'passerelle-fork-'));
  cpSync(join(root, 'content'), join(cwd, 'content'), { recursive: true });
  for (const id of ids) cpSync(join(real, `${id}.yaml`), join(cwd, 'content', 'programmes', `${id}.yaml`));
  const io: Io = { out: () => undefined, err: (t) => err.push(t), cwd };
  for (const id of ids) {
    const code = await main(['new', 'response', `r-${id}`, '--from-programme', id, '--tender', 'dijon-remobilisation-femmes-qpv-2022', '--provider', 'tremplin-cote-dor'], io);
    if (code !== 0) throw new Error(`${id}: ${err.join('\n')}`);
  }
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const fork = (id: string) => readFileSync(join(cwd, 'content', 'programmes', `r-${id}.yaml`), 'utf8');

describe('a programme proposed from another structure’s', () => {
  it('has eighteen real programmes to try', () => {
    expect(ids.length).toBe(18);
  });

  it.each(ids)('%s: names the provider as its only carrier and keeps nothing that was the other structure’s', (id) => {
    const data = parse(fork(id)) as Record<string, unknown>;
    expect(data.carriers).toEqual([{ name: 'Tremplin Côte-d’Or' }]);
    expect(data.status).toBe('proposed');
    expect(data.derivedFrom).toBe(id);
    for (const key of ['sites', 'awards', 'milestones', 'identifiers', 'otherTitles', 'partners', 'partnersComplete', 'contacts', 'results', 'phases', 'budget', 'period', 'governance', 'links']) expect(data, key).not.toHaveProperty(key);
    const workshops = (data.workshops ?? []) as Array<{ facilitator?: unknown }>;
    for (const w of workshops) for (const f of [w.facilitator ?? []].flat() as Array<Record<string, unknown>>) expect(Object.keys(f)).not.toContain('name'), expect(Object.keys(f)).not.toContain('organisation');
    for (const c of (data.cohorts ?? []) as Array<Record<string, unknown>>) for (const key of ['carrier', 'period', 'sites']) expect(c).not.toHaveProperty(key);
    expect(fork(id)).not.toContain('kind: achieved');
    for (const m of ((data.means as { human?: Array<Record<string, unknown>> } | undefined)?.human ?? [])) expect(m).not.toHaveProperty('organisation');
    for (const r of ((data.public as { eligibility?: Array<Record<string, unknown>> } | undefined)?.eligibility ?? [])) expect(r).not.toHaveProperty('site');
  });

  it.each(ids)('%s: proposes the action on the call’s territory, not on the other run’s', (id) => {
    const data = parse(fork(id)) as { territory: Record<string, unknown> };
    expect(data.territory).toEqual({
      perimeter: 'Dijon Métropole, labellisée Cité de l’emploi en 2021',
      communes: ['Dijon', 'Quetigny', 'Chenôve', 'Longvic', 'Talant'],
      departements: ['21'],
      qpv: ['Fontaine d’Ouche (Dijon)', 'Grésilles (Dijon)', 'QPV de Chenôve', 'QPV de Longvic', 'QPV de Talant'],
    });
  });

  it.each(ids)('%s: writes no unit or quantity the provider did not choose on the response’s price line', (id) => {
    const response = parse(readFileSync(join(cwd, 'content', 'responses', `r-${id}.yaml`), 'utf8')) as { price: { lines: Array<Record<string, unknown>> } };
    expect(response.price.lines).toHaveLength(1);
    expect(response.price.lines[0]).not.toHaveProperty('unit');
    expect(response.price.lines[0]).not.toHaveProperty('quantity');
  });

  it('leaves out the names the real sheets give', () => {
    expect(fork('blanquefort-cuisine-nomade')).not.toContain('Prix de l\'innovation sociale locale');
    expect(fork('blanquefort-cuisine-nomade')).not.toContain('Lycée professionnel Saint-Michel');
    expect(fork('vallees-auge-estime-de-soi')).not.toContain('organisation: Communauté de communes');
    expect(fork('vallees-auge-estime-de-soi')).toContain('role: Agente administrative');
    expect(fork('ahetze-lavoir-chantier-formation')).not.toContain('Locaux de la FCMB');
    expect(fork('blanquefort-cuisine-nomade')).not.toContain('size: { value: 7, kind: achieved');
    expect(fork('ahetze-lavoir-chantier-formation')).not.toContain('2009-09');
    // The source file's header (what it was written from) is not the proposal's.
    expect(fork('ahetze-lavoir-chantier-formation')).not.toContain('Récit réel');
  });

  it('starts from a published programme only, not from a draft', async () => {
    cpSync(join(root, 'content', 'programmes', 'villefontaine-jardinons-ensemble.yaml'), join(cwd, 'content', 'programmes', 'brouillon.yaml'));
    const said: string[] = [];
    const io: Io = { out: () => undefined, err: (t) => said.push(t), cwd };
    expect(await main(['new', 'response', 'r-brouillon', '--from-programme', 'brouillon', '--tender', 'dijon-remobilisation-femmes-qpv-2022'], io)).toBe(1);
    expect(said.join('\n')).toContain('» est un brouillon, pas encore publié');
    rmSync(join(cwd, 'content', 'programmes', 'brouillon.yaml'));
  });

  it('is a draft once, its summary to complete', () => {
    const text = fork('villefontaine-jardinons-ensemble');
    expect(text.match(/^draft: true$/gm)).toEqual(['draft: true']);
    expect(text).toContain('summary: >-\n  À compléter : Depuis 1998, le CCAS de Villefontaine');
  });

  it('stays a valid draft: only fields to complete, no error', () => {
    const result = validateFiles(readFixture(join(cwd, 'content')));
    const forks = result.diagnostics.filter((d) => d.file.includes('/programmes/r-'));
    expect(forks.filter((d) => d.severity === 'error')).toEqual([]);
    expect(forks.map((d) => d.rule)).toEqual(ids.map(() => 'contenu/a-completer'));
    const responses = result.diagnostics.filter((d) => d.file.includes('/responses/r-'));
    expect(responses.filter((d) => d.severity === 'error')).toEqual([]);
    expect(responses.filter((d) => /price/.test(JSON.stringify(d.path))).length).toBeGreaterThan(0);
  });
});
