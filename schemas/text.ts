/**
 * Text pieces: identifiers, plain text, Markdown, web and e-mail addresses, phone numbers.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
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
    .meta({ expected: fr.schema.text.expected })
    .transform((source) => parseMarkdown(source));

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
      if (!ok) report(ctx, fr.schema.url.message, { rule: 'format/url', expected: fr.schema.url.expected });
    })
    .meta({ expected: fr.schema.url.expected, format: 'uri' });

export const EmailSchema = () =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
        report(ctx, fr.schema.email.message, { rule: 'format/email', expected: fr.schema.email.expected });
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
      report(ctx, fr.schema.phone.message, { rule: 'format/telephone', expected: fr.schema.phone.expected });
      return z.NEVER;
    })
    .meta({ expected: fr.schema.phone.expected, examples: ['05 46 50 86 25'] });
