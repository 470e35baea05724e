/**
 * What exists in the content folder, as the editor lists and offers it: each file with its title,
 * status, last change and number of errors, and the parts of each call (lots, sections,
 * deliverables, requirements, criteria) that responses and evaluations choose from.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, type CollectionName } from '../../schemas/index';
import { readContentFolder, validateContentCached } from '../content/content-fs';
import { idOf } from '../content/validate';
import { listedCriteria } from '../../schemas/award-criteria';
import { lotName, responseSectionsOf } from '../domain/call';
import { scoringCriteria } from '../domain/cross-checks';
import { markableItems } from '../domain/scoring';
import { fr } from '../i18n/fr';
import type { Catalog, TenderList } from './choices';
import { ARCHIVES, dataOf } from './files-fs';
import type { Option } from './labels';

export interface Listed {
  collection: CollectionName;
  id: string;
  file: string;
  title: string;
  /** `Brouillon`, `Publié`, and for a programme its status (`Terminé`…). */
  status: string;
  draft: boolean;
  modified: Date;
  errors: number;
  toComplete: number;
}

const titleOf = (data: Record<string, unknown>, id: string) =>
  typeof data.title === 'string' && data.title.trim() ? data.title : typeof data.name === 'string' && data.name.trim() ? data.name : id;

/** Every content file, by collection, with what the list shows. */
export function listFiles(root: string): Record<CollectionName, Listed[]> {
  const result = validateContentCached(root);
  const folder = readContentFolder(root);
  const out = Object.fromEntries(collectionNames.map((c) => [c, [] as Listed[]])) as Record<CollectionName, Listed[]>;
  for (const file of folder.files) {
    const id = idOf(file.path)!;
    let data: Record<string, unknown> = {};
    try {
      data = dataOf(file.text.replace(/\r\n?/g, '\n'), file.collection, file.path.endsWith('.md'));
    } catch {
      data = {};
    }
    const draft = result.drafts.find((d) => d.file === file.path);
    const errors = result.diagnostics.filter((d) => d.file === file.path && d.severity === 'error').length;
    const state = draft ? fr.editor.list.draft : fr.editor.list.published;
    const status = file.collection === 'programmes' && typeof data.status === 'string' && data.status in fr.vocab.programmeStatus ? `${state} · ${fr.vocab.programmeStatus[data.status as 'completed']}` : state;
    out[file.collection].push({
      collection: file.collection,
      id,
      file: file.path,
      title: titleOf(data, id),
      status,
      draft: !!draft,
      modified: statSync(join(process.cwd(), file.path)).mtime,
      errors,
      toComplete: draft?.toComplete ?? 0,
    });
  }
  return out;
}

/** The archived files (content/archives/<collection>/), by collection. */
export function listArchives(root: string): Array<{ collection: CollectionName; id: string; title: string }> {
  const folder = readContentFolder(join(root, ARCHIVES));
  return folder.files.map((f) => {
    const id = idOf(f.path)!;
    let title = id;
    try {
      title = titleOf(dataOf(f.text.replace(/\r\n?/g, '\n'), f.collection, f.path.endsWith('.md')), id);
    } catch {
      title = id;
    }
    return { collection: f.collection, id, title };
  });
}

/** Options with the same value once (a criterion shared by the call and its lots). */
function uniqueOptions(options: Option[]): Option[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.value) && !!seen.add(o.value));
}

/** What the forms choose from: every file's id and title, and every call's parts. */
export function catalog(root: string): Catalog {
  const listed = listFiles(root);
  const entries = Object.fromEntries(collectionNames.map((c) => [c, listed[c].map((l) => ({ value: l.id, label: l.title }))])) as Record<string, Option[]>;
  const { corpus } = validateContentCached(root);
  const tenders: Catalog['tenders'] = {};
  for (const tender of corpus.tenders) {
    const t = tender.data;
    const requirements = [...(t.requirements ?? []), ...(t.lots ?? []).flatMap((l) => l.requirements ?? [])];
    const parts: Record<TenderList, Option[]> = {
      lots: (t.lots ?? []).map((l) => ({ value: l.id, label: lotName(t, l) })),
      sections: responseSectionsOf(t).map((s) => ({ value: s.id, label: s.title })),
      deliverables: [...(t.deliverables ?? []), ...(t.lots ?? []).flatMap((l) => l.deliverables ?? [])].map((d) => ({ value: d.id, label: d.label })),
      commitments: requirements.filter((r) => r.measure === 'commitment').map((r) => ({ value: r.id, label: r.label })),
      requirements: requirements.map((r) => ({ value: r.id, label: r.label })),
      units: (t.priceModel?.units ?? []).map((u) => ({ value: u.id, label: u.label })),
      criteria: uniqueOptions([t.awardCriteria, ...(t.lots ?? []).map((l) => l.awardCriteria)].flatMap((award) => markableItems(scoringCriteria(listedCriteria(award)))).map((i) => ({ value: i.id, label: i.name }))),
    };
    tenders[tender.id] = parts;
  }
  return { entries, tenders };
}
