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
