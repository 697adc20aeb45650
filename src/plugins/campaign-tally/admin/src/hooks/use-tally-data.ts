import type { Dimension } from '../../../shared/contracts';
import { REFETCH_AFTER_SECONDS, useGetSummaryQuery, useGetTallyQuery } from '../services/tally-api';
import type { BreakdownDimension } from '../utils/filter-params';
import type { TallyFilters } from '../utils/tally-urls';

const SERIES: Dimension[] = ['period', 'type'];
const COVERAGE: Dimension[] = ['department'];
/** Stands in for the filters while none are chosen; `skip` keeps it from ever being sent. */
const NO_FILTERS: TallyFilters = { campaign: '', period: 'month', from: null, to: null };

/**
 * Every read the page makes for one set of filters; nothing is fetched until a campaign is set.
 * Each is cached by its own arguments, so a new grouping fetches the rows table only. A query's
 * `data` may still be the previous arguments' answer while the new one loads: components read
 * the grouping and period from the answer's own `params`, never from the page's choice.
 */
export const useTallyData = (
  filters: TallyFilters | null,
  dimensions: Dimension[],
  breakdown: BreakdownDimension
) => {
  const options = { refetchOnMountOrArgChange: REFETCH_AFTER_SECONDS, skip: filters === null };
  const tally = (groupBy: Dimension[]) => ({ filters: filters ?? NO_FILTERS, groupBy });
  const rows = useGetTallyQuery(tally(dimensions), options);
  const series = useGetTallyQuery(tally(SERIES), options);
  const byBreakdown = useGetTallyQuery(tally([breakdown]), options);
  const coverage = useGetTallyQuery(tally(COVERAGE), options);
  const summary = useGetSummaryQuery(filters ?? NO_FILTERS, options);

  const retryAll = () =>
    [rows, series, byBreakdown, coverage, summary].forEach((query) => {
      if (query.isError) query.refetch();
    });
  return { rows, series, byBreakdown, coverage, summary, retryAll };
};
