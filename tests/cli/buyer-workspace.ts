/**
 * A buyer's workspace for import-offer tests: a copy of the sample content without Élan's offer
 * (its three files and its entry in the evaluation), the Élan response PDF beside it, and an Io
 * that records what the command prints.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Io } from '../../src/cli/main';
import { loadCorpus } from '../../src/content/content-fs';
import { buildFonts } from '../../src/pdf/build-fs';
import { renderResponse } from '../../src/pdf/documents/response';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const EVALUATION = 'content/evaluations/dijon-remobilisation-femmes-qpv-2022.yaml';
export const ELAN_FILES = ['responses/elan-dijon-2022.yaml', 'programmes/elan-remobilisation-femmes-dijon-2022.yaml', 'providers/elan-formation-conseil.yaml'];

let elan: Promise<Uint8Array> | undefined;
/** The sample Élan response as its PDF (rendered once per test file). */
export const elanPdf = () => (elan ??= renderResponse(loadCorpus(), 'elan-dijon-2022', buildFonts()).then((r) => r.bytes));

export interface Workspace {
  cwd: string;
  io: Io;
  out: string[];
  err: string[];
  remove: () => void;
}

export async function buyerWorkspace(): Promise<Workspace> {
  const cwd = mkdtempSync(join(tmpdir(), 'passerelle-import-'));
  cpSync(join(projectRoot, 'content'), join(cwd, 'content'), { recursive: true });
  // The buyer has not received Élan's offer yet: no files, no entry in the evaluation.
  for (const f of ELAN_FILES) unlinkSync(join(cwd, 'content', f));
  const doc = parseDocument(readFileSync(join(cwd, EVALUATION), 'utf8'));
  const offers = doc.get('offers') as YAMLSeq<YAMLMap>;
  offers.items = offers.items.filter((item) => item.get('response') !== 'elan-dijon-2022');
  writeFileSync(join(cwd, EVALUATION), doc.toString());
  writeFileSync(join(cwd, 'elan.pdf'), await elanPdf());
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t), cwd }, remove: () => rmSync(cwd, { recursive: true, force: true }) };
}
