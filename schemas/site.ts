/**
 * Sites, dated milestones, awards and labels, identifiers in other registers, and titles in other
 * languages: what real sheets give about a programme besides its running.
 */
import { z } from 'astro/zod';
import { fr } from '../src/i18n/fr';
import { foldWords } from '../src/domain/shorthand';
import { DisputedDateSchema, QualifiedDateSchema } from './date';
import { report } from './issue';
import { MoneySchema } from './money';
import { PlaceSchema } from './organisation';
import { SourceRefSchema } from './source';
import { IdSchema, TextSchema, UrlSchema } from './text';
import { awardKinds, milestoneKinds, titleLanguages, type SurfaceUnit } from './vocabulary';

export interface Surface {
  value: number;
  unit: SurfaceUnit;
}

/** `3000` (m²), `"3 000 m²"`, `"1 ha"`, `"1,5 hectare"`. */
export const SurfaceSchema = () =>
  z
    .union([z.number().positive(), z.string()])
    .transform((input, ctx): Surface => {
      if (typeof input === 'number') return { value: input, unit: 'm2' };
      const m = /^(\d[\d\s\u00A0\u202F]*(?:[.,]\d+)?)\s*(m2|m²|metres? carres?|ha|hectares?)$/.exec(foldWords(input).replace(/²/g, '2'));
      if (!m) {
        report(ctx, fr.facts.site.surfaceMessage, { rule: 'site/surface', expected: fr.facts.site.surfaceExpected });
        return z.NEVER;
      }
      return { value: Number(m[1].replace(/[\s\u00A0\u202F]/g, '').replace(',', '.')), unit: m[2].startsWith('h') ? 'ha' : 'm2' };
    })
    .meta({ description: 'La surface : 3000 (en m²), « 3 000 m² » ou « 1 ha ».', expected: fr.facts.site.surfaceExpected, examples: ['3 000 m²', '1 ha'] });

export const SiteSchema = () =>
  z
    .strictObject({
      id: IdSchema().meta({ description: 'Identifiant du site, que les groupes et les conditions d\'entrée citent (« mantes »).' }),
      name: TextSchema().meta({ description: 'Le nom du site (« Maison de services au public », « lavoir communal »).' }),
      address: PlaceSchema().optional().meta({ description: 'Où il est : la commune suffit.' }),
      surface: SurfaceSchema().optional(),
      opened: DisputedDateSchema().optional().meta({ description: 'Son ouverture (« fin 2015 », « septembre 2016 »), ou les dates que donnent des sources en désaccord.' }),
      planned: z.literal(true).optional().meta({ description: 'true pour un site seulement envisagé (« un troisième site est à l\'étude »).' }),
      description: TextSchema().optional().meta({ description: 'Ce qu\'on y fait, ses équipements.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un lieu où le programme se déroule.' });

export type Site = z.output<ReturnType<typeof SiteSchema>>;

export const MilestoneSchema = () =>
  z
    .strictObject({
      kind: z.enum(milestoneKinds).meta({ description: 'founded (création), approved (agrément, conventionnement), takeover (reprise par un autre porteur), opening, extension, inauguration, diagnosis ou other.' }),
      label: TextSchema().meta({ description: 'Ce qui s\'est passé (« reconnu atelier et chantier d\'insertion »).' }),
      date: DisputedDateSchema().optional().meta({ description: 'Quand, si la source le dit.' }),
      site: IdSchema().optional().meta({ description: 'Le site concerné (identifiant d\'un élément de sites).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un événement daté du programme ou d\'un site, autre que son début et sa fin.' });

export const AwardSchema = () =>
  z
    .strictObject({
      name: TextSchema().meta({ description: 'Le nom du prix ou du label (« Prix de l\'innovation sociale locale »).' }),
      kind: z.enum(awardKinds).meta({ description: 'prize (prix), label, approval (agrément), recognition (reconnaissance, conventionnement) ou laureate (lauréat d\'un appel).' }),
      rank: TextSchema().optional().meta({ description: 'Le rang (« 1er prix »).' }),
      amount: MoneySchema().optional().meta({ description: 'La dotation, si la source la donne.' }),
      edition: TextSchema().optional().meta({ description: 'L\'édition (« 8e édition »).' }),
      date: QualifiedDateSchema().optional().meta({ description: 'Quand, si la source le dit.' }),
      by: TextSchema().optional().meta({ description: 'Qui le décerne (« Unccas »).' }),
      with: TextSchema().optional().meta({ description: 'Avec le soutien de qui (« La Banque Postale »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un prix, un label, un agrément.' });

export const IdentifierSchema = () =>
  z
    .strictObject({
      register: TextSchema().meta({ description: 'Le registre (« Fonds d\'expérimentation pour la jeunesse », « Ma démarche FSE », « Keep.eu »).' }),
      id: TextSchema().meta({ description: 'L\'identifiant tel que le registre l\'écrit (« AP1 n° 331 »).' }),
      url: UrlSchema().optional().meta({ description: 'La fiche du registre.' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'L\'identifiant du programme dans un autre registre.' });

export const OtherTitleSchema = () =>
  z
    .strictObject({
      title: TextSchema().meta({ description: 'Le titre.' }),
      lang: z.enum(titleLanguages).optional().meta({ description: 'Sa langue, s\'il n\'est pas en français : eu (basque), es, oc, br, ca, co, de, en, it.' }),
      note: TextSchema().optional().meta({ description: 'Ce qu\'est ce titre (« nom d\'usage », « nom du restaurant d\'application »).' }),
      source: SourceRefSchema().optional(),
    })
    .meta({ description: 'Un autre titre du programme : dans une autre langue, un nom d\'usage.' });
