/**
 * The experience sheet as a document: a programme and its metrics become the sheet's sections
 * in reading order (optional ones without data left out), a cover and the « Adapter cette
 * expérience » section. The page (/experiences/<id>/) and the PDF both render this.
 *
 * What the source does not give is never invented: a core block reads « non renseigné », an
 * optional block is left out, and a computed figure is shown only when all its inputs are known.
 *
 * @example
 * const sheet = sheetDocument(entry, programmeMetrics(entry.data));
 * sheet.sections.map((s) => s.title); // ['Fiche d’identité', 'Objectifs', 'Public visé', …]
 */
import type { Programme } from '../../../schemas/index';
import type { Entry } from '../../domain/corpus';
import type { ProgrammeMetrics } from '../../domain/metrics';
import { fr } from '../../i18n/fr';
import { fact, markdown, missingParagraph, note, orMissing, paragraph, text } from '../build';
import type { Document, FactRow, Runs } from '../model';
import { typesetDocument, typesetRuns, typesetText } from '../typography';
import { budgetSection } from './budget';
import { contactsSection, sourceSection, toolsSection } from './contacts';
import { contextSection } from './context';
import { identitySection } from './identity';
import { indicatorsSection } from './indicators';
import { meansSection } from './means';
import { objectivesSection } from './objectives';
import { operationSection } from './operation';
import { partnersSection } from './partners';
import { phasesSection } from './phases';
import { publicSection } from './public';
import { resultsSection } from './results';
import { sheetSection, type SectionKey, type SheetSection } from './section';
import { keyResult, publicSummary, resultValue, statusLabel, statusText, territoryText, yearsText } from './text';

export type { SectionKey, SheetSection } from './section';

export interface SheetDocument extends Document {
  id: string;
  title: string;
  summary: string;
  fictional: boolean;
  status: { key: Programme['status']; label: string };
  /** The sheet's own sections, in reading order (the last one is « Adapter cette expérience »). */
  sections: Array<SheetSection | AdaptSection>;
  glance: SheetGlance;
}

/** The sheet at a glance: what its card in the index and its cover show. */
export interface SheetGlance {
  territory: Runs;
  public: Runs;
  years: Runs;
  themes: string[];
  keyResult?: { value: string; label: string };
}

export interface AdaptSection extends Omit<SheetSection, 'key'> {
  key: 'adapt';
}

function narrativeSection(key: 'lessons' | 'transferability', value: Programme['lessons'], required: boolean): SheetSection | undefined {
  if (value) return sheetSection(key, markdown(value));
  return required ? sheetSection(key, [missingParagraph()]) : undefined;
}

/** The sheet's sections, in reading order; optional sections without data are left out. */
export function sheetSections(p: Programme, m: ProgrammeMetrics): SheetSection[] {
  return [
    identitySection(p),
    objectivesSection(p),
    publicSection(p),
    contextSection(p),
    operationSection(p, m),
    phasesSection(p),
    meansSection(p),
    budgetSection(p, m),
    partnersSection(p),
    resultsSection(p, m),
    indicatorsSection(p),
    toolsSection(p),
    narrativeSection('lessons', p.lessons, false),
    narrativeSection('transferability', p.transferability, true),
    contactsSection(p),
    sourceSection(p),
  ].filter((s): s is SheetSection => s !== undefined);
}

/** The command that forks this programme into a response, and how to fill it. */
export function adaptCommand(id: string): string {
  const page = fr.sheet.page;
  return `npx passerelle new response ${page.adaptResponseId} --from-programme ${id} --tender ${page.adaptTenderId}`;
}

function adaptSection(id: string, title: string): AdaptSection {
  const page = fr.sheet.page;
  return {
    type: 'section',
    key: 'adapt',
    id: 'adapter',
    title: page.adaptHeading,
    blocks: [paragraph(page.adaptIntro), paragraph(page.adaptInEditor(title)), { type: 'code', label: page.adaptCommandLabel, text: adaptCommand(id) }, note(page.adaptPlaceholders)],
  };
}

function sheetGlance(p: Programme, metrics: ProgrammeMetrics): SheetGlance {
  const key = keyResult(metrics.results);
  const value = key && resultValue(key);
  return {
    territory: typesetRuns(orMissing(territoryText(p.territory))),
    public: typesetRuns(orMissing(publicSummary(p))),
    years: typesetRuns(orMissing(yearsText(p))),
    themes: p.themes.map((theme) => fr.vocab.programmeTheme[theme]),
    ...(key && value && { keyResult: { value: typesetText(value), label: typesetText(key.label) } }),
  };
}

export function sheetDocument(entry: Entry<Programme>, metrics: ProgrammeMetrics): SheetDocument {
  const p = entry.data;
  const t = fr.sheetPdf;
  const status = statusLabel(p);
  const glance = sheetGlance(p, metrics);
  const coverFacts: FactRow[] = [
    fact(t.facts.status, text(statusText(p))),
    fact(t.facts.territory, glance.territory),
    fact(t.facts.public, glance.public),
    fact(t.facts.years, glance.years),
    ...(glance.themes.length ? [fact(t.facts.themes, text(glance.themes.join(', ')))] : []),
    ...(glance.keyResult ? [fact(t.facts.keyResult, text(`${glance.keyResult.value} — ${glance.keyResult.label}`))] : []),
  ];
  const date = p.sources?.find((s) => s.date)?.date ?? p.period?.end?.date ?? p.period?.start?.date;
  const fictional = p.fictional === true;
  const doc = typesetDocument({
    id: entry.id,
    title: p.title,
    summary: p.summary,
    fictional,
    status: { key: p.status, label: status },
    meta: {
      title: p.title,
      author: p.carriers.map((c) => c.name).join(', '),
      subject: t.subject(p.title),
      keywords: ['Passerelle', fr.site.keywords.sheet, ...p.themes.map((theme) => fr.vocab.programmeTheme[theme])],
      ...(date && { date }),
      language: 'fr-FR',
    },
    header: t.header(p.title),
    cover: {
      kicker: t.kicker,
      title: p.title,
      subtitle: p.summary,
      facts: coverFacts,
      note: [t.note, fictional ? fr.sheet.page.fictionalNote : ''].filter(Boolean).join(' '),
    },
    toc: fr.pdf.toc,
    sections: [...sheetSections(p, metrics), adaptSection(entry.id, p.title)],
    glance,
  });
  // The typeset title and summary are the cover's.
  return { ...doc, title: doc.cover.title, summary: doc.cover.subtitle ?? '' };
}
