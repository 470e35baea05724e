/**
 * `passerelle import-offer` on hostile PDFs (issue 12, item 10): every walk and every inflate is
 * bounded, ambiguity is refused, nothing but French is printed, and a file the content rule would
 * ignore or an existing one is never written over.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { validateContent } from '../../src/content/content-fs';
import { readOffer } from '../../src/import/offer-pdf';
import { buyerWorkspace, elanPdf, EVALUATION, type Workspace } from './buyer-workspace';

let w: Workspace;
beforeEach(async () => {
  w = await buyerWorkspace();
});
afterEach(() => {
  w.remove();
  vi.restoreAllMocks();
});

type Offer = { response: { id: string }; files: Record<string, string>; price: { htCents: number } };
async function elanOffer(): Promise<Offer> {
  const read = readOffer(await elanPdf());
  if (!read.ok) throw new Error(read.reason);
  return read.json as Offer;
}

/** A PDF with these attachments (bytes), made with pdf-lib as a provider's tool would. */
async function pdfWith(...attachments: Array<[string, Uint8Array]>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  for (const [name, bytes] of attachments) await doc.attach(bytes, name, { mimeType: 'application/json' });
  return doc.save({ useObjectStreams: false });
}
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** A PDF written by hand, object by object (no cross-reference table: readers scan for objects). */
function rawPdf(objects: string[], streams: Record<number, Uint8Array> = {}): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  objects.forEach((body, i) => {
    const data = streams[i + 1];
    parts.push(Buffer.from(`${i + 1} 0 obj\n${body}\n`, 'latin1'));
    if (data) parts.push(Buffer.from('stream\n', 'latin1'), Buffer.from(data), Buffer.from('\nendstream\n', 'latin1'));
    parts.push(Buffer.from('endobj\n', 'latin1'));
  });
  parts.push(Buffer.from(`trailer\n<< /Root 1 0 R /Size ${objects.length + 1} >>\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

async function run(name: string, bytes: Uint8Array): Promise<{ code: number; text: string }> {
  writeFileSync(join(w.cwd, name), bytes);
  const code = await main(['import-offer', name], w.io);
  return { code, text: [...w.out, ...w.err].join('\n') };
}

const evaluationBefore = () => readFileSync(join(w.cwd, EVALUATION), 'utf8');
const wroteNothing = (before: string) => {
  expect(readFileSync(join(w.cwd, EVALUATION), 'utf8')).toBe(before);
  expect(existsSync(join(w.cwd, 'content', 'responses', 'elan-dijon-2022.yaml'))).toBe(false);
};

describe('import-offer bounds every walk and every inflate', () => {
  it('reads an embedded-files tree that points to itself once, and finds the offer in it', async () => {
    const offer = json(await elanOffer());
    const kids = Array.from({ length: 12 }, () => '3 0 R').join(' ');
    const pdf = rawPdf(
      [
        '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>',
        '<< /Type /Pages /Kids [] /Count 0 >>',
        `<< /Names [(offre.json) 4 0 R] /Kids [${kids}] >>`,
        '<< /Type /Filespec /F (offre.json) /UF (offre.json) /EF << /F 5 0 R >> >>',
        `<< /Type /EmbeddedFile /Length ${offer.length} >>`,
      ],
      { 5: offer },
    );
    const before = evaluationBefore();
    const { code, text } = await run('boucle.pdf', pdf);
    expect(text).toContain('Offre «\u00A0elan-dijon-2022\u00A0» ajoutée');
    expect(code).toBe(0);
    expect(evaluationBefore()).not.toBe(before);
  });

  it('refuses an offer that inflates past its limit, saying it is too large, and writes nothing', async () => {
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const pdf = rawPdf(
      [
        '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>',
        '<< /Type /Pages /Kids [] /Count 0 >>',
        '<< /Names [(offre.json) 4 0 R] >>',
        '<< /Type /Filespec /F (offre.json) /EF << /F 5 0 R >> >>',
        `<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${bomb.length} >>`,
      ],
      { 5: bomb },
    );
    const before = evaluationBefore();
    const { code, text } = await run('bombe.pdf', pdf);
    expect(code).toBe(1);
    expect(text).toBe('L’offre jointe à bombe.pdf dépasse 8\u00A0Mio une fois décompressée\u00A0: elle n’est pas lue et rien n’a été écrit.');
    wroteNothing(before);
  });

  it('refuses an object stream that inflates past the budget', async () => {
    const bomb = deflateSync(Buffer.alloc(80 * 1024 * 1024, 0x20), { level: 9 });
    const pdf = rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length} >>`], { 3: bomb });
    const { code, text } = await run('objets.pdf', pdf);
    expect(code).toBe(1);
    expect(text).toContain('sa structure dépasse les limites');
  });
});

describe('import-offer refuses what it cannot read for sure', () => {
  it('refuses an offre.json that is not UTF-8, with the byte and its line', async () => {
    const text = JSON.stringify(await elanOffer(), null, 1);
    const at = text.indexOf('é');
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at + 1))]);
    const before = evaluationBefore();
    const { code, text: said } = await run('latin1.pdf', await pdfWith(['offre.json', new Uint8Array(bytes)]));
    expect(code).toBe(1);
    expect(said).toMatch(/^Le fichier offre\.json joint à latin1\.pdf n’est pas en UTF-8 \(octet 0xE9 à la ligne \d+\)\u00A0: l’offre ne peut pas être lue et rien n’a été écrit\.$/);
    wroteNothing(before);
  });

  it('refuses a PDF that carries two different offre.json instead of letting one win', async () => {
    const offer = await elanOffer();
    const cheaper = { ...offer, price: { ...offer.price, htCents: offer.price.htCents - 100_000 } };
    const before = evaluationBefore();
    const { code, text } = await run('deux.pdf', await pdfWith(['offre.json', json(offer)], ['offre.json', json(cheaper)]));
    expect(code).toBe(1);
    expect(text).toContain('deux.pdf joint 2 fichiers offre.json');
    expect(text).toContain('impossible de savoir lequel est l’offre');
    wroteNothing(before);
  });

  it('refuses control characters in the offer’s JSON', async () => {
    const offer = await elanOffer();
    offer.response = { ...offer.response, title: 'Élan\u001b[2J' } as Offer['response'];
    const { code, text } = await run('controle.pdf', await pdfWith(['offre.json', json(offer)]));
    expect(code).toBe(1);
    expect(text).toContain('caractère interdit (<U+001B>) dans response › title');
    expect(text).not.toContain('\u001b');
  });

  it('prints nothing but its own French lines on a damaged PDF', async () => {
    const bytes = Buffer.from(await elanPdf());
    const at = bytes.toString('latin1').lastIndexOf('xref');
    const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from('99 0 obj\n<< /A [ (x >>\nendobj\n', 'latin1'), bytes.subarray(at)]);
    const printed: unknown[] = [];
    for (const method of ['log', 'warn', 'error', 'info'] as const) vi.spyOn(console, method).mockImplementation((...args) => void printed.push(args));
    const { code, text } = await run('abime.pdf', new Uint8Array(damaged));
    expect(printed).toEqual([]);
    expect(text).toContain('Offre «\u00A0elan-dijon-2022\u00A0» ajoutée');
    expect(code).toBe(0);
  });
});

describe('import-offer writes only what validate reads, and never over an existing file', () => {
  async function offerAs(id: string): Promise<Offer> {
    const offer = await elanOffer();
    const files = { ...offer.files };
    files[`responses/${id}.yaml`] = files['responses/elan-dijon-2022.yaml'];
    delete files['responses/elan-dijon-2022.yaml'];
    return { ...offer, response: { ...offer.response, id }, files };
  }

  it('does not overwrite an existing readme-notes.yaml without --force', async () => {
    const existing = readFileSync(join(w.cwd, 'content', 'responses', 'tremplin-dijon-2022.yaml'), 'utf8');
    writeFileSync(join(w.cwd, 'content', 'responses', 'readme-notes.yaml'), existing);
    const { code, text } = await run('notes.pdf', await pdfWith(['offre.json', json(await offerAs('readme-notes'))]));
    expect(code).toBe(1);
    expect(text).toContain('remplacerait un fichier différent');
    expect(readFileSync(join(w.cwd, 'content', 'responses', 'readme-notes.yaml'), 'utf8')).toBe(existing);
  });

  it('writes readme-offre.yaml as a content file that validate then reads', async () => {
    const { code } = await run('offre.pdf', await pdfWith(['offre.json', json(await offerAs('readme-offre'))]));
    expect(code).toBe(0);
    const result = validateContent(join(w.cwd, 'content'), w.cwd);
    expect(result.corpus.responses.map((r) => r.id)).toContain('readme-offre');
  });

  it('refuses a file the content rule would ignore (responses/readme.md)', async () => {
    const offer = await offerAs('readme');
    offer.files['responses/readme.md'] = offer.files['responses/readme.yaml'];
    delete offer.files['responses/readme.yaml'];
    const before = evaluationBefore();
    const { code, text } = await run('readme.pdf', await pdfWith(['offre.json', json(offer)]));
    expect(code).toBe(1);
    expect(text).toContain('un fichier que Passerelle ne lirait pas comme contenu');
    expect(existsSync(join(w.cwd, 'content', 'responses', 'readme.md'))).toBe(false);
    wroteNothing(before);
  });

  it('refuses to import when a content entry is a folder named like the offer’s file', async () => {
    mkdirSync(join(w.cwd, 'content', 'responses', 'elan-dijon-2022.yaml'));
    const before = evaluationBefore();
    const { code, text } = await run('elan2.pdf', await elanPdf());
    expect(code).toBe(1);
    expect(text).toContain('content/responses/elan-dijon-2022.yaml  erreur  «\u00A0elan-dijon-2022.yaml\u00A0» est un dossier');
    expect(readFileSync(join(w.cwd, EVALUATION), 'utf8')).toBe(before);
  });
});
