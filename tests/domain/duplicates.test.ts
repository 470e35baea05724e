/**
 * Items that repeat a key: each later one, with the index of the first.
 */
import { describe, expect, it } from 'vitest';
import { duplicates } from '../../src/domain/duplicates';

describe('duplicates', () => {
  it.each<[string, Array<{ id?: string }>, Array<[number, number]>]>([
    ['none', [{ id: 'a' }, { id: 'b' }], []],
    ['one repeat, at the later item', [{ id: 'a' }, { id: 'b' }, { id: 'a' }], [[2, 0]]],
    ['three times: both later items point to the first', [{ id: 'a' }, { id: 'a' }, { id: 'a' }], [[1, 0], [2, 0]]],
    ['items without a key are never duplicates', [{}, {}, { id: '' }, { id: '' }], []],
  ])('%s', (_, items, expected) => {
    expect([...duplicates(items, (item) => item.id)]).toEqual(expected);
  });
});
