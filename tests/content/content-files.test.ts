/**
 * What is a content file, and how its bytes are read (issue 12, items 3 and 4): one rule for
 * `validate`, the build's loader and import-offer; strict UTF-8; nothing under content/ skipped
 * without a word. Run through the CLI on a copy of the base fixture corpus.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { clearCorpusCache, ContentError, loadCorpus } from '../../src/content/content-fs';
import { fixturesDir } from './fixtures';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'passerelle-files-'));
  cpSync(join(fixturesDir, 'base'), join(cwd, 'content'), { recursive: true });
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const at = (...parts: string[]) => join(cwd, 'content', ...parts);
let REF: string;
beforeEach(() => {
  REF = at('programmes', 'ref-prog.yaml');
});

async function validate(): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main(['validate'], { out: (t) => lines.push(t), err: (t) => lines.push(t), cwd });
  const text = lines.join('\n');
  expect(text).not.toMatch(/Erreur inattendue|ENOTDIR|EISDIR|\n\s+at /);
  return { code, text };
}

/** ref-prog.yaml with the first « é » of its title replaced by these bytes. */
function titleBytes(bytes: number[]): void {
  const text = readFileSync(REF, 'utf8');
  const i = text.indexOf('é');
  writeFileSync(REF, Buffer.concat([Buffer.from(text.slice(0, i)), Buffer.from(bytes), Buffer.from(text.slice(i + 1))]));
}

describe('bytes that are not UTF-8 text', () => {
  it('a Latin-1 byte in a title is an error with its file, line, column and field', async () => {
    titleBytes([0xe9]);
    const { code, text } = await validate();
    expect(code).toBe(1);
    expect(text).toContain('content/programmes/ref-prog.yaml:2:22  erreur  Le fichier n’est pas en UTF-8  texte/encodage');
    expect(text).toContain('  champ\u00A0: title\n  trouvé\u00A0: l’octet 0xE9');
    // The file exists: the programme that cites it gets no second error.
    expect(text).toContain('1 erreur dans 1 fichier sur 6 vérifiés');
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding', [0xc0, 0xa9]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0xf0, 0x9f]],
    ['a byte past U+10FFFF', [0xf5, 0x80, 0x80, 0x80]],
  ])('%s is an error', async (_, bytes) => {
    titleBytes(bytes);
    const { code, text } = await validate();
    expect(code).toBe(1);
    expect(text).toMatch(/content\/programmes\/ref-prog\.yaml:2:\d+  erreur  Le fichier n’est pas en UTF-8/);
  });

  it('a byte order mark is accepted', async () => {
    writeFileSync(REF, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(REF)]));
    expect((await validate()).code).toBe(0);
  });

  it('a control character in a file read from disk is an error with its field', async () => {
    titleBytes([0x1b, 0x5b, 0x32, 0x4a]);
    const { code, text } = await validate();
    expect(code).toBe(1);
    expect(text).toContain('content/programmes/ref-prog.yaml:2:22  erreur  Caractère interdit dans le texte\u00A0: <U+001B>');
    expect(text).not.toContain('\u001b');
  });

  it('a file over 1 Mio is refused without being read', async () => {
    writeFileSync(at('programmes', 'gros.yaml'), `title: ${'a'.repeat(1_100_000)}\n`);
    const { code, text } = await validate();
    expect(code).toBe(1);
    expect(text).toContain('content/programmes/gros.yaml  erreur  Fichier trop gros\u00A0: 1,04\u00A0Mio, au plus 1\u00A0Mio pour un fichier de contenu  fichier/taille');
  });
});

describe('entries that are not content files are never skipped without a word', () => {
  it('a folder named like a content file is an error', async () => {
    mkdirSync(at('programmes', 'dossier.yaml'));
    const { code, text } = await validate();
    expect(code).toBe(1);
    expect(text).toContain('content/programmes/dossier.yaml  erreur  «\u00A0dossier.yaml\u00A0» est un dossier, pas un fichier de contenu  fichier/dossier');
  });

  it.each(['.cache.yaml', '..yaml'])('a hidden file (%s) is ignored with a note', async (name) => {
    writeFileSync(at('programmes', name), 'title: caché\n');
    const { code, text } = await validate();
    expect(code).toBe(0);
    expect(text).toContain(`content/programmes/${name}  avertissement  Fichier ou dossier caché ignoré\u00A0: «\u00A0${name}\u00A0» n’est pas lu comme contenu  fichier/ignore`);
  });

  it('readme-castelnau.yaml is a content file like any other, and validated', async () => {
    writeFileSync(at('programmes', 'readme-castelnau.yaml'), readFileSync(REF, 'utf8').replace('status: completed', 'status: termine'));
    const { code, text } = await validate();
    expect(code).toBe(1);
    expect(text).toMatch(/content\/programmes\/readme-castelnau\.yaml:4:1  erreur  Valeur non reconnue/);
  });

  it('README.md is documentation: ignored with a note', async () => {
    writeFileSync(at('programmes', 'README.md'), '# Les programmes\n');
    const { code, text } = await validate();
    expect(code).toBe(0);
    expect(text).toContain('content/programmes/README.md  avertissement  Documentation ignorée');
  });

  it('a collection folder that is a file is a French error, not ENOTDIR', async () => {
    rmSync(at('providers'), { recursive: true });
    writeFileSync(at('providers'), 'pas un dossier\n');
    const { code, text } = await validate();
    expect(code).toBe(1);
    expect(text).toContain('content/providers  erreur  content/providers est un fichier\u00A0: une collection doit être un dossier  fichier/collection');
  });

  it('a sub-folder and an unknown folder of content/ are noted, with the likely collection', async () => {
    mkdirSync(at('programmes', 'archives'));
    mkdirSync(at('programme'));
    const { code, text } = await validate();
    expect(code).toBe(0);
    expect(text).toContain('content/programmes/archives  avertissement  Sous-dossier ignoré');
    expect(text).toContain('content/programme  avertissement  «\u00A0programme\u00A0» n’est pas une collection');
    expect(text).toContain('Vouliez-vous dire «\u00A0programmes/\u00A0»\u202F?');
  });

  it('a broken symbolic link is an error', async () => {
    symlinkSync(join(cwd, 'nulle-part.yaml'), at('programmes', 'lien.yaml'));
    const { code, text } = await validate();
    expect(code).toBe(1);
    expect(text).toContain('content/programmes/lien.yaml  erreur  Lecture impossible\u00A0: le lien symbolique ne mène à aucun fichier  fichier/lecture');
  });

  it('a named pipe is noted, never read (reading it would wait forever)', async () => {
    execFileSync('mkfifo', [at('programmes', 'tube.yaml')]);
    const { code, text } = await validate();
    expect(code).toBe(0);
    expect(text).toContain('content/programmes/tube.yaml  avertissement  «\u00A0tube.yaml\u00A0» n’est ni un fichier ni un dossier');
  });

  it('the build’s loader reads by the same rule: a folder named like a file stops it', () => {
    mkdirSync(at('programmes', 'dossier.yaml'));
    clearCorpusCache();
    const previous = process.cwd();
    try {
      process.chdir(cwd);
      expect(() => loadCorpus(join(cwd, 'content'), cwd)).toThrow(ContentError);
      expect(() => loadCorpus(join(cwd, 'content'), cwd)).toThrow(/content\/programmes\/dossier\.yaml  erreur/);
    } finally {
      process.chdir(previous);
      clearCorpusCache();
    }
  });
});
