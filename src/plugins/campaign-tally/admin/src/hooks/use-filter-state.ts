import * as React from 'react';
import { useSearchParams } from 'react-router-dom';

import type { CampaignListResponse } from '../../../shared/contracts';
import { parseFilterParams, toFilterParams, type FilterValues } from '../utils/filter-params';
import type { TallyFilters } from '../utils/tally-urls';

/**
 * The page's choices, kept in the URL's search params (campaign, from, to, period, groupBy,
 * breakdown) so a tally can be bookmarked, shared and reloaded. The URL is the only state: the
 * homepage widget links with `?campaign=`, and a missing or unknown campaign is replaced by the
 * only campaign when there is just one.
 */
export const useFilterState = (campaigns: CampaignListResponse['data'] | undefined) => {
  const [searchParams, setSearchParams] = useSearchParams();
  const values = React.useMemo(() => parseFilterParams(searchParams), [searchParams]);

  const update = React.useCallback(
    (patch: Partial<FilterValues>) =>
      // Replace, not push: a walk through groupings should not fill the back button's history.
      setSearchParams((prev) => toFilterParams({ ...parseFilterParams(prev), ...patch }, prev), {
        replace: true,
      }),
    [setSearchParams]
  );

  React.useEffect(() => {
    if (!campaigns || (values.campaign && campaigns.some((c) => c.slug === values.campaign)))
      return;
    const only = campaigns.length === 1 ? campaigns[0].slug : null;
    if (only !== values.campaign) update({ campaign: only });
  }, [campaigns, values.campaign, update]);

  const known = !!campaigns?.some((c) => c.slug === values.campaign);
  const filters = React.useMemo<TallyFilters | null>(
    () =>
      values.campaign && known
        ? { campaign: values.campaign, period: values.period, from: values.from, to: values.to }
        : null,
    [values.campaign, known, values.period, values.from, values.to]
  );

  return { values, update, filters };
};
