/**
 * What a build computed, counted: validations, sheets (metrics, document, card), the index's
 * filters, the index pages. The build does this work once per entry (or once in all) and shares it
 * between the page, the JSON, the PDF and the index; a test reads the counts to prove it, without
 * timing anything.
 *
 * Counting costs an addition; the counts are written only when $PASSERELLE_WORK_LOG names a file
 * (at the end of the build, by the PDF integration). Shared through globalThis: Astro runs the
 * config's and the pages' modules as separate instances in one process.
 */
import { writeFileSync } from 'node:fs';

export type Work = 'validation' | 'metrics' | 'sheetDocument' | 'sheetCard' | 'sheets' | 'sheetIndex' | 'facets' | 'indexPage' | 'sheetPage' | 'sheetJson' | 'pdfDocument';

const shared = globalThis as { __passerelleWork?: Partial<Record<Work, number>> };

/** Counts one piece of work. */
export function counted(work: Work, n = 1): void {
  const counts = (shared.__passerelleWork ??= {});
  counts[work] = (counts[work] ?? 0) + n;
}

/** Writes the counts of this build to $PASSERELLE_WORK_LOG, if it is set. */
export function writeWorkLog(): void {
  const file = process.env.PASSERELLE_WORK_LOG;
  if (file) writeFileSync(file, `${JSON.stringify(shared.__passerelleWork ?? {}, null, 2)}\n`);
}
