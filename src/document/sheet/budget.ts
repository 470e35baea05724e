/**
 * The budget: its amount with what it is and the period it covers; a cost per person (and per
 * hour) only when the budget and the people are exact and of the same period, saying which, and
 * otherwise why there is none; lines and funders. A share the source gives keeps its decimals; a
 * share computed from an amount shows with one precision for its column.
 */
import type { Programme } from '../../../schemas/index';
import { commonDecimals, formatMoney, formatMoneySpan, formatNumber, formatPercent, formatPeriod, formatQualifiedDate, formatShare, formatSpan } from '../../domain/format';
import type { ProgrammeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { missingParagraph, note, orMissing, section, table, text } from '../build';
import type { Block, KeyFigure, Runs } from '../model';
import { sourcedSection, type SheetSection } from './section';
import { money, sourcesOf } from './text';

const b = () => fr.sheet.budget;
const w = () => fr.facts.budget;
type Budget = NonNullable<Programme['budget']>;

/** `sur toute l'action`, `pour l'année 2016`, `par an (année non précisée)`, `pour la période de 2007 à 2013`, `période non précisée`. */
export function budgetPeriodText(budget: Budget): string {
  if (budget.period === 'whole') return w().periodWhole;
  if (budget.period === 'year') return budget.year ? w().periodYear(formatQualifiedDate(budget.year)) : w().periodYearUnknown;
  if (budget.span) return w().periodSpan(formatPeriod(budget.span));
  return w().periodUnknown;
}

/** `69 000 € (budget), par an (année non précisée)`; the amount, what it is, its period. */
export function budgetText(budget: Budget): string | undefined {
  if (!budget.total) return undefined;
  const what = budget.basis ? ` (${fr.vocab.budgetBasis[budget.basis]})` : '';
  return `${money(budget.total)}${what}, ${budgetPeriodText(budget)}`;
}

function figures(p: Programme, budget: Budget, m: ProgrammeMetrics): Block[] {
  const out: KeyFigure[] = [];
  if (budget.total) out.push({ value: money(budget.total), label: (budget.basis ? fr.vocab.budgetBasis[budget.basis] : b().total).toLowerCase(), detail: budgetPeriodText(budget) });
  if (budget.total && m.costPerParticipantCents && m.participants) {
    // A proposal divides its budget by the people it plans for: the figure says so.
    const planned = m.participantsBasis?.kind === 'target';
    const people = (planned ? b().plannedPeople : fr.format.people)(m.participants.max);
    out.push({
      value: formatMoneySpan(m.costPerParticipantCents),
      label: (planned ? b().perPlannedParticipant : b().perParticipant).toLowerCase(),
      detail: b().perParticipantDetail(money(budget.total), `${formatSpan(m.participants)} ${people}`, budgetPeriodText(budget)),
    });
  }
  if (m.costPerParticipantHourCents) out.push({ value: formatMoneySpan(m.costPerParticipantHourCents), label: b().perParticipantHour.toLowerCase(), detail: b().computed });
  if (m.costPerFacilitatorHourCents) out.push({ value: formatMoneySpan(m.costPerFacilitatorHourCents), label: b().perFacilitatorHour.toLowerCase(), detail: b().computed });
  const blocks: Block[] = out.length ? [{ type: 'figures', items: out }] : [];
  if (m.costWithheld) blocks.push(note(b().withheld[m.costWithheld]));
  return blocks;
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
        : line.unitPrice
          ? b().unitCost(money(line.unitPrice), unit?.[0])
          : undefined;
    const label = line.note ? `${line.label} (${line.note})` : line.label;
    return [text(label), orMissing(line.category && fr.vocab.budgetCategory[line.category]), orMissing(computation), orMissing(line.amount && money(line.amount))];
  });
  const footer = budget.total && budget.linesComplete !== false ? [[text(b().linesTotal), text(''), text(''), text(money(budget.total))]] : undefined;
  return section(b().lines, [
    table(b().linesCaption, [{ label: c.label, rowHeader: true }, { label: c.category }, { label: c.computation }, { label: c.amount, align: 'end' }], rows, footer),
    ...(budget.linesComplete === false ? [note(b().linesPartial)] : []),
  ]);
}

function fundersPart(p: Programme, budget: Budget): Block | undefined {
  const funders = budget.funders ?? [];
  if (funders.length === 0) return undefined;
  const c = b().funderColumns;
  const total = budget.total && !budget.total.approx ? budget.total.cents : undefined;
  const withNotes = funders.some((f) => f.note || f.inKind || f.period || f.source);
  const known = funders.filter((f) => f.amount && !f.amount.approx);
  const knownCents = known.reduce((sum, f) => sum + f.amount!.cents, 0);
  // Shares computed from exact amounts share one precision with their total; shares the source gives keep theirs.
  const computedOf = (f: (typeof funders)[number]) => (!f.share && f.amount && !f.amount.approx && total ? (f.amount.cents / total) * 100 : undefined);
  const totalPercent = known.length > 1 && total ? (knownCents / total) * 100 : undefined;
  const computed = [...funders.map(computedOf), totalPercent].filter((x): x is number => x !== undefined);
  const given = funders.flatMap((f) => (f.share?.denominator === 100 ? [f.share.numerator] : []));
  const decimals = Math.max(commonDecimals(computed, 1), commonDecimals(given, 4));
  const percentText = (value: number) => formatPercent(value, decimals, decimals);
  const rows = funders.map((f) => {
    const computedShare = computedOf(f);
    const shareText = f.share ? (f.share.denominator === 100 ? percentText(f.share.numerator) : formatShare(f.share)) : computedShare !== undefined ? percentText(computedShare) : undefined;
    const share = shareText && f.share?.approx ? (f.share.approx === 'nearly' ? fr.facts.count.nearly(shareText) : fr.facts.count.about(shareText)) : shareText;
    const details = [f.inKind ? b().inKind : undefined, f.period, f.note, sourcesOf(p, f.source)].filter(Boolean).join(' ; ');
    return [text(f.name), orMissing(f.kind && fr.vocab.funderKind[f.kind]), orMissing(f.amount && money(f.amount)), orMissing(share), ...(withNotes ? [text(details)] : [])];
  });
  const footer: Runs[][] | undefined =
    known.length > 1
      ? [[text(b().fundersTotal), text(''), text(formatMoney(knownCents)), totalPercent !== undefined ? text(percentText(totalPercent)) : text(''), ...(withNotes ? [text('')] : [])]]
      : undefined;
  const shareLabel = b().shareOf[budget.basis ?? 'total-cost'];
  return section(b().funders, [
    table(
      b().fundersCaption(shareLabel),
      [{ label: c.name, rowHeader: true }, { label: c.kind }, { label: c.amount, align: 'end' }, { label: shareLabel, align: 'end' }, ...(withNotes ? [{ label: c.note }] : [])],
      rows,
      footer,
    ),
  ]);
}

export function budgetSection(p: Programme, m: ProgrammeMetrics): SheetSection {
  const budget = p.budget;
  if (!budget) return sourcedSection(p, 'budget', [missingParagraph()]);
  const blocks: Block[] = [
    ...figures(p, budget, m),
    ...[linesPart(budget), fundersPart(p, budget)].filter((x): x is Block => x !== undefined),
    ...(budget.note ? [note(budget.note)] : []),
  ];
  return sourcedSection(p, 'budget', blocks.length ? blocks : [missingParagraph()], budget);
}
