/**
 * Organisations, addresses, contacts and SIRET numbers.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { report } from './issue';
import { EmailSchema, PhoneSchema, TextSchema, UrlSchema } from './text';
import { PeriodSchema } from './date';
import { SourceRefSchema } from './source';
import { carrierRoles, organisationKinds } from './vocabulary';

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

const PostcodeSchema = () =>
  z
    .union([z.string(), z.int()])
    .transform((input, ctx) => {
      const text = String(input).trim().replace(/\s/g, '');
      if (!/^\d{5}$/.test(text)) {
        report(ctx, fr.schema.postcode.message, { rule: 'adresse/code-postal', expected: fr.schema.postcode.expected, hint: fr.details.schema.postcodeHint });
        return z.NEVER;
      }
      return text;
    })
    .meta({ description: 'Le code postal (5 chiffres).', expected: fr.schema.postcode.expected });

export const AddressSchema = () =>
  z
    .strictObject({
      street: TextSchema().optional().meta({ description: 'Numéro et voie.' }),
      postcode: PostcodeSchema().optional().meta({ description: 'Le code postal (5 chiffres), si la source le donne.', expected: fr.schema.postcode.expected }),
      city: TextSchema().meta({ description: 'La commune.', missingHint: fr.tender.schema.cityMissingHint }),
    })
    .meta({ description: 'Une adresse postale.' });

/** Where a site is: the commune alone is enough, as sources often give no more. */
export const PlaceSchema = () =>
  z
    .strictObject({
      street: TextSchema().optional().meta({ description: 'Numéro et voie, ou le quartier (« centre-ville »), si la source les donne.' }),
      postcode: PostcodeSchema().optional(),
      city: TextSchema().meta({ description: 'La commune.' }),
    })
    .meta({ description: 'Un lieu : la commune, et la voie et le code postal si la source les donne.' });

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
      name: TextSchema().optional().meta({ description: 'Prénom et nom, seulement s\'ils sont publiés pour être contactés ; sinon la fonction suffit.' }),
      role: TextSchema().optional().meta({ description: 'Sa fonction.' }),
      organisation: TextSchema().optional().meta({ description: 'Son organisation.' }),
      email: EmailSchema().optional().meta({ description: 'Son adresse e-mail professionnelle.' }),
      phone: PhoneSchema().optional().meta({ description: 'Son téléphone professionnel.' }),
    })
    .meta({ description: 'Une personne à contacter.' });

export type Contact = z.output<ReturnType<typeof ContactSchema>>;

/**
 * A carrier: an organisation with what it is to the programme (it carries it, runs it for another,
 * coordinates it, manages its funds) and, when carriers succeeded one another, when.
 */
export const CarrierSchema = () =>
  z
    .strictObject({
      ...OrganisationSchema().shape,
      role: z.enum(carrierRoles).optional().meta({ description: 'Son rôle : carrier (porteur), operator (opérateur mandaté), coordinator ou fund-manager (gestionnaire des fonds).' }),
      period: PeriodSchema().optional().meta({ description: 'Quand il a porté le programme, quand les porteurs se sont succédé (« depuis 2009 »).' }),
      note: TextSchema().optional().meta({ description: 'Une précision (« porteur cinq ans après le lancement »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Une structure porteuse.' });
