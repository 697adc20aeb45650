import type { Dimension, TallyRow } from '../../../shared/contracts';

/**
 * React keys for the rows of one tally response, built from the dimensions that response was
 * grouped by (its own `params.groupBy`, never the page's current choice). The server returns one
 * row per combination, so the combination is the key; a repeat, which the server should never
 * send, gets a counter so React never sees two rows with one key.
 */
export const rowKeys = (rows: TallyRow[], groupBy: Dimension[]): string[] => {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = JSON.stringify(groupBy.map((dimension) => row[dimension] ?? null));
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return repeat === 0 ? base : `${base}#${repeat}`;
  });
};
