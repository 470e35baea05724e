import { describe, expect, it } from 'vitest';
import { frenchTypography, typeset } from '../../src/i18n/typography';
import { fr } from '../../src/i18n/fr';

const S = '\u00A0';
const N = '\u202F';

describe('frenchTypography', () => {
  it.each([
    ['Champ : titre', `Champ${S}: titre`],
    ['« titre »', `«${S}titre${S}»`],
    ['Vraiment ? Oui ! Bien ; suite', `Vraiment${N}? Oui${N}! Bien${N}; suite`],
    ['58 %', `58${N}%`],
    ["l'appel d'offres", 'l’appel d’offres'],
    ['https://exemple.fr à 10:30', 'https://exemple.fr à 10:30'],
  ])('%j → %j', (input, expected) => expect(frenchTypography(input)).toBe(expected));

  it('is idempotent', () => {
    const once = frenchTypography("« l'appel » : 58 % ?");
    expect(frenchTypography(once)).toBe(once);
  });

  it('leaves alone, unread, only the texts the replacements would not change (random texts)', () => {
    // The replacements in full, without the shortcut that skips a text with nothing to change.
    const full = (text: string) =>
      text
        .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
        .replace(/«[ \u00A0]?/g, `«${S}`)
        .replace(/[ \u00A0]?»/g, `${S}»`)
        .replace(/ ([:])(?=\s|$)/g, `${S}$1`)
        .replace(/ ([;!?])/g, `${N}$1`)
        .replace(/(\d) %/g, `$1${N}%`);
    const alphabet = ['a', '1', ' ', S, N, "'", '’', '«', '»', ':', ';', '!', '?', '%', '\n', 'é'];
    let seed = 0x9e3779b9;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let i = 0, length = 1 + (n % 12); i < length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        text += alphabet[(seed >>> 16) % alphabet.length];
      }
      expect(frenchTypography(text), JSON.stringify(text)).toBe(full(text));
    }
  });

  it('applies to strings and function results of a tree', () => {
    const tree = typeset({ a: 'x : y', b: (n: number) => `« ${n} »`, c: ['a ; b'] });
    expect(tree.a).toBe(`x${S}: y`);
    expect(tree.b(3)).toBe(`«${S}3${S}»`);
    expect(tree.c[0]).toBe(`a${N}; b`);
  });

  it('reaches the dictionary', () => {
    expect(fr.diagnostics.field).toBe('champ');
    expect(fr.diagnostics.missingField('title')).toBe(`Champ obligatoire manquant${S}: «${S}title${S}»`);
  });
});

describe('named: what the author wrote, by its name and its id', () => {
  it.each([
    [{ id: 'valeur-technique', name: 'Valeur technique' }, `«${S}Valeur technique${S}» (valeur-technique)`],
    // No other name than the id (an unknown criterion), or a name that is the id: said once.
    [{ id: 'valeur-technique' }, `«${S}valeur-technique${S}»`],
    [{ id: 'prix', name: 'prix' }, `«${S}prix${S}»`],
    [{ id: 'resp', name: '' }, `«${S}resp${S}»`],
  ])('%j → %j', (item, expected) => expect(fr.evaluation.check.excludedWithoutReason(item)).toBe(`L’offre ${expected} est écartée sans raison`));
});
