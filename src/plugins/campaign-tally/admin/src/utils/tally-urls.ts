import type { Dimension, ExportFormat, Period } from '../../../shared/contracts';
import { PLUGIN_ID } from '../../../shared/contracts';

/** What the page asks the server for; the same filters drive tallies, the summary and exports. */
export interface TallyFilters {
  campaign: string;
  period: Period;
  from: string | null;
  to: string | null;
}

const withQuery = (path: string, params: Record<string, string | null | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) search.set(key, value);
  }
  const query = search.toString();
  return query ? `/${PLUGIN_ID}/${path}?${query}` : `/${PLUGIN_ID}/${path}`;
};

export const campaignsUrl = (): string => withQuery('campaigns', {});

/** GET /campaign-tally/tallies for the given dimensions (empty: totals only). */
export const talliesUrl = (filters: TallyFilters, groupBy: Dimension[]): string =>
  withQuery('tallies', { ...filters, groupBy: groupBy.join(',') });

export const summaryUrl = ({ campaign, from, to }: TallyFilters): string =>
  withQuery('summary', { campaign, from, to });

export const exportUrl = (
  filters: TallyFilters,
  groupBy: Dimension[],
  format: ExportFormat
): string => withQuery('export', { ...filters, groupBy: groupBy.join(','), format });
