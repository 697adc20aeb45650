import type { Dimension, SummaryResponse, TallyResponse } from '../../../shared/contracts';
import { summaryUrl, talliesUrl, type TallyFilters } from '../utils/tally-urls';
import { useAdminGet } from './use-admin-get';

export type BreakdownDimension = Extract<Dimension, 'format' | 'column'>;

/** Every request the page makes for one set of filters; nothing is fetched until a campaign is set. */
export const useTallyData = (
  filters: TallyFilters | null,
  dimensions: Dimension[],
  breakdown: BreakdownDimension
) => {
  const url = (groupBy: Dimension[]) => (filters ? talliesUrl(filters, groupBy) : null);
  const rows = useAdminGet<TallyResponse>(url(dimensions));
  const series = useAdminGet<TallyResponse>(url(['period', 'type']));
  const byBreakdown = useAdminGet<TallyResponse>(url([breakdown]));
  const coverage = useAdminGet<TallyResponse>(url(['department']));
  const summary = useAdminGet<SummaryResponse>(filters ? summaryUrl(filters) : null);

  const retryAll = () => [rows, series, byBreakdown, coverage, summary].forEach((q) => q.retry());
  return { rows, series, byBreakdown, coverage, summary, retryAll };
};
