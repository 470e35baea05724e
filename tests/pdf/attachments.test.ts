import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { readAttachments } from '../../src/pdf/attachments';

describe('readAttachments', () => {
  it('reads back the files attached to a PDF', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new TextEncoder().encode('{"a":1}'), 'offre.json', { mimeType: 'application/json' });
    await doc.attach(new TextEncoder().encode('bonjour'), 'note.txt', { mimeType: 'text/plain' });
    const files = await readAttachments(await doc.save());
    expect([...files.keys()].sort()).toEqual(['note.txt', 'offre.json']);
    expect(new TextDecoder().decode(files.get('offre.json'))).toBe('{"a":1}');
  });

  it('finds nothing in a PDF without attachments', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect((await readAttachments(await doc.save())).size).toBe(0);
  });
});
