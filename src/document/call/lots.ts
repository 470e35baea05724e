/**
 * The lots of a call, each with its own facts: kind, object, territory, public and pathway,
 * contract period, cap and scenario, requirements, deliverables and criteria. A lot that does not
 * give a fact takes the call's, and the page says so rather than repeating it.
 */
import type { Tender } from '../../../schemas/index';
import type { Lot } from '../../../schemas/lot';
import { capLabel, capText, contractPeriodLines, scenarioLines } from '../../domain/call-format';
import { lotName, lotWord } from '../../domain/call';
import { formatBoundedDuration } from '../../domain/duration-bound';
import { formatSources } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, list, markdown, note, paragraph, section, text } from '../build';
import type { Block, FactRow } from '../model';
import { criteriaBlocks } from './criteria';
import { withSource } from './source';
import { deliverablesBlocks, requirementsBlocks } from './expected';
import { publicBlocks, territoryBlocks } from './parts';

const p = () => fr.tender.page;

function lotBlocks(t: Tender, lot: Lot): Block[] {
  const rows: FactRow[] = [];
  if (lot.kind) rows.push(fact(p().lotKind, text(fr.tender.vocab.lotKind[lot.kind])));
  if (lot.duration) rows.push(fact(p().pathway, withSource(formatBoundedDuration(lot.duration), lot.duration.source, t)));
  if (lot.budgetCap) rows.push(fact(capLabel(lot.budgetCap), withSource(capText(lot.budgetCap), lot.budgetCap.source, t)));
  else if (t.budgetCap) rows.push(fact(capLabel(t.budgetCap), text(p().asCall(capText(t.budgetCap)))));
  if (lot.pricingScenario) rows.push(fact(p().scenario, ...scenarioLines(lot.pricingScenario, t.priceModel).map(text)));
  const blocks: Block[] = [...markdown(lot.description), facts(rows)];
  if (lot.territory) blocks.push(section(p().sections.territory, territoryBlocks(lot.territory, t)));
  if (lot.public) blocks.push(section(p().sections.public, publicBlocks(t, lot.public, undefined, undefined, false)));
  if (lot.contractPeriod) blocks.push(section(p().contractPeriod, [list(contractPeriodLines(lot.contractPeriod))]));
  if (lot.requirements) blocks.push(section(p().lotRequirements, requirementsBlocks(lot.requirements, t)));
  if (lot.deliverables) blocks.push(section(p().lotDeliverables, deliverablesBlocks(lot.deliverables, t)));
  if (lot.awardCriteria) blocks.push(section(fr.pdf.call.sections.criteria, criteriaBlocks(lot.awardCriteria, t)));
  if (lot.note) blocks.push(note(lot.note));
  const provenance = lot.source && formatSources(lot.source, t.sources ?? []);
  if (provenance) blocks.push(note(provenance));
  return blocks;
}

export function lotsBlocks(t: Tender): Block[] {
  const lots = t.lots ?? [];
  const blocks: Block[] = [];
  const intro = [
    t.lotCount !== undefined && p().lotCount(t.lotCount, lots.length, lotWord(t, true).toLowerCase()),
    t.lotRules?.bid && p().lotBid(fr.tender.vocab.lotBid[t.lotRules.bid]),
    t.lotRules?.maxLotsPerBidder !== undefined && p().maxLots(t.lotRules.maxLotsPerBidder),
    t.lotRules?.coverWholePublic && p().coverWholePublic,
    t.lotRules?.note,
  ].filter((x): x is string => typeof x === 'string');
  if (intro.length) blocks.push(paragraph(intro.join(' ')));
  for (const lot of lots) blocks.push(section(lotName(t, lot), lotBlocks(t, lot), `lot-${lot.id}`));
  return blocks;
}
