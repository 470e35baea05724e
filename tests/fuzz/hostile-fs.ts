/**
 * Hostile variants that need the file system or a PDF, for the fuzz test and `npm run fuzz`:
 * entries added to a copy of content/ (class « files »), and response PDFs damaged or crafted
 * (class « pdf »). Each comes with its check: what validate or import-offer must say, and that
 * nothing is written.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { collectionNames } from '../../schemas/index';
import { main } from '../../src/cli/main';
import { readOffer } from '../../src/import/offer-pdf';

const STACK = /^\s+at .+[:(]\d+:\d+\)?$/m;
const ENGLISH = /\b(the|is|are|must|cannot|Error|Invalid|Unexpected|undefined|expected|received|Maximum|exceeded|Trying|ENOTDIR|EISDIR|ENOENT)\b/;
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

function checkText(text: string, fail: (why: string) => never): void {
  if (STACK.test(text)) fail('trace de pile');
  if (ENGLISH.test(text)) fail(`anglais : ${ENGLISH.exec(text)![0]}`);
  if (RAW_CONTROL.test(text)) fail('caractère de contrôle brut');
}

/** Every file under a folder with its size and content, to tell that nothing was written. */
export function snapshot(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const stats = statSync(full, { throwIfNoEntry: false });
      if (stats?.isDirectory()) walk(full);
      else if (stats?.isFile()) out.push(`${full} ${stats.size} ${readFileSync(full).toString('base64').slice(0, 64)}`);
      else out.push(`${full} ?`);
    }
  };
  walk(dir);
  return out.join('\n');
}

export interface FsVariant {
  name: string;
  /** The entry added, relative to the project (`content/programmes/x.yaml`). */
  entry: string;
  valid: boolean;
  make: (content: string) => void;
}

const id = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
const collection = fc.constantFrom(...collectionNames);

/** Entries of content/ that are not plain content files. */
export const fsVariants: fc.Arbitrary<FsVariant> = fc.oneof(
  fc.tuple(collection, id, fc.constantFrom('.yaml', '.yml', '.md')).map(([c, n, ext]) => ({ name: 'dossier nommé comme un fichier', entry: `content/${c}/${n}${ext}`, valid: false, make: (root: string) => mkdirSync(join(root, c, `${n}${ext}`), { recursive: true }) })),
  fc.tuple(collection, fc.constantFrom('.cache.yaml', '..yaml', '.x.md', '.DS_Store'), fc.uint8Array({ maxLength: 64 })).map(([c, n, bytes]) => ({ name: 'fichier caché', entry: `content/${c}/${n}`, valid: true, make: (root: string) => writeFileSync(join(root, c, n), bytes) })),
  fc.tuple(collection, fc.constantFrom('README.md', 'readme.txt', 'README')).map(([c, n]) => ({ name: 'documentation', entry: `content/${c}/${n}`, valid: true, make: (root: string) => writeFileSync(join(root, c, n), '# Notes\n') })),
  fc.tuple(collection, id).map(([c, n]) => ({ name: 'sous-dossier', entry: `content/${c}/${n}`, valid: true, make: (root: string) => mkdirSync(join(root, c, n), { recursive: true }) })),
  fc.tuple(collection, id).map(([c, n]) => ({ name: 'fichier readme-… invalide', entry: `content/${c}/readme-${n}.yaml`, valid: false, make: (root: string) => writeFileSync(join(root, c, `readme-${n}.yaml`), 'title: [\n') })),
  collection.map((c) => ({ name: 'collection qui est un fichier', entry: `content/${c}`, valid: false, make: (root: string) => (rmSync(join(root, c), { recursive: true, force: true }), writeFileSync(join(root, c), 'x\n')) })),
);

/** Adds the entry to a copy of `content`, runs validate, and checks what it said. */
export async function checkFsVariant(content: string, v: FsVariant): Promise<void> {
  const cwd = mkdtempSync(join(tmpdir(), 'passerelle-fuzz-'));
  try {
    cpSync(content, join(cwd, 'content'), { recursive: true });
    v.make(join(cwd, 'content'));
    const before = snapshot(cwd);
    const said: string[] = [];
    const code = await main(['validate'], { out: (t) => said.push(t), err: (t) => said.push(t), cwd });
    const text = said.join('\n');
    const fail = (why: string): never => {
      throw new Error(`files / ${v.name} / ${v.entry}: ${why}\n${text.slice(0, 2000)}`);
    };
    checkText(text, fail);
    if (code !== (v.valid ? 0 : 1)) fail(`code de sortie ${code}`);
    if (!text.includes(v.entry)) fail('l’entrée n’est pas nommée');
    if (snapshot(cwd) !== before) fail('un fichier a été écrit');
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

export interface PdfVariant {
  name: string;
  bytes: Uint8Array;
}

/** Damaged copies of a response PDF. */
export function pdfVariants(pdf: Uint8Array): fc.Arbitrary<PdfVariant> {
  const flip = fc.array(fc.tuple(fc.nat(pdf.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 16 }).map((flips) => {
    const bytes = pdf.slice();
    for (const [at, x] of flips) bytes[at] ^= x;
    return { name: `${flips.length} octets changés`, bytes };
  });
  const cut = fc.nat(pdf.length - 1).map((n) => ({ name: `coupé à ${n} octets`, bytes: pdf.slice(0, n) }));
  const splice = fc.tuple(fc.nat(pdf.length - 1), fc.nat(pdf.length - 1), fc.integer({ min: 1, max: 4096 })).map(([at, from, n]) => ({
    name: `${n} octets recopiés`,
    bytes: new Uint8Array([...pdf.subarray(0, at), ...pdf.subarray(from, from + n), ...pdf.subarray(at)]),
  }));
  const garbage = fc.tuple(fc.nat(pdf.length - 1), fc.uint8Array({ minLength: 1, maxLength: 512 })).map(([at, junk]) => ({
    name: `${junk.length} octets insérés`,
    bytes: new Uint8Array([...pdf.subarray(0, at), ...junk, ...pdf.subarray(at)]),
  }));
  return fc.oneof(flip, cut, splice, garbage);
}

/** Reads the offer of a damaged PDF: never a throw, and either the original offer or a refusal. */
export function checkPdfVariant(original: string, v: PdfVariant): 'read' | 'refused' {
  const read = readOffer(v.bytes);
  if (read.ok) {
    if (JSON.stringify(read.json) !== original) throw new Error(`pdf / ${v.name}: offre lue différente de l’originale`);
    return 'read';
  }
  return 'refused';
}

/** Runs import-offer on a damaged PDF in a buyer's workspace: French only, nothing written on a refusal. */
export async function checkPdfImport(cwd: string, v: PdfVariant): Promise<number> {
  writeFileSync(join(cwd, 'fuzz.pdf'), v.bytes);
  const before = snapshot(join(cwd, 'content'));
  const said: string[] = [];
  const code = await main(['import-offer', 'fuzz.pdf'], { out: (t) => said.push(t), err: (t) => said.push(t), cwd });
  const text = said.join('\n');
  const fail = (why: string): never => {
    throw new Error(`pdf / ${v.name}: ${why}\n${text.slice(0, 2000)}`);
  };
  checkText(text, fail);
  if (code !== 0 && snapshot(join(cwd, 'content')) !== before) fail('un fichier a été écrit malgré le refus');
  if (!text.includes('fuzz.pdf') && code !== 0) fail('le fichier n’est pas nommé');
  return code;
}
