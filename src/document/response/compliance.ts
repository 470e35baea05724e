/** The compliance annex: every requirement of the call, what it expects, what was found, the verdict. */
import type { ComplianceReport } from '../../domain/compliance';
import { fr } from '../../i18n/fr';
import { bold, callout, paragraph, table, text } from '../build';
import type { Block, Tone } from '../model';

export function complianceTone(report: ComplianceReport): Tone {
  return report.compliant ? (report.counts.unknown ? 'warning' : 'ok') : 'error';
}

export function complianceBlocks(report: ComplianceReport): Block[] {
  const c = fr.compliance;
  const headline = report.compliant ? c.compliant : c.notCompliant(report.failures.length);
  return [
    paragraph(fr.pdf.response.complianceIntro),
    callout(complianceTone(report), [bold(`${headline} `), { text: c.summary(report.counts.met, report.counts.notMet, report.counts.unknown) }]),
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
