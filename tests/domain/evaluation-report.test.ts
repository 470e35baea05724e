/**
 * The report data the evaluation page and the analysis report PDF render: plain data, French
 * strings ready.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/content/content-fs';
import { evaluationReport } from '../../src/domain/evaluation-report';

const corpus = loadCorpus();

describe('evaluationReport', () => {
  const built = evaluationReport(corpus, 'dijon-remobilisation-femmes-qpv-2022');
  if (!built.ok) throw new Error(built.error);
  if (built.report.kind !== 'scored') throw new Error('the Dijon call is scored by weights');
  const r = built.report;

  it('is scored by weights, and sums itself up in the ranking sentence', () => {
    expect(r.kind).toBe('scored');
    expect(r.summary).toBe(`En tête\u00A0: Groupement Tremplin Côte-d’Or et Mobilité 21, avec 86,5 sur 100.`);
  });

  it('gives the facts of the analysis', () => {
    expect(r.title).toBe('Analyse des offres, action de remobilisation des femmes des QPV de la métropole dijonnaise');
    expect(r.tender).toEqual({ id: 'dijon-remobilisation-femmes-qpv-2022', title: expect.stringContaining('remobilisation'), buyer: 'Creativ\'' });
    expect(r.date).toBe('25\u00A0août\u00A02022');
    expect(r.committee).toHaveLength(4);
    expect(r.fictional).toBe(true);
    expect(Object.fromEntries(r.facts.map((f) => [f.label, f.value]))).toMatchObject({
      'Offres reçues': '3',
      'Notation du prix': 'Méthode proportionnelle',
      'Base de comparaison des prix': 'TTC',
      'Échelle des notes techniques': 'de 0 à 10',
      'Budget maximal': '40\u202F000\u00A0€\u00A0TTC',
      'Seuil d’offre anormalement basse': '70\u202F% de la moyenne des prix des offres',
    });
  });

  it('gives each offer its justifications, decision and unmet requirements, in ranking order', () => {
    expect(r.offers.map((o) => o.id)).toEqual(r.view.rows.map((row) => row.id));
    expect(r.offers.map((o) => o.id)).toEqual(['tremplin-dijon-2022', 'elan-dijon-2022', 'sophie-marchal-dijon-2022']);
    const [tremplin, , sophie] = r.offers;
    expect(tremplin.justifications).toHaveLength(1);
    expect(tremplin.justifications[0]).toMatchObject({ item: 'valeur-technique', name: 'Valeur technique de l’offre', markText: '9/10' });
    expect(tremplin.justifications[0].justification.mdast.type).toBe('root');
    expect(tremplin.failures).toEqual([]);
    expect(sophie.decision).toMatch(/^Offre irrégulière/);
    expect(sophie.failures).toHaveLength(3);
    expect(sophie.failures[2]).toContain('dépasse le budget maximal');
    expect(r.conclusion?.source).toContain('Le comité propose');
  });

  it('is plain data: it survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('answers an unknown evaluation in French', () => {
    expect(evaluationReport(corpus, 'inconnue')).toEqual({ ok: false, error: 'L’évaluation «\u00A0inconnue\u00A0» n’existe pas. Évaluations\u00A0: dijon-remobilisation-femmes-qpv-2022.' });
  });
});
