/**
 * Reading the files attached to a PDF (its EmbeddedFiles name tree), with pdf-lib: how a buyer's
 * tool gets the structured offer back out of a response PDF.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, decodePDFRawStream } from 'pdf-lib';

export async function readAttachments(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const context = doc.context;
  const lookup = <T>(value: unknown): T | undefined => (value instanceof PDFRef ? (context.lookup(value) as T) : (value as T | undefined));
  const files = new Map<string, Uint8Array>();
  const names = lookup<PDFDict>(doc.catalog.get(PDFName.of('Names')));
  const root = lookup<PDFDict>(names?.get(PDFName.of('EmbeddedFiles')));
  const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

  const walk = (node: PDFDict | undefined, depth = 0) => {
    if (!node || depth > 16) return;
    const pairs = lookup<PDFArray>(node.get(PDFName.of('Names')));
    if (pairs) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const spec = lookup<PDFDict>(pairs.get(i + 1));
        const ef = lookup<PDFDict>(spec?.get(PDFName.of('EF')));
        const stream = lookup<PDFRawStream>(ef?.get(PDFName.of('F')) ?? ef?.get(PDFName.of('UF')));
        const name = text(spec?.get(PDFName.of('UF'))) ?? text(spec?.get(PDFName.of('F'))) ?? text(pairs.get(i));
        if (stream instanceof PDFRawStream && name) files.set(name, decodePDFRawStream(stream).decode());
      }
    }
    const kids = lookup<PDFArray>(node.get(PDFName.of('Kids')));
    for (let i = 0; kids && i < kids.size(); i++) walk(lookup<PDFDict>(kids.get(i)), depth + 1);
  };
  walk(root);
  return files;
}
