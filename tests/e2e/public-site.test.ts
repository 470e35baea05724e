/**
 * The public site is public by construction: after a build of the sample content, no file of
 * dist/ (pages, JSON, PDFs, the Pagefind index, scripts) holds a response, an offer, a price line,
 * a mark, a justification, a provider's private data or a draft. Before the award, offers and the
 * committee's analysis are confidential; drafts are not finished.
 *
 * The needles are taken from the content itself (every response, evaluation and draft), so that
 * new sample content is covered without editing this test.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content/content-fs';
import { byId, invoicingProvider } from '../../src/domain/corpus';
import { formatMoney } from '../../src/domain/format';
import { responsePrice } from '../../src/domain/price';
import { plainText } from '../../src/markdown/parse';
import { popplerFound } from '../../scripts/test-tools.mjs';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Apostrophes, no-break spaces and case as a page may write them. */
const fold = (text: string) => text.replace(/[’‘]/g, "'").replace(/[\u00A0\u202F\s]+/g, ' ').toLowerCase();

/** The readable text of a built file: HTML and JSON as they are, PDFs and Pagefind's index decoded. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  if (file.endsWith('.pdf')) return popplerFound ? execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString() : bytes.toString('latin1');
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

/** Distinctive texts of everything private: long enough not to match public pages by chance. */
interface Needle {
  what: string;
  text: string;
  /** An amount: it must not be read inside a larger one (« 2 600 € » in « 12 600 € »). */
  amount?: boolean;
}

const occurs = (text: string, needle: Needle) =>
  needle.amount ? new RegExp(`(?<![\\d,] ?)${needle.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text) : text.includes(needle.text);

function privateNeedles(): Needle[] {
  const { corpus, drafts } = validateContent(join(root, 'content'), root);
  const needles: Needle[] = [];
  const add = (what: string, text: string | undefined, min = 24) => {
    const t = text && fold(text).trim();
    if (t && t.length >= min) needles.push({ what, text: t.slice(0, 80) });
  };
  for (const r of corpus.responses) {
    needles.push({ what: `identifiant de réponse ${r.id}`, text: r.id });
    r.data.answers.forEach((a, i) => add(`réponse ${r.id}, texte n° ${i + 1}`, plainText(a.body.mdast)));
    // A price line's label often names a workshop that a published sheet has too, and its round
    // amount may be a sheet's budget line: the offer's totals HT and TTC are what must not leak.
    const provider = invoicingProvider(r.data, corpus);
    if (provider) {
      const tender = byId(corpus.tenders, r.data.tender);
      const price = responsePrice(r.data, provider.data.vat, { model: tender?.data.priceModel, scenario: tender?.data.pricingScenario });
      if (price) for (const cents of new Set([price.ht, price.ttc])) needles.push({ what: `réponse ${r.id}, prix ${formatMoney(cents)}`, text: fold(formatMoney(cents)), amount: true });
    }
  }
  for (const p of corpus.providers) {
    needles.push({ what: `identifiant de prestataire ${p.id}`, text: p.id });
    if (p.data.siret) needles.push({ what: `SIRET de ${p.id}`, text: p.data.siret });
    for (const m of p.data.team ?? []) if (m.name) add(`équipe de ${p.id}`, m.name, 6);
  }
  for (const e of corpus.evaluations) {
    add(`titre de l'évaluation ${e.id}`, e.data.title);
    for (const member of e.data.committee ?? []) add(`comité de ${e.id}`, member);
    for (const offer of e.data.offers) {
      for (const mark of offer.marks) add(`justification de ${offer.response}`, mark.justification && plainText(mark.justification.mdast));
      add(`motif d'exclusion de ${offer.response}`, offer.reason);
    }
    add(`conclusion de ${e.id}`, e.data.conclusion && plainText(e.data.conclusion.mdast));
  }
  for (const d of drafts) needles.push({ what: `brouillon ${d.file}`, text: `${d.collection === 'programmes' ? 'experiences' : d.collection}/${d.id}` });
  return needles;
}

describe('the public site (dist/)', () => {
  const files = walk(dist);
  const paths = files.map((f) => relative(dist, f).split('\\').join('/'));

  it('has only the public pages: home, sheets with their PDF and JSON, calls with their PDF and open data, and the OCDS extension', () => {
    const top = [...new Set(paths.map((p) => p.split('/')[0]))].sort();
    expect(top).toEqual(['404.html', '_astro', 'appels', 'experiences', 'favicon.svg', 'index.html', 'ocds', 'pagefind']);
    expect(paths.filter((p) => p.startsWith('ocds/')).sort()).toEqual(['ocds/passerelle/extension.json', 'ocds/passerelle/release-schema.json']);
    expect(paths.filter((p) => /(^|\/)(reponses|evaluations|prestataires|espace)(\/|$)/.test(p))).toEqual([]);
    expect(paths.filter((p) => /offre\.json$/.test(p))).toEqual([]);
    // PDFs: the sheets' and the calls' only (a response's PDF, with its offer, stays in the workspace).
    expect(paths.filter((p) => p.endsWith('.pdf') && !/^(experiences|appels)\/[a-z0-9-]+\.pdf$/.test(p))).toEqual([]);
  });

  it('links to no private page', () => {
    const links = paths
      .filter((p) => p.endsWith('.html'))
      .flatMap((p) => [...readFileSync(join(dist, p), 'utf8').matchAll(/href="([^"]*)"/g)].map((m) => `${p} → ${m[1]}`))
      .filter((link) => /→ \/(reponses|evaluations|prestataires|espace)\//.test(link));
    expect(links).toEqual([]);
  });

  it('holds no response, offer, price line, mark, justification, provider data or draft in any file', () => {
    const needles = privateNeedles();
    // The sample content has three responses, one evaluation and a draft: the check is not empty.
    expect(needles.filter((n) => n.what.startsWith('identifiant de réponse'))).toHaveLength(3);
    expect(needles.some((n) => n.what.startsWith('justification'))).toBe(true);
    // Élan (subject to VAT) has two totals; Tremplin (exempt) and Sophie Marchal (franchise) one each.
    expect(needles.filter((n) => n.amount)).toHaveLength(4);
    expect(needles.some((n) => n.what.startsWith('brouillon'))).toBe(true);
    const found: string[] = [];
    for (const file of files) {
      if (/\.(wasm|png|ico)$/.test(file)) continue;
      const text = fold(textOf(file));
      for (const needle of needles) if (occurs(text, needle)) found.push(`${relative(dist, file)} : ${needle.what}`);
    }
    expect(found).toEqual([]);
  });

  it('attaches no file to any PDF (the structured offer stays in the response PDFs of the workspace)', () => {
    const pdfs = files.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) expect(readFileSync(pdf).includes('/EmbeddedFiles')).toBe(false);
  });
});
