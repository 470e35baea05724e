/**
 * A hint that asks to set a field keeps the setting apart from its sentence: the validator prints
 * the YAML (« ajoutez linesComplete: false »), the diagnostic carries the parts, and every such
 * hint of the dictionary is written that way.
 */
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { add, also, hintParts, quoted, said, toFill, write } from '../../src/i18n/settings';
import { withHintParts } from '../../src/content/diagnostics';

describe('a hint written with its settings apart', () => {
  it.each([
    ['a value to add', said`Si la source ne détaille pas, ${add('linesComplete', 'false')} et laissez le reste.`, 'Si la source ne détaille pas, ajoutez linesComplete: false et laissez le reste.'],
    ['at the start of a sentence, its verb capitalised', said`${write('weighting', 'order')} si l'appel classe.`, 'Écrivez weighting: order si l’appel classe.'],
    ['one value or another', said`${add('priceMethod', 'proportional', 'linear')}.`, 'Ajoutez priceMethod: proportional ou linear.'],
    ['quoted, a value to find', said`${quoted(toFill(add('title', '…')))} avec l'intitulé.`, 'Ajoutez «\u00A0title: …\u00A0» avec l’intitulé.'],
    ['a key alone', said`${quoted(add('lot'))} avec l'un des lots : ${'a, b'}.`, 'Ajoutez «\u00A0lot:\u00A0» avec l’un des lots\u00A0: a, b.'],
    ['a second setting, without its verb', said`Retirez x. ${write('status', 'not-provided')} ; sinon, ${also('status', 'unknown')}.`, 'Retirez x. Écrivez status: not-provided\u202F; sinon, status: unknown.'],
  ])('%s', (_, text, printed) => {
    expect(text).toBe(printed);
    expect(hintParts(text)?.some((part) => typeof part !== 'string')).toBe(true);
  });

  it('gives the parts in order, the settings as data', () => {
    const text = said`Corrigez le total ; ${add('linesComplete', 'false')} sinon.`;
    expect(hintParts(text)).toEqual(['Corrigez le total\u202F; ', { verb: 'add', key: 'linesComplete', values: ['false'] }, ' sinon.']);
    expect(withHintParts({ file: 'f.yaml', path: [], severity: 'error', rule: 'r', message: 'm', hint: text }).hintParts).toEqual(hintParts(text));
  });

  it('gives no parts for a text written otherwise', () => {
    expect(hintParts('Ajoutez linesComplete: false.')).toBeUndefined();
    expect(withHintParts({ file: 'f.yaml', path: [], severity: 'error', rule: 'r', message: 'm', hint: 'Corrigez.' })).not.toHaveProperty('hintParts');
  });
});

/** Every string of the dictionary, with where it is. */
function strings(node: unknown, at: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === 'string') out.push([at, node]);
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) strings(value, at ? `${at}.${key}` : key, out);
  return out;
}

// A hint that asks to write a key and its value, as the form's patterns read one.
const ASKS_TO_SET = /(?:[Aa]joutez|[ÉéEe]crivez|[Mm]ettez|[Ii]ndiquez|[Gg]ardez)\s+«?\s?[a-z][A-Za-z]*:/;

describe('the dictionary’s hints that ask to set a field', () => {
  const asking = strings(fr, '', []).filter(([, text]) => ASKS_TO_SET.test(text));

  it('are found', () => {
    expect(asking.length).toBeGreaterThan(15);
  });

  it('are all written with their settings apart', () => {
    expect(asking.filter(([, text]) => !hintParts(text)).map(([at]) => at)).toEqual([]);
  });

  it('and a hint in a function too', () => {
    expect(hintParts(fr.check.lotRequiredHint(['lot-1', 'lot-2']))).toEqual([{ verb: 'add', key: 'lot', quoted: true }, ' avec l’un des lots\u00A0: lot-1, lot-2.']);
  });
});
