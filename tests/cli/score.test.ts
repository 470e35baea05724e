/**
 * `passerelle score`, run in-process: the ranking table of the sample evaluation, its JSON, and
 * French errors with exit code 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { table } from '../../src/cli/score';
import { fixturesDir } from '../content/fixtures';
import { cliSession, root } from './session';

const s = cliSession('passerelle-score-');

/** A project folder whose content/ is the base fixtures, with a case's files on top. */
const project = (...cases: string[]) => s.project(join(fixturesDir, 'base'), ...cases.map((name) => join(fixturesDir, 'invalid', name)));

const N = '\u202F';
const S = '\u00A0';

describe('passerelle score', () => {
  it('prints the ranking of the sample evaluation as an aligned French table', async () => {
    expect(await main(['score', 'dijon-remobilisation-femmes-qpv-2022'], s.io)).toBe(0);
    const text = s.out.join('\n');
    const lines = text.split('\n');
    expect(lines[1]).toBe(`Méthode proportionnelle, prix comparés TTC, notes techniques de 0 à 10`);
    const header = lines.findIndex((l) => l.startsWith('Rang'));
    const [head, first, second, third] = lines.slice(header, header + 4);
    expect(head).toMatch(new RegExp(`^Rang +Offre +Valeur technique de l’offre \\(60${N}%\\) +Prix \\(40${N}%\\) +Total sur 100 +Prix TTC$`));
    expect(first).toMatch(new RegExp(`^1re +Groupement Tremplin Côte-d’Or et Mobilité 21 +54 +32,5 +86,5 +38${N}400${S}€${S}TTC$`));
    expect(second).toMatch(new RegExp(`^2e +Élan Formation Conseil +36 +40 +76 +31${N}200${S}€${S}TTC$`));
    expect(third).toMatch(new RegExp(`^Écartée +Sophie Marchal Coaching +42 +29,89 +71,89 +41${N}760${S}€${S}TTC$`));
    // Numbers are right-aligned under their header.
    const end = head.indexOf('Total sur 100') + 'Total sur 100'.length;
    expect(first.indexOf('86,5') + 4).toBe(end);
    expect(second.indexOf('76') + 2).toBe(end);
    expect(text).toContain(`En tête${S}: Groupement Tremplin Côte-d’Or et Mobilité 21, avec 86,5 sur 100.`);
    expect(text).toContain(`Sophie Marchal Coaching${S}: Au-dessus du budget maximal`);
    expect(text).toContain(`Décision du comité${S}: Offre irrégulière`);
    expect(text).toContain('Le plus petit changement de note qui change l’offre en tête est de 1,75.');
    expect(s.err).toEqual([]);
  });

  it('gives the input, the result and the sensitivity with --json (amounts in cents)', async () => {
    expect(await main(['score', 'dijon-remobilisation-femmes-qpv-2022', '--json'], s.io)).toBe(0);
    const json = JSON.parse(s.out.join(''));
    expect(json.result.ranking).toEqual(['tremplin-dijon-2022', 'elan-dijon-2022']);
    expect(json.result.offers.map((o: { id: string; total: number; status: string }) => [o.id, Math.round(o.total * 100) / 100, o.status])).toEqual([
      ['tremplin-dijon-2022', 86.5, 'ranked'],
      ['elan-dijon-2022', 76, 'ranked'],
      ['sophie-marchal-dijon-2022', 71.89, 'excluded'],
    ]);
    expect(json.input.offers[1].price).toEqual({ ht: 2600000, ttc: 3120000 });
    expect(json.sensitivity.winner).toBe('tremplin-dijon-2022');
  });

  it('ranks a single offer', async () => {
    s.io.cwd = project();
    expect(await main(['score', 'eval'], s.io)).toBe(0);
    expect(s.out.join('\n')).toContain('Une seule offre est classée');
  });

  it.each([
    [['score', 'inconnue'], `L’évaluation «${S}inconnue${S}» n’existe pas. Évaluations${S}: dijon-remobilisation-femmes-qpv-2022.`],
    [['score'], `Indiquez l’évaluation à classer${S}: npx passerelle score <évaluation>. Évaluations${S}: dijon-remobilisation-femmes-qpv-2022.`],
  ])('exits 1 in French: %j', async (argv, message) => {
    expect(await main(argv, s.io)).toBe(1);
    expect(s.err.join('\n')).toBe(message);
    expect(s.out).toEqual([]);
  });

  it('exits 1 with the validation report when the content is invalid', async () => {
    s.io.cwd = project('evaluation-missing-mark');
    expect(await main(['score', 'eval'], s.io)).toBe(1);
    expect(s.err.join('\n')).toContain('n’a pas de note pour');
  });

  it('tells the evaluator how to record a decision on a flagged offer the committee left undecided', async () => {
    const tmp = s.project(join(root, 'content'));
    const file = join(tmp, 'content', 'evaluations', 'dijon-remobilisation-femmes-qpv-2022.yaml');
    // The sample evaluation without the committee's decision on the offer over the cap.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n    excluded: true\n    reason: >-\n(?:      .*\n)+/, '\n'));
    s.io.cwd = tmp;
    expect(await main(['score', 'dijon-remobilisation-femmes-qpv-2022'], s.io)).toBe(0);
    const text = s.out.join('\n').replace(/[\u00A0\u202F]/g, ' ');
    expect(text).toMatch(/Sophie Marchal Coaching : Au-dessus du budget maximal.*\n    Signalée ; le comité n’a pas consigné de décision sur ce signalement\.\n    À consigner : ajoutez à l’offre/);
  });

  it('lists the command in the help', async () => {
    expect(await main(['help'], s.io)).toBe(0);
    expect(s.out.join('\n')).toMatch(/score <évaluation> \[--json\] +classe les offres/);
  });
});

describe('table', () => {
  it('aligns text left and numbers right', () => {
    expect(table(['Nom', 'Points'], [['A', '5'], ['Béa', '12,5']], [false, true])).toBe('Nom  Points\nA         5\nBéa    12,5');
  });
});
