/** The identity block: carriers, territory, period, years, duration, themes, cost and status. */
import type { Programme } from '../../../schemas/index';
import { formatDurationRange, formatPeriod } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, missing, nonEmpty, orMissing, text } from '../build';
import type { FactRow } from '../model';
import { sheetSection, type SheetSection } from './section';
import { departementLabel, money, organisationName, programmeYears } from './text';

export function identitySection(p: Programme): SheetSection {
  const i = fr.sheet.identity;
  const rows: FactRow[] = [
    fact(i.carriers, ...p.carriers.map((c) => text(organisationName(c)))),
    fact(i.territory, orMissing(nonEmpty(p.territory.communes) ? p.territory.communes.join(', ') : p.territory.perimeter)),
  ];
  if (nonEmpty(p.territory.communes) && p.territory.perimeter) rows.push(fact(i.territory, text(p.territory.perimeter)));
  rows.push(
    fact(i.departement, ...(nonEmpty(p.territory.departements) ? p.territory.departements.map((d) => text(departementLabel(d))) : [missing()])),
    fact(i.region, ...(nonEmpty(p.territory.regions) ? p.territory.regions.map(text) : [missing()])),
  );
  if (nonEmpty(p.territory.qpv)) rows.push(fact(i.qpv, ...p.territory.qpv.map(text)));
  rows.push(fact(i.period, orMissing(p.period && formatPeriod(p.period))), fact(i.years, orMissing(programmeYears(p).join(', '))));
  if (p.duration) rows.push(fact(i.duration, text(formatDurationRange(p.duration))));
  rows.push(
    { label: i.themes, values: p.themes.map((theme) => text(fr.vocab.programmeTheme[theme])), tags: true },
    fact(i.budget, orMissing(p.budget?.total && money(p.budget.total))),
    fact(i.status, text(fr.sheet.page.status[p.status] ?? fr.vocab.programmeStatus[p.status])),
  );
  return sheetSection('identity', [facts(rows)]);
}
