/**
 * Text pieces: identifiers, plain text, Markdown, web and e-mail addresses, phone numbers.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { limits } from '../src/content/limits';
import { formatNumber } from '../src/domain/format';
import { checkMarkdown, treeDepth, type MarkdownProblem } from '../src/markdown/guard';
import { parseMarkdown } from '../src/markdown/parse';
import { frenchTypography } from '../src/i18n/typography';
import { report } from './issue';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable identifier: lower case ASCII letters, digits and dashes (`atelier-mobilite`). */
export const IdSchema = () =>
  z
    .string()
    .regex(SLUG, { error: fr.schema.id.message })
    .meta({ expected: fr.schema.id.expected, hint: fr.schema.id.hint, examples: ['atelier-mobilite'] });

/** The identifier of an entry of another collection (checked across files). */
export const RefSchema = (collection: string) =>
  IdSchema().meta({ ref: collection, description: `Identifiant d'un fichier de content/${collection}/ (son nom sans extension).` });

/** A non-empty line of text, trimmed, with French typography (’, no-break spaces before : ; ! ?). */
export const TextSchema = () =>
  z
    .string()
    .trim()
    .min(1)
    .meta({ expected: fr.schema.text.expected })
    .transform((text) => frenchTypography(text));

/**
 * Markdown text, parsed once into mdast (`{ source, mdast }`): headings, bold, italic, lists,
 * tables and links. Raw HTML is shown as text, never interpreted.
 */
export const MarkdownSchema = () =>
  z
    .string()
    .trim()
    .min(1)
    .meta({ expected: fr.schema.text.expected, contentMediaType: 'text/markdown' })
    .transform((source, ctx) => {
      let problem = checkMarkdown(source);
      const parsed = problem ? undefined : parseMarkdown(source);
      if (parsed && treeDepth(parsed.mdast) > limits.markdownTree) problem = { kind: 'treeTooDeep', line: 1 };
      if (!parsed || problem) {
        const words = markdownProblem(problem!);
        report(ctx, words.message, { rule: 'markdown/limite', expected: words.expected, hint: words.hint });
        return z.NEVER;
      }
      return parsed;
    });

/** Why a Markdown text is refused (see `src/markdown/guard.ts`), in French. */
function markdownProblem(problem: MarkdownProblem): { message: string; expected: string; hint: string } {
  const t = fr.input.markdown;
  const n = (value: number) => formatNumber(value, 0);
  switch (problem.kind) {
    case 'tooLong':
      return { message: t.tooLong(n(problem.length), n(limits.markdownChars)), expected: t.tooLongExpected(n(limits.markdownChars)), hint: t.tooLongHint };
    case 'tooDeep':
      return { message: t.tooDeep(problem.line, n(limits.markdownNesting)), expected: t.tooDeepExpected(n(limits.markdownNesting)), hint: t.tooDeepHint };
    case 'paragraphTooLong':
      return { message: t.paragraphTooLong(problem.line, n(problem.length), n(limits.paragraphChars)), expected: t.paragraphTooLongExpected(n(limits.paragraphChars)), hint: t.paragraphTooLongHint };
    case 'bracketsTooDeep':
      return { message: t.bracketsTooDeep(problem.line, n(limits.bracketNesting)), expected: t.bracketsTooDeepExpected(n(limits.bracketNesting)), hint: t.bracketsTooDeepHint };
    case 'runTooLong':
      return { message: t.runTooLong(problem.line, n(limits.delimiterRun)), expected: t.runTooLongExpected(n(limits.delimiterRun)), hint: t.runTooLongHint };
    case 'tableTooWide':
      return { message: t.tableTooWide(problem.line, n(problem.columns), n(limits.tableColumns)), expected: t.tableTooWideExpected(n(limits.tableColumns)), hint: t.tableTooWideHint };
    case 'treeTooDeep':
      return { message: t.treeTooDeep(n(limits.markdownTree)), expected: t.treeTooDeepExpected(n(limits.markdownTree)), hint: t.treeTooDeepHint };
  }
}

/** An http(s) address. Other protocols (javascript:, data:…) are refused. */
export const UrlSchema = () =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      let ok = false;
      try {
        const url = new URL(value);
        ok = url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        ok = false;
      }
      if (!ok) report(ctx, fr.schema.url.message, { rule: 'format/url', expected: fr.schema.url.expected, hint: fr.details.schema.urlHint });
    })
    .meta({ expected: fr.schema.url.expected, format: 'uri' });

export const EmailSchema = () =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
        report(ctx, fr.schema.email.message, { rule: 'format/email', expected: fr.schema.email.expected, hint: fr.details.schema.emailHint });
    })
    .meta({ expected: fr.schema.email.expected, format: 'email' });

/** A French phone number, normalised to `05 46 50 86 25` or `+33 5 46 50 86 25`. */
export const PhoneSchema = () =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const digits = value.replace(/[\s.\-()\u00A0\u202F]/g, '');
      if (/^0\d{9}$/.test(digits)) return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
      const intl = /^\+33(\d{9})$/.exec(digits);
      if (intl) return `+33 ${intl[1][0]} ${intl[1].slice(1).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
      report(ctx, fr.schema.phone.message, { rule: 'format/telephone', expected: fr.schema.phone.expected, hint: fr.details.schema.phoneHint });
      return z.NEVER;
    })
    .meta({ expected: fr.schema.phone.expected, examples: ['05 46 50 86 25'] });
