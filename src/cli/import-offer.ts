/**
 * `passerelle import-offer <réponse.pdf> [--evaluation <id>]`: reads the structured offer a
 * Passerelle response PDF carries (offre.json), validates it, writes the response's source files
 * into content/ and adds (or updates) the offer in the call's evaluation, with its marks left to
 * fill in. Nothing is written unless the whole content stays valid apart from those marks.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { OFFER_FILE_NAME, StructuredOfferSchema, type Offer } from '../../schemas/offer';
import { contentRoot, readContentFiles } from '../content/content-fs';
import { diagnosticsFromIssues, formatDiagnostics } from '../content/diagnostics';
import { PLACEHOLDER } from '../content/placeholders';
import { validateFiles, type SourceFile } from '../content/validate';
import { byId } from '../domain/corpus';
import { markableItems } from '../domain/scoring';
import { fr } from '../i18n/fr';
import { readAttachments } from '../pdf/attachments';
import type { Io } from './main';

const COLLECTION_OF: Record<string, SourceFile['collection']> = { responses: 'responses', programmes: 'programmes', providers: 'providers' };

export async function runImportOffer(args: string[], options: Record<string, string | true>, io: Io): Promise<number> {
  const t = fr.importOffer;
  const [file] = args;
  if (!file) {
    io.err(fr.cli.missingArgument('<réponse.pdf>'));
    return 1;
  }
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) {
    io.err(t.noFile(file));
    return 1;
  }
  let attachments: Map<string, Uint8Array>;
  try {
    attachments = await readAttachments(new Uint8Array(readFileSync(path)));
  } catch {
    io.err(t.notPdf(file));
    return 1;
  }
  const raw = attachments.get(OFFER_FILE_NAME);
  if (!raw) {
    io.err(t.noOffer(file));
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    io.err(t.badJson(file));
    return 1;
  }
  const schema = StructuredOfferSchema();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = `${file}#${OFFER_FILE_NAME}`;
    io.err(formatDiagnostics(diagnosticsFromIssues(parsed.error.issues, { file: where, data: json, schema, locate: () => undefined })));
    io.err(t.invalidOffer(file));
    return 1;
  }
  const offer: Offer = parsed.data;

  // The content as it is, plus the offer's files.
  const root = contentRoot(io.cwd);
  const files = readContentFiles(root, io.cwd);
  const rel = (p: string) => relative(io.cwd, join(root, p)).split('\\').join('/');
  const written: Array<{ path: string; text: string; status: 'new' | 'updated' | 'same' }> = [];
  for (const [name, text] of Object.entries(offer.files)) {
    const folder = name.split('/')[0];
    const collection = COLLECTION_OF[folder];
    if (!collection || !/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*\.(ya?ml|md)$/.test(name)) {
      io.err(t.badFileName(name));
      return 1;
    }
    const target = rel(name);
    const existing = files.find((f) => f.path === target);
    written.push({ path: target, text, status: existing ? (existing.text === text ? 'same' : 'updated') : 'new' });
    if (existing) existing.text = text;
    else files.push({ collection, path: target, text });
  }

  // The evaluation that receives the offer.
  const evaluationFiles = files.filter((f) => f.collection === 'evaluations');
  const candidates = evaluationFiles.filter((f) => parseDocument(f.text).get('tender') === offer.tender.id);
  const chosen = typeof options.evaluation === 'string' ? evaluationFiles.find((f) => f.path.endsWith(`/${options.evaluation}.yaml`)) : candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen) {
    io.err(typeof options.evaluation === 'string' ? t.unknownEvaluation(options.evaluation) : candidates.length === 0 ? t.noEvaluation(offer.tender.id) : t.manyEvaluations(candidates.map((f) => f.path)));
    return 1;
  }
  // Marks left to fill in by an earlier import do not block another one.
  const blockingOf = (result: ReturnType<typeof validateFiles>) =>
    result.diagnostics.filter((d) => d.severity === 'error' && !(d.rule === 'contenu/a-completer' && d.file.startsWith(rel('evaluations/'))));
  const before = validateFiles(files);
  if (blockingOf(before).length > 0) {
    io.err(formatDiagnostics(blockingOf(before)));
    io.err(t.contentInvalid);
    return 1;
  }
  const tender = byId(validateFiles(files.filter((f) => f.collection === 'tenders')).corpus.tenders, offer.tender.id);
  if (!tender) {
    io.err(t.unknownTender(offer.tender.id));
    return 1;
  }

  // Add the offer to the evaluation, its marks to fill in; or update its reception date.
  const doc = parseDocument(chosen.text);
  const offers = doc.get('offers') as YAMLSeq<YAMLMap> | undefined;
  const items = offers?.items ?? [];
  const existing = items.find((item) => item.get('response') === offer.response.id);
  let evaluationStatus: 'added' | 'present';
  if (existing) {
    if (offer.response.date) existing.set('received', offer.response.date);
    evaluationStatus = 'present';
  } else {
    const criteria = tender.data.awardCriteria.criteria.map((c) => ({ ...c, subcriteria: c.subcriteria }));
    const marks = markableItems(criteria as never).map((item) => ({ criterion: item.id, mark: PLACEHOLDER, justification: `${PLACEHOLDER} : ${item.name}` }));
    const entry = doc.createNode({ response: offer.response.id, ...(offer.response.date && { received: offer.response.date }), marks });
    if (offers) offers.items.push(entry as YAMLMap);
    else doc.set('offers', doc.createNode([entry]));
    evaluationStatus = 'added';
  }
  chosen.text = doc.toString({ lineWidth: 100 });

  // Everything must stay valid, apart from the marks left to fill in.
  const blocking = blockingOf(validateFiles(files));
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
  writeFileSync(resolve(io.cwd, chosen.path), chosen.text);
  for (const f of written) io.out(t.file(f.path, f.status));
  io.out(evaluationStatus === 'added' ? t.added(offer.response.id, chosen.path) : t.present(offer.response.id, chosen.path));
  if (evaluationStatus === 'added') io.out(t.next);
  if (offer.compliance.compliant === false) io.out(t.notCompliant(offer.compliance.counts.notMet));
  return 0;
}
