/**
 * The budget: its figures (the metrics leave costs per hour out while a workshop is not
 * quantified, since its hours would be missing from the divisor), lines and funders. Shares in a
 * column show with one precision (`62,5 %` above `100,0 %`).
 */
import type { Programme } from '../../../schemas/index';
import { commonDecimals, formatMoney, formatMoneySpan, formatNumber, formatPercent, formatShare, formatSpan } from '../../domain/format';
import type { ProgrammeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { missingParagraph, note, orMissing, section, table, text } from '../build';
import type { Block, KeyFigure, Runs } from '../model';
import { sheetSection, type SheetSection } from './section';
import { money } from './text';

const b = () => fr.sheet.budget;
type Budget = NonNullable<Programme['budget']>;

function figures(budget: Budget, m: ProgrammeMetrics): KeyFigure[] {
  const out: KeyFigure[] = [];
  if (budget.total) out.push({ value: money(budget.total), label: b().total.toLowerCase() });
  if (budget.total && m.costPerParticipantCents && m.participants) {
    out.push({
      value: formatMoneySpan(m.costPerParticipantCents),
      label: b().perParticipant.toLowerCase(),
      detail: b().perParticipantDetail(money(budget.total), `${formatSpan(m.participants)} ${fr.format.people(m.participants.max)}`),
    });
  }
  if (m.costPerParticipantHourCents) out.push({ value: formatMoneySpan(m.costPerParticipantHourCents), label: b().perParticipantHour.toLowerCase(), detail: b().computed });
  if (m.costPerFacilitatorHourCents) out.push({ value: formatMoneySpan(m.costPerFacilitatorHourCents), label: b().perFacilitatorHour.toLowerCase(), detail: b().computed });
  return out;
}

function linesPart(budget: Budget): Block | undefined {
  const lines = budget.lines ?? [];
  if (lines.length === 0) return undefined;
  const c = b().lineColumns;
  const rows = lines.map((line) => {
    const unit = line.unit ? fr.vocab.priceUnit[line.unit] : undefined;
    const computation =
      line.quantity !== undefined && line.unitPrice
        ? b().lineComputation(formatNumber(line.quantity), unit && (line.quantity >= 2 ? unit[1] : unit[0]), money(line.unitPrice))
        : undefined;
    const label = line.note ? `${line.label} (${line.note})` : line.label;
    return [text(label), orMissing(line.category && fr.vocab.budgetCategory[line.category]), orMissing(computation), orMissing(line.amount && money(line.amount))];
  });
  const footer = budget.total ? [[text(b().linesTotal), text(''), text(''), text(money(budget.total))]] : undefined;
  return section(b().lines, [
    table(b().linesCaption, [{ label: c.label, rowHeader: true }, { label: c.category }, { label: c.computation }, { label: c.amount, align: 'end' }], rows, footer),
  ]);
}

function fundersPart(budget: Budget): Block | undefined {
  const funders = budget.funders ?? [];
  if (funders.length === 0) return undefined;
  const c = b().funderColumns;
  const total = budget.total?.cents;
  const withNotes = funders.some((f) => f.note || f.inKind);
  const known = funders.filter((f) => f.amount);
  const knownCents = known.reduce((sum, f) => sum + f.amount!.cents, 0);
  // Shares computed from amounts (or given in percent) share one precision with their total.
  const percentOf = (f: (typeof funders)[number]) =>
    f.share ? (f.share.denominator === 100 ? f.share.numerator : undefined) : f.amount && total ? (f.amount.cents / total) * 100 : undefined;
  const totalPercent = known.length > 1 && total ? (knownCents / total) * 100 : undefined;
  const percents = [...funders.map(percentOf), totalPercent].filter((x): x is number => x !== undefined);
  const decimals = commonDecimals(percents, 1);
  const percentText = (value: number) => formatPercent(value, decimals, decimals);
  const rows = funders.map((f) => {
    const percent = percentOf(f);
    const share = percent !== undefined ? percentText(percent) : f.share ? formatShare(f.share) : undefined;
    const note = [f.inKind ? b().inKind : undefined, f.note].filter(Boolean).join(' ; ');
    return [text(f.name), orMissing(f.kind && fr.vocab.funderKind[f.kind]), orMissing(f.amount && money(f.amount)), orMissing(share), ...(withNotes ? [text(note)] : [])];
  });
  const footer: Runs[][] | undefined =
    known.length > 1
      ? [[text(b().fundersTotal), text(''), text(formatMoney(knownCents)), totalPercent !== undefined ? text(percentText(totalPercent)) : text(''), ...(withNotes ? [text('')] : [])]]
      : undefined;
  return section(b().funders, [
    table(
      b().fundersCaption,
      [{ label: c.name, rowHeader: true }, { label: c.kind }, { label: c.amount, align: 'end' }, { label: c.share, align: 'end' }, ...(withNotes ? [{ label: c.note }] : [])],
      rows,
      footer,
    ),
  ]);
}

export function budgetSection(p: Programme, m: ProgrammeMetrics): SheetSection {
  const budget = p.budget;
  if (!budget) return sheetSection('budget', [missingParagraph()]);
  const keyFigures = figures(budget, m);
  const blocks: Block[] = [
    ...(keyFigures.length ? [{ type: 'figures' as const, items: keyFigures }] : []),
    ...[linesPart(budget), fundersPart(budget)].filter((x): x is Block => x !== undefined),
    ...(budget.note ? [note(budget.note)] : []),
  ];
  return sheetSection('budget', blocks.length ? blocks : [missingParagraph()]);
}
