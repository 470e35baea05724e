/**
 * `passerelle check`: a response's compliance report in French, exit code 1 when a mandatory
 * requirement is not met; `pdf` says how many are unmet; `score` per lot, and on a call whose
 * criteria are not weighted.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { fixturesDir } from '../content/fixtures';
import { cliSession } from './session';

const s = cliSession('passerelle-check-');
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

/** A project whose content/ is the base fixtures with the priced calls, responses and evaluations. */
const priced = (): Io => ({ ...s.io, cwd: s.project(join(fixturesDir, 'base'), join(fixturesDir, 'priced')) });

describe('passerelle check', () => {
  it('prints a compliant response’s report and exits 0', async () => {
    expect(await main(['check', 'tremplin-dijon-2022'], s.io)).toBe(0);
    const text = plain(s.out.join('\n'));
    expect(text).toMatch(/^Conformité de « Elles rebondissent, réponse du groupement Tremplin Côte-d’Or et Mobilité 21 » à l’appel « Prestation d’une action/);
    expect(text).toContain('✓ Conforme : Un parcours pour deux groupes de femmes.\n    attendu : 2 ; proposé : 2 groupes.');
    expect(text).toMatch(/La proposition respecte toutes les exigences obligatoires vérifiables\. 20 exigences satisfaites, 0 non satisfaite, 0 à vérifier\.$/);
  });

  it('exits 1 when a mandatory requirement is not met, and says which and why', async () => {
    expect(await main(['check', 'sophie-marchal-dijon-2022'], s.io)).toBe(1);
    const text = plain(s.out.join('\n'));
    expect(text).toContain('✗ Non conforme : Un prix qui tient dans le budget maximal de l’action');
    expect(text).toContain('Le prix (41 760 € TTC) dépasse le budget maximal de l’appel (40 000 € TTC).');
    expect(text).toMatch(/La proposition ne respecte pas 3 exigences obligatoires\. 17 exigences satisfaites, 3 non satisfaites, 0 à vérifier\.$/);
  });

  it('says that nothing was checked when the call describes no requirement, rather than « respecte toutes les exigences »', async () => {
    expect(await main(['check', 'ami-a'], priced())).toBe(0);
    expect(plain(s.out.join('\n'))).toMatch(/\n\nL’appel ne décrit aucune exigence que Passerelle puisse vérifier : rien n’a été vérifié\.$/);
  });

  it('answers an unknown response in French and exits 1', async () => {
    expect(await main(['check', 'inconnue'], s.io)).toBe(1);
    expect(plain(s.err.join('\n'))).toMatch(/^La réponse « inconnue » n’existe pas\. Réponses : /);
  });
});

describe('passerelle pdf', () => {
  it('says how many mandatory requirements the response does not meet', async () => {
    expect(await main(['pdf', 'sophie-marchal-dijon-2022', '-o', join(s.folder(), 'offre.pdf')], s.io)).toBe(0);
    const text = plain(s.out.join('\n'));
    expect(text).toMatch(/^PDF écrit : .*offre\.pdf \(\d+ pages, \d+ Ko\)\.\nLa proposition ne respecte pas 3 exigences obligatoires\. 17 exigences satisfaites, 3 non satisfaites, 0 à vérifier\.\nLe détail : npx passerelle check sophie-marchal-dijon-2022$/);
  });
});

describe('passerelle score, per lot and without weights', () => {
  it('names the lot it scores', async () => {
    expect(await main(['score', 'lots'], priced())).toBe(0);
    const lines = plain(s.out.join('\n')).split('\n');
    expect(lines[1]).toBe('Lot 1 : Nord');
    expect(lines.find((l) => l.startsWith('1re ex aequo'))).toMatch(/Association Test\s+48\s+40\s+88\s+123 000 € HT$/);
  });

  it('explains why a call whose criteria are not weighted cannot be scored by points, and prints the committee’s record', async () => {
    expect(await main(['score', 'ami'], priced())).toBe(0);
    const text = plain(s.out.join('\n'));
    expect(text).toContain('L’appel liste ses critères sans les pondérer ni les classer');
    expect(text).toContain('Le comité apprécie chaque offre sur chacun des critères de l’appel');
    expect(text).toMatch(/1re\s+Association Test\s+Retenue\s*$/m);
    // The AMI asks no price: no price column.
    expect(text).not.toContain('non renseigné');
  });
});
