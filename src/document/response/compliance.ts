/** The compliance annex: every requirement of the call, what it expects, what was found, the verdict. */
import type { ComplianceReport } from '../../domain/compliance';
import { formatMoney } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { bold, callout, paragraph, table, text } from '../build';
import type { Block, Tone } from '../model';

export function complianceTone(report: ComplianceReport): Tone {
  if (report.results.length === 0) return 'info';
  return report.compliant ? (report.counts.unknown ? 'warning' : 'ok') : 'error';
}

/**
 * The verdict in two parts (« La proposition respecte… » and the counts); for a call with no
 * requirement to check, that nothing was checked rather than « respecte toutes les exigences ».
 */
export function complianceHeadline(report: ComplianceReport): { headline: string; summary: string } {
  const c = fr.compliance;
  if (report.results.length === 0) return { headline: c.nothingToCheck, summary: c.nothingChecked };
  return { headline: report.compliant ? c.compliant : c.notCompliant(report.failures.length), summary: c.summary(report.counts.met, report.counts.notMet, report.counts.unknown) };
}

/** `Prix : 24 000 € HT, 24 000 € TTC.` for the top of the response page; nothing when the response gives no price (an AMI). */
export function priceSentence(report: ComplianceReport): string | undefined {
  return report.price && fr.responsePage.priceLine(formatMoney(report.price.ht), formatMoney(report.price.ttc));
}

export function complianceBlocks(report: ComplianceReport): Block[] {
  const c = fr.compliance;
  const { headline, summary } = complianceHeadline(report);
  return [
    paragraph(fr.pdf.response.complianceIntro),
    callout(complianceTone(report), [bold(`${headline} `), { text: summary }]),
    {
      ...table(
        undefined,
        [
          { label: c.columns.requirement, width: 3.4, rowHeader: true },
          { label: c.columns.expected, width: 2.4 },
          { label: c.columns.found, width: 2.4 },
          { label: c.columns.verdict, width: 2.6 },
        ],
        report.results.map((r) => [
          [{ text: r.label }, ...(r.mandatory ? [] : [{ text: ` (${c.indicative})`, italic: true }]), ...(r.where ? [{ text: ` — ${r.where}`, italic: true }] : [])],
          text(r.expected),
          text(r.found),
          [bold(`${c.verdictSymbol[r.verdict]} ${c.verdict[r.verdict]}`), ...(r.verdict === 'met' ? [] : [{ text: ` ${r.sentence}` }])],
        ]),
      ),
      id: 'conformite-exigences',
    },
  ];
}
