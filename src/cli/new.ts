/**
 * `passerelle new <collection> <identifiant>`: copies a template into content/, never over an
 * existing file. `passerelle new response <id> --from-programme <id> --tender <id> [--provider <id>]`
 * starts a response (and its proposed programme) from a published programme.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { collectionNames, singular, type CollectionName } from '../../schemas/index';
import { contentRoot, readContentFiles } from '../content/content-fs';
import { validateFiles } from '../content/validate';
import { byId, publishedProgrammes } from '../domain/corpus';
import { fr } from '../i18n/fr';
import type { Options } from './args';
import type { Io } from './main';
import { forkProgramme, fromTemplate, providerOf, scaffoldResponse } from './scaffold';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The project's own template when it has one (templates/ beside content/), else Passerelle's. */
function templateFile(cwd: string, name: string): string {
  const own = join(cwd, 'templates', `${name}.yaml`);
  return existsSync(own) ? own : join(import.meta.dirname, '..', '..', 'templates', `${name}.yaml`);
}

function collectionFor(name: string): CollectionName | undefined {
  return collectionNames.find((c) => c === name || singular[c] === name);
}

/** Writes every file or none: refuses if any target exists. */
function writeAll(files: Array<{ path: string; text: string }>, io: Io): number {
  const existing = files.find((f) => existsSync(f.path));
  if (existing) {
    io.err(fr.cli.exists(relative(io.cwd, existing.path)));
    return 1;
  }
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text, { flag: 'wx' });
    io.out(fr.cli.created(relative(io.cwd, file.path)));
  }
  io.out(fr.cli.nextStep(relative(io.cwd, files[0].path)));
  return 0;
}

export function runNew(args: string[], options: Options, io: Io): number {
  const [collectionArg, slug] = args;
  if (!collectionArg) {
    io.err(fr.cli.missingArgument('<collection>'));
    return 1;
  }
  const collection = collectionFor(collectionArg);
  if (!collection) {
    io.err(fr.cli.unknownCollection(collectionArg, collectionNames.map((c) => singular[c])));
    return 1;
  }
  if (!slug) {
    io.err(fr.cli.missingArgument('<identifiant>'));
    return 1;
  }
  if (!SLUG.test(slug)) {
    io.err(fr.cli.badSlug(slug));
    return 1;
  }
  const root = contentRoot(io.cwd);
  const target = join(root, collection, `${slug}.yaml`);
  const fromProgramme = typeof options['from-programme'] === 'string' ? options['from-programme'] : undefined;
  const tenderId = typeof options.tender === 'string' ? options.tender : undefined;

  if (!fromProgramme && !tenderId) {
    const template = readFileSync(templateFile(io.cwd, singular[collection]), 'utf8');
    return writeAll([{ path: target, text: fromTemplate(template, singular[collection]) }], io);
  }
  if (collection !== 'responses') {
    io.err(fr.cli.fromProgrammeOnlyResponse);
    return 1;
  }
  if (!fromProgramme || !tenderId) {
    io.err(fr.cli.fromProgrammeNeedsTender);
    return 1;
  }
  const files = readContentFiles(root, io.cwd);
  const result = validateFiles(files);
  if (result.errors > 0) {
    io.err(fr.cli.contentInvalid);
    return 1;
  }
  const { corpus } = result;
  const programme = byId(corpus.programmes, fromProgramme);
  if (!programme) {
    io.err(fr.cli.programmeNotFound(fromProgramme, publishedProgrammes(corpus).map((p) => p.id)));
    return 1;
  }
  if (programme.data.status === 'proposed') {
    io.err(fr.cli.programmeNotPublished(fromProgramme));
    return 1;
  }
  if (programme.data.draft === true) {
    io.err(fr.cli.programmeIsDraft(fromProgramme));
    return 1;
  }
  const tender = byId(corpus.tenders, tenderId);
  if (!tender) {
    io.err(fr.cli.tenderNotFound(tenderId, corpus.tenders.map((t) => t.id)));
    return 1;
  }
  const providerId = typeof options.provider === 'string' ? options.provider : undefined;
  const provider = providerId ? byId(corpus.providers, providerId) : providerOf(programme.data, corpus.providers);
  if (providerId && !provider) {
    io.err(fr.cli.providerNotFound(providerId, corpus.providers.map((p) => p.id)));
    return 1;
  }
  const sourceFile = files.find((f) => f.collection === 'programmes' && f.path.split('/').pop()!.replace(/\.(ya?ml|md)$/, '') === programme.id)!;
  const programmePath = join(root, 'programmes', `${slug}.yaml`);
  return writeAll(
    [
      { path: target, text: scaffoldResponse({ tender, programmeId: slug, provider }) },
      { path: programmePath, text: forkProgramme(sourceFile.text, programme, provider, tender) },
    ],
    io,
  );
}
