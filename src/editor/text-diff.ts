/**
 * The lines that differ between two texts (a longest common subsequence of lines), with a few
 * lines of context around each change: what the review screen and the conflict message show.
 *
 * Pure.
 *
 * @example
 * lineDiff('a\nb\nc\n', 'a\nB\nc\n') // [{ kind: 'same', text: 'a', …}, { kind: 'removed', text: 'b' }, { kind: 'added', text: 'B' }, …]
 */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed' | 'gap';
  text: string;
  /** Line number in the old text (same, removed) or the new one (added). */
  line?: number;
}

export function lineDiff(before: string, after: string, context = 2): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common head and tail first: most edits touch a few lines of a long file.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const all: DiffLine[] = a.slice(0, head).map((text, i) => ({ kind: 'same', text, line: i + 1 }));
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) all.push({ kind: 'same', text: x[i++], line: head + i }), j++;
    else if (i < x.length && (j >= y.length || lcs[i + 1][j] >= lcs[i][j + 1])) all.push({ kind: 'removed', text: x[i++], line: head + i });
    else all.push({ kind: 'added', text: y[j++], line: head + j });
  }
  a.slice(a.length - tail).forEach((text, k) => all.push({ kind: 'same', text, line: a.length - tail + k + 1 }));
  // Keep the changes and their context; a run of unchanged lines becomes one gap.
  const near = all.map((_, k) => all.slice(Math.max(0, k - context), k + context + 1).some((l) => l.kind !== 'same'));
  const out: DiffLine[] = [];
  all.forEach((l, k) => {
    if (near[k]) out.push(l);
    else if (out.length === 0 || out[out.length - 1].kind !== 'gap') out.push({ kind: 'gap', text: '…' });
  });
  return out.length === 1 && out[0].kind === 'gap' ? [] : out;
}
