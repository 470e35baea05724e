/**
 * The form of each collection in sections, in the order of the document it becomes: the sheet's
 * sections for a programme (its own headings), the call page's for a call, the response's for a
 * response. A field this table does not name goes in a last section, « Autres informations », so
 * that a field added to a schema still appears.
 *
 * Pure.
 */
import type { CollectionName } from '../../schemas/index';
import { fr } from '../i18n/fr';

export interface FormSection {
  id: string;
  title: string;
  keys: string[];
}

const h = fr.sheet.headings;
const s = fr.editor.sections;

const layout: Record<CollectionName, Array<[string, string, string[]]>> = {
  programmes: [
    ['identite', h.identity, ['draft', 'title', 'summary', 'status', 'fictional', 'derivedFrom', 'carriers', 'territory', 'period', 'duration', 'themes']],
    ['objectifs', h.objectives, ['objectives']],
    ['public', h.public, ['public']],
    ['contexte', h.context, ['context']],
    ['fonctionnement', h.operation, ['description', 'cohorts', 'workshops']],
    ['calendrier', h.phases, ['phases', 'governance']],
    ['moyens', h.means, ['means']],
    ['budget', h.budget, ['budget']],
    ['partenaires', h.partners, ['partners']],
    ['resultats', h.results, ['results']],
    ['indicateurs', h.indicators, ['indicators']],
    ['outils', h.tools, ['evaluationTools', 'communicationTools']],
    ['enseignements', h.lessons, ['lessons']],
    ['transferabilite', h.transferability, ['transferability']],
    ['contacts', h.contacts, ['contacts', 'links']],
    ['sources', h.source, ['sources', 'source']],
  ],
  tenders: [
    ['appel', s.call, ['draft', 'title', 'reference', 'kind', 'buyer', 'partners', 'summary', 'territory', 'source', 'unread']],
    ['objet', s.object, ['context', 'related', 'object', 'objectives']],
    ['public', s.publicAndGroups, ['public', 'groups', 'duration']],
    ['calendrier', s.dates, ['dates']],
    ['lots', s.lots, ['lots']],
    ['exigences', s.requirements, ['requirements']],
    ['contenu', s.expected, ['responseSections', 'deliverables']],
    ['criteres', s.criteria, ['budgetCap', 'cofinancing', 'awardCriteria']],
    ['depot', s.submission, ['submission', 'invoicing', 'contacts', 'extension']],
  ],
  providers: [
    ['identite', s.identity, ['draft', 'name', 'legalForm', 'siret', 'address', 'vat', 'founded', 'website', 'fictional']],
    ['presentation', s.presentation, ['presentation']],
    ['equipe', s.team, ['team', 'certifications']],
    ['references', s.references, ['references']],
    ['contacts', s.contacts, ['contacts']],
  ],
  responses: [
    ['appel', s.answering, ['draft', 'title', 'tender', 'lot', 'provider', 'consortium', 'programme', 'date', 'contact', 'fictional']],
    ['reponse', s.answers, ['answers']],
    ['prix', s.price, ['price']],
    ['planning', s.planning, ['planning']],
    ['livrables', s.deliverables, ['deliverables', 'commitments']],
    ['annexes', s.annexes, ['annexes']],
  ],
  evaluations: [
    ['analyse', s.analysis, ['draft', 'title', 'tender', 'lot', 'date', 'committee', 'fictional']],
    ['notation', s.marking, ['scale', 'priceMethod', 'priceBasis', 'abnormallyLowThreshold']],
    ['offres', s.offers, ['offers']],
    ['conclusion', s.conclusion, ['conclusion']],
  ],
};

/** The sections of a collection's form, with every key of `keys` in exactly one of them. */
export function formSections(collection: CollectionName, keys: readonly string[]): FormSection[] {
  const placed = new Set<string>();
  const sections = layout[collection].map(([id, title, own]) => {
    const present = own.filter((k) => keys.includes(k));
    present.forEach((k) => placed.add(k));
    return { id, title, keys: present };
  });
  const rest = keys.filter((k) => !placed.has(k));
  return [...sections.filter((section) => section.keys.length > 0), ...(rest.length ? [{ id: 'autres', title: s.other, keys: rest }] : [])];
}
