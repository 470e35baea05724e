/**
 * Building new content files: from a template, or a response (and its proposed programme) from a
 * published programme and a call. Pure: texts in, texts out; `new.ts` writes them.
 */
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { Programme, Provider, Tender } from '../../schemas/index';
import type { Territory } from '../../schemas/territory';
import { lotOf } from '../domain/call';
import { foldName } from '../../schemas/territories-data';
import type { Entry } from '../domain/corpus';
import { fr } from '../i18n/fr';
import { PLACEHOLDER } from '../content/placeholders';

/** The `yaml-language-server` line that lets an editor complete and check a file. */
export function schemaLine(collection: string): string {
  return `# yaml-language-server: $schema=../../schemas/json/${collection}.schema.json`;
}

/**
 * The lines that make a new file a draft: what it lacks is listed « à compléter » without stopping
 * the build, and it is not published until its author removes them.
 */
export function draftLines(): string {
  return `# ${fr.cli.draftComment}\ndraft: true\n`;
}

/** A template with its schema line pointing at the right place, marked as a draft before its first field. */
export function fromTemplate(template: string, collection: string): string {
  const lines = template.replace(/^# yaml-language-server:.*\n/, '').split('\n');
  // Before the first field, and before the comment lines that describe it.
  let at = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('#'));
  if (at === -1) at = lines.length;
  while (at > 0 && lines[at - 1].startsWith('#')) at--;
  return `${schemaLine(collection)}\n${[...lines.slice(0, at), ...draftLines().trimEnd().split('\n'), '', ...lines.slice(at)].join('\n')}`;
}

/**
* The proposed programme of a new response: the published programme's own text, with its status
 * set to proposed and what belonged to the run that happened (results, actual values, the status a
 * source observed, dated phases, milestones and group periods, the numbers of people reached,
 * contacts, links) removed. What belonged to the structures
 * that ran it is not claimed for the provider: the carriers become the provider (or a field to
 * complete); the people and organisations who facilitated, carried a group, staffed it, funded it
 * or partnered in it are left out, their roles kept; so are its sites, its awards and labels, its
 * identifiers in other registers and its other titles, which were theirs. Its sources stay, as the
 * facts kept still cite them. Its territory was the other run's (Castelnau-le-Lez for a call of
 * Dijon): the proposal takes the call's (that of its first lot, when the lot says), where the
 * provider will act, or a field to complete.
 */
/** A sheet published by another site: cited among the proposal's sources instead of `derivedFrom`. */
export interface ExternalSheet {
  title: string;
  publisher: string;
  url?: string;
}

export function forkProgramme(sourceText: string, from: Entry<Programme>, provider?: Entry<Provider>, tender?: Entry<Tender>, external?: ExternalSheet): string {
  const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(sourceText);
  const doc = parseDocument(front ? front[1] : sourceText);
  const body = front ? sourceText.slice(front[0].length).trim() : '';
  if (body && doc.get('description') === undefined) doc.set('description', body);
  // The source file's own header (what it was written from) is not the proposal's.
  doc.commentBefore = null;
  const first = doc.contents instanceof YAMLMap ? doc.contents.items[0]?.key : undefined;
  if (first && typeof first === 'object' && 'commentBefore' in first) (first as { commentBefore?: string | null }).commentBefore = null;
  for (const key of ['draft', 'results', 'phases', 'milestones', 'contacts', 'source', 'links', 'fictional', 'period', 'governance', 'partners', 'partnersComplete', 'budget', 'lessons', 'sites', 'awards', 'identifiers', 'otherTitles', 'statusObserved']) doc.delete(key);
  doc.set('title', `${from.data.title} (${fr.cli.proposalSuffix})`);
  doc.set('status', 'proposed');
  if (!external) doc.set('derivedFrom', from.id);
  else {
    // Not in this content: `derivedFrom` would name nothing; the sheet is a source of the proposal.
    doc.delete('derivedFrom');
    const ids = new Set((from.data.sources ?? []).map((source) => source.id));
    let id = 'fiche-adaptee';
    for (let n = 2; ids.has(id); n++) id = `fiche-adaptee-${n}`;
    const entry = doc.createNode({ id, title: fr.cli.adaptedSheet(external.title), publisher: external.publisher, ...(external.url && { url: external.url }) });
    const sources = doc.get('sources');
    if (sources instanceof YAMLSeq) sources.items.push(entry);
    else doc.set('sources', doc.createNode([entry]));
  }
  doc.set('carriers', doc.createNode([provider ? { name: provider.data.name } : { name: `${PLACEHOLDER} : ${fr.cli.carrierStub}` }]));
  doc.set('territory', doc.createNode(proposedTerritory(tender)));
  /** Removes `keys` from each item of a list (or from the map or maps at `path` in each item). */
  const strip = (list: unknown, path: string[], keys: string[]) => {
    if (!(list instanceof YAMLSeq)) return;
    for (const item of list.items) {
      const found = item instanceof YAMLMap ? (path.length ? item.getIn(path) : item) : undefined;
      const targets = found instanceof YAMLSeq ? found.items : [found];
      for (const target of targets) if (target instanceof YAMLMap) for (const key of keys) target.delete(key);
      if (path.length && targets.every((t) => t instanceof YAMLMap && t.items.length === 0)) item.deleteIn(path);
    }
  };
  strip(doc.get('workshops'), ['facilitator'], ['name', 'organisation']);
  strip(doc.get('cohorts'), [], ['carrier', 'period', 'sites']);
  strip(doc.getIn(['means', 'human']), [], ['organisation']);
  strip(doc.getIn(['public', 'eligibility']), [], ['site']);
  strip(doc.get('indicators'), [], ['actual', 'denominator']);
  // How many people the other run reached is its result, not the proposal's target.
  const cohorts = doc.get('cohorts');
  for (const parent of [doc.get('public'), ...(cohorts instanceof YAMLSeq ? cohorts.items : [])]) {
    if (parent instanceof YAMLMap) for (const key of ['headcount', 'size']) dropAchieved(parent, key);
  }
  const summary = from.data.summary.trim();
  doc.set('summary', summary.toLowerCase().startsWith(PLACEHOLDER.toLowerCase()) ? summary : `${PLACEHOLDER} : ${summary}`);
  return `${schemaLine('programme')}\n# ${fr.cli.forkedFrom(from.data.title)}\n${draftLines()}${doc.toString({ lineWidth: 100 })}`;
}

/**
 * Where a proposal will run: the places the call names (its first lot's, when the lot has its own),
 * as written in a programme. A person answering a call of Dijon expects to propose an action in
 * Dijon, not in the town where the programme was first run; the call's own figures stay in the
 * call (they describe its diagnosis and cite its sources), so do its sources. Without a territory
 * in the call, the perimeter is left to complete.
 */
export function proposedTerritory(tender: Entry<Tender> | undefined): Record<string, unknown> {
  const lots = tender?.data.lots ?? [];
  const given: Territory | undefined = tender ? (lotOf(tender.data, lots[0]?.id)?.territory ?? tender.data.territory) : undefined;
  const places: Record<string, unknown> = {};
  if (given?.perimeter) places.perimeter = given.perimeter;
  if (given?.communes?.length) places.communes = given.communes;
  if (given?.departements?.length) places.departements = given.departements.map((d) => d.code);
  else if (given?.regions?.length) places.regions = given.regions;
  if (given?.areas?.length) places.areas = given.areas.map(({ source: _source, ...area }) => area);
  if (given?.qpv?.length) places.qpv = given.qpv;
  return Object.keys(places).length > 0 ? places : { perimeter: `${PLACEHOLDER} : ${fr.cli.territoryStub}` };
}

/** Removes the count at `key` (or the counts of its list) that say what a run achieved. */
function dropAchieved(parent: YAMLMap, key: string): void {
  const achieved = (node: unknown) => node instanceof YAMLMap && node.get('kind') === 'achieved';
  const value = parent.get(key);
  if (achieved(value)) parent.delete(key);
  if (!(value instanceof YAMLSeq)) return;
  value.items = value.items.filter((item) => !achieved(item));
  if (value.items.length === 0) parent.delete(key);
}

/** The provider a programme names among its carriers or partners, if any. */
export function providerOf(programme: Programme, providers: readonly Entry<Provider>[]): Entry<Provider> | undefined {
  const names = [...programme.carriers.map((c) => c.name), ...(programme.partners ?? []).map((p) => p.name)].map(foldName);
  return providers.find((p) => names.includes(foldName(p.data.name)));
}

const yamlString = (text: string) => JSON.stringify(text);

/** A response to `tender` proposing the programme `programmeId`, one answer stub per section. */
export function scaffoldResponse(options: {
  tender: Entry<Tender>;
  programmeId: string;
  provider?: Entry<Provider>;
  references?: string[];
}): string {
  const { tender } = options;
  const lines = [
    schemaLine('response'),
    `# ${fr.cli.responseHeader(tender.data.title)}`,
    draftLines().trimEnd(),
    `tender: ${tender.id}`,
  ];
  const lots = tender.data.lots ?? [];
  if (lots.length > 0) lines.push(`lot: ${lots[0].id} # ${fr.cli.lotChoice(lots.map((l) => l.id))}`);
  lines.push(options.provider ? `provider: ${options.provider.id}` : `provider: ${yamlString(`${PLACEHOLDER} : ${fr.cli.providerStub}`)}`);
  lines.push(`programme: ${options.programmeId}`);
  lines.push('answers:');
  for (const section of tender.data.responseSections ?? []) {
    lines.push(`  - section: ${section.id}`);
    lines.push('    body: |');
    lines.push(`      ${PLACEHOLDER} : ${section.title}.`);
    if (section.description) lines.push(`      ${fr.cli.sectionExpects(section.description)}`);
    if (section.pageLimit) lines.push(`      ${fr.cli.sectionPageLimit(section.pageLimit)}`);
  }
  lines.push('price:');
  lines.push('  lines:');
  lines.push(`    - label: ${yamlString(`${PLACEHOLDER} : ${fr.cli.priceLineStub}`)}`);
  // Its unit and quantity are the provider's to choose: no value is written for them.
  lines.push(`      unitPrice: ${yamlString(PLACEHOLDER)}`);
  const deliverables = tender.data.deliverables ?? [];
  if (deliverables.length > 0) {
    lines.push('deliverables:');
    for (const d of deliverables) {
      lines.push(`  - deliverable: ${d.id}`);
      lines.push(`    section: ${yamlString(`${PLACEHOLDER} : ${fr.cli.deliverableStub(d.label)}`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
