/**
 * What the real-programme test reads: a fixture's sheet as plain text and numbers, the facts its
 * file gives, and the one list of every figure a sheet can derive, with the condition under which
 * it is shown.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { fr } from '../../src/i18n/fr';
import { formatDayMonth } from '../../src/domain/format';
import { validateFiles } from '../../src/content/validate';
import { programmeMetrics } from '../../src/domain/metrics';
import type { Block, Runs } from '../../src/document/model';
import { sheetDocument, type SheetDocument } from '../../src/document/sheet/index';
import { sheetCard } from '../../src/site/sheet-card';
import type { Programme } from '../../schemas/index';

/**
 * Every figure a sheet derives from its file, and when it is shown. A number on a sheet is either
 * written in the file or one of these, computed under its condition; the test lists, per fixture,
 * the derived values it expects, each under one of these keys.
 */
export const DERIVED = {
  years: "Les années d'une période : de son début à sa fin écrits ; une période sans fin s'écrit « depuis » son début, jamais comme la seule année de début.",
  region: "La région d'un département (ou d'une région d'avant 2016) : toujours, chaque département est dans une seule région.",
  departement: "Le numéro d'un département écrit par son nom : toujours.",
  'people-sum': "Personnes = somme des effectifs des groupes : chaque effectif est exact, de personnes, dit réalisé ou prévu (prévu dans une proposition), de même nature, et aucun rythme de groupes n'est donné.",
  'people-per-year': 'Personnes par an = groupes par an × effectif de ces groupes : les deux écrits ensemble (recurrence), exacts.',
  'sessions-per-person': "Séances par personne = somme des séances des ateliers chiffrés : nombre de séances exact ; les ateliers non chiffrés sont nommés.",
  'hours-per-person': "Heures par personne = séances × durée d'une séance : les deux donnés, la durée en heures ou minutes (jamais en jours, semaines, mois).",
  'facilitator-hours': "Heures d'animation = heures par personne × groupes (collectif) ou × personnes (individuel) : les effectifs exacts.",
  'cost-per-person': 'Coût par personne = budget ÷ personnes : les deux exacts et de la même période (toute l\'action, ou la même année), des personnes et non des postes.',
  'cost-per-hour': "Coût d'une heure par personne = budget ÷ (personnes × heures) : le coût par personne est donné et chaque atelier est chiffré.",
  'cost-per-facilitator-hour': "Coût d'une heure d'animation = budget ÷ heures d'animation : même condition.",
  'result-rate': 'Taux = nombre ÷ dénominateur : les deux exacts, de même unité et de même date, le dénominateur n\'est pas une cible.',
  'funder-share': 'Part d\'un financeur = montant ÷ total : les deux exacts ; une part écrite par la source est montrée telle quelle, jamais convertie en montant.',
  'funders-total': 'Total des financements = somme des montants exacts : plus d\'un financeur chiffré.',
  'listed-count': "Le nombre d'éléments d'une liste du fichier (groupes, ateliers chiffrés, départements) : pour dire sur quoi porte un total.",
} as const;

export type DerivedKey = keyof typeof DERIVED;

export interface RealSheet {
  file: string;
  raw: Record<string, unknown>;
  programme: Programme;
  sheet: SheetDocument;
  /** Every text the sheet shows (cover, sections but « Adapter », the card), one per line. */
  text: string;
  warnings: string[];
  errors: number;
}

const runs = (r: Runs) => r.map((x) => x.text).join('');

function blockTexts(b: Block, out: string[]): void {
  switch (b.type) {
    case 'section':
      out.push(b.title);
      b.blocks.forEach((x) => blockTexts(x, out));
      break;
    case 'paragraph':
      out.push(runs(b.runs));
      break;
    case 'facts':
      b.rows.forEach((row) => out.push(row.label, ...row.values.map(runs)));
      break;
    case 'figures':
      b.items.forEach((i) => out.push(`${i.value} ${i.label}`, i.detail ?? ''));
      break;
    case 'table':
      out.push(b.caption ?? '', ...b.columns.map((c) => c.label));
      [...b.rows, ...(b.footer ?? [])].forEach((row) => out.push(...row.map(runs)));
      break;
    case 'list':
      b.items.forEach((item) => item.forEach((x) => blockTexts(x, out)));
      break;
    case 'callout':
      out.push(runs(b.runs));
      break;
    case 'chart':
      out.push(b.chart.title, b.chart.description);
      break;
    default:
      break;
  }
}

export function readRealSheet(path: string): RealSheet {
  const text = readFileSync(path, 'utf8');
  const file = basename(path);
  const result = validateFiles([{ collection: 'programmes', path: `content/programmes/${file}`, text }]);
  const entry = result.corpus.programmes[0];
  const programme = entry?.data as Programme;
  const sheet = entry && sheetDocument(entry as never, programmeMetrics(programme));
  const out: string[] = [];
  if (sheet) {
    out.push(sheet.title, sheet.summary, ...(sheet.cover.facts ?? []).flatMap((row) => [row.label, ...row.values.map(runs)]));
    sheet.sections.filter((s) => s.key !== 'adapt').forEach((s) => blockTexts(s, out));
    const card = sheetCard(sheet, programme);
    out.push(runs(card.territory), runs(card.public), runs(card.years), card.keyResult ? `${card.keyResult.value} ${card.keyResult.label}` : '');
  }
  return {
    file,
    raw: parse(text) as Record<string, unknown>,
    programme,
    sheet,
    text: out.filter(Boolean).join('\n'),
    warnings: result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.rule),
    errors: result.errors,
  };
}

/** Text as compared: typographic apostrophes and spaces made plain, lower case, one space. */
export function plain(text: string): string {
  return text.replace(/[’]/g, "'").replace(/[\u00A0\u202F\s]+/g, ' ').replace(/« | »/g, '"').replace(/[«»]/g, '"').toLowerCase().trim();
}

/** The numbers of a text: `7 900` is 7900, `55,78` is 55.78, `1er` is 1; `2018, 2019` two numbers. */
export function numbersIn(text: string): number[] {
  const found = text.replace(/[\u00A0]/g, ' ').match(/\d{1,3}(?:[\u202F ]\d{3})+(?![\d])(?:,\d+)?|\d+(?:[.,]\d+)?/g) ?? [];
  return found.map((n) => Number(n.replace(/[\u202F ]/g, '').replace(',', '.')));
}

/** Words of the dictionary that carry a number of their own (« région d'avant 2016 »). */
export const BOILERPLATE_NUMBERS = new Set(numbersIn(fr.vocab.areaKind['former-region']));

const SKIPPED = new Set(['id', 'source', 'cohorts', 'site', 'sites', 'lang', 'derivedFrom', 'ongoing', 'planned', 'tentative', 'inKind', 'linesComplete', 'partnersComplete', 'priority', 'qualifier', 'period', 'precision', 'unit', 'approx', 'bound', 'mode', 'kind', 'status', 'gender', 'category', 'audience', 'roles', 'themes', 'outcome', 'basis', 'qpv', 'fictional', 'interim', 'frequency']);
const DATES = new Set(['date', 'start', 'end', 'opened', 'year', 'asOf']);

/** Every string and number the file gives, with its path, leaving out ids, references and enums (checked apart). */
export function givenFacts(value: unknown, path: Array<string | number> = []): Array<{ path: string; value: string | number }> {
  if (value === null || value === undefined) return [];
  const key = path.filter((p) => typeof p === 'string').at(-1) as string | undefined;
  if (key && SKIPPED.has(key) && !(key === 'period' && typeof value === 'object')) return [];
  // A carrier's role is a word of the vocabulary; a person's role is text.
  if (key === 'role' && path[0] === 'carriers') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => givenFacts(item, [...path, i]));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => givenFacts(v, [...path, k]));
  if (typeof value === 'boolean') return [];
  // Days without a year (`within: { from: 01-01 }`) read « 1er janvier » on the sheet.
  if (path.includes('within') && (key === 'from' || key === 'to')) return [{ path: path.join('.'), value: formatDayMonth(String(value)) }];
  if (key && DATES.has(key)) return numbersIn(String(value)).filter((n) => n >= 1000).slice(0, 1).map((year) => ({ path: path.join('.'), value: year }));
  return [{ path: path.join('.'), value: value as string | number }];
}

/** The first words of a Markdown or plain text, as a reader sees them (markers dropped). */
export function opening(text: string, length = 50): string {
  const first = text.split(/\n\s*\n/)[0].replace(/^\s*(?:[-*]|\d+\.|#+)\s+/gm, '').replace(/\*\*|__|\*|_/g, '');
  return plain(first).slice(0, length);
}

/** Where a vocabulary value sits in a file, and the dictionary that says it. */
const VOCABULARIES: Array<[RegExp, Record<string, unknown>]> = [
  [/^themes\.\d+$/, fr.vocab.programmeTheme],
  [/^workshops\.\d+\.themes\.\d+$/, fr.vocab.workshopTheme],
  [/^workshops\.\d+\.kind$/, fr.vocab.workshopKind],
  [/^(carriers|partners)\.\d+\.kind$/, fr.vocab.organisationKind],
  [/^carriers\.\d+\.role$/, fr.vocab.carrierRole],
  [/^partners\.\d+\.roles\.\d+$/, fr.vocab.partnerRole],
  [/^results\.quantitative\.\d+\.outcome$/, fr.vocab.outcome],
  [/^budget\.funders\.\d+\.kind$/, fr.vocab.funderKind],
  [/^budget\.basis$/, fr.vocab.budgetBasis],
  [/^awards\.\d+\.kind$/, fr.vocab.awardKind],
  [/^milestones\.\d+\.kind$/, fr.vocab.milestoneKind],
  [/^phases\.\d+\.kind$/, fr.vocab.phaseKind],
  [/^sources\.\d+\.kind$/, fr.vocab.sourceKind],
  [/^territory\.areas\.\d+\.kind$/, fr.vocab.areaKind],
  [/(^|\.)status$/, fr.vocab.meansStatus],
  [/^otherTitles\.\d+\.lang$/, fr.vocab.titleLanguage],
  [/^public\.headcount(\.\d+)?\.kind$/, fr.vocab.countKind],
];

/** Every value of a vocabulary the file gives, with the French words the sheet should show for it. */
export function vocabularyFacts(value: unknown, path: Array<string | number> = []): Array<{ path: string; value: string; label: string }> {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => vocabularyFacts(item, [...path, i]));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => vocabularyFacts(v, [...path, k]));
  const at = path.join('.');
  if (at === 'status') return [];
  const vocabulary = VOCABULARIES.find(([re]) => re.test(at))?.[1];
  const label = vocabulary?.[String(value)];
  return typeof label === 'string' ? [{ path: at, value: String(value), label }] : [];
}
