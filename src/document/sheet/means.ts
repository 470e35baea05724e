/** Human means (role, organisation, status, time) and material means. */
import type { Programme } from '../../../schemas/index';
import { formatHumanTime } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { list, missingParagraph, nonEmpty, orMissing, section, table, text } from '../build';
import type { Block } from '../model';
import { sourcedSection, type SheetSection } from './section';

export function meansSection(p: Programme): SheetSection {
  const m = fr.sheet.means;
  const blocks: Block[] = [];
  const human = p.means?.human ?? [];
  if (human.length) {
    const c = m.humanColumns;
    blocks.push(
      section(m.human, [
        table(
          m.humanCaption,
          [{ label: c.role, rowHeader: true }, { label: c.organisation }, { label: c.status }, { label: c.time }, { label: c.note }],
          human.map((h) => [
            text(h.count && h.count > 1 ? m.count(h.count, h.role) : h.role),
            orMissing(h.organisation),
            orMissing(h.status && fr.vocab.meansStatus[h.status]),
            orMissing(formatHumanTime(h)),
            orMissing(h.note),
          ]),
        ),
      ]),
    );
  }
  if (nonEmpty(p.means?.material)) blocks.push(section(m.material, [list(p.means.material)]));
  return sourcedSection(p, 'means', blocks.length ? blocks : [missingParagraph()], p.means);
}
