/**
 * The response document, as plain data: the call's sections in its order with the computed parts
 * each asks for, the annexes, the compliance annex, the attached offer; and French errors that
 * name the file and the field when a reference is missing (no PDF is written then).
 */
import { existsSync, mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { validateFiles } from '../../src/content/validate';
import { loadCorpus } from '../../src/content/content-fs';
import type { Corpus } from '../../src/domain/corpus';
import type { Block } from '../../src/document/model';
import { responseDocument } from '../../src/document/response/index';
import { PdfError } from '../../src/pdf/render';
import { fixturesDir, readFixture } from '../content/fixtures';

const base = validateFiles(readFixture(join(fixturesDir, 'base'))).corpus;
const sample = loadCorpus();
/** Every block, sub-sections unfolded. */
const walk = (blocks: Block[]): Block[] => blocks.flatMap((b) => (b.type === 'section' ? [b, ...walk(b.blocks)] : [b]));
const texts = (c: Corpus, id: string) => JSON.stringify(responseDocument(c, id).document.sections.flatMap((s) => s.blocks)).replace(/[\u00A0\u202F]/g, ' ');

describe('responseDocument', () => {
  it('follows the call’s sections in its order, then the annexes and the compliance annex', () => {
    const { document: spec } = responseDocument(sample, 'tremplin-dijon-2022');
    expect(spec.sections.map((s) => s.id)).toEqual([
      'section-presentation-prestataire',
      'section-proposition',
      'section-references',
      'section-cout',
      'annexe-grille-entretien-competences',
      'annexe-indicateurs-activite',
      'annexe-conformite',
    ]);
    expect(spec.sections.at(-1)!.newPage).toBe(true);
  });

  it('prints the legal VAT mention of the regime once, in the right words', () => {
    const price = (id: string) => {
      const part = walk(responseDocument(sample, id).document.sections.flatMap((s) => s.blocks)).find((b) => b.type === 'section' && b.title === 'Le prix')!;
      return JSON.stringify(part).replace(/[\u00A0\u202F]/g, ' ');
    };
    const mentions = (id: string) => price(id).match(/TVA non applicable|Exonération de TVA|exonér|293 B|261-7-1°/g) ?? [];
    // Tremplin is exempt under art. 261-7-1° CGI: not « TVA non applicable » (the franchise's words).
    expect(mentions('tremplin-dijon-2022')).toEqual(['Exonération de TVA', '261-7-1°']);
    expect(price('tremplin-dijon-2022')).toContain('Exonération de TVA en application de l’article 261-7-1° du code général des impôts.');
    expect(mentions('sophie-marchal-dijon-2022')).toEqual(['TVA non applicable', '293 B']);
    // Subject to VAT: the VAT line gives the rate, no mention is needed.
    expect(mentions('elan-dijon-2022')).toEqual([]);
    expect(price('elan-dijon-2022')).toContain('TVA (20 %)');
  });

  it('puts each computed part where the call’s section asks for it', () => {
    const { document: spec } = responseDocument(sample, 'tremplin-dijon-2022');
    const blocksOf = (id: string) => walk(spec.sections.find((s) => s.id === id)!.blocks);
    const headings = (id: string) => blocksOf(id).flatMap((b) => (b.type === 'section' ? [b.title] : []));
    expect(headings('section-proposition')).toEqual(expect.arrayContaining(['Le parcours proposé', 'Les ateliers et séances', 'Le rétroplanning']));
    expect(blocksOf('section-proposition').some((b) => b.type === 'chart' && b.chart.kind === 'gantt')).toBe(true);
    expect(headings('section-cout')).toContain('Le prix');
    expect(headings('section-references')).toContain('Cap Confiance Chenôve');
  });

  it('gives computed parts that no section takes a section of their own', () => {
    // The base fixture's call declares no `includes`.
    const { document: spec } = responseDocument(base, 'resp');
    expect(spec.sections.map((s) => s.id)).toEqual([
      'section-presentation',
      'section-proposition',
      'partie-provider',
      'partie-programme',
      'partie-planning',
      'partie-references',
      'partie-price',
      'annexe-conformite',
    ]);
  });

  it('says which workshops a per-person total leaves out', () => {
    const corpus = structuredClone(sample);
    const response = corpus.responses.find((r) => r.id === 'tremplin-dijon-2022')!.data;
    const programme = corpus.programmes.find((p) => p.id === response.programme)!.data;
    const [first, ...rest] = programme.workshops!;
    delete first.sessionDuration;
    expect(texts(corpus, 'tremplin-dijon-2022')).toContain(`Calculé sur ${rest.length} ateliers chiffrés sur ${rest.length + 1}. Atelier sans nombre de séances ou sans durée, non compté dans le total : ${first.title}.`);
    expect(texts(sample, 'tremplin-dijon-2022')).not.toContain('ateliers chiffrés');
  });

  it('agrees « séance » and « personne » with their count', () => {
    const corpus = structuredClone(sample);
    const response = corpus.responses.find((r) => r.id === 'tremplin-dijon-2022')!.data;
    const programme = corpus.programmes.find((p) => p.id === response.programme)!.data;
    const workshop = programme.workshops!.find((w) => w.sessionDuration?.unit === 'minutes')!;
    programme.workshops = [{ ...workshop, sessions: { min: 1, max: 1 } }];
    const cohorts = [{ ...programme.cohorts![0], size: { min: 1, max: 1, precision: 'exact' as const, unit: 'people' as const } }, { ...programme.cohorts![1], size: undefined }];
    programme.cohorts = cohorts;
    const all = texts(corpus, 'tremplin-dijon-2022');
    expect(all).toMatch(/Total par personne : 1 séance, /);
    expect(all).toContain(`${cohorts[0].name} : 1 personne`);
    expect(all).toContain(`${cohorts[1].name} : effectif non renseigné`);
  });

  it('computes the price and attaches the offer', () => {
    const { document: spec, report } = responseDocument(sample, 'elan-dijon-2022');
    expect([report.price!.ht, report.price!.vat, report.price!.ttc]).toEqual([2600000, 520000, 3120000]);
    const [attachment] = spec.attachments!;
    expect(attachment.name).toBe('offre.json');
    expect(JSON.parse(new TextDecoder().decode(attachment.bytes))).toMatchObject({ format: 'passerelle/offre', price: { ttcCents: 3120000 } });
  });

  it('fills the cover with the call, the buyer, the consortium and the contact', () => {
    const { document: spec } = responseDocument(sample, 'tremplin-dijon-2022');
    const facts = Object.fromEntries(spec.cover.facts.map((f) => [f.label, f.values.map((v) => v.map((r) => r.text).join('')).join(' ; ')]));
    // The buyer's name is typed « Creativ' » in the call: it prints with the typographic apostrophe.
    expect(facts.Acheteur).toBe('Creativ’');
    expect(facts.Groupement).toBe('Tremplin Côte-d’Or (mandataire), Mobilité 21');
    expect(facts.Contact).toBe('Nadia Chevalier, Directrice, direction@tremplin-cotedor.example.org');
    expect(spec.cover.facts.find((f) => f.label === 'Contact')!.values[0].at(-1)).toEqual({ text: 'direction@tremplin-cotedor.example.org', href: 'mailto:direction@tremplin-cotedor.example.org' });
    expect(spec.meta.language).toBe('fr-FR');
    expect(spec.meta.date).toBe('2022-08-03');
  });

  it.each([
    ['programmes', 'proposed-prog', 'content/responses/resp.yaml\u00A0: le champ programme cite programme «\u00A0proposed-prog\u00A0», qui n’existe pas. Aucun PDF n’a été écrit.'],
    ['tenders', 'call', 'content/responses/resp.yaml\u00A0: le champ tender cite appel «\u00A0call\u00A0», qui n’existe pas. Aucun PDF n’a été écrit.'],
    ['providers', 'prov', 'content/responses/resp.yaml\u00A0: le champ provider cite prestataire «\u00A0prov\u00A0», qui n’existe pas. Aucun PDF n’a été écrit.'],
  ] as const)('fails in French when the %s entry it names is missing', (collection, id, message) => {
    const broken = { ...base, [collection]: base[collection].filter((e) => e.id !== id) } as Corpus;
    expect(() => responseDocument(broken, 'resp')).toThrow(PdfError);
    expect(() => responseDocument(broken, 'resp')).toThrow(message);
  });
});

describe('passerelle pdf', () => {
  it('writes no file when the content is invalid', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'passerelle-pdf-'));
    try {
      cpSync(join(fixturesDir, 'base'), join(cwd, 'content'), { recursive: true });
      cpSync(join(fixturesDir, 'invalid', 'ref-missing-programme'), join(cwd, 'content'), { recursive: true });
      const err: string[] = [];
      const code = await main(['pdf', 'resp', '-o', 'sortie.pdf'], { out: () => {}, err: (t) => err.push(t), cwd });
      expect(code).toBe(1);
      expect(err.join('\n')).toContain('Le programme «\u00A0programme-inconnu\u00A0» n’existe pas');
      expect(existsSync(join(cwd, 'sortie.pdf'))).toBe(false);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('writes the PDF of a valid response', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'passerelle-pdf-'));
    try {
      cpSync(join(fixturesDir, 'base'), join(cwd, 'content'), { recursive: true });
      const out: string[] = [];
      expect(await main(['pdf', 'resp', '-o', 'sortie.pdf'], { out: (t) => out.push(t), err: () => {}, cwd })).toBe(0);
      expect(existsSync(join(cwd, 'sortie.pdf'))).toBe(true);
      expect(out[0]).toMatch(/^PDF écrit\u00A0: sortie\.pdf \(\d+ pages, \d+ Ko\)\.$/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('says so in French when the output folder does not exist, and writes nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'passerelle-pdf-'));
    try {
      cpSync(join(fixturesDir, 'base'), join(cwd, 'content'), { recursive: true });
      const err: string[] = [];
      expect(await main(['pdf', 'resp', '-o', 'absent/sortie.pdf'], { out: () => {}, err: (t) => err.push(t), cwd })).toBe(1);
      expect(err.join('\n')).toBe('Le dossier «\u00A0absent\u00A0» n’existe pas\u00A0: aucun PDF n’a été écrit. Créez-le ou choisissez un autre chemin après -o.');
      expect(await main(['pdf'], { out: () => {}, err: (t) => err.push(t), cwd })).toBe(1);
      expect(err.at(-1)).toBe('Argument manquant\u00A0: <réponse>.');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
