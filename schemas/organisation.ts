/**
 * Organisations, addresses, contacts and SIRET numbers.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { report } from './issue';
import { EmailSchema, PhoneSchema, TextSchema, UrlSchema } from './text';
import { organisationKinds } from './vocabulary';

/** Luhn check of a SIRET (La Poste's establishments, SIREN 356000000, use a digit sum instead). */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000')) return [...siret].reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export const SiretSchema = () =>
  z
    .union([z.string(), z.int()])
    .transform((input, ctx) => {
      const digits = String(input).replace(/[\s\u00A0\u202F]/g, '');
      if (!isValidSiret(digits)) {
        report(ctx, fr.schema.siret.message, { rule: 'siret/format', expected: fr.schema.siret.expected, hint: fr.schema.siret.hint });
        return z.NEVER;
      }
      return digits;
    })
    .meta({ description: 'Le numéro SIRET de l\'établissement (14 chiffres).', expected: fr.schema.siret.expected, examples: ['732 829 320 00074'] });

export const AddressSchema = () =>
  z
    .strictObject({
      street: TextSchema().optional().meta({ description: 'Numéro et voie.' }),
      postcode: z
        .union([z.string(), z.int()])
        .transform((input, ctx) => {
          const text = String(input).trim().replace(/\s/g, '');
          if (!/^\d{5}$/.test(text)) {
            report(ctx, fr.schema.postcode.message, { rule: 'adresse/code-postal', expected: fr.schema.postcode.expected, hint: fr.details.schema.postcodeHint });
            return z.NEVER;
          }
          return text;
        })
        .meta({ description: 'Le code postal (5 chiffres).', expected: fr.schema.postcode.expected }),
      city: TextSchema().meta({ description: 'La commune.' }),
    })
    .meta({ description: 'Une adresse postale.' });

export const OrganisationSchema = () =>
  z
    .strictObject({
      name: TextSchema().meta({ description: 'Le nom de l\'organisation, tel qu\'elle l\'écrit.' }),
      acronym: TextSchema().optional().meta({ description: 'Son sigle, s\'il est d\'usage (CCAS, CIDFF…).' }),
      kind: z.enum(organisationKinds).optional().meta({ description: 'Le type d\'organisation.' }),
      address: AddressSchema().optional(),
      website: UrlSchema().optional().meta({ description: 'Son site web.' }),
    })
    .meta({ description: 'Une organisation (structure porteuse, acheteur, partenaire…).' });

export type Organisation = z.output<ReturnType<typeof OrganisationSchema>>;

export const ContactSchema = () =>
  z
    .strictObject({
      name: TextSchema().meta({ description: 'Prénom et nom.' }),
      role: TextSchema().optional().meta({ description: 'Sa fonction.' }),
      organisation: TextSchema().optional().meta({ description: 'Son organisation.' }),
      email: EmailSchema().optional().meta({ description: 'Son adresse e-mail professionnelle.' }),
      phone: PhoneSchema().optional().meta({ description: 'Son téléphone professionnel.' }),
    })
    .meta({ description: 'Une personne à contacter.' });

export type Contact = z.output<ReturnType<typeof ContactSchema>>;
