/**
 * `passerelle import-offer`: the buyer reads a provider's response PDF back into the content and
 * the evaluation, without retyping; a PDF with no offer gets a French message saying what to enter.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImportOffer } from '../../src/cli/import-offer';
import { main, type Io } from '../../src/cli/main';
import { fr } from '../../src/i18n/fr';
import { loadCorpus } from '../../src/content/content-fs';
import { validateFiles } from '../../src/content/validate';
import { buildFonts } from '../../src/pdf/build-fs';
import { renderResponse } from '../../src/pdf/documents/response';
import { readFixture } from '../content/fixtures';
import { buyerWorkspace, elanPdf, EVALUATION, projectRoot as root, type Workspace } from './buyer-workspace';

let pdf: Uint8Array;
let cwd: string;
let out: string[];
let err: string[];
let io: Io;
let workspace: Workspace;

beforeAll(async () => {
  pdf = await elanPdf();
});

beforeEach(async () => {
  workspace = await buyerWorkspace();
  ({ cwd, out, err, io } = workspace);
});
afterEach(() => workspace.remove());

describe('passerelle import-offer', () => {
  it('writes the response’s files and adds the offer to the evaluation, marks to fill in', async () => {
    expect(await main(['import-offer', 'elan.pdf'], io)).toBe(0);
    for (const f of ['responses/elan-dijon-2022.yaml', 'programmes/elan-remobilisation-femmes-dijon-2022.yaml', 'providers/elan-formation-conseil.yaml']) {
      expect(readFileSync(join(cwd, 'content', f), 'utf8')).toBe(readFileSync(join(root, 'content', f), 'utf8'));
    }
    const evaluation = readFileSync(join(cwd, EVALUATION), 'utf8');
    expect(evaluation).toContain('response: elan-dijon-2022');
    expect(evaluation).toContain('criterion: valeur-technique');
    expect(out.join('\n')).toContain('Offre «\u00A0elan-dijon-2022\u00A0» ajoutée');
    // The evaluation was published: it waits for the new offer's marks as a draft, and says so.
    expect(out.join('\n')).toContain(`${EVALUATION} était publiée\u00A0: elle repasse en brouillon (draft: true)`);
    expect(out.join('\n')).toContain('retirez la ligne «\u00A0draft: true\u00A0»');
    const evaluation2 = readFileSync(join(cwd, EVALUATION), 'utf8');
    // The draft line comes first, after the file's comments, as `passerelle new` writes it.
    expect(evaluation2.split('\n').find((line) => !line.startsWith('#'))).toBe('draft: true');
    expect(evaluation2.match(/^draft:/gm)).toHaveLength(1);
    // The content is valid: the marks the committee still has to give are a draft's, not errors.
    const result = validateFiles(readFixture(join(cwd, 'content')));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.drafts.map((d) => d.file)).toContain(EVALUATION);
    // Imported again, the offer is there already: the file is not touched.
    expect(await main(['import-offer', 'elan.pdf'], io)).toBe(0);
    expect(readFileSync(join(cwd, EVALUATION), 'utf8')).toBe(evaluation2);
  });

  it('in the editor’s words, names no command, option or file', async () => {
    const words = { ...fr.importOffer, ...fr.editor.marks.importWords };
    expect(await runImportOffer(['elan.pdf'], {}, io, words)).toBe(0);
    expect(out).toEqual([]);
    expect(await runImportOffer(['elan.pdf'], {}, io, words)).toBe(0);
    expect(out).toEqual([fr.editor.marks.addedAlready]);
    const doc = await PDFDocument.create();
    doc.addPage();
    writeFileSync(join(cwd, 'scan.pdf'), await doc.save());
    expect(await runImportOffer(['scan.pdf'], {}, io, words)).toBe(1);
    expect(err.join('\n')).toContain('Ajouter une offre reçue hors Passerelle');
    for (const line of [...out, ...err]) expect(line).not.toMatch(/npx|passerelle (?:new|validate|score)|--force|content\/|draft: true/);
  });

  it('says the offer is already there when it is imported twice', async () => {
    expect(await main(['import-offer', 'elan.pdf'], io)).toBe(0);
    expect(await main(['import-offer', 'elan.pdf'], io)).toBe(0);
    expect(out.join('\n')).toContain('figurait déjà');
    expect(readFileSync(join(cwd, EVALUATION), 'utf8').match(/response: elan-dijon-2022/g)).toHaveLength(1);
  });

  it('tells what to enter by hand when the PDF carries no offer', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    writeFileSync(join(cwd, 'scan.pdf'), await doc.save());
    expect(await main(['import-offer', 'scan.pdf'], io)).toBe(1);
    expect(err.join('\n')).toContain('ne contient pas d’offre structurée Passerelle');
    expect(err.join('\n')).toContain('npx passerelle new response');
  });

  it('refuses a file that is not a PDF, or a missing file', async () => {
    writeFileSync(join(cwd, 'texte.pdf'), 'bonjour');
    expect(await main(['import-offer', 'texte.pdf'], io)).toBe(1);
    expect(err.join('\n')).toContain('n’est pas un PDF lisible');
    expect(await main(['import-offer', 'absent.pdf'], io)).toBe(1);
    expect(err.join('\n')).toContain('n’existe pas');
  });

  it('refuses an offer whose JSON is not in the expected format, and writes nothing', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new TextEncoder().encode(JSON.stringify({ format: 'passerelle/offre', version: 2 })), 'offre.json', { mimeType: 'application/json' });
    writeFileSync(join(cwd, 'autre.pdf'), await doc.save());
    const before = readFileSync(join(cwd, EVALUATION), 'utf8');
    expect(await main(['import-offer', 'autre.pdf'], io)).toBe(1);
    expect(err.join('\n')).toContain('autre.pdf#offre.json');
    expect(err.join('\n')).toContain('n’est pas au format attendu');
    expect(readFileSync(join(cwd, EVALUATION), 'utf8')).toBe(before);
    expect(existsSync(join(cwd, 'content', 'responses', 'elan-dijon-2022.yaml'))).toBe(false);
  });
});

describe('passerelle import-offer does not trust the PDF', () => {
  async function pdfWith(offer: unknown): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new TextEncoder().encode(JSON.stringify(offer)), 'offre.json', { mimeType: 'application/json' });
    return doc.save();
  }
  const offerOf = async (bytes: Uint8Array) => {
    const { readOffer } = await import('../../src/import/offer-pdf');
    const read = readOffer(bytes);
    if (!read.ok) throw new Error(read.reason);
    return read.json as { files: Record<string, string> };
  };

  it('refuses a file that is not the offer’s own (a competitor’s response)', async () => {
    const offer = await offerOf(pdf);
    offer.files['responses/tremplin-dijon-2022.yaml'] = 'tender: x\n';
    writeFileSync(join(cwd, 'piege.pdf'), await pdfWith(offer));
    const before = readFileSync(join(cwd, 'content', 'responses', 'tremplin-dijon-2022.yaml'), 'utf8');
    expect(await main(['import-offer', 'piege.pdf'], io)).toBe(1);
    expect(err.join('\n')).toContain('n’est pas le sien');
    expect(readFileSync(join(cwd, 'content', 'responses', 'tremplin-dijon-2022.yaml'), 'utf8')).toBe(before);
  });

  it('never replaces a different existing file without --force', async () => {
    expect(await main(['import-offer', 'elan.pdf'], io)).toBe(0);
    const offer = await offerOf(pdf);
    offer.files['responses/elan-dijon-2022.yaml'] = offer.files['responses/elan-dijon-2022.yaml'].replace('quantity: 1\n', 'quantity: 2\n');
    writeFileSync(join(cwd, 'modifie.pdf'), await pdfWith(offer));
    const before = readFileSync(join(cwd, 'content', 'responses', 'elan-dijon-2022.yaml'), 'utf8');
    expect(await main(['import-offer', 'modifie.pdf'], io)).toBe(1);
    expect(err.join('\n')).toContain('remplacerait un fichier différent');
    expect(readFileSync(join(cwd, 'content', 'responses', 'elan-dijon-2022.yaml'), 'utf8')).toBe(before);
  });

  it('imports an offer into a buyer’s content that holds only the call and the evaluation', async () => {
    // The buyer has none of the providers' files: the offer must bring all it needs.
    const { rmSync: rm } = await import('node:fs');
    for (const folder of ['responses', 'programmes', 'providers']) rm(join(cwd, 'content', folder), { recursive: true, force: true });
    writeFileSync(join(cwd, EVALUATION), 'tender: dijon-remobilisation-femmes-qpv-2022\nscale: { min: 0, max: 10 }\npriceMethod: proportional\noffers: []\n');
    const tremplin = (await renderResponse(loadCorpus(), 'tremplin-dijon-2022', buildFonts())).bytes;
    writeFileSync(join(cwd, 'tremplin.pdf'), tremplin);
    expect(await main(['import-offer', 'tremplin.pdf'], io)).toBe(0);
    expect(existsSync(join(cwd, 'content', 'programmes', 'cap-confiance-chenove-2021.yaml'))).toBe(true);
  });
});
