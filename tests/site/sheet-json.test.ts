/**
 * The open-data JSON of a sheet: documented keys in a stable order, money in cents with a
 * formatted copy, Markdown as its source, and no computed figure whose inputs are missing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { byId } from '../../src/domain/corpus';
import { programmeMetrics } from '../../src/domain/metrics';
import { canonical, sheetOpenData } from '../../src/site/sheet-json';
import { readSheetFile } from '../../src/import/sheet-file';

const root = join(import.meta.dirname, '..', '..');
const corpus = loadCorpus();
const N = '\u202F';
const S = '\u00A0';
const dataOf = (id: string) => {
  const entry = byId(corpus.programmes, id)!;
  return sheetOpenData(entry, programmeMetrics(entry.data), 'https://exemple.fr') as Record<string, any>;
};

/** Every key path of a JSON value whose keys are not in alphabetical order. */
function unsorted(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unsorted(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  const here = keys.join() === [...keys].sort().join() ? [] : [path || '(racine)'];
  return [...here, ...keys.flatMap((k) => unsorted((value as Record<string, unknown>)[k], `${path}.${k}`))];
}

describe('canonical', () => {
  it('sorts keys, drops undefined, keeps Markdown as its source and formats money', () => {
    expect(
      canonical({
        z: 1,
        a: undefined,
        m: { source: '**gras**', mdast: { type: 'root', children: [] } },
        b: { cents: 790000, currency: 'EUR' },
        r: 58.333333333,
      }),
    ).toEqual({ b: { cents: 790000, currency: 'EUR', formatted: `7${N}900${S}€` }, m: '**gras**', r: 58.3333, z: 1 });
  });
});

describe('sheetOpenData', () => {
  const castelnau = dataOf('castelnau-donne-des-elles');

  it('has an envelope in reading order, then alphabetical keys all the way down', () => {
    expect(Object.keys(castelnau)).toEqual(['format', 'id', 'title', 'summary', 'url', 'pdf', 'programme', 'metrics', 'sourceFile', 'documentation']);
    // Every key of the envelope is documented.
    expect(Object.keys(castelnau.documentation.keys).sort()).toEqual(Object.keys(castelnau).sort());
    expect(unsorted(castelnau.programme)).toEqual([]);
    expect(unsorted(castelnau.metrics)).toEqual([]);
    expect(castelnau.url).toBe('https://exemple.fr/experiences/castelnau-donne-des-elles/');
    expect(castelnau.pdf).toBe('https://exemple.fr/experiences/castelnau-donne-des-elles.pdf');
  });

  it('carries the sheet’s file without its comments, to adapt it elsewhere', () => {
    const file = readFileSync(join(root, 'content', 'programmes', 'castelnau-donne-des-elles.yaml'), 'utf8');
    expect(file).toMatch(/^# yaml-language-server/);
    expect(castelnau.sourceFile.name).toBe('castelnau-donne-des-elles.yaml');
    expect(castelnau.sourceFile.text).toBe(file.replace(/^#[^\n]*\n/, ''));
    expect(readSheetFile('castelnau.json', new TextEncoder().encode(JSON.stringify(castelnau)))).toEqual({
      ok: true,
      id: 'castelnau-donne-des-elles',
      extension: 'yaml',
      text: castelnau.sourceFile.text,
      title: castelnau.title,
      url: castelnau.url,
    });
  });

  it('gives money in cents with a formatted copy, and Markdown as text', () => {
    expect(castelnau.programme.budget.total).toEqual({ cents: 790000, currency: 'EUR', formatted: `7${N}900${S}€` });
    expect(castelnau.programme.context).toMatch(/^En dix ans, Castelnau-le-Lez/);
    expect(JSON.stringify(castelnau)).not.toContain('"mdast"');
  });

  it('gives the metrics with formatted copies, and no cost per hour while workshops are unquantified', () => {
    expect(castelnau.metrics.costPerParticipantCents).toEqual({ min: 65833, max: 65833 });
    expect(castelnau.metrics.formatted).toEqual({
      cost: `7${N}900${S}€`,
      costPerParticipant: `658,33${S}€`,
      facilitatorMinutes: `au moins 31${S}h`,
      minutesPerParticipant: `au moins 31${S}h`,
      participants: '12',
      sessionsPerParticipant: 'au moins 15',
    });
    expect(castelnau.metrics.partial).toBe(true);
    expect(castelnau.metrics.facilitatorPartial).toBe(true);
    expect(castelnau.metrics.facilitatorScope).toBe('whole');
    expect(castelnau.metrics.costPerParticipantHourCents).toBeUndefined();
    expect(castelnau.metrics.unquantified).toEqual(['entretiens-individuels', 'expression-corporelle']);
    expect(castelnau.metrics.participantsBasis).toEqual({ from: 'headcount', kind: 'achieved', period: 'whole' });
    expect(castelnau.metrics.results[0]).toEqual({
      computed: true,
      count: { kind: 'achieved', max: 7, min: 7, precision: 'exact', unit: 'people' },
      formatted: `7 sur 12 (58${N}%)`,
      label: 'Accès à un emploi ou à une formation',
      of: { max: 12, min: 12, precision: 'exact', unit: 'people' },
      outcome: 'employment-or-training',
      rate: 58.3333,
    });
  });

  it('keeps costs per hour when every workshop is quantified', () => {
    const metrics = dataOf('cap-confiance-chenove-2021').metrics;
    expect(metrics.unquantified).toEqual([]);
    // 17 600 € for the whole action / 11 people over the whole action = 1 600 € each, over 28 h 45
    // per person: 1 600 / 28,75 = 55,65 € an hour.
    expect(metrics.costPerParticipantHourCents).toEqual({ min: 5565, max: 5565 });
    expect(metrics.formatted.costPerParticipantHour).toBe(`55,65${S}€`);
  });

  it('documents its keys', () => {
    const keys = Object.keys(castelnau).filter((k) => k !== 'documentation');
    expect(Object.keys(castelnau.documentation.keys).sort()).toEqual([...keys, 'documentation'].sort());
    for (const key of Object.keys(castelnau.metrics)) expect(castelnau.documentation.metrics).toHaveProperty(key);
  });

  it('gives the same bytes for the same content, in two separate processes', () => {
    // Each process reads the content and builds the sheet from nothing: no cache, no shared state.
    const print = () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'print-sheet-json.ts'), 'la-rochelle-cite-emploi'], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return run.stdout;
    };
    const first = print();
    expect(JSON.parse(first)).toMatchObject({ id: 'la-rochelle-cite-emploi', format: 'passerelle-fiche-experience/2' });
    expect(print()).toBe(first);
    expect(JSON.stringify(dataOf('la-rochelle-cite-emploi'))).toBe(first);
  });
});
