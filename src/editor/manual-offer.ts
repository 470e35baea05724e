/**
 * The evaluator's short form for an offer received outside Passerelle, turned into the entry the
 * evaluation file holds: the provider, the lot, a lump-sum price or price lines (a response's price
 * lines: label, unit, quantity, unit price HT), the VAT regime, and the committee's findings.
 * Texts are kept as the person typed them (« 35 000 € TTC », « 250 € »); a quantity is read the
 * French way (« 8,5 »). What the form can already tell is wrong (an unreadable amount, a quantity
 * that is not a number, a unit price TTC) comes back as a French message on its field, and nothing
 * is added; the validator says the rest once the offer is in the file.
 *
 * Pure.
 */
import { numberInput } from '../components/editor/values';
import { parseAmount } from '../domain/shorthand';
import { fr } from '../i18n/fr';
import { slugify, uniqueId } from './item-ids';

export interface ManualLineInput {
  label: string;
  unit: string;
  quantity: string;
  unitPrice: string;
}

export interface ManualOfferInput {
  provider: string;
  document: string;
  lot: string;
  /** `lump-sum`, `lines`, or empty when the offer gives no price. */
  priceKind: string;
  lumpSum: string;
  lines: ManualLineInput[];
  /** A VAT choice of the form (`not-subject`, `subject-20`…), empty when not given. */
  vat: string;
  findings: Record<string, { finding: string; note: string }>;
}

/** A message and the form field it is about (`provider`, `lumpSum`, `lines-0-quantity`…). */
export interface FormProblem {
  field: string;
  message: string;
}

const t = fr.editor.marks;

export const emptyLine = (): ManualLineInput => ({ label: '', unit: '', quantity: '', unitPrice: '' });

/** A slug from a name (« Association Horizon » → « association-horizon »), unique among the offers. */
export function offerSlug(name: string, taken: readonly string[]): string {
  return uniqueId(slugify(name) || 'offre', new Set(taken));
}

function vatOf(choice: string): Record<string, unknown> | undefined {
  if (choice.startsWith('subject-')) return { kind: 'subject', rate: Number(choice.slice('subject-'.length)) };
  return choice ? { kind: choice } : undefined;
}

const blank = (line: ManualLineInput) => !line.label.trim() && !line.unit && !line.quantity.trim() && !line.unitPrice.trim();

function linesOf(input: ManualOfferInput, problems: FormProblem[]): Array<Record<string, unknown>> {
  const lines = input.lines.map((line, i) => ({ line, i })).filter(({ line }) => !blank(line));
  if (lines.length === 0) problems.push({ field: 'lines-0-label', message: t.manualNoLine });
  return lines.map(({ line, i }) => {
    const at = (key: string, message: string) => problems.push({ field: `lines-${i}-${key}`, message });
    if (!line.label.trim()) at('label', t.manualLineLabel);
    if (!line.unit) at('unit', t.manualLineUnit);
    const quantity = numberInput(line.quantity);
    if (typeof quantity !== 'number' || quantity <= 0) at('quantity', t.manualLineQuantity(line.quantity.trim()));
    const amount = parseAmount(line.unitPrice);
    if (!amount.ok) at('unitPrice', fr.schema.amount.message);
    else if (amount.value.basis === 'TTC') at('unitPrice', fr.schema.priceLineTtc);
    return { label: line.label.trim(), unit: line.unit, quantity: quantity ?? '', unitPrice: line.unitPrice.trim() };
  });
}

function priceOf(input: ManualOfferInput, problems: FormProblem[]): Record<string, unknown> | undefined {
  const regime = vatOf(input.vat);
  const vat = regime && { vat: regime };
  if (input.priceKind === 'lines') return { lines: linesOf(input, problems), ...vat };
  if (input.priceKind !== 'lump-sum') return undefined;
  const amount = parseAmount(input.lumpSum);
  if (!input.lumpSum.trim() || !amount.ok) problems.push({ field: 'lumpSum', message: fr.schema.amount.message });
  else if (!amount.value.basis) problems.push({ field: 'lumpSum', message: fr.evaluation.manual.lumpSumBasis });
  // Without a VAT regime the validator asks for one, once the offer is in the file.
  return { lumpSum: input.lumpSum.trim(), ...vat };
}

/** The offer entry for the evaluation file, or the problems that keep it out. */
export function manualOfferEntry(input: ManualOfferInput, taken: readonly string[]): { ok: true; offer: Record<string, unknown> } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (!input.provider.trim()) problems.push({ field: 'provider', message: t.manualNeedProvider });
  const price = priceOf(input, problems);
  if (problems.length) return { ok: false, problems };
  // A finding chosen, or a note on a requirement not checked yet, is the committee's.
  const findings = Object.entries(input.findings).filter(([, f]) => f.finding || f.note.trim());
  const manual = {
    id: offerSlug(input.provider, taken),
    provider: input.provider.trim(),
    ...(input.document.trim() && { document: input.document.trim() }),
    ...(input.lot && { lot: input.lot }),
    ...(price && { price }),
    ...(findings.length && { findings: findings.map(([requirement, f]) => ({ requirement, finding: f.finding || 'not-checked', ...(f.note.trim() && { note: f.note.trim() }) })) }),
  };
  return { ok: true, offer: { manual, marks: [] } };
}
