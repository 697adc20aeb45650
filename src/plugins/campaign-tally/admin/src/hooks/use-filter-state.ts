import * as React from 'react';
import { useSearchParams } from 'react-router-dom';

import type { CampaignListResponse } from '../../../shared/contracts';
import { parseFilterParams, toFilterParams, type FilterValues } from '../utils/filter-params';
import type { TallyFilters } from '../utils/tally-urls';

/**
 * The page's choices, kept in the URL's search params (campaign, from, to, period, groupBy,
 * breakdown) so a tally can be bookmarked, shared and reloaded. The URL is the only state: the
 * homepage widget links with `?campaign=`, and a missing or unknown campaign is replaced by the
 * only campaign when there is just one (else left for the editor to pick).
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

  // Once the campaigns are known, the URL is made complete (every choice, the defaults too), so
  // the address an editor copies always reopens the same tally.
  React.useEffect(() => {
    if (!campaigns) return;
    const known = values.campaign && campaigns.some((c) => c.slug === values.campaign);
    const campaign = known ? values.campaign : campaigns.length === 1 ? campaigns[0].slug : null;
    const complete = toFilterParams({ ...values, campaign }, searchParams);
    if (complete.toString() !== searchParams.toString())
      setSearchParams(complete, { replace: true });
  }, [campaigns, values, searchParams, setSearchParams]);

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
