/**
 * The provider's references: a published programme with its facts, summary and results (a chart
 * of the rates with a denominator, a list of the others), or a reference described in words.
 */
import type { Response } from '../../../schemas/index';
import { byId, type Corpus } from '../../domain/corpus';
import { formatMoney, formatPeriod, formatSpan } from '../../domain/format';
import { programmeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { fact, facts, list, markdown, paragraph, section, text } from '../build';
import type { Block, FactRow } from '../model';
import { resultsChart } from '../sheet/results';
import { resultValue } from '../sheet/text';
import { providerIds } from './provider';

const t = () => fr.pdf.response;

export function referenceBlocks(response: Response, corpus: Corpus): Block[] {
  const blocks: Block[] = [];
  for (const id of providerIds(response)) {
    const provider = byId(corpus.providers, id)!.data;
    for (const ref of provider.references ?? []) {
      if (ref.programme) {
        const p = byId(corpus.programmes, ref.programme)!.data;
        const m = programmeMetrics(p);
        const rows: FactRow[] = [
          fact(fr.site.facts.carriers, text(p.carriers.map((c) => c.name).join(', '))),
          fact(fr.site.facts.territory, text([...(p.territory.communes ?? []), ...(p.territory.departements ?? []).map((d) => d.name)].filter(Boolean).join(', ') || fr.common.notProvided)),
          ...(p.period ? [fact(fr.site.facts.period, text(formatPeriod(p.period)))] : []),
          ...(m.participants ? [fact(fr.pdf.programme.participants, text(formatSpan(m.participants)))] : []),
          ...(p.budget?.total ? [fact(fr.pdf.programme.budget, text(formatMoney(p.budget.total.cents, p.budget.total.basis ? { basis: p.budget.total.basis } : {})))] : []),
          ...(ref.role ? [fact(fr.pdf.provider.roleInReference, text(ref.role))] : []),
        ];
        const chart = resultsChart(m.results.filter((r) => r.computed));
        const others = m.results.filter((r) => !r.computed);
        const results: Block[] = [
          ...(chart ? [{ type: 'chart' as const, chart: { ...chart, id: `resultats-${ref.programme}` } }] : []),
          ...(others.length ? [list(others.map((r) => `${r.label} : ${resultValue(r) ?? fr.common.notProvided}`))] : []),
        ];
        blocks.push(section(p.title, [facts(rows), paragraph(p.summary), ...(results.length ? [section(t().referenceResults, results)] : [])]));
      } else {
        const rows: FactRow[] = [
          ...(ref.client ? [fact(fr.pdf.provider.client, text(ref.client))] : []),
          ...(ref.year ? [fact(fr.pdf.provider.year, text(String(ref.year)))] : []),
          ...(ref.role ? [fact(fr.pdf.provider.roleInReference, text(ref.role))] : []),
        ];
        blocks.push(section(ref.title!, [...(rows.length ? [facts(rows)] : []), ...markdown(ref.summary)]));
      }
    }
  }
  return blocks.length ? blocks : [paragraph(fr.pdf.provider.noReferences)];
}
