/**
 * A draft's document: the same document, marked so that nobody mistakes it for a finished one (a
 * banner above the page, « BROUILLON » across every PDF page, « Brouillon » before the running
 * header). Pure: a document and the number of fields still to complete in, a document out.
 *
 * @example
 * markDraft(doc, 3).draft; // { watermark: 'BROUILLON', banner: 'Brouillon : 3 champs à compléter. …' }
 */
import { fr } from '../i18n/fr';
import type { Document } from './model';

export function markDraft<D extends Document>(doc: D, fields = 0): D {
  const w = fr.workspace;
  return { ...doc, header: w.draftHeader(doc.header), draft: { watermark: w.draftWatermark, banner: w.draftNotice(fields) } };
}
