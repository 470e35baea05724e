/** Validation of the sample content, in process (read, parse, schemas, cross-checks). */
import type { BenchRow } from '../bench';
import { time } from '../bench-util';
import { validateContent } from '../../src/content/content-fs';

export default async function (): Promise<BenchRow[]> {
  const result = validateContent();
  const t = await time(() => validateContent(), 10, 2);
  return [{ label: `Validation du contenu d'exemple (${result.files} fichiers)`, value: t.median, unit: 'ms', note: 'médiane de 10 passes en mémoire' }];
}
