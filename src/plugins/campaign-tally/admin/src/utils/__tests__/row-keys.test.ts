import type { TallyRow } from '../../../../shared/contracts';
import { rowKeys } from '../row-keys';

const row = (values: Partial<TallyRow>): TallyRow => ({ count: 1, labels: {}, ...values });

describe('rowKeys', () => {
  it('keys rows by the dimensions the response was grouped by', () => {
    const rows = [
      row({ type: 'article', column: 'a' }),
      row({ type: 'article', column: 'b' }),
      row({ type: 'episode', column: null }),
    ];
    expect(rowKeys(rows, ['type', 'column'])).toEqual([
      '["article","a"]',
      '["article","b"]',
      '["episode",null]',
    ]);
  });

  it('tells a null value from the text "null" and from a missing dimension', () => {
    const keys = rowKeys([row({ type: null }), row({ type: 'null' }), row({})], ['type']);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[0]).toBe(keys[2].split('#')[0]);
  });

  it('never gives two rows one key, even when the grouping does not tell them apart', () => {
    // Rows of a type × column response read with type × format: the ghost-row situation.
    const rows = [
      row({ type: 'article', column: 'a' }),
      row({ type: 'article', column: 'b' }),
      row({ type: 'article', column: 'c' }),
    ];
    const keys = rowKeys(rows, ['type', 'format']);
    expect(new Set(keys).size).toBe(rows.length);
  });
});
