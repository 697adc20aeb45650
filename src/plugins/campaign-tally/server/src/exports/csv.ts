import { stringify } from 'csv-stringify/sync';
import type { TallyTable } from './tally-table';

/** UTF-8 with a byte-order mark, so Excel reads the Chinese headers correctly. */
export const BOM = '\uFEFF';

/** The tally table as CSV text (BOM, header row, CRLF line ends as Excel writes them). */
export function toCsv(table: TallyTable): string {
  return BOM + stringify([table.headers, ...table.rows], { record_delimiter: 'windows' });
}
