import type { Dimension, TallyRow } from '../../../shared/contracts';

/**
 * Rows worth a bar in the breakdown chart: format and column belong to articles only, so episodes
 * and pledges come back with a null key and would dwarf the real values; they are left out.
 */
export const toBreakdownBars = (rows: TallyRow[], dimension: Dimension) =>
  rows
    .filter((row) => row[dimension] != null && row.count > 0)
    .map((row) => ({ label: row.labels[dimension] ?? String(row[dimension]), count: row.count }))
    .sort((a, b) => b.count - a.count);
