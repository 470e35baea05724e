/**
 * `passerelle import-offer <réponse.pdf> [--evaluation <id>] [--force]`: reads the structured
 * offer a Passerelle response PDF carries (offre.json), validates it, writes the response's source
 * files into content/ and adds the offer to the call's evaluation, its marks left to fill in.
 *
 * The PDF comes from a provider, so nothing in it is trusted: only the files of this offer are
 * accepted (its response, the providers it names, the programmes they need), an existing file is
 * never replaced by a different one without --force, and nothing is written unless the whole
 * content stays valid apart from the marks to fill in. A published evaluation that receives an
 * offer with marks to fill in is written as a draft until they are given, from the command line as
 * from the editor: a published file with marks to fill in would stop the build.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { OFFER_FILE_NAME, StructuredOfferSchema, type Offer } from '../../schemas/offer';
import { classifyEntry, formatSize } from '../content/content-files';
import { contentRoot, readContentFolder } from '../content/content-fs';
import { diagnosticsFromIssues, formatDiagnostics } from '../content/diagnostics';
import { PLACEHOLDER } from '../content/placeholders';
import { idOf, validateFiles, type SourceFile } from '../content/validate';
import { weightedCriteria } from '../../schemas/award-criteria';
import { awardCriteriaFor } from '../domain/call';
import { byId } from '../domain/corpus';
import { markableItems } from '../domain/scoring';
import { fr } from '../i18n/fr';
import { escapeUnsafe, excerpt } from '../i18n/excerpt';
import { readOffer, type OfferFailure } from '../import/offer-pdf';
import { pdfLimits } from '../import/pdf-objects';
import type { Options } from './args';
import type { Io } from './main';

const FRONT_MATTER = /^(---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

/** The YAML of a content file and a way to put edited YAML back (front matter for Markdown). */
function yamlOf(file: SourceFile): { yaml: string; rebuild: (yaml: string) => string } {
  const match = /\.md$/.test(file.path) ? FRONT_MATTER.exec(file.text) : null;
  if (!match) return { yaml: file.text, rebuild: (yaml) => yaml };
  return { yaml: match[2], rebuild: (yaml) => `${match[1]}${yaml.replace(/\n$/, '')}${match[3]}${file.text.slice(match[0].length)}` };
}

/** The ids this offer may bring files for: its response, its providers, and the programmes they name. */
function allowedFiles(offer: Offer, files: Record<string, string>): Set<string> {
  const allowed = new Set([`responses/${offer.response.id}`, `programmes/${offer.programme.id}`]);
  for (const p of offer.providers) if (p.id) allowed.add(`providers/${p.id}`);
  // Programmes named by the allowed providers' references and by derivedFrom, as the files say.
  const named = (text: string, key: 'programme' | 'derivedFrom') => [...text.matchAll(new RegExp(`^\\s*(?:-\\s*)?${key}:\\s*([a-z0-9-]+)\\s*$`, 'gm'))].map((m) => m[1]);
  for (let pass = 0; pass < 3; pass++) {
    for (const [name, text] of Object.entries(files)) {
      const key = name.replace(/\.(ya?ml|md)$/, '');
      if (!allowed.has(key)) continue;
      if (key.startsWith('providers/')) for (const id of named(text, 'programme')) allowed.add(`programmes/${id}`);
      if (key.startsWith('programmes/')) for (const id of named(text, 'derivedFrom')) allowed.add(`programmes/${id}`);
    }
  }
  return allowed;
}

/** What to say when the offer cannot be read from a PDF. */
function offerFailure(failure: OfferFailure, file: string, t: ImportOfferWords): string {
  const p = fr.input.pdf;
  const plain: Partial<Record<OfferFailure['reason'], (file: string) => string>> = {
    notPdf: t.notPdf,
    noOffer: t.noOffer,
    badJson: t.badJson,
    tooComplex: p.tooComplex,
    encrypted: p.encrypted,
    offerDamaged: p.offerDamaged,
  };
  switch (failure.reason) {
    case 'tooLarge':
      return p.tooLarge(file, formatSize(pdfLimits.fileBytes));
    case 'offerTooLarge':
      return p.offerTooLarge(file, formatSize(pdfLimits.offerBytes));
    case 'offerEncoding':
      return p.offerEncoding(file, excerpt(failure.filter, 60));
    case 'manyOffers':
      return p.manyOffers(file, failure.count);
    case 'notUtf8':
      return p.offerNotUtf8(file, failure.byte, failure.line);
    case 'control':
      return p.offerControl(file, failure.code, excerpt(failure.path, 120));
    default:
      return plain[failure.reason]!(file);
  }
}

/**
 * What the import says. The command line's words name commands, options and files; the editor
 * passes its own for what its user does otherwise (a form instead of `new response`, no `--force`),
 * and says nothing of the files it writes.
 */
export type ImportOfferWords = typeof fr.importOffer;

export async function runImportOffer(args: string[], options: Options, io: Io, t: ImportOfferWords = fr.importOffer): Promise<number> {
  const [file] = args;
  if (!file) {
    io.err(fr.cli.missingArgument('<réponse.pdf>'));
    return 1;
  }
  const path = resolve(io.cwd, file);
  const shown = escapeUnsafe(file);
  if (!existsSync(path)) {
    io.err(t.noFile(shown));
    return 1;
  }
  if (!statSync(path).isFile()) {
    io.err(t.notPdf(shown));
    return 1;
  }
  if (statSync(path).size > pdfLimits.fileBytes) {
    io.err(fr.input.pdf.tooLarge(shown, formatSize(pdfLimits.fileBytes)));
    return 1;
  }
  const read = readOffer(new Uint8Array(readFileSync(path)));
  if (!read.ok) {
    io.err(offerFailure(read, shown, t));
    return 1;
  }
  const json = read.json;
  const schema = StructuredOfferSchema();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = `${shown}#${OFFER_FILE_NAME}`;
    io.err(formatDiagnostics(diagnosticsFromIssues(parsed.error.issues, { file: where, data: json, schema, locate: () => undefined })));
    io.err(t.invalidOffer(shown));
    return 1;
  }
  const offer: Offer = parsed.data;

  // The content as it is, plus the offer's files (only those of this offer).
  const root = contentRoot(io.cwd);
  const folder = readContentFolder(root, io.cwd);
  const files = folder.files;
  const rel = (p: string) => relative(io.cwd, join(root, p)).split('\\').join('/');
  const allowed = allowedFiles(offer, offer.files);
  const written: Array<{ path: string; text: string; status: 'new' | 'updated' | 'same' }> = [];
  const conflicts: string[] = [];
  for (const [name, text] of Object.entries(offer.files)) {
    const collection = name.split('/')[0] as SourceFile['collection'];
    const id = idOf(name);
    if (!['responses', 'programmes', 'providers'].includes(collection) || name.split('/').length !== 2 || !id || !allowed.has(`${collection}/${id}`)) {
      io.err(t.badFileName(excerpt(name, 120)));
      return 1;
    }
    // The rule validate and the build read by: a file it would ignore is never written.
    if (classifyEntry(collection, name.split('/')[1], 'file').kind !== 'content') {
      io.err(fr.input.files.offerIgnored(excerpt(name, 120)));
      return 1;
    }
    const target = rel(name);
    const existing = files.find((f) => f.collection === collection && idOf(f.path) === id);
    const status = existing ? (existing.text === text ? 'same' : 'updated') : 'new';
    if (status === 'updated' && !options.force) conflicts.push(existing!.path);
    written.push({ path: existing?.path ?? target, text, status });
    if (existing) existing.text = text;
    else files.push({ collection, path: target, text });
  }
  if (conflicts.length > 0) {
    io.err(t.wouldReplace(conflicts));
    return 1;
  }

  // The evaluation that receives the offer.
  const evaluationFiles = files.filter((f) => f.collection === 'evaluations');
  const tenderOf = (f: SourceFile) => parseDocument(yamlOf(f).yaml).get('tender');
  const candidates = evaluationFiles.filter((f) => tenderOf(f) === offer.tender.id);
  const wanted = typeof options.evaluation === 'string' ? options.evaluation : undefined;
  const chosen = wanted ? evaluationFiles.find((f) => idOf(f.path) === wanted) : candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen) {
    io.err(wanted ? t.unknownEvaluation(wanted) : candidates.length === 0 ? t.noEvaluation(offer.tender.id) : t.manyEvaluations(candidates.map((f) => f.path)));
    return 1;
  }
  // Marks left to fill in by an earlier import do not block another one.
  const blockingOf = (result: ReturnType<typeof validateFiles>) =>
    result.diagnostics.filter((d) => d.severity === 'error' && !(d.rule === 'contenu/a-completer' && d.file.startsWith(rel('evaluations/'))));
  // The evaluation itself is checked once the offer is in it (it may list no offer yet).
  const before = validateFiles(files.filter((f) => f !== chosen), folder.diagnostics);
  if (blockingOf(before).length > 0) {
    io.err(formatDiagnostics(blockingOf(before)));
    io.err(t.contentInvalid);
    return 1;
  }
  const tender = byId(before.corpus.tenders, offer.tender.id);
  if (!tender) {
    io.err(t.unknownTender(offer.tender.id));
    return 1;
  }

  // Add the offer to the evaluation with its marks to fill in. The reception date is the buyer's
  // to write: the PDF's own date is not taken for it.
  const { yaml, rebuild } = yamlOf(chosen);
  const doc = parseDocument(yaml);
  const offers = doc.get('offers') as YAMLSeq<YAMLMap> | undefined;
  const present = (offers?.items ?? []).some((item) => item.get('response') === offer.response.id);
  let becameDraft = false;
  if (!present) {
    const weighted = weightedCriteria(awardCriteriaFor(tender.data, offer.lot));
    const marks = markableItems(weighted?.criteria ?? []).map((item) => ({ criterion: item.id, mark: PLACEHOLDER, justification: `${PLACEHOLDER} : ${item.name}` }));
    const entry = doc.createNode({ response: offer.response.id, marks });
    if (offers) offers.items.push(entry as YAMLMap);
    else doc.set('offers', doc.createNode([entry]));
    // A published evaluation whose new offer has marks to fill in becomes a draft until they are,
    // rather than a published file with errors.
    if (marks.length > 0 && doc.get('draft') !== true && doc.contents && 'items' in doc.contents) {
      becameDraft = true;
      doc.delete('draft');
      (doc.contents as YAMLMap).items.unshift(doc.createPair('draft', true) as never);
    }
    chosen.text = rebuild(doc.toString({ lineWidth: 100 }));
  }

  // Everything must stay valid, apart from the marks left to fill in.
  const blocking = blockingOf(validateFiles(files, folder.diagnostics));
  if (blocking.length > 0) {
    io.err(formatDiagnostics(blocking));
    io.err(t.wouldBreak);
    return 1;
  }

  for (const f of written) {
    if (f.status === 'same') continue;
    const full = resolve(io.cwd, f.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.text);
  }
  if (!present) writeFileSync(resolve(io.cwd, chosen.path), chosen.text);
  // The editor's words leave out some lines (the files, what its grid shows itself).
  const say = (line: string) => line && io.out(line);
  for (const f of written) say(t.file(f.path, f.status));
  say(present ? t.present(offer.response.id, chosen.path) : t.added(offer.response.id, chosen.path));
  if (!present) say(t.next);
  if (becameDraft) say(t.nowDraft(chosen.path));
  if (!offer.compliance.compliant) io.out(t.notCompliant(offer.compliance.counts.notMet));
  return 0;
}
