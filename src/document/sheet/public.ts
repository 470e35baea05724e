/** The target public: headcount, gender, age, entry criteria, residence, and referral shares. */
import type { Programme } from '../../../schemas/index';
import { formatAgeRange, formatRange, formatShare } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { fact, facts, markdown, missing, nonEmpty, orMissing, section, table, text } from '../build';
import type { Block, FactRow, Runs } from '../model';
import { sheetSection, type SheetSection } from './section';

export function publicSection(p: Programme): SheetSection {
  const pub = p.public;
  const u = fr.sheet.public;
  const residence: Runs[] = [];
  if (pub.residence?.qpv) residence.push(text(u.qpvRequired));
  if (nonEmpty(pub.residence?.areas)) residence.push(text(u.areas(pub.residence.areas)));
  const rows: FactRow[] = [
    fact(u.headcount, orMissing(pub.headcount && formatRange(pub.headcount, u.personWords))),
    fact(u.gender, orMissing(pub.gender && u.genders[pub.gender])),
    fact(u.age, orMissing(pub.age && formatAgeRange(pub.age))),
    fact(u.criteria, ...(nonEmpty(pub.criteria) ? pub.criteria.map(text) : [missing()])),
  ];
  if (residence.length) rows.push(fact(u.residence, ...residence));
  const blocks: Block[] = [...markdown(pub.description), facts(rows)];
  if (nonEmpty(pub.referrals)) {
    const c = u.referralColumns;
    blocks.push(
      section(u.referrals, [
        table(
          u.referralsCaption,
          [{ label: c.prescriber, rowHeader: true }, { label: c.share, align: 'end' }, { label: c.note }],
          pub.referrals.map((r) => [text(r.prescriber), orMissing(r.share && formatShare(r.share)), orMissing(r.note)]),
        ),
      ]),
    );
  }
  return sheetSection('public', blocks);
}
