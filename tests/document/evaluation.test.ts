/**
 * The evaluation report as a document: its sections in the order a committee reports, the
 * ranking with one precision per column, the chart's spec, and the same figures as the engine.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { evaluationDocument } from '../../src/document/evaluation/index';
import type { Block, Runs, TableBlock } from '../../src/document/model';
import { callDocument } from '../../src/document/call/index';
import { providerDocument } from '../../src/document/provider/index';
import { byId } from '../../src/domain/corpus';

const corpus = loadCorpus();
const { document: doc, report } = evaluationDocument(corpus, 'dijon-remobilisation-femmes-qpv-2022');
const N = '\u202F';
const S = '\u00A0';
const walk = (blocks: Block[]): Block[] => blocks.flatMap((b) => (b.type === 'section' ? [b, ...walk(b.blocks)] : [b]));
const all = walk(doc.sections);
const textOf = (runs: Runs) => runs.map((r) => r.text).join('');
const table = (id: string) => all.find((b): b is TableBlock => b.type === 'table' && b.id === id)!;

describe('the evaluation document', () => {
  it('has the sections a committee reports, in order', () => {
    expect(doc.sections.map((s) => [s.id, s.title])).toEqual([
      ['appel', 'L’appel'],
      ['offres', 'Les offres reçues'],
      ['ecartees', 'Offres écartées et motifs'],
      ['notes', 'Notes et justifications par critère'],
      ['methode', 'Méthode de notation du prix'],
      ['classement', 'Le classement'],
      ['attributaire', 'L’offre retenue et ses motifs'],
    ]);
  });

  it('ranks the offers with one precision per column: 86,50 above 76,00 and 71,89', () => {
    const ranking = table('classement-publie');
    expect(ranking.rows.map((row) => row.map(textOf))).toEqual([
      // Technical 60 × 9/10 = 54; price 40 × 31 200 / 38 400 = 32,50; total 86,50.
      ['1re', 'Groupement Tremplin Côte-d’Or et Mobilité 21', '54', '32,50', '86,50', `38${N}400${S}€${S}TTC`],
      ['2e', 'Élan Formation Conseil', '36', '40,00', '76,00', `31${N}200${S}€${S}TTC`],
      // 40 × 31 200 / 41 760 = 29,89; 42 + 29,89 = 71,89.
      ['Écartée', 'Sophie Marchal Coaching', '42', '29,89', '71,89', `41${N}760${S}€${S}TTC`],
    ]);
    expect(ranking.columns.find((c) => c.rowHeader)!.label).toBe('Offre');
  });

  it('charts the same points, segment by segment, with their texts', () => {
    const chart = all.find((b) => b.type === 'chart');
    expect(chart).toMatchObject({
      chart: {
        kind: 'stacked',
        id: 'graphique-publie',
        max: 100,
        bars: [
          { values: [54, 32.5], valueTexts: ['54', '32,50'], totalText: '86,50' },
          { values: [36, 40], valueTexts: ['36', '40,00'], totalText: '76,00' },
          { values: [42, report.result.offers.find((o) => o.id === 'sophie-marchal-dijon-2022')!.scores[1].points], totalText: '71,89', aside: true },
        ],
      },
    });
  });

  it('links each offer to its response page, and the call in the cover', () => {
    const offers = walk(doc.sections.find((s) => s.id === 'offres')!.blocks).find((b): b is TableBlock => b.type === 'table')!;
    expect(offers.rows.map((row) => row[0][0].href)).toEqual(['/reponses/tremplin-dijon-2022/', '/reponses/elan-dijon-2022/', '/reponses/sophie-marchal-dijon-2022/']);
    expect(doc.cover.facts[0].values[0][0].href).toBe('/appels/dijon-remobilisation-femmes-qpv-2022/');
  });

  it('names the offer ranked first, with its total on the maximum', () => {
    expect(JSON.stringify(doc.sections.at(-1)).replace(/[\u00A0\u202F]/g, ' ')).toContain('Offre la mieux classée : Groupement Tremplin Côte-d’Or et Mobilité 21, avec 86,5 sur 100.');
  });
});

describe('the call and provider documents', () => {
  const call = callDocument(byId(corpus.tenders, 'dijon-remobilisation-femmes-qpv-2022')!);

  it('gives a call its facts, requirements, expected sections and criteria', () => {
    expect(call.sections.map((s) => s.id)).toEqual(['objet', 'contexte', 'acteurs', 'procedure', 'calendrier', 'territoire', 'public', 'exigences', 'contenu-attendu', 'livrables', 'prix', 'criteres', 'source']);
    const facts = Object.fromEntries(call.cover.facts.map((f) => [f.label, textOf(f.values[0])]));
    expect(facts.Acheteur).toBe('Creativ’');
    expect(facts['Budget maximal']).toMatch(new RegExp(`^35${N}000${S}€ à 40${N}000${S}€${S}TTC \\(`));
  });

  it('lists the criteria with their weights', () => {
    const criteria = walk(call.sections.find((s) => s.id === 'criteres')!.blocks).find((b): b is TableBlock => b.type === 'table')!;
    expect(criteria.rows.map((row) => [textOf(row[0]).split(' — ')[0], textOf(row[2])])).toEqual([
      ['Valeur technique de l’offre', `60${N}%`],
      ['Prix', `40${N}%`],
    ]);
  });

  it('gives a provider its facts and presentation', () => {
    const provider = providerDocument(byId(corpus.providers, 'tremplin-cote-dor')!);
    expect(provider.cover.facts.map((f) => [f.label, textOf(f.values[0])])).toContainEqual(['TVA', 'Exonéré de TVA (article 261-7-1° du CGI)']);
    expect(provider.sections[0].title).toBe('Présentation');
  });
});

describe('the call in the evaluation report', () => {
  it('says a budget cap the call has but that was not read is « non lu », not « non renseigné »', async () => {
    const { callSection } = await import('../../src/document/evaluation/call');
    const tender = structuredClone(byId(corpus.tenders, 'dijon-remobilisation-femmes-qpv-2022')!.data);
    delete (tender as { budgetCap?: unknown }).budgetCap;
    const facts = (t: typeof tender) => JSON.stringify(callSection(t).blocks);
    expect(facts(tender)).toContain('non renseigné');
    tender.unread = [{ field: 'budgetCap', where: 'article 6' }];
    expect(facts(tender)).toContain('non lu dans l’appel (article 6)');
  });
});
