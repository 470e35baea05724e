/**
 * `passerelle import-sheet`: a bank of sheets adds the file a CCAS sent, only when it is a finished,
 * valid sheet, and never replaces another without --force.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main, type Io } from '../../src/cli/main';
import { fixturesDir } from '../content/fixtures';
import { sheetOpenData } from '../../src/site/sheet-json';

const S = '\u00A0';
let bank: string;
let out: string[];
let err: string[];
let io: Io;
/** A finished sheet of the fixture corpus, as a CCAS would send it. */
const sheet = () => readFileSync(join(fixturesDir, 'base', 'programmes', 'ref-prog.yaml'), 'utf8');
const received = (name: string, text: string | Buffer) => {
  writeFileSync(join(bank, name), text);
  return name;
};
const programmes = () => readdirSync(join(bank, 'content', 'programmes')).sort();

beforeEach(() => {
  bank = mkdtempSync(join(tmpdir(), 'passerelle-bank-'));
  cpSync(join(fixturesDir, 'base'), join(bank, 'content'), { recursive: true });
  out = [];
  err = [];
  io = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: bank };
});
afterEach(() => rmSync(bank, { recursive: true, force: true }));

describe('passerelle import-sheet', () => {
  it('adds a valid sheet under its file name, and says it will be published at the next build', async () => {
    expect(await main(['import-sheet', received('jardin-villefontaine.yaml', sheet())], io)).toBe(0);
    expect(readFileSync(join(bank, 'content', 'programmes', 'jardin-villefontaine.yaml'), 'utf8')).toBe(sheet());
    expect(out).toEqual([`Fiche ajoutée${S}: content/programmes/jardin-villefontaine.yaml. Elle sera publiée à la prochaine construction du site (npm run build, ou à la publication automatique).`]);
    expect(err).toEqual([]);
    // Nothing else was written: no temporary file left.
    expect(programmes()).toEqual(['jardin-villefontaine.yaml', 'proposed-prog.yaml', 'ref-prog.yaml']);
  });

  it('takes the identifier given with --id when the file name is not one', async () => {
    const file = received('Fiche CCAS (version finale).yaml', sheet());
    expect(await main(['import-sheet', file], io)).toBe(1);
    expect(err[0]).toContain(`«${S}Fiche CCAS (version finale).yaml${S}» ne peut pas servir d’identifiant de fiche`);
    err = [];
    expect(await main(['import-sheet', file, '--id', 'jardin'], io)).toBe(0);
    expect(existsSync(join(bank, 'content', 'programmes', 'jardin.yaml'))).toBe(true);
  });

  it.each([
    ['an identifier with a path', ['--id', '../evaluations/eval']],
    ['an identifier with capitals', ['--id', 'Jardin']],
  ])('refuses %s and writes nothing', async (_, extra) => {
    expect(await main(['import-sheet', received('fiche.yaml', sheet()), ...extra], io)).toBe(1);
    expect(programmes()).toEqual(['proposed-prog.yaml', 'ref-prog.yaml']);
  });

  it('says there is nothing to do when the bank has the same sheet', async () => {
    expect(await main(['import-sheet', received('ref-prog.yaml', sheet())], io)).toBe(0);
    expect(out).toEqual([`La fiche est déjà dans la banque, identique (content/programmes/ref-prog.yaml)${S}: rien à faire.`]);
  });

  it('never replaces a different sheet without --force', async () => {
    const changed = sheet().replace('Programme de référence', 'Programme de référence, bilan 2022');
    const file = received('ref-prog.yaml', changed);
    expect(await main(['import-sheet', file], io)).toBe(1);
    expect(err[0]).toMatch(/^La banque a déjà une fiche content\/programmes\/ref-prog\.yaml, différente de celle reçue/);
    expect(readFileSync(join(bank, 'content', 'programmes', 'ref-prog.yaml'), 'utf8')).toBe(sheet());
    out = [];
    expect(await main(['import-sheet', file, '--force'], io)).toBe(0);
    expect(out[0]).toMatch(/^Fiche remplacée/);
    expect(readFileSync(join(bank, 'content', 'programmes', 'ref-prog.yaml'), 'utf8')).toBe(changed);
  });

  it.each([
    ['a draft', `draft: true\n${sheet()}`, /est un brouillon \(draft: true\)/],
    ['a programme only proposed in a response', sheet().replace('status: completed', 'status: proposed'), /décrit un programme proposé dans une réponse/],
    ['an invalid sheet', sheet().replace('duration: 12 semaines', 'duration: douze semaines'), /n’est pas valide \(voir ci-dessus\)/],
  ])('refuses %s and writes nothing', async (_, text, message) => {
    expect(await main(['import-sheet', received('nouvelle.yaml', text)], io)).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(programmes()).toEqual(['proposed-prog.yaml', 'ref-prog.yaml']);
  });

  it('shows the French diagnostics of an invalid sheet, naming the file it would have been', async () => {
    await main(['import-sheet', received('nouvelle.yaml', sheet().replace('duration: 12 semaines', 'duration: douze semaines'))], io);
    expect(err[0]).toMatch(/^content\/programmes\/nouvelle\.yaml:\d+:\d+ {2}erreur {2}/);
    expect(err[0]).toContain(`trouvé${S}: «${S}douze semaines${S}»`);
  });

  it.each([
    ['a file that is not there', 'absente.yaml', /^Le fichier «\u00A0absente\.yaml\u00A0» n’existe pas/],
    ['a Word document', 'fiche.docx', /n’est pas un fichier de fiche/],
    ['a folder', 'content', /^«\u00A0content\u00A0» est un dossier\. Donnez le chemin du fichier de la fiche reçue/],
  ])('refuses %s', async (_, file, message) => {
    if (file.endsWith('.docx')) received(file, 'PK');
    expect(await main(['import-sheet', file], io)).toBe(1);
    expect(err[0]).toMatch(message);
  });

  it('refuses a file saved in another encoding than UTF-8', async () => {
    const latin1 = Buffer.from(sheet().replace('Programme de référence', 'Programme donné'), 'latin1');
    expect(await main(['import-sheet', received('fiche.yaml', latin1)], io)).toBe(1);
    expect(err[0]).toContain('n’est pas un texte UTF-8');
    expect(programmes()).toEqual(['proposed-prog.yaml', 'ref-prog.yaml']);
  });
});

describe('passerelle import-sheet, from the open data of a sheet published elsewhere', () => {
  /** The JSON another Passerelle site publishes for the sheet, with its file. */
  const published = () => {
    const text = `# yaml-language-server: $schema=../../schemas/json/programme.schema.json\n# note de l’auteur, jamais publiée\n${sheet()}`;
    const entry = { id: 'jardin-villefontaine', file: 'content/programmes/jardin-villefontaine.yaml', source: text, data: { title: 'Jardinons ensemble', summary: 'x' } };
    return JSON.stringify(sheetOpenData(entry as never, { results: [] } as never, 'https://banque.example/'));
  };

  it('adds the sheet its JSON carries, without the author’s comments, under the sheet’s identifier', async () => {
    expect(await main(['import-sheet', received('telechargement (1).json', published())], io)).toBe(0);
    const written = readFileSync(join(bank, 'content', 'programmes', 'jardin-villefontaine.yaml'), 'utf8');
    expect(parse(written)).toEqual(parse(sheet()));
    expect(written).not.toMatch(/^\s*#/m);
    expect(out[0]).toMatch(/^Fiche ajoutée\u00A0: content\/programmes\/jardin-villefontaine\.yaml/);
  });

  it.each([
    ['JSON that is not a sheet’s', '{"format":"autre/1"}', /n’est pas le JSON d’une fiche d’expérience Passerelle/],
    ['a sheet’s JSON without its file (an older site)', '{"format":"passerelle-fiche-experience/2","id":"x"}', /ne contient pas le fichier de sa fiche/],
    ['a file name that is a path', JSON.stringify({ format: 'passerelle-fiche-experience/2', sourceFile: { name: '../evaluations/e.yaml', text: 'title: x' } }), /ne contient pas le fichier de sa fiche/],
    ['text that is not JSON', '{ pas du json', /n’est pas le JSON d’une fiche/],
  ])('refuses %s and writes nothing', async (_, text, message) => {
    expect(await main(['import-sheet', received('fiche.json', text)], io)).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(programmes()).toEqual(['proposed-prog.yaml', 'ref-prog.yaml']);
  });
});
