/**
 * The command line, run in-process on a copy of the fixtures: exit codes, French output, and
 * scaffolding that never overwrites.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { validateFiles } from '../../src/content/validate';
import { fixturesDir, readFixture } from '../content/fixtures';

const root = join(import.meta.dirname, '..', '..');
let cwd: string;
let out: string[];
let err: string[];
let io: Io;

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
  cpSync(join(fixturesDir, 'base'), join(cwd, 'content'), { recursive: true });
  cpSync(join(root, 'templates'), join(cwd, 'templates'), { recursive: true });
  out = [];
  err = [];
  io = { out: (t) => out.push(t), err: (t) => err.push(t), cwd };
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('passerelle validate', () => {
  it('exits 0 and prints the summary when all is valid', async () => {
    expect(await main(['validate'], io)).toBe(0);
    expect(out.join('\n')).toBe('6 fichiers valides (2 programmes, 1 appel, 1 prestataire, 1 réponse, 1 évaluation).');
  });

  it('exits 1 with the French report on an invalid folder', async () => {
    expect(await main(['validate', join(fixturesDir, 'invalid', 'siret-check-digit')], io)).toBe(1);
    const text = err.join('\n');
    expect(text).toContain('Numéro SIRET invalide');
    expect(text).toMatch(/1 erreur dans 1 fichier sur 1 vérifié/);
  });

  it('gives a machine-readable report with --json', async () => {
    expect(await main(['validate', '--json'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ errors: 0, files: 6, diagnostics: [] });
  });

  it('lists what a draft lacks without failing, and fails on it with --strict', async () => {
    const file = join(cwd, 'content', 'programmes', 'ref-prog.yaml');
    const text = readFileSync(file, 'utf8').replace(/^summary: .*$/m, '');
    writeFileSync(join(cwd, 'content', 'programmes', 'jardin.yaml'), `draft: true\n${text}`);
    expect(await main(['validate'], io)).toBe(0);
    expect(out.join('\n')).toBe(
      [
        'Brouillons\u00A0: ce qui reste à compléter',
        '',
        'content/programmes/jardin.yaml  brouillon\u00A0: 1 champ à compléter (aperçu possible dans l’espace de travail)',
        '  ligne 1 · summary\u00A0: Champ obligatoire manquant\u00A0: «\u00A0summary\u00A0»',
        '',
        '6 fichiers valides (2 programmes, 1 appel, 1 prestataire, 1 réponse, 1 évaluation). 1 brouillon\u00A0: 1 champ à compléter (jamais publiés).',
      ].join('\n'),
    );
    expect(err).toEqual([]);
    out = [];
    expect(await main(['validate', '--strict'], io)).toBe(1);
    expect(err.join('\n')).toContain('1 brouillon\u00A0: 1 champ à compléter');
    expect(out).toEqual([]);
    out = [];
    expect(await main(['validate', '--json'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ errors: 0, warnings: 1, drafts: [{ id: 'jardin', previewable: true, toComplete: 1 }] });
  });

  it.each([
    ['a folder that does not exist', 'absent', 'Le dossier de contenu « absent » n’existe pas'],
    ['a file', 'content/programmes/ref-prog.yaml', '« content/programmes/ref-prog.yaml » est un fichier, pas un dossier de contenu'],
    ['a folder with no content folders', 'templates', 'Le dossier « templates » ne contient aucun dossier de contenu (programmes/, tenders/'],
  ])('exits 1 with a French message on %s', async (_, path, message) => {
    expect(await main(['validate', path], io)).toBe(1);
    expect(err.join('\n').replace(/[\u00A0\u202F]/g, ' ')).toContain(message);
    expect(out).toEqual([]);
  });

  it('says where content/ is missing for the commands that read it', async () => {
    rmSync(join(cwd, 'content'), { recursive: true });
    expect(await main(['score', 'eval'], io)).toBe(1);
    expect(await main(['pdf', 'resp', '-o', 'sortie.pdf'], io)).toBe(1);
    expect(err.every((line) => line.includes('Le dossier de contenu'))).toBe(true);
    expect(existsSync(join(cwd, 'sortie.pdf'))).toBe(false);
  });

  it.each([
    ['a folder', 'sortie', '« sortie » est un dossier : aucun PDF n’a été écrit. Donnez après -o le nom du fichier à écrire, par exemple « sortie/reponse.pdf ».'],
    // /proc takes no new file, even from root (the CI's user): writing fails with ENOENT.
    ['a file that cannot be written', '/proc/passerelle-essai.pdf', 'Le fichier « /proc/passerelle-essai.pdf » n’a pas pu être écrit (erreur du système ENOENT)'],
  ])('says in French that -o names %s, and writes nothing', async (_, output, message) => {
    mkdirSync(join(cwd, 'sortie'));
    expect(await main(['pdf', 'resp', '-o', output], io)).toBe(1);
    expect(err.join('\n').replace(/[\u00A0\u202F]/g, ' ')).toContain(message);
    expect(out).toEqual([]);
  });

  it('takes the folder written after --json as the folder to check', async () => {
    expect(await main(['validate', '--json', join(fixturesDir, 'invalid', 'siret-check-digit')], io)).toBe(1);
    const report = JSON.parse(out.join('')) as { errors: number; files: number; diagnostics: Array<{ rule: string; severity: string; path: string[] }> };
    expect(report).toMatchObject({ errors: 1, files: 1 });
    // The fixture's expected.txt sits beside its collections: it is named as ignored, not checked.
    expect(report.diagnostics.map((d) => [d.severity, d.rule, d.path])).toEqual([
      ['warning', expect.any(String), []],
      ['error', 'siret/format', ['siret']],
    ]);
  });

  it('answers an unknown command in French', async () => {
    expect(await main(['valider'], io)).toBe(1);
    expect(err[0]).toBe('Commande inconnue\u00A0: «\u00A0valider\u00A0».');
  });
});

describe('passerelle new', () => {
  it.each(['programme', 'tender', 'provider', 'response', 'evaluation'])('copies the %s template and refuses to overwrite', async (collection) => {
    const folder = collection === 'programme' ? 'programmes' : `${collection}s`;
    expect(await main(['new', collection, 'essai'], io)).toBe(0);
    const file = join(cwd, 'content', folder, 'essai.yaml');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^# yaml-language-server: \\$schema=../../schemas/json/${collection}.schema.json`));
    const before = readFileSync(file, 'utf8');
    expect(await main(['new', collection, 'essai'], io)).toBe(1);
    expect(err.join('\n')).toContain('existe déjà');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('starts a project from nothing: no content/ and no templates/ of its own', async () => {
    rmSync(join(cwd, 'content'), { recursive: true });
    rmSync(join(cwd, 'templates'), { recursive: true });
    expect(await main(['new', 'programme', 'essai'], io)).toBe(0);
    expect(readFileSync(join(cwd, 'content', 'programmes', 'essai.yaml'), 'utf8')).toContain('À compléter');
  });

  it('starts a draft: only fields still to fill in, listed without stopping anything', async () => {
    for (const collection of ['programme', 'tender', 'provider', 'response', 'evaluation']) await main(['new', collection, 'brouillon'], io);
    const result = validateFiles(readFixture(join(cwd, 'content')));
    expect(result.errors).toBe(0);
    expect(result.drafts.map((d) => d.file).sort()).toEqual(['evaluations', 'programmes', 'providers', 'responses', 'tenders'].map((c) => `content/${c}/brouillon.yaml`));
    const drafts = result.diagnostics.filter((d) => d.file.includes('brouillon'));
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.filter((d) => d.rule !== 'contenu/a-completer' || d.severity !== 'warning')).toEqual([]);
    expect(await main(['validate'], io)).toBe(0);
  });

  it.each([
    [['new'], 'Argument manquant'],
    [['new', 'projet', 'x'], 'Collection inconnue'],
    [['new', 'programme'], 'Argument manquant'],
    [['new', 'programme', 'Mon Programme'], 'Identifiant invalide'],
    [['new', 'programme', 'x', '--tender', 'call'], 'ne servent qu’à créer une réponse'],
    [['new', 'response', 'x', '--from-programme', 'ref-prog'], 'indiquez aussi l’appel'],
    [['new', 'response', 'x', '--from-programme', 'inconnu', '--tender', 'call'], 'Le programme «\u00A0inconnu\u00A0» n’existe pas'],
    [['new', 'response', 'x', '--from-programme', 'proposed-prog', '--tender', 'call'], 'n’est pas publié'],
    [['new', 'response', 'x', '--from-programme', 'ref-prog', '--tender', 'inconnu'], 'L’appel «\u00A0inconnu\u00A0» n’existe pas'],
  ])('refuses %j', async (args, message) => {
    expect(await main(args, io)).toBe(1);
    expect(err.join('\n')).toContain(message);
  });

  it('starts a response and its proposed programme from a published programme', async () => {
    expect(await main(['new', 'response', 'nouvelle', '--from-programme', 'ref-prog', '--tender', 'call'], io)).toBe(0);
    const response = readFileSync(join(cwd, 'content', 'responses', 'nouvelle.yaml'), 'utf8');
    const programme = readFileSync(join(cwd, 'content', 'programmes', 'nouvelle.yaml'), 'utf8');
    expect(response).toContain('tender: call');
    expect(response).toContain('provider: prov'); // the provider the programme names as carrier
    expect(response).toContain('programme: nouvelle');
    expect(response).toContain('section: presentation');
    expect(response).toContain('section: proposition');
    expect(programme).toContain('status: proposed');
    expect(programme).toContain('derivedFrom: ref-prog');
    expect(programme).not.toContain('results:');
    expect(programme).toContain('mobilite'); // the workshops are kept
    const result = validateFiles(readFixture(join(cwd, 'content')));
    const left = result.diagnostics.filter((d) => d.file.includes('nouvelle'));
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((d) => d.severity === 'warning')).toBe(true);
    // Placeholders to complete, and the price line's unit and quantity, left for the provider to choose.
    expect(left.filter((d) => d.rule !== 'contenu/a-completer').map((d) => [d.rule, d.path.join('.')])).toEqual([
      ['schema/champ-manquant', 'price.lines.0.unit'],
      ['schema/champ-manquant', 'price.lines.0.quantity'],
    ]);
    // Both files are drafts until their author removes draft: true.
    expect(result.errors).toBe(0);
    expect(result.drafts.map((d) => d.id)).toEqual(['nouvelle', 'nouvelle']);
    expect(await main(['new', 'response', 'nouvelle', '--from-programme', 'ref-prog', '--tender', 'call'], io)).toBe(1);
  });
});

describe('passerelle report', () => {
  it('writes the analysis report of an evaluation, and says how many pages', async () => {
    expect(await main(['report', 'eval', '-o', 'rapport.pdf'], io)).toBe(0);
    const bytes = readFileSync(join(cwd, 'rapport.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^PDF écrit\u00A0: rapport\.pdf \(\d+ pages, \d+ Ko\)\.$/);
  });

  it('writes nothing for an evaluation that does not exist, and names the ones that do', async () => {
    expect(await main(['report', 'inconnue', '-o', 'rapport.pdf'], io)).toBe(1);
    expect(existsSync(join(cwd, 'rapport.pdf'))).toBe(false);
    expect(err.join('\n')).toContain('inconnue');
  });

  it('asks for the file to write', async () => {
    expect(await main(['report', 'eval'], io)).toBe(1);
    expect(err).toEqual(['Indiquez le fichier à écrire avec -o <fichier.pdf>.']);
  });
});

describe('passerelle workspace', () => {
  it.each(['abc', '70000', '-1', '4.5'])('refuses the port « %s » in French before starting anything', async (port) => {
    expect(await main(['workspace', `--port=${port}`], io)).toBe(1);
    expect(err).toEqual([`Port invalide\u00A0: «\u00A0${port}\u00A0». Écrivez un nombre entre 0 et 65535 (0\u00A0: un port libre).`]);
    expect(out).toEqual([]);
  });
});

describe('arguments', () => {
  const S = '\u00A0';
  const commands = ['validate', 'new', 'pdf', 'report', 'import-offer', 'score', 'workspace', 'import-sheet'];

  it.each(commands)('%s --help prints its French help and exits 0', async (command) => {
    expect(await main([command, '--help'], io)).toBe(0);
    const help = out.join('\n');
    expect(help.startsWith(`Usage${S}: passerelle ${command} `)).toBe(true);
    expect(help).toContain(`Options${S}:`);
    expect(help).toContain('-h, --help    ');
    expect(err).toEqual([]);
    // The same help with -h, and with « passerelle help <command> ».
    out = [];
    expect(await main([command, '-h'], io)).toBe(0);
    expect(out.join('\n')).toBe(help);
    out = [];
    expect(await main(['help', command], io)).toBe(0);
    expect(out.join('\n')).toBe(help);
  });

  it.each<[string, string[], string]>([
    ['validate', ['validate', '--jsno'], `--json, --strict, --help.`],
    ['new', ['new', 'programme', 'essai', '--tendre', 'call'], `--from-programme, --tender, --provider, --help.`],
    ['pdf', ['pdf', 'resp', '--ouput', 'sortie.pdf'], `--output, --help.`],
    ['report', ['report', 'eval', '--ouput', 'rapport.pdf'], `--output, --help.`],
    ['import-offer', ['import-offer', 'offre.pdf', '--forse'], `--evaluation, --force, --help.`],
    ['score', ['score', 'eval', '--jsno'], `--json, --help.`],
    ['workspace', ['workspace', '--prot', '4400'], `--port, --help.`],
  ])('%s refuses an unknown option in French, exits 1 and does nothing', async (command, args, allowed) => {
    expect(await main(args, io)).toBe(1);
    const suggestion = { validate: '--json', new: '--tender', pdf: '--output', report: '--output', 'import-offer': '--force', score: '--json', workspace: '--port' }[command];
    expect(err).toEqual([
      `Option inconnue pour «${S}passerelle ${command}${S}»${S}: «${S}${args.find((a) => a.startsWith('--'))}${S}». Vouliez-vous dire «${S}${suggestion}${S}»\u202F? Options possibles${S}: ${allowed}\nAide${S}: passerelle ${command} --help`,
    ]);
    expect(out).toEqual([]);
    expect(existsSync(join(cwd, 'content', 'programmes', 'essai.yaml'))).toBe(false);
    expect(existsSync(join(cwd, 'sortie.pdf'))).toBe(false);
  });

  it.each<[string, string[], string]>([
    ['an option written before the command', ['--json', 'validate'], `Option inconnue${S}: «${S}--json${S}». Écrivez d’abord la commande, puis ses options (passerelle validate --json).`],
    ['a value given to a yes-or-no option', ['validate', '--json=oui'], `L’option «${S}--json${S}» ne prend pas de valeur${S}: écrivez-la seule.\nAide${S}: passerelle validate --help`],
    ['an option without its value', ['pdf', 'resp', '-o'], `L’option «${S}-o${S}» attend une valeur${S}: écrivez-la juste après (-o <valeur>).\nAide${S}: passerelle pdf --help`],
    ['an option as the value of another', ['pdf', 'resp', '-o', '--help'], `L’option «${S}-o${S}» attend une valeur${S}: écrivez-la juste après (-o <valeur>).\nAide${S}: passerelle pdf --help`],
    ['a word too many', ['validate', 'content', 'templates'], `Trop d’arguments pour «${S}passerelle validate${S}»${S}: «${S}templates${S}». Un chemin qui contient des espaces s’écrit entre guillemets.\nAide${S}: passerelle validate --help`],
  ])('refuses %s', async (_, args, message) => {
    expect(await main(args, io)).toBe(1);
    expect(err[0]).toBe(message);
    expect(out).toEqual([]);
  });

  it('takes an option written with =', async () => {
    expect(await main(['new', 'response', 'x', '--from-programme=ref-prog'], io)).toBe(1);
    expect(err).toEqual(['Avec --from-programme, indiquez aussi l’appel visé avec --tender <id>.']);
  });

  it('prints the general help with --help, and lists each command', async () => {
    expect(await main(['--help'], io)).toBe(0);
    const usage = out.join('\n');
    for (const command of commands) expect(usage).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(usage).toContain('passerelle <commande> --help');
  });
});
