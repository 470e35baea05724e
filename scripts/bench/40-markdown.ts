/**
 * Markdown parsing, before and after the limits of `src/markdown/guard.ts`: nested lists that
 * micromark parses in superlinear time (and that the guard now refuses at once), and the worst
 * texts still allowed, at growing sizes, to show that the cost per character stays flat.
 */
import type { BenchRow } from '../bench';
import { num, round, time } from '../bench-util';
import { MarkdownSchema } from '../../schemas/text';
import { parseMarkdown } from '../../src/markdown/parse';

const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- niveau ${i}`).join('\n');
/** Paragraphs of 4 990 characters of `a] ` (the slowest pattern measured within the limits). */
const worst = (chars: number) => Array.from({ length: Math.round(chars / 5_000) }, () => 'a] '.repeat(1_663)).join('\n\n');
const french = (chars: number) => Array.from({ length: Math.round(chars / 505) }, () => 'Les participantes ont suivi *dix séances* d’une heure, avec [la mission locale](https://exemple.fr) ; '.repeat(5)).join('\n\n');

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const schema = MarkdownSchema();
  for (const levels of [50, 100, 200, 400]) {
    const source = nested(levels);
    const before = await time(() => parseMarkdown(source), levels >= 200 ? 1 : 3, levels >= 200 ? 0 : 1);
    const after = await time(() => schema.safeParse(source), 5);
    const refused = !schema.safeParse(source).success;
    rows.push({ label: `Liste de ${levels} niveaux, analysée sans limite (avant)`, value: round(before.median), unit: 'ms', note: `${num(source.length)} caractères` });
    rows.push({ label: `Liste de ${levels} niveaux, avec la limite (après)`, value: round(after.median, 3), unit: "ms", note: `médiane de 5 ; ${refused ? "refusée" : "admise"}` });
  }
  const allowed = nested(16);
  rows.push({ label: 'Liste de 16 niveaux (la limite), vérifiée puis analysée', value: round((await time(() => schema.safeParse(allowed), 5)).median, 2), unit: 'ms' });
  for (const chars of [24_000, 48_000, 96_000]) {
    const text = worst(chars);
    const ok = schema.safeParse(text).success;
    rows.push({ label: `Pire texte admis, ${num(chars)} caractères`, value: round((await time(() => schema.safeParse(text), 3)).median), unit: 'ms', note: `paragraphes de « a] » ; ${ok ? 'admis' : 'refusé'}` });
  }
  for (const chars of [24_000, 48_000, 96_000]) {
    const text = french(chars);
    const ok = schema.safeParse(text).success;
    rows.push({ label: `Texte français, ${num(chars)} caractères`, value: round((await time(() => schema.safeParse(text), 3)).median), unit: 'ms', note: `vérification et analyse ; ${ok ? 'admis' : 'refusé'}` });
  }
  return rows;
}
